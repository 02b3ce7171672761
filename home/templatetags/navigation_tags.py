"""Site navigation: main menu, breadcrumbs, language switcher, hreflang links and footer."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page, Site

from home.models import FooterText

register = template.Library()


def _site_home(request):
    """The home page of the active language, or None when the site has none yet."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    home = site.root_page.localized
    return home if home.live else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    home = _site_home(request)
    current = context.get("page")
    items = []
    if home is not None:
        for item in home.get_children().live().public().in_menu():
            is_current = current is not None and current.pk == item.pk
            in_section = current is not None and current.path.startswith(item.path)
            items.append({"page": item, "is_current": is_current, "in_section": in_section})
    return {"home": home, "items": items, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gt=1).live().public()
    return {"ancestors": ancestors, "page": page}


def _language_links(context):
    """For each site language: where the switcher sends the visitor, or None if nowhere.

    On a page: its live translation, or that language's home page when the page is not
    translated. On other views (search): the same view in the other language.
    """
    request = context.get("request")
    page = context.get("page")
    cache_key = (getattr(page, "pk", None), translation.get_language())
    cached = getattr(request, "_language_links", None)
    if cached and cached[0] == cache_key:
        return [dict(link) for link in cached[1]]
    links = _build_language_links(request, page)
    if request is not None:
        request._language_links = (cache_key, links)
    return [dict(link) for link in links]


def _build_language_links(request, page):
    current_language = translation.get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    site = Site.find_for_request(request) if request else None

    translations = {}
    homes = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale_id: p for p in page.get_translations(inclusive=True).live().public()
        }
    if site is not None:
        homes = {p.locale_id: p for p in site.root_page.get_translations(inclusive=True).live()}

    links = []
    for code, name in settings.LANGUAGES:
        locale = locales.get(code)
        url = None
        is_translation = False
        if locale is not None:
            if locale.pk in translations:
                url = translations[locale.pk].get_url(request)
                is_translation = True
            elif page is None and request is not None and _is_view_with_translated_urls(request):
                url = translate_url(request.get_full_path(), code)
                is_translation = True
            elif locale.pk in homes:
                url = homes[locale.pk].get_url(request)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current_language,
                "is_translation": is_translation,
            }
        )
    return links


def _is_view_with_translated_urls(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name not in (None, "wagtail_serve")


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"languages": _language_links(context)}


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for each language this very page exists in."""
    request = context.get("request")
    links = [link for link in _language_links(context) if link["url"] and link["is_translation"]]
    if len(links) < 2:
        return {"links": []}
    for link in links:
        link["absolute_url"] = request.build_absolute_uri(link["url"])
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    return {"links": links, "default": default}


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The live footer text of the active language; in the snippet's preview, the draft."""
    if context.get("footer_text") is not None:
        return context["footer_text"]
    locale = Locale.get_active()
    return FooterText.objects.filter(locale=locale, live=True).first()


@register.simple_tag(takes_context=True)
def site_home_url(context):
    """The URL of the home page in the active language (for the logo)."""
    request = context.get("request")
    home = _site_home(request)
    return home.get_url(request) if home is not None else "/"
