"""Slots on the home page that feature apps fill without `home` importing them.

A feature app (methods, initiatives, news) registers a function with the
``register_home_section`` hook in its ``wagtail_hooks.py``. The function takes the home page and
the request and returns a HomeSection, or None when it has nothing to show::

    @hooks.register("register_home_section")
    def latest_methods(home_page, request):
        return HomeSection(order=10, template="methods/includes/home_section.html",
                           context={"methods": ...})

A section that shows only public content (no form, nothing personal) can instead return a
`CachedSection`, whose context is a function: its HTML is then kept in the cache and its data
read and rendered again only when something it may show has changed (the versions of
`home.pagecache.section_deps`: everything the page's own cached answer depends on except the
page's own content and its ancestors'). Visitors who are logged in (editors, local groups)
never get pages from the page cache; with these, their page views skip the sections' queries
and card rendering too, and so does anyone's after an edit of the page itself.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils import timezone, translation

from wagtail import hooks

from home import pagecache

HOOK_NAME = "register_home_section"


@dataclass
class HomeSection:
    template: str
    order: int = 100
    context: dict = field(default_factory=dict)


@dataclass
class CachedSection:
    """A section kept as HTML: `get_context()` gives the template's `section.context`, or None
    when there is nothing to show. Only for public content: no forms, nothing personal.
    A context that changes with the clock says until when it holds (`valid_until`, an aware
    datetime, such as the end of the first meeting it lists): it is kept no longer."""

    template: str
    get_context: Callable[[], dict | None]
    order: int = 100


@dataclass
class RenderedSection:
    """A cached section's HTML, shown by the page as any section."""

    html: str
    order: int
    template: str = "includes/rendered_section.html"


def _render(section, name, page, request):
    def render():
        """The HTML, and how many seconds it may be kept."""
        seconds = pagecache.timeout()
        context = section.get_context()
        if context is None:
            return "", seconds
        if valid_until := context.get("valid_until"):
            seconds = max(1, min(seconds, int((valid_until - timezone.now()).total_seconds())))
        shown = HomeSection(template=section.template, order=section.order, context=context)
        html = render_to_string(section.template, {"section": shown, "page": page}, request)
        return html, seconds

    if getattr(request, "is_preview", False):
        # A draft's sections (similar initiatives of its new methods) are neither read from
        # nor kept in the cache: visitors see the live page's.
        html, _seconds = render()
    else:
        # Per host (addresses of pages on other sites are absolute) and language.
        key = ":".join(
            [
                f"{pagecache.PREFIX}:section:2",  # :2 - (html, seconds); a new name per shape
                request.get_host(),
                translation.get_language() or "",
                name,
                str(page.pk),
            ]
        )
        html, _seconds = pagecache.versioned(
            key, pagecache.section_deps(page), render, timeout=lambda value: value[1]
        )
    return RenderedSection(html=html, order=section.order) if html.strip() else None


def get_sections(hook_name, page, request):
    """The sections that apps registered under `hook_name` for this page, in order."""
    sections = []
    for fn in hooks.get_hooks(hook_name):
        section = fn(page, request)
        if isinstance(section, CachedSection):
            section = _render(section, f"{fn.__module__}.{fn.__qualname__}", page, request)
        if section:
            sections.append(section)
    return sorted(sections, key=lambda section: section.order)


def get_home_sections(home_page, request):
    return get_sections(HOOK_NAME, home_page, request)
