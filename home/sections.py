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
`home.versions.section_deps`: everything the page's own cached answer depends on except the
page's own content and its ancestors'). Visitors who are logged in (editors, local groups)
never get pages from the page cache; with these, their page views skip the sections' queries
and card rendering too, and so does anyone's after an edit of the page itself.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils import timezone, translation

from wagtail import hooks

from home import versions

HOOK_NAME = "register_home_section"
# Kept until something it shows changes; this bounds what a lost purge could leave behind.
SAFETY_TIMEOUT = 24 * 60 * 60


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


def _seconds_left(value):
    """How long a rendered section may be kept: until its `valid_until`, else a day."""
    _html, valid_until = value
    if valid_until is None:
        return SAFETY_TIMEOUT
    return max(1, min(SAFETY_TIMEOUT, int((valid_until - timezone.now()).total_seconds())))


def _render(section, name, page, request):
    def render():
        """The HTML, and until when it holds (None: until something it shows changes)."""
        context = section.get_context()
        if context is None:
            return "", None
        shown = HomeSection(template=section.template, order=section.order, context=context)
        html = render_to_string(section.template, {"section": shown, "page": page}, request)
        return html, context.get("valid_until")

    if getattr(request, "is_preview", False) or not versions.enabled():
        # A draft's sections (similar initiatives of its new methods) are neither read from
        # nor kept in the cache: visitors see the live page's. In development (no page
        # cache) templates change without a restart: rendered every time.
        html, valid_until = render()
    else:
        # Per host (addresses of pages on other sites are absolute) and language.
        key = ":".join(
            [
                f"{versions.PREFIX}:section:3",  # :3 - (html, valid_until); a new name per shape
                request.get_host(),
                translation.get_language() or "",
                name,
                str(page.pk),
            ]
        )
        html, valid_until = versions.versioned(
            key, versions.section_deps(page), render, timeout=_seconds_left
        )
    if valid_until is not None:
        versions.expire_at(valid_until)  # the page that shows it holds no longer
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
