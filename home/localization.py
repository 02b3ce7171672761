"""Locales and translations as a page shows them, read once per request.

`active_locale()`, `default_locale()`, `locale_of()` and `localized()` answer what Wagtail's
`Locale.get_active()`, `Locale.get_default()`, `instance.locale` and `instance.localized` do,
from one table of locales kept under the site-wide version (`home.versions`) and read once per
request, instead of a query for each call.
"""

from django.conf import settings
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale, Page

from home import privacy, versions


def _locales():
    """{language code: Locale} of the enabled languages."""
    return versions.versioned(  # read once per request
        f"{versions.PREFIX}:locales",
        [versions.GENERATION_KEY],
        lambda: {locale.language_code: locale for locale in Locale.objects.all()},
    )


def _locale_for(language_code):
    try:
        return _locales().get(get_supported_content_language_variant(language_code))
    except LookupError:
        return None


def active_locale():
    """`Locale.get_active()`."""
    return _locale_for(translation.get_language()) or Locale.get_active()


def default_locale():
    """`Locale.get_default()`."""
    return _locale_for(settings.LANGUAGE_CODE) or Locale.get_default()


def locale_of(instance):
    """`instance.locale` (a page, a snippet)."""
    for locale in _locales().values():
        if locale.pk == instance.locale_id:
            return locale
    return instance.locale


def localized(instance):
    """Wagtail's `instance.localized`: its live translation in the visitor's language, or
    itself."""
    locale = active_locale()
    if locale.pk == instance.locale_id:
        return instance
    translated = instance.get_translation_or_none(locale)
    if translated is None or (isinstance(instance, DraftStateMixin) and not translated.live):
        return instance
    return translated


def visible_versions(pages, specific=False, translations=None):
    """For each page (None allowed): its published, public version in the visitor's language,
    or the page itself when that language has none; None when neither may be shown.
    A fixed number of queries, however many pages; none when `translations` (every version
    of these pages, read by the caller anyway) is given."""
    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return [None for _ in pages]
    if translations is not None:
        shown = [page for page in translations if page.live and not privacy.is_private(page)]
    else:
        shown = Page.objects.live().public().filter(translation_key__in=keys)
        if specific:
            shown = shown.specific()
    visible = {(page.translation_key, page.locale_id): page for page in shown}
    locale_id = active_locale().pk
    return [
        None
        if page is None
        else visible.get((page.translation_key, locale_id))
        or visible.get((page.translation_key, page.locale_id))
        for page in pages
    ]
