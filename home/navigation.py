"""Navigation data (menu, breadcrumbs, language links, footer), cached until content changes.

Every public page shows the same header and footer, so building them from the database on each
request would cost most of a page's SQL queries. They are built once per site and language (and
per page for breadcrumbs and translations), kept in the cache (Redis in production), and
thrown away together whenever a page is published, unpublished, moved or deleted, or the footer
text, site settings or locales change: `signals.py` calls `invalidate()`. Kept through
`home.versions` under their own version key.
"""

from wagtail.models import Locale
from wagtail.rich_text import expand_db_html

from home import versions
from home.models import FooterText, SiteSettings

# Bumped by every change that the navigation may show (home/signals.py).
VERSION_KEY = f"{versions.PREFIX}:navigation"


def invalidate(**kwargs):
    """Forget all cached navigation (used as a signal receiver)."""
    versions.bump([VERSION_KEY])


def _cached(name, build, *parts):
    key = ":".join([f"{versions.PREFIX}:navigation:{name}", *map(str, parts)])
    return versions.versioned(key, [VERSION_KEY], build)


def site_navigation(site, language_code):
    """Home, main menu, footer and contact details of one site in one language."""
    return _cached(
        "site", lambda: _build_site_navigation(site, language_code), site.pk, language_code
    )


def _build_site_navigation(site, language_code):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    homes = {
        home.locale_id: home
        for home in site.root_page.get_translations(inclusive=True).live().select_related("locale")
    }
    locale = locales.get(language_code)
    home = homes.get(getattr(locale, "pk", None)) or homes.get(site.root_page.locale_id)
    menu = []
    if home is not None:
        menu = [
            {"id": item.pk, "path": item.path, "url": item.get_url(), "title": item.title}
            for item in home.get_children().live().public().in_menu()
        ]
    footer = FooterText.objects.filter(locale=locale, live=True).first() if locale else None
    site_settings = SiteSettings.for_site(site)
    return {
        "home": {"id": home.pk, "url": home.get_url(), "title": home.title} if home else None,
        "menu": menu,
        "home_urls": {
            code: homes[loc.pk].get_url() for code, loc in locales.items() if loc.pk in homes
        },
        "locale_ids": {code: loc.pk for code, loc in locales.items()},
        "footer_html": expand_db_html(footer.body) if footer else "",
        "organisation_name": site_settings.organisation_name,
        "email": site_settings.email,
        "phone": site_settings.phone,
        "address": site_settings.address,
        "social_links": site_settings.social_links,
    }


def page_translations(page):
    """{language code: URL} of the page's published, public translations (itself included)."""
    return _cached("translations", lambda: _build_page_translations(page), page.translation_key)


def _build_page_translations(page):
    return {
        translation.locale.language_code: translation.get_url()
        for translation in page.get_translations(inclusive=True)
        .live()
        .public()
        .select_related("locale")
    }


def breadcrumbs(page):
    """[(url, title, depth)] of the page's published, public ancestors below the root."""
    return _cached("breadcrumbs", lambda: _build_breadcrumbs(page), page.pk)


def _build_breadcrumbs(page):
    return [
        (ancestor.get_url(), ancestor.title, ancestor.depth)
        for ancestor in page.get_ancestors().filter(depth__gt=1).live().public()
    ]
