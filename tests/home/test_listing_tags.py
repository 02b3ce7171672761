"""The listing template tags: elided pagination and facet options rendered in Python."""

import re

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from home.templatetags.listing_tags import facet_options


def _pagination(number, count=1000, query="thema=armoede"):
    request = RequestFactory().get(f"/nl/nieuws/?{query}&pagina={number}")
    page = Paginator(range(count), 10).page(number)
    with translation.override("nl"):
        return render_to_string("includes/pagination.html", {"page_obj": page}, request=request)


def test_pagination_links_a_few_numbers_of_a_long_list():
    html = _pagination(50)
    numbers = [int(n) for n in re.findall(r"</span>(\d+)</a>", html)]
    assert numbers == [1, 48, 49, 50, 51, 52, 100]
    assert html.count("…") == 2
    assert re.search(r'pagina=50"\s*aria-current="page"', html)
    # Other parameters (filters, search words) are kept in every link.
    assert all("thema=armoede" in href for href in re.findall(r'href="([^"]+)"', html))
    assert 'rel="prev"' in html and 'rel="next"' in html


def test_pagination_of_a_short_list_links_every_page():
    html = _pagination(1, count=45)
    assert [int(n) for n in re.findall(r"</span>(\d+)</a>", html)] == [1, 2, 3, 4, 5]
    assert "…" not in html and 'rel="prev"' not in html


def test_no_pagination_for_one_page():
    assert "<nav" not in _pagination(1, count=8)


def test_facet_options_escape_and_mark_state():
    options = [
        {"slug": "a", "label": "<b>Armoede</b>", "count": 3, "selected": False},
        {"slug": "b", "label": "Buurt", "count": 0, "selected": True},
        {"slug": "c", "label": "Cultuur", "count": 0, "selected": False},
    ]
    with translation.override("nl"):
        html = str(facet_options("thema", options))
    assert "&lt;b&gt;Armoede&lt;/b&gt;" in html and "<b>" not in html
    items = html.split("</li>")
    assert "checked" not in items[0] and "disabled" not in items[0] and "3" in items[0]
    assert " checked" in items[1] and "disabled" not in items[1]  # ticked stays usable
    assert " disabled" in items[2]
    assert "resultaten" in items[0] and 'id="thema-a"' in items[0] and 'for="thema-a"' in items[0]
    with translation.override("en"):
        assert "results" in str(facet_options("thema", options[:1]))
