"""The home page's route() gives Wagtail's answer in fewer queries, and the view restrictions
of a page are Wagtail's, in one query."""

import pytest

from django.http import Http404
from django.test import RequestFactory

from wagtail.models import Page, PageViewRestriction

from home.models import HomePage
from tests.factories import StandardPageFactory


def _wagtail_route(page, request, components):
    """What Wagtail's own Page.route() answers, level by level."""
    return Page.route(page, request, components)


def _answer(route, home, components):
    request = RequestFactory().get("/")
    try:
        result = route(home, request, components)
    except Http404:
        return "404"
    page, args, kwargs = result
    return (page.pk, type(page).__name__, repr(args)[:80], kwargs)


PATHS = [
    "",
    "methodieken",
    "methodieken/weggeefwinkel",
    "methodieken/weggeefwinkel/handreiking",
    "methodieken/bestaat-niet",
    "initiatieven",
    "initiatieven/gemeente/amersfoort",
    "initiatieven/open-data/csv",
    "nieuws/rss",
    "agenda/ics",
    "bestaat-niet/ook-niet",
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PATHS)
def test_the_same_answer_as_wagtails_routing(home_nl, path):
    home = HomePage.objects.get(pk=home_nl.pk)
    components = [part for part in path.split("/") if part]
    ours = _answer(HomePage.route, home, components)
    wagtails = _answer(_wagtail_route_specific, home, components)
    assert ours == wagtails


def _wagtail_route_specific(page, request, components):
    """Wagtail's routing from the home page: each level's own route() (routable pages
    included), with Page.route for the home page itself."""
    return _wagtail_route(page, request, components)


@pytest.mark.django_db
def test_drafts_and_their_children_are_not_found(home_nl):
    draft = StandardPageFactory(parent=home_nl, title="Concept", slug="concept", live=False)
    StandardPageFactory(parent=draft, title="Eronder", slug="eronder")
    home = HomePage.objects.get(pk=home_nl.pk)
    assert _answer(HomePage.route, home, ["concept"]) == "404"
    assert (
        _answer(HomePage.route, home, ["concept", "eronder"])[0]
        == (_answer(_wagtail_route, home, ["concept", "eronder"])[0])
    )


@pytest.mark.django_db
def test_a_method_page_is_found_in_fewer_queries(home_nl, django_assert_max_num_queries):
    home = HomePage.objects.get(pk=home_nl.pk)
    request = RequestFactory().get("/")
    with django_assert_max_num_queries(3):  # the pages of the path, the index, the method
        page, _args, _kwargs = home.route(request, ["methodieken", "weggeefwinkel"])
    assert page.slug == "weggeefwinkel"


@pytest.mark.django_db
def test_view_restrictions_are_wagtails_in_one_query(home_nl, django_assert_num_queries):
    section = StandardPageFactory(parent=home_nl, title="Leden", slug="leden")
    below = StandardPageFactory(parent=section, title="Verslag", slug="verslag")
    elsewhere = StandardPageFactory(parent=home_nl, title="Open", slug="open")
    restriction = PageViewRestriction.objects.create(page=section, restriction_type="login")
    for page in (section, below, elsewhere):
        page = page.specific
        with django_assert_num_queries(1):
            ours = set(page.get_view_restrictions())
        assert ours == set(Page.get_view_restrictions(page))
    assert set(below.specific.get_view_restrictions()) == {restriction}
    # An alias counts as its source page, as in Wagtail.
    alias = elsewhere.create_alias(parent=section, update_slug="open-kopie")
    assert set(alias.specific.get_view_restrictions()) == set(Page.get_view_restrictions(alias))
