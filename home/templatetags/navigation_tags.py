"""Site navigation in templates: main menu, breadcrumbs, language switcher, hreflang and footer.

The data comes from home.navigation, which caches it until content changes.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page, Site

from home import navigation

register = template.Library()


def _site_navigation(context):
    """The cached navigation of the request's site in the active language (or None)."""
    request = context.get("request")
    if request is None:
        return None
    site = Site.find_for_request(request)
    return navigation.site_navigation(site, translation.get_language()) if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    nav = _site_navigation(context) or {"home": None, "menu": []}
    current = context.get("page")
    items = [
        {
            **item,
            "is_current": current is not None and current.pk == item["id"],
            "in_section": current is not None and current.path.startswith(item["path"]),
        }
        for item in nav["menu"]
    ]
    home = nav["home"]
    return {
        "home": home,
        "home_is_current": bool(home and current is not None and current.pk == home["id"]),
        "items": items,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    return {"ancestors": navigation.breadcrumbs(page), "page": page}


def _language_links(context):
    """For each site language: where the switcher sends the visitor, or None if nowhere.

    On a page: its live translation, or that language's home page when the page is not
    translated. On other views (search): the same view in the other language.
    """
    request = context.get("request")
    page = context.get("page")
    nav = _site_navigation(context)
    home_urls = nav["home_urls"] if nav else {}
    translations = navigation.page_translations(page) if isinstance(page, Page) and page.pk else {}
    # On a sub-route of a page (a method's handout), stay on that sub-route in the other language.
    suffix = context.get("route_suffix", "")
    translations = {code: url + suffix for code, url in translations.items()}
    current_language = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url, is_translation = None, False
        if code in translations:
            url, is_translation = translations[code], True
        elif page is None and _is_view_with_translated_urls(request):
            url, is_translation = translate_url(request.get_full_path(), code), True
        elif code in home_urls:
            url = home_urls[code]
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
    """<link rel="alternate" hreflang> for each language this very Wagtail page exists in."""
    request = context.get("request")
    if not isinstance(context.get("page"), Page):
        return {"links": []}
    links = [link for link in _language_links(context) if link["url"] and link["is_translation"]]
    if len(links) < 2:
        return {"links": []}
    for link in links:
        link["absolute_url"] = request.build_absolute_uri(link["url"])
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    return {"links": links, "default": default}


@register.simple_tag(takes_context=True)
def site_footer(context):
    """Footer text and contact details. In the footer text's preview: the draft."""
    nav = dict(_site_navigation(context) or {})
    preview = context.get("footer_text")
    if preview is not None:
        from wagtail.rich_text import expand_db_html

        nav["footer_html"] = expand_db_html(preview.body)
    return nav


@register.simple_tag(takes_context=True)
def site_home_url(context):
    """The URL of the home page in the active language (for the logo)."""
    nav = _site_navigation(context)
    return nav["home"]["url"] if nav and nav["home"] else "/"
