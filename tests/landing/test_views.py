"""What the landing pages show: methods per goal, municipalities, tips, financing, step plans,
talks and meetings; automatic news for a campaign's theme; a constant number of queries."""

import datetime

import pytest

from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Page

from home.models import HomePage, Theme
from initiatives.models import InitiativeIndexPage
from landing.models import CampaignPage, MunicipalitiesPage
from methods.models import MethodPage
from news.models import EventPage, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def _municipalities_page(body):
    home = HomePage.objects.get(locale__language_code="nl")
    page = MunicipalitiesPage.objects.get(locale=home.locale)
    page.body = body
    page.save_revision().publish()
    return page


def _campaign(body, slug="campagne"):
    home = HomePage.objects.get(locale__language_code="nl")
    page = CampaignPage(title="Campagne", slug=slug, body=body)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _goals(methods):
    return (
        "methods_for_goals",
        {
            "heading": "Methodieken per doel",
            "intro": "",
            "goals": [{"goal": "Meer mensen doen mee", "text": "", "methods": methods}],
        },
    )


def _queries(client, url):
    client.get(url)  # warm up: navigation cache, image renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


class TestMunicipalitiesPage:
    def test_shows_tips_methods_and_municipalities(self, client):
        methods = list(MethodPage.objects.live().filter(locale__language_code="nl")[:2])
        page = _municipalities_page(
            [
                (
                    "tips",
                    {
                        "heading": "Zo maakt u het mogelijk",
                        "intro": "",
                        "tips": [
                            {"title": "Houd het licht", "text": "Vraag weinig papier."},
                            {"title": "Geef ruimte", "text": "Fouten mogen."},
                        ],
                    },
                ),
                _goals(methods),
                ("municipalities", {"heading": "Wat gebeurt er in uw gemeente?", "intro": ""}),
            ]
        )
        html = client.get(page.url).content.decode()
        assert '<h3 class="tips__title">Houd het licht</h3>' in html
        assert "Fouten mogen." in html
        for method in methods:
            assert f'<a href="{method.url}">{method.card_title}</a>' in html
            if method.summary:
                assert method.summary.split()[0] in html
        index = InitiativeIndexPage.objects.get(locale__language_code="nl")
        municipalities = index.municipalities()
        assert municipalities
        for municipality in municipalities:
            assert f'<a href="{municipality["url"]}">{municipality["label"]}</a>' in html
        # The contents list at the top links each section.
        assert "Op deze pagina" in html
        assert 'href="#blok-' in html

    def test_english_visitors_get_the_english_method_pages(self, client):
        method = MethodPage.objects.get(slug="weggeefwinkel")
        english = method.get_translation_or_none(Page.objects.get(slug="for-municipalities").locale)
        if english is None:
            pytest.skip("The demo has no English translation of this method.")
        nl_page = _municipalities_page([_goals([method])])
        english_page = MunicipalitiesPage.objects.get(locale__language_code="en")
        english_page.body = nl_page.body.raw_data
        english_page.save_revision().publish()
        html = client.get(english_page.url).content.decode()
        assert f'href="{english.url}"' in html

    def test_hidden_methods_are_left_out(self, client):
        method = MethodPage.objects.live().filter(locale__language_code="nl").first()
        page = _municipalities_page([_goals([method])])
        method.unpublish()
        html = client.get(page.url).content.decode()
        assert method.url_path not in html
        assert f">{method.card_title}</a>" not in html

    def test_queries_do_not_grow_with_the_number_of_methods(self, client):
        methods = list(MethodPage.objects.live().filter(locale__language_code="nl")[:6])
        assert len(methods) == 6
        page = _municipalities_page([_goals(methods[:1])])
        one = _queries(client, page.url)
        page = _municipalities_page([_goals(methods), _goals(methods[2:])])
        many = _queries(client, page.url)
        assert many == one

    def test_meetings_fall_back_to_the_next_ones_for_municipalities(self, client):
        past = (
            EventPage.objects.live()
            .filter(locale__language_code="nl", end__lt=timezone.now())
            .first()
        )
        page = _municipalities_page(
            [("meetings", {"heading": "Ontmoet elkaar", "intro": "", "meetings": [past]})]
        )
        html = client.get(page.url).content.decode()
        assert f'href="{past.url}"' not in html
        upcoming = EventPage.objects.live().filter(
            locale__language_code="nl", end__gte=timezone.now(), for_municipalities=True
        )
        assert upcoming.exists()
        for event in upcoming.order_by("start")[:3]:
            assert f'href="{event.url}"' in html

    def test_financing_example_lists_its_sources(self, client):
        page = _municipalities_page(
            [
                (
                    "financing",
                    {
                        "heading": "Zo financieren anderen het",
                        "intro": "",
                        "examples": [
                            {
                                "title": "Buurtwinkel",
                                "initiative": None,
                                "text": "Een mix van bronnen.",
                                "sources": [
                                    {
                                        "funder": "Fonds Noodhulp",
                                        "kind": "fund",
                                        "form": "in_kind",
                                        "description": "inrichting",
                                    }
                                ],
                            }
                        ],
                    },
                )
            ]
        )
        html = client.get(page.url).content.decode()
        assert "<strong>Fonds Noodhulp</strong>" in html
        assert "(Fonds, in natura)</span>: inrichting" in html


class TestCampaignPage:
    def _news(self, theme, title, days_ago):
        index = NewsIndexPage.objects.get(locale__language_code="nl")
        page = NewsPage(
            title=title,
            introduction="Een bericht.",
            date=datetime.date.today() - datetime.timedelta(days=days_ago),
        )
        index.add_child(instance=page)
        if theme is not None:
            page.themes.add(theme)
        page.save_revision().publish()
        return page

    def test_without_chosen_pages_shows_the_latest_news_of_its_theme(self, client):
        theme = Theme.objects.get(locale__language_code="nl", slug="wonen")
        other = Theme.objects.get(locale__language_code="nl", slug="werk")
        themed = self._news(theme, "Nieuw over wonen", days_ago=-1)
        off_topic = self._news(other, "Nieuw over werk", days_ago=-2)
        page = _campaign([("related", {"heading": "Meer over wonen", "pages": [], "theme": theme})])
        html = client.get(page.url).content.decode()
        assert f'<a href="{themed.url}">Nieuw over wonen</a>' in html
        assert "Nieuw over werk" not in html
        assert off_topic.url not in html
        for event in (
            EventPage.objects.live()
            .filter(locale__language_code="nl", end__gte=timezone.now())
            .order_by("start")[:3]
        ):
            assert f'href="{event.url}"' in html

    def test_chosen_pages_replace_the_automatic_ones(self, client):
        theme = Theme.objects.get(locale__language_code="nl", slug="wonen")
        self._news(theme, "Nieuw over wonen", days_ago=-1)
        chosen = NewsPage.objects.get(slug="terugblik-peerm")
        page = _campaign([("related", {"heading": "Lees ook", "pages": [chosen], "theme": theme})])
        html = client.get(page.url).content.decode()
        assert f'href="{chosen.url}"' in html
        assert "Nieuw over wonen" not in html

    def test_queries_do_not_grow_with_the_number_of_chosen_items(self, client):
        news = list(NewsPage.objects.live().filter(locale__language_code="nl")[:4])
        events = list(
            EventPage.objects.live().filter(locale__language_code="nl", end__gte=timezone.now())[:3]
        )
        one = _campaign(
            [("related", {"heading": "Lees ook", "pages": news[:1] + events[:1], "theme": None})],
            slug="een",
        )
        many = _campaign(
            [("related", {"heading": "Lees ook", "pages": news + events, "theme": None})],
            slug="veel",
        )
        assert _queries(client, many.url) == _queries(client, one.url)

    def test_figures_and_call_to_action(self, client):
        target = MethodPage.objects.live().filter(locale__language_code="nl").first()
        page = _campaign(
            [
                ("hero", {"title": "Samen", "subtitle": "Op weg.", "image": None, "alt_text": ""}),
                (
                    "figures",
                    {"heading": "", "figures": [{"number": "12", "label": "initiatieven"}]},
                ),
                (
                    "call_to_action",
                    {
                        "title": "Doe mee",
                        "text": "",
                        "page": target,
                        "external_url": "",
                        "link_text": "Lees meer",
                    },
                ),
            ]
        )
        html = client.get(page.url).content.decode()
        assert html.count("<h1") == 1
        assert '<h1 class="hero__heading">Samen</h1>' in html
        assert "<dt>initiatieven</dt><dd>12</dd>" in html
        assert f'<a class="button" href="{target.url}">Lees meer</a>' in html

    def test_without_an_opening_the_title_is_the_heading(self, client):
        page = _campaign([("message", {"heading": "", "text": "<p>Kern.</p>"})])
        html = client.get(page.url).content.decode()
        assert "<h1>Campagne</h1>" in html


class TestDemo:
    @pytest.mark.parametrize("language", ["nl", "en"])
    def test_demo_pages_render_in_both_languages(self, client, language):
        for model in (MunicipalitiesPage, CampaignPage):
            page = model.objects.get(locale__language_code=language)
            response = client.get(page.url)
            assert response.status_code == 200
            html = response.content.decode()
            assert f'<html lang="{language}"' in html
            assert html.count("<h1") == 1

    def test_english_pages_are_translated(self, client):
        html = client.get(
            MunicipalitiesPage.objects.get(locale__language_code="en").url
        ).content.decode()
        assert "<h1>For municipalities</h1>" in html
        assert "How you make initiatives possible" in html
        assert "Zo maakt u initiatieven mogelijk" not in html
        campaign = CampaignPage.objects.get(locale__language_code="en")
        html = client.get(campaign.url).content.decode()
        assert "Out of poverty, on the way to livelihood security" in html

    def test_municipalities_page_keeps_its_place_in_the_menu(self, client):
        dutch = MunicipalitiesPage.objects.get(locale__language_code="nl")
        assert (dutch.slug, dutch.title, dutch.show_in_menus) == (
            "voor-gemeenten",
            "Voor gemeenten",
            True,
        )
        assert dutch.get_prev_sibling().slug == "over-de-kennisbank"
        english = MunicipalitiesPage.objects.get(locale__language_code="en")
        assert (english.slug, english.title) == ("for-municipalities", "For municipalities")
        home = HomePage.objects.get(locale__language_code="nl")
        assert [h.page.slug for h in home.highlights.all()] == [
            "over-de-kennisbank",
            "voor-gemeenten",
            "contact",
        ]

    @pytest.mark.parametrize("language", ["nl", "en"])
    def test_two_clicks_from_home_to_a_step_plan_a_talk_and_a_meeting(self, client, language):
        """Home → Voor gemeenten (menu) → a step plan download, a recorded talk, a meeting
        with registration on this site."""
        home = HomePage.objects.get(locale__language_code=language)
        page = MunicipalitiesPage.objects.get(locale__language_code=language)
        home_html = client.get(home.url).content.decode()
        assert f'href="{page.url}"' in home_html
        html = client.get(page.url).content.decode()

        Document = get_document_model()
        if not any(field.name == "kind" for field in Document._meta.get_fields()):
            pytest.skip("The document model has no kinds (library.Document is not installed).")
        plans = Document.objects.filter(kind="stappenplan")
        assert plans.exists()
        assert any(f'href="{plan.url}"' in html for plan in plans)

        try:
            TalkPage = apps.get_model("library", "TalkPage")
        except LookupError:
            pytest.skip("library.TalkPage does not exist.")
        talks = TalkPage.objects.live()
        assert any(f'href="{talk.url}"' in html for talk in talks)

        if not any(field.name == "registration_form" for field in EventPage._meta.get_fields()):
            pytest.skip("Meetings have no registration on this site yet.")
        meetings = EventPage.objects.live().filter(registration_form=True, end__gte=timezone.now())
        linked = [event for event in meetings if f'href="{event.url}"' in html]
        assert linked
        event_html = client.get(linked[0].url).content.decode()
        assert "<form" in event_html


def test_demo_loader_runs_after_the_apps_it_links():
    """The landing loader looks up news, library and initiatives content, so it must run
    after their loaders (hooks run in the order of INSTALLED_APPS)."""
    from wagtail import hooks

    modules = [loader.__module__ for loader in hooks.get_hooks("register_demo_content")]
    landing = modules.index("landing.wagtail_hooks")
    for app in ("methods", "initiatives", "news", "library"):
        name = f"{app}.wagtail_hooks"
        if name in modules:
            assert modules.index(name) < landing, name


@pytest.mark.parametrize("model", [MunicipalitiesPage, CampaignPage], ids=lambda m: m.__name__)
def test_demo_translations_are_complete_and_in_sync(model):
    """Every sentence of the demo pages has its English in wagtail-localize, so syncing
    keeps the English pages whole."""
    from wagtail_localize.models import Translation

    page = model.objects.get(locale__language_code="nl")
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="en"
    )
    assert translation.enabled
    total = translation.source.stringsegment_set.count()
    assert total >= 15
    assert translation.get_progress() == (total, total)
