"""Template tags for listings: the options of a filter form (rendered in Python) and
the page numbers of the pagination.

A facet can have hundreds of options (every method, every municipality); written out by the
template language each option took a dozen nodes and a plural translation, which made the
options most of the rendering time of a listing page.
"""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

register = template.Library()

OPTION = (
    '<li><input type="checkbox" id="{}" name="{}" value="{}"{}>'
    '<label for="{}">{} <span class="filters__count">({}'
    '<span class="visually-hidden"> {}</span>)</span></label></li>'
)
CHECKED, DISABLED = mark_safe(" checked"), mark_safe(" disabled")  # noqa: S308 - constants


@register.simple_tag
def facet_options(parameter, options):
    """A checkbox per option (`home.facets.FacetedListing.options`): ticked when selected,
    disabled when it would give no results, with the number of results."""
    return format_html_join(
        "\n",
        OPTION,
        (
            (
                f"{parameter}-{option['slug']}",
                parameter,
                option["slug"],
                CHECKED if option["selected"] else ("" if option["count"] else DISABLED),
                f"{parameter}-{option['slug']}",
                option["label"],
                option["count"],
                ngettext("resultaat", "resultaten", option["count"]),
            )
            for option in options
        ),
    )


@register.simple_tag
def municipality_links(municipalities):
    """A list item per municipality (`InitiativeIndexPage.municipalities`)."""
    return format_html_join(
        "",
        '<li><a href="{}">{}</a> <span class="filters__count">({}, {})</span></li>',
        ((m["url"], m["label"], m["province_name"], m["count"]) for m in municipalities),
    )


@register.simple_tag
def page_numbers(page_obj):
    """The page numbers to link, with Paginator.ELLIPSIS where numbers are left out: a few
    around the current page and the first and last (a listing can have hundreds of pages)."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    )
