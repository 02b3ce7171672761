import json

import pytest

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from home.models import Theme
from initiatives.models import InitiativeIndexPage, InitiativePage
from methods.models import MethodIndexPage, MethodPage
from search.models import NoResultsDailyHits
from tests.factories import MethodPageFactory

SEARCH = "/nl/zoeken/"
SUGGEST = "/nl/zoeken/suggesties/"


def titles(response):
    return [str(result.title) for result in response.context["search_results"]]


def plain_titles(response):
    return [title.replace("<mark>", "").replace("</mark>", "") for title in titles(response)]


@pytest.mark.django_db
class TestSearch:
    def test_finds_pages_in_the_visitors_language_only(self, client):
        response = client.get(SEARCH, {"q": "gemeenten"})
        assert response.status_code == 200
        assert "Voor gemeenten" in plain_titles(response)
        assert "For municipalities" not in plain_titles(response)
        english = client.get("/en/search/", {"q": "municipalities"})
        assert "For municipalities" in plain_titles(english)
        assert "Voor gemeenten" not in plain_titles(english)

    def test_empty_query_shows_the_form_without_results(self, client):
        response = client.get(reverse("search"))
        assert response.status_code == 200
        assert response.context["search_query"] == ""
        assert "search_results" not in response.context
        assert 'name="q"' in response.content.decode()

    def test_nothing_found_says_so_in_dutch(self, client):
        html = client.get(SEARCH, {"q": "xyzzyonbekend"}).content.decode()
        assert "0 resultaten" in html
        assert "Niets gevonden" in html

    def test_bad_page_numbers_fall_back_gracefully(self, client):
        assert client.get(SEARCH, {"q": "armoede", "pagina": "abc"}).status_code == 200
        assert client.get(SEARCH, {"q": "armoede", "pagina": "999"}).status_code == 200

    def test_long_queries_are_cut(self, client):
        response = client.get(SEARCH, {"q": "armoede " * 100})
        assert response.status_code == 200
        assert len(response.context["search_query"]) <= 200

    def test_result_shows_type_highlighted_excerpt_and_place(self, client):
        response = client.get(SEARCH, {"q": "geldzorgen"})
        amargi = next(r for r in response.context["search_results"] if "Amargi" in r.title)
        assert amargi.type_label == "Initiatief"
        assert "Den Haag" in amargi.meta
        assert "<mark>geldzorgen</mark>" in amargi.excerpt
        html = response.content.decode()
        assert "<mark>geldzorgen</mark>" in html
        assert "Den Haag" in html

    def test_finds_document_titles(self, client):
        response = client.get(SEARCH, {"q": "stappenplan weggeefwinkel"})
        result = response.context["search_results"][0]
        assert result.type_label == "Document"
        assert result.url.startswith("/documents/")

    def test_documents_in_private_collections_are_not_found(self, client):
        document = get_document_model().objects.get(title="Stappenplan weggeefwinkel")
        private = Collection.get_first_root_node().add_child(name="Intern")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
        document.collection = private
        document.save()
        response = client.get(SEARCH, {"q": "stappenplan weggeefwinkel"})
        assert "Stappenplan weggeefwinkel" not in plain_titles(response)

    def test_unpublished_and_private_pages_are_not_found(self, client):
        page = MethodPage.objects.get(slug="weggeefwinkel", locale__language_code="nl")
        page.unpublish()
        assert "Weggeefwinkel" not in plain_titles(client.get(SEARCH, {"q": "weggeefwinkel"}))

    def test_finds_with_any_word_when_none_has_all(self, client):
        index = MethodIndexPage.objects.get(locale__language_code="nl")
        MethodPageFactory(parent=index, title="Zonnepanelenproject")
        response = client.get(SEARCH, {"q": "weggeefwinkel zonnepanelenproject"})
        assert response.context["any_word"] is True
        assert {"Weggeefwinkel", "Zonnepanelenproject"} <= set(plain_titles(response))
        assert "met één of meer ervan" in response.content.decode()

    def test_words_found_nowhere_are_left_out_with_a_note(self, client):
        """PostgreSQL: a word in no index entry would make "all words" find nothing and
        "any word" find everything with the other words; it is left out instead, and said so.
        SQLite searches every word (and finds the results with any of them)."""
        response = client.get(SEARCH, {"q": "xyzzyonbekend weggeefwinkel"})
        html = response.content.decode()
        assert plain_titles(response)[0] == "Weggeefwinkel"
        if connection.vendor != "postgresql":
            assert response.context["any_word"] is True
            return
        assert response.context["missing_words"] == ["xyzzyonbekend"]
        assert response.context["any_word"] is False
        assert "Nergens op de site gevonden, dus weggelaten: xyzzyonbekend" in html
        # Words the Dutch text search ignores are left out without a note.
        quiet = client.get(SEARCH, {"q": "weggeefwinkel zich"})
        assert quiet.context["missing_words"] == []
        assert plain_titles(quiet)[0] == "Weggeefwinkel"
        # Only unknown words: searched for as they are, nothing found, no note.
        nothing = client.get(SEARCH, {"q": "xyzzyonbekend qwertyvreemd"})
        assert nothing.context["paginator"].count == 0
        assert "weggelaten" not in nothing.content.decode()


@pytest.mark.django_db
class TestFacets:
    def facet(self, response, parameter):
        for name, _label, options in response.context["facet_groups"]:
            if name == parameter:
                return {option["slug"]: option for option in options}
        raise AssertionError(parameter)

    def test_counts_per_type_theme_and_province(self, client):
        response = client.get(SEARCH, {"q": "weggeefwinkel"})
        types = self.facet(response, "soort")
        assert types["methodiek"]["count"] == 1
        assert types["initiatief"]["count"] == 2
        assert types["document"]["count"] == 1
        provinces = self.facet(response, "provincie")
        assert provinces["utrecht"]["count"] == 1
        assert provinces["overijssel"]["count"] == 1
        assert "buurt" in self.facet(response, "thema")

    def test_facets_narrow_the_results_and_live_in_the_url(self, client):
        response = client.get(SEARCH, {"q": "weggeefwinkel", "soort": "initiatief"})
        assert response.context["paginator"].count == 2
        assert all(r.type_label == "Initiatief" for r in response.context["search_results"])
        response = client.get(
            SEARCH, {"q": "weggeefwinkel", "soort": "initiatief", "provincie": "utrecht"}
        )
        assert plain_titles(response) == ["Weggeefwinkel Amersfoort"]
        html = response.content.decode()
        assert 'name="provincie" value="utrecht" checked' in html
        assert 'type="hidden" name="q" value="weggeefwinkel"' in html

    def test_theme_facet_counts_every_page_type_with_themes(self, client):
        response = client.get(SEARCH, {"q": "geldzorgen", "thema": "schulden"})
        assert set(plain_titles(response)) == {"Amargi", "Noodfonds"}

    def test_unknown_facet_values_are_ignored(self, client):
        unfiltered = client.get(SEARCH, {"q": "weggeefwinkel"}).context["paginator"].count
        response = client.get(SEARCH, {"q": "weggeefwinkel", "soort": "<script>", "thema": "x"})
        assert response.status_code == 200
        assert response.context["paginator"].count == unfiltered

    def test_pagination_keeps_query_and_facets(self, client):
        response = client.get(SEARCH, {"q": "buurt", "soort": "initiatief"})
        paginator = response.context["paginator"]
        assert paginator.num_pages > 1
        html = response.content.decode()
        assert "q=buurt&amp;soort=initiatief&amp;pagina=2" in html
        second = client.get(SEARCH, {"q": "buurt", "soort": "initiatief", "pagina": 2})
        assert second.context["search_results"].number == 2
        assert not set(plain_titles(second)) & set(plain_titles(response))


@pytest.fixture
def generated_initiatives():
    """50 initiatives with the word 'zoekbudgetveel', 5 of them also 'zoekbudgetweinig',
    spread over two provinces and with 0 to 2 themes."""
    index = InitiativeIndexPage.objects.get(locale__language_code="nl")
    themes = list(Theme.objects.filter(locale__language_code="nl").order_by("slug")[:2])
    for n in range(50):
        words = "zoekbudgetveel zoekbudgetweinig" if n < 5 else "zoekbudgetveel"
        index.add_child(
            instance=InitiativePage(
                title=f"Initiatief {n}",
                slug=f"zoekbudget-{n}",
                place="Utrecht",
                province="utrecht" if n % 2 else "limburg",
                summary=f"Een initiatief over {words}.",
                themes=themes[: n % 3],
            )
        )


@pytest.mark.django_db
class TestQueryBudget:
    @override_settings(KENNISBANK_SEARCH_CACHE=False)  # every request asks the database
    def count_queries(self, client, params):
        client.get(SEARCH, params)  # the first search of a term creates its log entry
        with CaptureQueriesContext(connection) as queries:
            response = client.get(SEARCH, params)
        return len(queries), response.context["paginator"].count

    def test_results_page_costs_the_same_whatever_the_number_of_hits(
        self, client, generated_initiatives
    ):
        few_queries, few_hits = self.count_queries(client, {"q": "zoekbudgetweinig"})
        many_queries, many_hits = self.count_queries(client, {"q": "zoekbudgetveel"})
        assert (few_hits, many_hits) == (5, 50)
        assert few_queries == many_queries
        # PostgreSQL counts and ranks in one statement; SQLite runs three.
        assert many_queries <= (13 if connection.vendor == "postgresql" else 15)

    def test_facets_and_later_pages_cost_the_same_too(self, client, generated_initiatives):
        theme = Theme.objects.filter(locale__language_code="nl").order_by("slug").first()
        chosen = {"soort": "initiatief", "provincie": "utrecht", "thema": theme.slug}
        few = self.count_queries(client, {"q": "zoekbudgetweinig", "pagina": 1, **chosen})
        many = self.count_queries(client, {"q": "zoekbudgetveel", "pagina": 2, **chosen})
        assert few[0] == many[0]
        assert few[1] < many[1]

    def test_counts_match_the_results_for_every_choice(self, client, generated_initiatives):
        """The facet counts made by the database agree with the results a choice gives."""
        response = client.get(SEARCH, {"q": "zoekbudgetveel"})
        for parameter, _label, options in response.context["facet_groups"]:
            for option in options:
                narrowed = client.get(SEARCH, {"q": "zoekbudgetveel", parameter: option["slug"]})
                assert narrowed.context["paginator"].count == option["count"], option["slug"]
        both = client.get(SEARCH, {"q": "zoekbudgetveel", "provincie": "utrecht", "pagina": 3})
        assert both.context["paginator"].count == 25
        assert len(both.context["search_results"]) == 5  # the last page: results 21 to 25

    def test_long_result_lists_show_a_few_page_numbers(self, client, generated_initiatives):
        html = client.get(SEARCH, {"q": "zoekbudgetveel", "pagina": 1}).content.decode()
        assert "pagina=5" in html and "pagina=2" in html
        last = client.get(SEARCH, {"q": "zoekbudgetveel", "pagina": 5}).content.decode()
        assert 'aria-current="page"><span class="visually-hidden">Pagina </span>5<' in last


@pytest.mark.django_db
class TestSearchCache:
    """A query's counted and ranked hits are kept in the cache (PostgreSQL) until a page or
    anything site-wide changes: the next search after a change shows it."""

    def search(self, client, words="zoekcachewoord"):
        return client.get(SEARCH, {"q": words})

    def test_publishing_unpublishing_and_deleting_show_in_the_next_search(self, client):
        assert self.search(client).context["paginator"].count == 0
        index = InitiativeIndexPage.objects.get(locale__language_code="nl")
        page = index.add_child(
            instance=InitiativePage(
                title="Zoekcachewoord in Utrecht",
                slug="zoekcachewoord",
                place="Utrecht",
                province="utrecht",
                summary="Kort.",
                live=False,
            )
        )
        assert self.search(client).context["paginator"].count == 0  # a draft: not found
        page.save_revision().publish()
        assert plain_titles(self.search(client)) == ["Zoekcachewoord in Utrecht"]
        page.refresh_from_db()
        page.title = "Zoekcachewoord in Amersfoort"
        page.save_revision().publish()
        assert plain_titles(self.search(client)) == ["Zoekcachewoord in Amersfoort"]
        page.refresh_from_db()
        page.unpublish()
        assert self.search(client).context["paginator"].count == 0
        page.refresh_from_db()
        page.save_revision().publish()
        assert self.search(client).context["paginator"].count == 1
        page.refresh_from_db()
        page.delete()
        assert self.search(client).context["paginator"].count == 0

    def test_a_repeated_search_does_not_ask_the_database_again(self, client):
        first = self.search(client, "weggeefwinkel")
        with CaptureQueriesContext(connection) as cached:
            second = self.search(client, "weggeefwinkel")
        with override_settings(KENNISBANK_SEARCH_CACHE=False):
            with CaptureQueriesContext(connection) as uncached:
                third = self.search(client, "weggeefwinkel")
        assert plain_titles(first) == plain_titles(second) == plain_titles(third)
        assert first.context["paginator"].count == second.context["paginator"].count
        counting = [q for q in uncached if "search_hits" in q["sql"]]
        if connection.vendor == "postgresql":
            assert len(counting) == 1  # matched, counted and ranked in one statement
            assert not [q for q in cached if "search_hits" in q["sql"]]
            assert len(cached) == len(uncached) - 1

    def test_the_check_of_several_words_is_cached_too(self, client):
        """PostgreSQL: which words are in the index at all is asked once per question until a
        page changes, like the counts."""
        if connection.vendor != "postgresql":
            pytest.skip("the check of the words is PostgreSQL's")
        words = "xyzzyonbekend weggeefwinkel"
        with CaptureQueriesContext(connection) as first:
            self.search(client, words)
        with CaptureQueriesContext(connection) as second:
            response = self.search(client, words)
        checks = [q for q in first if "numnode" in q["sql"]]
        assert len(checks) == 1
        assert not [q for q in second if "numnode" in q["sql"]]
        assert response.context["missing_words"] == ["xyzzyonbekend"]
        page = MethodPage.objects.get(slug="weggeefwinkel", locale__language_code="nl")
        page.save_revision().publish()  # any change asks again
        with CaptureQueriesContext(connection) as third:
            self.search(client, words)
        assert len([q for q in third if "numnode" in q["sql"]]) == 1

    def test_other_choices_and_pages_are_not_mixed_up(self, client, generated_initiatives):
        page_1 = client.get(SEARCH, {"q": "zoekbudgetveel"})
        page_2 = client.get(SEARCH, {"q": "zoekbudgetveel", "pagina": 2})
        utrecht = client.get(SEARCH, {"q": "zoekbudgetveel", "provincie": "utrecht"})
        again = client.get(SEARCH, {"q": "zoekbudgetveel", "pagina": 2})
        assert not set(plain_titles(page_1)) & set(plain_titles(page_2))
        assert plain_titles(again) == plain_titles(page_2)
        assert utrecht.context["paginator"].count == 25
        assert page_1.context["paginator"].count == 50


@pytest.mark.django_db
class TestPromotionsAndLog:
    def test_promoted_pages_come_first_in_the_visitors_language(self, client, locale_en):
        method = MethodPage.objects.get(slug="weggeefwinkel", locale__language_code="nl")
        SearchPromotion.objects.create(
            query=Query.get("spullen"), page=method, description="Spullen geven en halen"
        )
        response = client.get(SEARCH, {"q": "Spullen"})
        assert [p.title for p in response.context["promotions"]] == ["Weggeefwinkel"]
        assert "Weggeefwinkel" not in plain_titles(response)  # not twice
        html = response.content.decode()
        assert html.index("Aanbevolen") < html.index('<ol class="search-results"')
        assert "Spullen geven en halen" in html
        english = client.get("/en/search/", {"q": "spullen"})
        promoted = english.context["promotions"][0]
        assert promoted.url == method.get_translation(locale_en).url

    def test_promotions_show_on_the_first_page_only(self, client):
        method = MethodPage.objects.get(slug="weggeefwinkel", locale__language_code="nl")
        SearchPromotion.objects.create(query=Query.get("buurt"), page=method)
        assert client.get(SEARCH, {"q": "buurt"}).context["promotions"]
        assert not client.get(SEARCH, {"q": "buurt", "pagina": 2}).context["promotions"]

    def test_searches_are_counted_and_no_results_remembered(self, client):
        client.get(SEARCH, {"q": "Weggeefwinkel"})
        client.get(SEARCH, {"q": "xyzzyonbekend"})
        client.get(SEARCH, {"q": "weggeefwinkel", "pagina": "2"})  # paging is no new search
        assert Query.get("weggeefwinkel").hits == 1
        assert Query.get("xyzzyonbekend").hits == 1
        assert NoResultsDailyHits.objects.get(query__query_string="xyzzyonbekend").hits == 1
        assert not NoResultsDailyHits.objects.filter(query__query_string="weggeefwinkel")

    def test_report_lists_search_terms_and_those_without_results(self, admin_client):
        admin_client.get(SEARCH, {"q": "xyzzyonbekend"})
        admin_client.get(SEARCH, {"q": "weggeefwinkel"})
        html = admin_client.get(reverse("search_terms_report")).content.decode()
        assert "xyzzyonbekend" in html and "weggeefwinkel" in html
        only = admin_client.get(reverse("search_terms_report"), {"without_results": "true"})
        assert "xyzzyonbekend" in only.content.decode()
        assert "weggeefwinkel" not in only.content.decode()
        assert "Zoektermen" in admin_client.get("/admin/").content.decode()

    def test_report_is_for_editors_who_manage_promotions(self, client, django_user_model):
        user = django_user_model.objects.create_user("redacteur", password="x" * 12)
        group = Group.objects.create(name="Zoekredactie")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        user.groups.add(group)
        client.force_login(user)
        assert client.get(reverse("search_terms_report")).status_code == 302
        group.permissions.add(Permission.objects.get(codename="change_searchpromotion"))
        assert client.get(reverse("search_terms_report")).status_code == 200


@pytest.mark.django_db
class TestSuggestions:
    def test_suggests_titles_and_addresses_as_json(self, client):
        response = client.get(SUGGEST, {"q": "weggeef"})
        assert response["Content-Type"] == "application/json"
        data = json.loads(response.content)
        assert {
            "title": "Weggeefwinkel",
            "url": "/nl/methodieken/weggeefwinkel/",
            "type": "Methodiek",
        } in data["results"]

    def test_suggestions_ignore_accents_and_stay_in_the_language(self, client):
        data = client.get(SUGGEST, {"q": "cooperatie"}).json()
        assert "Coöperatie De Vrije Uitloop" in [r["title"] for r in data["results"]]
        data = client.get("/en/search/suggestions/", {"q": "give"}).json()
        assert all(r["url"].startswith("/en/") for r in data["results"])
        assert data["results"]

    def test_short_or_odd_input_gives_no_suggestions_and_no_error(self, client):
        for query in ["", "w", "\"'&|!:*()", "x" * 10_000]:
            response = client.get(SUGGEST, {"q": query})
            assert response.status_code == 200
            assert response.json()["results"] == []

    def test_header_has_an_accessible_search_box(self, client):
        html = client.get("/nl/").content.decode()
        assert 'data-suggest-url="/nl/zoeken/suggesties/"' in html
        assert "search/suggest.js" in html and "defer" in html
        assert '"suggestionCount"' in html


BAD_QUERIES = [
    "& | ! : * ( ) ' \"",
    '"weggeefwinkel',
    "weggeefwinkel'",
    "'; DROP TABLE wagtailcore_page; --",
    "1 OR 1=1",
    "coöperatie & !armoede | (schulden:*)",
    "NEAR(a b) AND NOT OR",
    "\\x00 \x00 %s %% {}",
    "a" * 10_000,
    "weggeefwinkel " * 2000,
    "     ",
    "!!!",
    "<script>alert(1)</script>",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_input_gives_a_normal_page(client, query):
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200
    assert len(response.context["search_query"]) <= 200
    assert "<script>alert" not in response.content.decode()
    assert client.get(SUGGEST, {"q": query}).status_code == 200
