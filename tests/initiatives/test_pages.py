import csv
import io
import json

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.db.models.signals import post_save
from django.test.utils import CaptureQueriesContext

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomePage
from initiatives.models import InitiativeIndexPage, InitiativePage, ProjectBand
from localgroups.models import ExperiencePage
from localgroups.signals import initiative_saved


class InitiativePageTreeTests(WagtailPageTestCase):
    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(InitiativeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(InitiativeIndexPage, {InitiativePage})
        self.assertAllowedParentPageTypes(InitiativePage, {InitiativeIndexPage})
        self.assertAllowedSubpageTypes(InitiativePage, {ExperiencePage})

    def test_pages_render_and_edit(self):
        index = InitiativeIndexPage.objects.get(locale__language_code="nl")
        page = InitiativePage.objects.get(
            slug="weggeefwinkel-amersfoort", locale__language_code="nl"
        )
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(index, route_path="/gemeente/utrecht/amersfoort/")
        self.assertPageIsRenderable(index, route_path="/aanmelden/")
        self.assertPageIsRenderable(page)
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "summary": "Kort.",
                "place": "Amersfoort",
                "province": "utrecht",
                "status": "running",
                "body": streamfield([]),
                "partners": inline_formset([{"name": "Portaal", "type": "housing", "website": ""}]),
                "funding": inline_formset(
                    [
                        {
                            "funder": "Gemeente",
                            "kind": "municipality",
                            "form": "money",
                            "description": "",
                        }
                    ]
                ),
            }
        )
        self.assertPageIsEditable(page, post_data=data)
        self.assertPageIsPreviewable(page, post_data=data)
        self.assertPageIsEditable(
            index,
            post_data=nested_form_data(
                {"title": index.title, "slug": index.slug, "introduction": ""}
            ),
        )


def results(response):
    return [initiative.title for initiative in response.context["initiatives"]]


@pytest.mark.django_db
class TestIndex:
    def test_filter_by_province_and_method(self, client, initiative_index):
        response = client.get(
            initiative_index.url, {"provincie": "utrecht", "methodiek": "weggeefwinkel"}
        )
        assert results(response) == ["Weggeefwinkel Amersfoort"]
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.find("input", {"name": "methodiek", "value": "weggeefwinkel"}).has_attr(
            "checked"
        )
        assert soup.find("option", {"value": "utrecht"}).has_attr("selected")

    def test_financing_facet_shows_who_pays(self, client, initiative_index):
        response = client.get(initiative_index.url, {"financiering": "company"})
        expected = set(
            InitiativePage.objects.live()
            .filter(locale__language_code="nl")
            .filter(funding__kind="company")
            .values_list("title", flat=True)
        )
        assert expected
        assert response.context["paginator"].count == len(expected)
        assert set(results(response)) <= expected

    def test_map_has_a_tile_per_province_with_the_counts(self, client, initiative_index):
        response = client.get(initiative_index.url)
        soup = BeautifulSoup(response.content, "html.parser")
        tiles = soup.select(".province-map__tile")
        assert len(tiles) == 12
        utrecht = soup.select_one("a.province-map__tile[href$='provincie=utrecht']")
        expected = (
            InitiativePage.objects.live()
            .filter(locale__language_code="nl")
            .filter(province="utrecht")
            .count()
        )
        assert utrecht.select_one(".province-map__count").get_text() == str(expected)
        assert f"Utrecht: {expected} initiatieven" == utrecht["aria-label"]
        table = soup.select(".province-table tbody tr")
        assert len(table) == 12  # the same figures as a table for screen readers

    def test_unknown_filter_values_are_ignored(self, client, initiative_index):
        response = client.get(
            initiative_index.url,
            {"provincie": "atlantis", "methodiek": "x", "status": "?", "pagina": "-1"},
        )
        assert response.status_code == 200
        assert (
            response.context["paginator"].count
            == InitiativePage.objects.live().filter(locale__language_code="nl").count()
        )

    def test_open_data_follows_the_filters(self, client, initiative_index):
        url = initiative_index.url + "open-data/"
        data = json.loads(client.get(url + "json/", {"provincie": "groningen"}).content)
        assert data["initiatives"]
        assert {row["province"] for row in data["initiatives"]} == {"Groningen"}
        response = client.get(url + "csv/", {"provincie": "groningen"})
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert [row["title"] for row in rows] == [row["title"] for row in data["initiatives"]]
        assert all(row["partners"] for row in rows)

    def test_every_municipality_is_linked_from_the_index(self, client, initiative_index):
        soup = BeautifulSoup(
            client.get(initiative_index.url, {"provincie": "limburg"}).content, "html.parser"
        )
        links = [a["href"] for a in soup.select(".municipality-list a")]
        places = set(
            InitiativePage.objects.live()
            .filter(locale__language_code="nl")
            .values_list("province", "place")
        )
        assert len(links) == len(places)  # all of them, whatever the filter
        assert initiative_index.url + "gemeente/utrecht/amersfoort/" in links
        for href in links[:3]:
            assert client.get(href).status_code == 200

    def test_municipality_page(self, client, initiative_index):
        response = client.get(initiative_index.url + "gemeente/utrecht/amersfoort/")
        assert response.status_code == 200
        titles = [i.title for i in response.context["place_initiatives"]]
        assert "Weggeefwinkel Amersfoort" in titles and "Future of Fame" in titles
        nearby = response.context["nearby"]
        assert nearby and all(i.province == "utrecht" and i.place != "Amersfoort" for i in nearby)
        assert client.get(initiative_index.url + "gemeente/utrecht/atlantis/").status_code == 404
        assert client.get(initiative_index.url + "gemeente/limburg/amersfoort/").status_code == 404

    def test_same_named_municipalities_in_two_provinces_stay_apart(self, client, initiative_index):
        for province in ("noord-holland", "limburg"):
            initiative_index.add_child(
                instance=InitiativePage(
                    title=f"Buurtkamer Bergen ({province})",
                    slug=f"buurtkamer-bergen-{province}",
                    place="Bergen",
                    province=province,
                    summary="Kort.",
                )
            )
        north = client.get(initiative_index.url + "gemeente/noord-holland/bergen/")
        assert [i.title for i in north.context["place_initiatives"]] == [
            "Buurtkamer Bergen (noord-holland)"
        ]
        assert north.context["province_name"] == "Noord-Holland"

    def test_in_kind_help_counts_whoever_gave_it(self, client, initiative_index):
        from django.db.models import Q

        expected = set(
            InitiativePage.objects.live()
            .filter(locale__language_code="nl")
            .filter(Q(funding__kind="in_kind") | Q(funding__form="in_kind"))
            .values_list("pk", flat=True)
        )
        response = client.get(initiative_index.url, {"financiering": "in_kind"})
        assert response.context["paginator"].count == len(expected)

    def test_csv_cells_cannot_become_formulas(self, client, initiative_index):
        initiative_index.add_child(
            instance=InitiativePage(
                title='=HYPERLINK("http://x.example")',
                slug="formule",
                place="Utrecht",
                province="utrecht",
                summary="Kort.",
            )
        )
        content = client.get(initiative_index.url + "open-data/csv/").content.decode("utf-8")
        assert content.startswith("\ufeff")
        rows = list(csv.DictReader(io.StringIO(content.removeprefix("\ufeff"))))
        cell = next(row["title"] for row in rows if "HYPERLINK" in row["title"])
        assert cell.startswith("'=")

    def test_index_with_2000_initiatives_in_at_most_15_queries(
        self, client, initiative_index, django_assert_max_num_queries
    ):
        from initiatives.models import InitiativeFunding

        template = InitiativePage.objects.get(slug="amargi-den-haag", locale__language_code="nl")
        methods = list(template.methods.all())
        themes = list(template.themes.all())
        provinces = ["groningen", "utrecht", "limburg", "zeeland"]
        # Not what this test measures, and most of the time of creating 2,000 initiatives: a
        # local group (group, collection, permissions) for each one.
        post_save.disconnect(initiative_saved, sender=InitiativePage)
        try:
            for n in range(2000 - InitiativePage.objects.child_of(initiative_index).count()):
                initiative_index.add_child(
                    instance=InitiativePage(
                        title=f"Initiatief {n:04}",
                        slug=f"initiatief-{n:04}",
                        place=f"Plaats {n % 40}",
                        province=provinces[n % 4],
                        methods=methods,
                        themes=themes,
                        funding=[
                            InitiativeFunding(funder="Gemeente", kind="municipality"),
                            InitiativeFunding(funder="Fonds", kind="fund", form="in_kind"),
                        ],
                        summary="Kort.",
                    )
                )
        finally:
            post_save.connect(initiative_saved, sender=InitiativePage)
        assert len(themes) >= 2 and len(methods) >= 1
        client.get(initiative_index.url)
        for query in (
            {},
            {"provincie": "utrecht", "methodiek": methods[0].slug, "sorteer": "nieuw"},
            {"financiering": "fund", "gemeente": "plaats-3", "pagina": "2"},
        ):
            with django_assert_max_num_queries(15):
                response = client.get(initiative_index.url, query)
            assert response.status_code == 200


@pytest.mark.django_db
class TestInitiativePage:
    def test_shows_partners_financing_and_bands(self, client):
        page = InitiativePage.objects.get(
            slug="weggeefwinkel-amersfoort", locale__language_code="nl"
        )
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")
        partners = [
            li.select_one(".partner-list__name").get_text(strip=True)
            for li in soup.select(".partner-list li")
        ]
        assert partners == [p.name for p in page.partners.all()]
        assert len(soup.select(".funding-table tbody tr")) == page.funding.count()
        band = ProjectBand.objects.get(members__initiative=page)
        others = {m.initiative.title for m in band.members.all()} - {page.title}
        linked = {a.get_text() for a in soup.select(".band__partners a")}
        assert linked == others

    def test_similar_initiatives_are_elsewhere_and_cost_a_fixed_number_of_queries(
        self, initiative_index
    ):
        page = InitiativePage.objects.get(
            slug="weggeefwinkel-amersfoort", locale__language_code="nl"
        )
        page.similar_initiatives()  # the private sections come from the cache after this
        page = InitiativePage.objects.get(pk=page.pk)
        with CaptureQueriesContext(connection) as before:
            similar = page.similar_initiatives()
        assert similar and all(other.province != page.province for other in similar)
        assert similar[0].methods.filter(slug="weggeefwinkel").exists()
        methods = list(page.methods.all())
        for n in range(30):
            initiative_index.add_child(
                instance=InitiativePage(
                    title=f"Kopie {n}",
                    slug=f"kopie-{n}",
                    place="Zwolle",
                    province="overijssel",
                    methods=methods,
                    summary="Kort.",
                )
            )
        page = InitiativePage.objects.get(pk=page.pk)
        with CaptureQueriesContext(connection) as after:
            page.similar_initiatives()
        assert len(after) == len(before)

    def test_method_page_lists_the_initiatives_that_apply_it(self, client):
        from methods.models import MethodPage

        method = MethodPage.objects.get(slug="weggeefwinkel")
        soup = BeautifulSoup(client.get(method.url).content, "html.parser")
        section = soup.find(id="method-initiatives-heading").parent
        links = section.select(".card__title a")
        titles = [a.get_text() for a in links]
        assert {"Weggeefwinkel Amersfoort", "Weggeefwinkel Zwolle-Zuid"} <= set(titles)
        # Only the Dutch initiatives, each once (Weggeefwinkel Amersfoort has an English page).
        assert len(titles) == len(set(titles))
        assert all(a["href"].startswith("/nl/") for a in links)

    def test_home_page_figures_come_from_live_data(self, client):
        response = client.get("/nl/")
        soup = BeautifulSoup(response.content, "html.parser")
        figures = {
            item.dt.get_text(strip=True): item.dd.get_text(strip=True)
            for item in soup.select(".figures__item")
        }
        live = InitiativePage.objects.live().filter(locale__language_code="nl")
        assert figures["initiatieven"] == str(live.count())
        assert figures["provincies"] == str(live.values("province").distinct().count())
        assert figures["nieuwe plekken, op weg naar 20"] == str(live.filter(new_place=True).count())
