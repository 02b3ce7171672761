"""Slots on the home page that feature apps fill without `home` importing them.

A feature app (methods, initiatives, news) registers a function with the
``register_home_section`` hook in its ``wagtail_hooks.py``. The function takes the home page and
the request and returns a HomeSection, or None when it has nothing to show::

    @hooks.register("register_home_section")
    def latest_methods(home_page, request):
        return HomeSection(order=10, template="methods/includes/home_section.html",
                           context={"methods": ...})
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK_NAME = "register_home_section"


@dataclass
class HomeSection:
    template: str
    order: int = 100
    context: dict = field(default_factory=dict)


def get_sections(hook_name, page, request):
    """The sections that apps registered under `hook_name` for this page, in order."""
    sections = [section for fn in hooks.get_hooks(hook_name) if (section := fn(page, request))]
    return sorted(sections, key=lambda section: section.order)


def get_home_sections(home_page, request):
    return get_sections(HOOK_NAME, home_page, request)
