"""Page tree rules, and every page type renders, edits and previews."""

import pytest

from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, Theme
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage


class NewsTreeTests(WagtailPageTestCase):
    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_one_news_index_and_one_agenda_per_language(self):
        for home in HomePage.objects.all():
            self.assertFalse(NewsIndexPage.can_create_at(home))
            self.assertFalse(EventIndexPage.can_create_at(home))


class NewsRenderEditTests(WagtailPageTestCase):
    def setUp(self):
        self.news_index = NewsIndexPage.objects.get(locale__language_code="nl")
        self.agenda = EventIndexPage.objects.get(locale__language_code="nl")
        self.news = NewsPage.objects.get(slug="tips-voor-gemeenten")
        self.event = EventPage.objects.get(slug="scholing-start-een-weggeefwinkel")

    def test_news_index(self):
        data = nested_form_data(
            {"title": "Nieuws", "slug": self.news_index.slug, "introduction": "Intro"}
        )
        self.assertPageIsRenderable(self.news_index)
        self.assertPageIsRenderable(self.news_index, route_path="/rss/")
        self.assertPageIsRenderable(self.news_index, route_path="/atom/")
        self.assertPageIsEditable(self.news_index, post_data=data)
        self.assertPageIsPreviewable(self.news_index, post_data=data)

    def test_news_page(self):
        theme = Theme.objects.get(locale=self.news.locale, slug="werk")
        data = nested_form_data(
            {
                "title": self.news.title,
                "slug": self.news.slug,
                "date": "2026-06-18",
                "author": "Redactie",
                "introduction": "Vijf tips.",
                "themes": [theme.pk],
                "body": streamfield([("paragraph", rich_text("<p>Tekst.</p>"))]),
            }
        )
        self.assertPageIsRenderable(self.news)
        self.assertPageIsEditable(self.news, post_data=data)
        self.assertPageIsPreviewable(self.news, post_data=data)

    def test_agenda(self):
        data = nested_form_data({"title": "Agenda", "slug": "agenda", "introduction": "Intro"})
        self.assertPageIsRenderable(self.agenda)
        self.assertPageIsRenderable(self.agenda, route_path="/ics/")
        self.assertPageIsEditable(self.agenda, post_data=data)
        self.assertPageIsPreviewable(self.agenda, post_data=data)

    def test_event_page(self):
        data = nested_form_data(event_form_data(title=self.event.title, slug=self.event.slug))
        self.assertPageIsRenderable(self.event)
        self.assertPageIsRenderable(self.event, route_path="/ics/")
        self.assertPageIsEditable(self.event, post_data=data)
        self.assertPageIsPreviewable(self.event, post_data=data)


def event_form_data(**overrides):
    data = {
        "title": "Regiobijeenkomst Noord",
        "slug": "regiobijeenkomst-noord",
        "kind": "regional",
        "start": "2030-03-12 13:30",
        "end": "2030-03-12 16:00",
        "introduction": "Een middag voor gemeenten.",
        "venue": "",
        "address": "",
        "place": "Assen",
        "online_url": "",
        "for_municipalities": "on",
        "registration": "",
        "registration_url": "",
        "registration_email": "",
        "body": streamfield([]),
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
class TestEventValidation:
    def post_new_event(self, admin_client, agenda, **overrides):
        url = reverse("wagtailadmin_pages:add", args=("news", "eventpage", agenda.pk))
        data = nested_form_data({**event_form_data(**overrides), "action-publish": "publish"})
        return admin_client.post(url, data)

    def test_editor_adds_a_meeting_in_dutch_time(self, admin_client, agenda):
        response = self.post_new_event(admin_client, agenda)
        assert response.status_code == 302
        event = EventPage.objects.get(slug="regiobijeenkomst-noord")
        assert event.start.isoformat() == "2030-03-12T12:30:00+00:00"  # CET is UTC+1
        assert event.local_start.hour == 13
        assert event.summary == "Een middag voor gemeenten."  # filled from the introduction

    def test_end_before_start_is_refused_with_a_clear_message(self, admin_client, agenda):
        response = self.post_new_event(
            admin_client, agenda, start="2030-03-12 16:00", end="2030-03-12 13:30"
        )
        assert response.status_code == 200
        assert not EventPage.objects.filter(slug="regiobijeenkomst-noord").exists()
        errors = response.context["form"].errors
        assert errors["end"] == [
            "Het einde moet na het begin liggen. Controleer de datum en de tijd van het einde."
        ]
        assert "Het einde moet na het begin liggen" in response.content.decode()

    def test_a_place_or_an_online_link_is_required(self, admin_client, agenda):
        response = self.post_new_event(admin_client, agenda, place="", online_url="")
        assert response.status_code == 200
        errors = response.context["form"].errors
        assert "Vul een plaats in" in errors["place"][0]
        assert "online_url" in errors

    def test_online_only_is_fine(self, admin_client, agenda):
        response = self.post_new_event(
            admin_client, agenda, place="", online_url="https://video.example.org/talk"
        )
        assert response.status_code == 302


@pytest.mark.django_db
def test_news_form_offers_only_the_pages_language(admin_user):
    """A translation still links the Dutch themes (wagtail-localize copies the links); the form
    shows them as their English terms and offers only English terms, methods and initiatives."""
    english_news = NewsPage.objects.get(slug="tips-for-municipalities")
    assert {t.locale.language_code for t in english_news.themes.all()} == {"nl"}
    form_class = NewsPage.get_edit_handler().get_form_class()
    form = form_class(
        instance=english_news, parent_page=english_news.get_parent(), for_user=admin_user
    )
    themes = form.fields["themes"].queryset
    assert {theme.locale_id for theme in themes} == {english_news.locale_id}
    for name in ("related_methods", "related_initiatives"):
        # Pages of its own language, and linked pages that have no English version yet.
        linked = {page.pk for page in getattr(english_news, name).all()}
        for page in form.fields[name].queryset:
            assert page.locale_id == english_news.locale_id or page.pk in linked
    chosen = Theme.objects.filter(pk__in=form.initial["themes"])
    assert set(chosen.values_list("slug", flat=True)) == {"participation", "income"}
