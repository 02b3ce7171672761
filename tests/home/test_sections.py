"""Sections kept as HTML (home.sections.CachedSection): read and rendered again only when
something they show changed, for logged-in visitors too (who never get cached pages)."""

import pytest

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from initiatives.models import InitiativePage
from localgroups.models import ExperiencePage
from methods.models import MethodPage
from news.models import NewsIndexPage, NewsPage
from tests.factories import publish


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("sections", "s@example.org", "x")
    client.force_login(user)
    return client


def render(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


@pytest.mark.django_db
def test_a_second_view_reads_the_sections_from_the_cache(editor, method):
    html, cold = render(editor, method.url)
    assert "Hier wordt het al gedaan" in html
    html, warm = render(editor, method.url)
    assert "Hier wordt het al gedaan" in html
    assert warm <= cold - 4  # the initiatives, their themes, images and renditions

    publish(MethodPage.objects.get(pk=method.pk), title="Weggeefwinkel, herzien")
    html, _queries = render(editor, method.url)
    assert "Weggeefwinkel, herzien" in html
    assert "Hier wordt het al gedaan" in html


@pytest.mark.django_db
def test_a_renamed_initiative_shows_on_the_method_page_for_an_editor(editor, method, initiative):
    assert initiative.title in render(editor, method.url)[0]
    publish(initiative, title="Geefwinkel Amersfoort")
    assert "Geefwinkel Amersfoort" in render(editor, method.url)[0]


@pytest.mark.django_db
def test_a_new_experience_shows_on_its_method_page(editor, method, initiative):
    render(editor, method.url)
    experience = ExperiencePage(
        title="Wat wij leerden in Amersfoort",
        slug="wat-wij-leerden",
        initiative=initiative,
        summary="Kort verslag.",
        what_we_did="<p>Een middag kleding ruilen.</p>",
    )
    method.add_child(instance=experience)
    experience.save_revision().publish()
    assert "Wat wij leerden in Amersfoort" in render(editor, method.url)[0]


@pytest.mark.django_db
def test_similar_initiatives_follow_a_change_of_another_initiative(editor, initiative):
    html, _queries = render(editor, initiative.url)
    similar = InitiativePage.objects.get(pk=initiative.similar_initiatives()[0].pk)
    assert similar.title in html
    publish(similar, title="Een heel andere naam")
    assert "Een heel andere naam" in render(editor, initiative.url)[0]


@pytest.mark.django_db
def test_the_home_page_shows_new_news_at_once(editor, home_nl):
    render(editor, "/nl/")
    index = NewsIndexPage.objects.get(locale=home_nl.locale)
    news = NewsPage(title="Vers nieuws van vandaag", slug="vers-nieuws", summary="Kort.")
    index.add_child(instance=news)
    news.save_revision().publish()
    assert "Vers nieuws van vandaag" in render(editor, "/nl/")[0]


@pytest.mark.django_db
def test_sections_are_kept_per_language(client, method, locale_en):
    english = method.get_translation_or_none(locale_en)
    if english is None:
        pytest.skip("the demo content has no English method page")
    dutch = render(client, method.url)[0]
    assert "Hier wordt het al gedaan" in dutch
    assert "Hier wordt het al gedaan" not in render(client, english.url)[0]


@pytest.mark.django_db
def test_the_benchmarks_cold_render_reads_nothing_kept(client, method, settings):
    """`X-Page-Cache: cold` (benchmark settings only) renders as after a site-wide change:
    the sections and the data kept under versions are computed again, once."""
    settings.KENNISBANK_PAGE_CACHE_BYPASS_HEADER = True

    def count(mode):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(method.url, HTTP_X_PAGE_CACHE=mode).status_code == 200
        return len(queries)

    count("bypass")
    warm = count("bypass")
    assert count("cold") > warm + 4
    assert count("bypass") == warm  # the cold render stored what it computed

    settings.KENNISBANK_PAGE_CACHE_BYPASS_HEADER = False
    count("cold")
    assert count("cold") == 0  # elsewhere the header is ignored: from the page cache


@pytest.mark.django_db
def test_a_preview_neither_reads_nor_keeps_sections(editor, initiative):
    """A draft without methods and themes has no similar initiatives; its preview shows that,
    and the live page keeps showing the live version's."""
    heading = "Vergelijkbare initiatieven elders"
    assert heading in render(editor, initiative.url)[0]

    draft = InitiativePage.objects.get(pk=initiative.pk)
    draft.methods = []
    draft.themes = []
    preview = draft.make_preview_request().content.decode()
    assert draft.title in preview
    assert heading not in preview

    assert heading in render(editor, initiative.url)[0]


@pytest.mark.django_db
def test_an_english_experience_shows_on_the_english_initiative_page(editor, locale_en):
    """An experience belongs to the Dutch initiative (the field follows the source page); its
    change reaches the initiative's translations too."""
    experience = ExperiencePage.objects.get(
        locale=locale_en, initiative__locale__language_code="nl"
    )
    english_initiative = experience.initiative.get_translation(locale_en)
    assert experience.title in render(editor, english_initiative.url)[0]

    publish(experience, title="Interns now run the shop")
    assert "Interns now run the shop" in render(editor, english_initiative.url)[0]


@pytest.mark.django_db
def test_the_home_page_drops_a_meeting_when_it_has_ended(editor, home_nl):
    """The news and agenda section is kept until the first meeting it lists ends."""
    import datetime
    import time

    from django.utils import timezone

    from news.models import EventPage

    first = (
        EventPage.objects.live()
        .filter(locale=home_nl.locale, end__gte=timezone.now())
        .order_by("start", "pk")
        .first()
    )
    if first is None:
        pytest.skip("the demo content has no upcoming meeting")
    # Through the ORM, without a purge: only the clock will take it off the home page.
    EventPage.objects.filter(pk=first.pk).update(
        start=timezone.now() - datetime.timedelta(hours=1),
        end=timezone.now() + datetime.timedelta(seconds=2),
    )
    assert first.title in render(editor, "/nl/")[0]
    time.sleep(3)
    assert first.title not in render(editor, "/nl/")[0]
