"""Finding the page of a request (home/routing.py): Wagtail's answer, in fewer queries."""

import pytest

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from home import routing
from initiatives.models import InitiativeIndexPage, InitiativePage
from methods.models import MethodPage
from tests.factories import StandardPageFactory


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_X_PAGE_CACHE="bypass")
    assert response.status_code == 200, url
    return len(queries)


def _nested(parent, levels):
    page = parent
    for _level in range(levels):
        page = StandardPageFactory(parent=page)
    return page


@pytest.mark.django_db
def test_a_deep_page_costs_no_more_queries_than_a_shallow_one(client, home_nl, settings):
    """Wagtail reads two rows per level of the path; here the levels come in one query."""
    settings.KENNISBANK_PAGE_CACHE_BYPASS_HEADER = True  # measure renders, not cache hits
    shallow = _nested(home_nl, 1)
    deep = _nested(home_nl, 5)
    _queries(client, shallow.url)  # warm the cached site data and navigation
    _queries(client, deep.url)

    assert _queries(client, deep.url) == _queries(client, shallow.url)


def _wagtail_route(path):
    """What Wagtail's own routing finds for the path (no cached site data in play)."""
    request = RequestFactory().get(path)
    _empty, language, site_path = path.split("/", 2)
    with translation.override(language):
        result = Page.route_for_request(request, site_path)
    return None if result is None else (result[0].pk, type(result[0]), result[1], result[2])


def _our_route(client, path):
    response = client.get(path, HTTP_X_PAGE_CACHE="bypass")
    request = response.wsgi_request
    result = getattr(request, "_wagtail_route_for_request", "absent")
    assert result != "absent", "routing.serve did not run"
    if result is None:
        assert response.status_code == 404
        return None
    return (result[0].pk, type(result[0]), result[1], result[2])


def _same(first, second):
    """Route results compare on the page and the arguments; routable pages' views are bound
    methods of different page objects, so compare those by name."""

    def plain(result):
        if result is None:
            return None
        pk, cls, args, kwargs = result
        args = [getattr(arg, "__name__", arg) for arg in args]
        return pk, cls, args, kwargs

    return plain(first) == plain(second)


@pytest.mark.django_db
def test_every_kind_of_path_goes_where_wagtails_routing_sends_it(client, home_nl, settings):
    settings.KENNISBANK_PAGE_CACHE_BYPASS_HEADER = True
    method = MethodPage.objects.filter(locale=home_nl.locale).first()
    initiative = InitiativePage.objects.filter(locale=home_nl.locale).exclude(place="").first()
    index = InitiativeIndexPage.objects.get(locale=home_nl.locale)
    draft_parent = StandardPageFactory(parent=home_nl, live=False)
    live_under_draft = StandardPageFactory(parent=draft_parent)
    draft = StandardPageFactory(parent=home_nl, live=False)
    municipality = index.url + index.municipality_path(initiative.province, initiative.place)
    paths = [
        home_nl.url,
        method.url,
        method.url + "handreiking/",  # a route of a routable page
        index.url,
        municipality,  # a route of the index with arguments
        initiative.url,
        live_under_draft.url,  # a draft in the middle does not stop Wagtail
        f"/nl/{draft.slug}/",  # a draft: 404
        method.url + "bestaat-niet/",  # neither a child nor a route: 404
        "/nl/bestaat-niet/nergens/",
        "/en/",  # the home page in English
    ]
    for path in paths:
        ours, wagtails = _our_route(client, path), _wagtail_route(path)
        assert _same(ours, wagtails), path
    assert _our_route(client, method.url + "handreiking/")[2] != []  # the route was found


@pytest.mark.django_db
def test_view_restrictions_still_apply_to_the_page_and_below(client, home_nl):
    section = StandardPageFactory(parent=home_nl, title="Voor leden")
    inside = StandardPageFactory(parent=section, title="Verslag")
    outside = StandardPageFactory(parent=home_nl, title="Voor iedereen")
    PageViewRestriction.objects.create(page=section, restriction_type="login")

    assert client.get(section.url).status_code == 302
    assert client.get(inside.url).status_code == 302
    assert client.get(outside.url).status_code == 200


@pytest.mark.django_db
def test_an_alias_of_a_restricted_page_asks_wagtail(client, home_nl):
    """An alias has its source's restrictions, which the cached list of private sections
    does not show: Wagtail's own check runs."""
    section = StandardPageFactory(parent=home_nl, title="Alleen voor leden")
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    alias = section.create_alias(parent=home_nl, update_slug="alias-voor-leden")

    assert client.get(alias.url).status_code == 302


@pytest.mark.django_db
def test_locales_come_from_the_cached_table_while_a_page_is_served(home_nl, locale_en):
    """The helpers give Wagtail's answers, with or without the table."""
    method = MethodPage.objects.filter(locale=home_nl.locale).first()
    outside = (routing.active_locale(), routing.default_locale(), routing.locale_of(method))
    routing._request.site_data = routing._site_data()
    try:
        with CaptureQueriesContext(connection) as queries:
            inside = (
                routing.active_locale(),
                routing.default_locale(),
                routing.locale_of(method),
            )
        with translation.override("en"):
            assert routing.active_locale() == locale_en
            english = routing.localized(method)
    finally:
        del routing._request.site_data
    assert inside == outside == (home_nl.locale, home_nl.locale, home_nl.locale)
    assert len(queries) == 0
    with translation.override("en"):
        assert english == method.localized


def test_sites_are_matched_like_wagtail_does():
    """Hostname and port first, then hostname with the default flag, then the default site
    (unless exactly one other site has the hostname)."""
    from wagtail.models import Site

    default = Site(pk=1, hostname="kennisbank.nl", port=443, is_default_site=True)
    other_port = Site(pk=2, hostname="kennisbank.nl", port=8080)
    elsewhere = Site(pk=3, hostname="armoede.nl", port=443)
    sites = [default, other_port, elsewhere]

    assert routing._find_site(sites, "kennisbank.nl", 8080) is other_port
    assert routing._find_site(sites, "kennisbank.nl", 443) is default
    assert routing._find_site(sites, "armoede.nl", 80) is elsewhere  # the only one by name
    assert routing._find_site(sites, "onbekend.nl", 443) is default
    assert routing._find_site([other_port, elsewhere], "onbekend.nl", 443) is None


@pytest.mark.django_db
def test_a_change_to_a_home_page_is_seen_by_the_routing(client, home_nl, home_en, settings):
    """The cached table of home pages per language follows an unpublished English home
    page, as Wagtail does (it then routes /en/ from the Dutch home page)."""
    settings.KENNISBANK_PAGE_CACHE_BYPASS_HEADER = True
    assert _our_route(client, "/en/")[0] == home_en.pk

    home_en.unpublish()
    ours, wagtails = _our_route(client, "/en/"), _wagtail_route("/en/")
    assert _same(ours, wagtails)
    assert ours is None or ours[0] != home_en.pk


@pytest.mark.django_db
def test_the_access_check_does_not_depend_on_the_cache(client, home_nl, settings, monkeypatch):
    """A restriction is checked in the database even when the cache missed its change."""
    from home import pagecache

    settings.KENNISBANK_PAGE_CACHE_BYPASS_HEADER = True
    page = StandardPageFactory(parent=home_nl, title="Verslag van de regiodag")
    assert client.get(page.url, HTTP_X_PAGE_CACHE="bypass").status_code == 200
    monkeypatch.setattr(pagecache, "_bump", lambda keys: None)  # the cache write failed
    PageViewRestriction.objects.create(page=page, restriction_type="login")

    assert client.get(page.url, HTTP_X_PAGE_CACHE="bypass").status_code == 302
