"""Template tags for listings: the options of a filter form (rendered in Python) and
the page numbers of the pagination.

A facet can have hundreds of options (every method, every municipality); written out by the
template language each option took a dozen nodes and a plural translation, which made the
options most of the rendering time of a listing page. Then `format_html` escaping each value
through Django's lazy-string checks was most of the rest (the initiative index writes some
300 options): the options are now written with f-strings, each value escaped once, the
plural word translated once per count. The output is the same, byte for byte.
"""

from html import escape as _escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

register = template.Library()


def _html(value):
    """`conditional_escape` for one value, without its lazy-string checks: at hundreds of
    options it was most of the cost of writing them."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return _escape(str(value))


@register.simple_tag
def facet_options(parameter, options):
    """A checkbox per option (`home.facets.FacetedListing.options`): ticked when selected,
    disabled when it would give no results, with the number of results."""
    parameter = _html(parameter)
    words = {}  # the translated "result(s)" per count: counts repeat
    items = []
    for option in options:
        count = option["count"]
        if count not in words:
            words[count] = _html(ngettext("resultaat", "resultaten", count))
        state = " checked" if option["selected"] else ("" if count else " disabled")
        field = f"{parameter}-{_html(option['slug'])}"
        items.append(
            f'<li><input type="checkbox" id="{field}" name="{parameter}" '
            f'value="{_html(option["slug"])}"{state}><label for="{field}">'
            f'{_html(option["label"])} <span class="filters__count">({count}'
            f'<span class="visually-hidden"> {words[count]}</span>)</span></label></li>'
        )
    return mark_safe("\n".join(items))  # noqa: S308 - every value is escaped above


@register.simple_tag
def municipality_links(municipalities):
    """A list item per municipality (`InitiativeIndexPage.municipalities`)."""
    return mark_safe(  # noqa: S308 - every value is escaped
        "".join(
            f'<li><a href="{_html(m["url"])}">{_html(m["label"])}</a> '
            f'<span class="filters__count">({_html(m["province_name"])}, {m["count"]})</span></li>'
            for m in municipalities
        )
    )


@register.simple_tag
def page_numbers(page_obj):
    """The page numbers to link, with Paginator.ELLIPSIS where numbers are left out: a few
    around the current page and the first and last (a listing can have hundreds of pages)."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    )
