"""The full-page cache: anonymous visitors get cached pages, and every change is seen at once."""

from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Page

from home.models import FooterText, StandardPage, Theme
from initiatives.models import InitiativePage, ProjectBand
from methods.models import MethodIndexPage
from tests.factories import publish


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response


def html(client, url):
    return get(client, url).content.decode()


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("cachetest", "c@example.org", "x")
    client.force_login(user)
    return client


@pytest.mark.django_db
class TestServing:
    def test_second_anonymous_request_is_served_from_the_cache(self, client, method):
        first = get(client, method.url)
        second = get(client, method.url)
        assert first["X-Cache"] == "MISS"
        assert second["X-Cache"] == "HIT"
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]
        # The middleware above the cache still adds its headers to a hit.
        assert second["Content-Language"] == "nl"
        assert second["X-Frame-Options"]

    def test_a_hit_costs_no_queries(self, client, method, django_assert_max_num_queries):
        get(client, method.url)
        with django_assert_max_num_queries(0):
            assert get(client, method.url)["X-Cache"] == "HIT"

    def test_languages_and_query_strings_are_kept_apart(self, client, method):
        index = MethodIndexPage.objects.get(locale__language_code="nl")
        theme = Theme.objects.filter(locale=index.locale).first()
        get(client, index.url)
        filtered = get(client, f"{index.url}?thema={theme.slug}")
        assert filtered["X-Cache"] == "MISS"
        assert get(client, "/nl/")["X-Cache"] == "MISS"
        english = get(client, "/en/")
        assert english["X-Cache"] == "MISS"
        assert english["Content-Language"] == "en"

    def test_logged_in_editors_neither_get_nor_fill_the_cache(self, editor, client, method):
        response = get(editor, method.url)
        assert "X-Cache" not in response
        assert "X-Cache" not in get(editor, method.url)
        editor.logout()
        assert get(client, method.url)["X-Cache"] == "MISS"

    def test_a_cached_page_is_not_given_to_an_editor(self, client, method):
        get(client, method.url)
        assert get(client, method.url)["X-Cache"] == "HIT"
        user = get_user_model().objects.create_superuser("cachetest", "c@example.org", "x")
        client.force_login(user)
        method.save_revision()  # a draft: the live page stays, the editor sees the user bar
        response = get(client, method.url)
        assert "X-Cache" not in response
        assert "wagtail-userbar" in response.content.decode()

    def test_preview_is_never_cached(self, editor, client, method):
        url = f"/admin/pages/{method.pk}/edit/preview/"
        preview = editor.get(url)
        assert preview.status_code == 200
        assert "X-Cache" not in preview
        editor.logout()
        assert get(client, method.url)["X-Cache"] == "MISS"

    def test_pages_with_a_form_are_not_cached(self, client):
        """The newsletter page has a form with a CSRF token (personal): never stored."""
        from newsletter.models import NewsletterIndexPage

        url = NewsletterIndexPage.objects.get(locale__language_code="nl").url
        first = get(client, url)
        assert "csrfmiddlewaretoken" in first.content.decode()
        assert "X-Cache" not in first
        assert "X-Cache" not in get(client, url)

    def test_visitors_with_a_session_are_not_served_from_the_cache(self, client, method):
        get(client, method.url)
        client.cookies["sessionid"] = "whatever"
        assert "X-Cache" not in get(client, method.url)

    def test_not_found_is_not_cached(self, client):
        client.get("/nl/bestaat-niet/")
        assert client.get("/nl/bestaat-niet/").get("X-Cache") is None

    def test_off_switch(self, client, method, settings):
        settings.KENNISBANK_PAGE_CACHE = False
        get(client, method.url)
        assert "X-Cache" not in get(client, method.url)


@pytest.mark.django_db
class TestPurging:
    def test_publishing_a_change_is_seen_by_the_next_visitor(self, client, method):
        index = method.get_parent()
        assert "Weggeefwinkel" in html(client, method.url)
        html(client, index.url)
        html(client, "/nl/")
        publish(method, title="Weggeefwinkel nieuw")
        assert "Weggeefwinkel nieuw" in html(client, method.url)
        assert "Weggeefwinkel nieuw" in html(client, index.url)  # the listing

    def test_a_draft_purges_nothing(self, client, method):
        get(client, method.url)
        method.title = "Nog niet klaar"
        method.save_revision()
        response = get(client, method.url)
        assert response["X-Cache"] == "HIT"
        assert "Nog niet klaar" not in response.content.decode()

    def test_a_save_through_the_orm_is_seen(self, client, method):
        get(client, method.url)
        method.title = "Opgeslagen zonder revisie"
        method.save()
        assert "Opgeslagen zonder revisie" in html(client, method.url)

    def test_unpublish(self, client, method):
        index = method.get_parent()
        assert method.url in html(client, index.url)
        get(client, method.url)
        method.unpublish()
        assert client.get(method.url).status_code == 404
        assert f'href="{method.url}"' not in html(client, index.url)

    def test_delete(self, client, initiative):
        index = initiative.get_parent()
        get(client, initiative.url)
        get(client, index.url)
        assert get(client, index.url)["X-Cache"] == "HIT"
        url = initiative.url
        initiative.delete()
        assert client.get(url).status_code == 404
        assert get(client, index.url)["X-Cache"] == "MISS"  # it listed the initiative

    def test_move(self, client, home_nl):
        about = StandardPage.objects.get(slug="over-de-kennisbank", locale=home_nl.locale)
        child = StandardPage(title="Ons bestuur", slug="ons-bestuur")
        about.add_child(instance=child)
        child.save_revision().publish()
        get(client, child.url)
        contact = StandardPage.objects.get(slug="contact", locale=home_nl.locale)
        Page.objects.get(pk=child.pk).move(contact, pos="last-child")
        old = client.get("/nl/over-de-kennisbank/ons-bestuur/")
        assert old.status_code in (301, 404)  # Wagtail may leave a redirect
        assert "X-Cache" not in old
        assert "Ons bestuur" in html(client, "/nl/contact/ons-bestuur/")

    def test_a_renamed_parent_shows_in_its_childrens_breadcrumbs(self, client, home_nl):
        about = StandardPage.objects.get(slug="over-de-kennisbank", locale=home_nl.locale)
        board = StandardPage(title="Ons bestuur", slug="ons-bestuur")
        about.add_child(instance=board)
        board.save_revision().publish()
        member = StandardPage(title="Voorzitter", slug="voorzitter")
        board.add_child(instance=member)
        member.save_revision().publish()
        assert "Ons bestuur" in html(client, member.url)
        publish(StandardPage.objects.get(pk=board.pk), title="Het bestuur")
        page = html(client, member.url)
        assert "Het bestuur" in page and "Ons bestuur" not in page

    def test_a_menu_page_change_shows_on_every_page(self, client, method):
        assert "Voor gemeenten" in html(client, method.url)
        page = Page.objects.get(slug="voor-gemeenten", locale__language_code="nl").specific
        assert page.show_in_menus
        publish(page, title="Voor de gemeente")
        assert "Voor de gemeente" in html(client, method.url)

    def test_a_method_page_shows_a_renamed_initiative_that_applies_it(
        self, client, method, initiative
    ):
        assert initiative.title in html(client, method.url)
        publish(initiative, title="Geefwinkel Amersfoort")
        assert "Geefwinkel Amersfoort" in html(client, method.url)

    def test_home_page_sections_follow_a_new_initiative(self, client):
        before = html(client, "/nl/")
        initiative = InitiativePage.objects.get(
            slug="weggeefwinkel-amersfoort", locale__language_code="nl"
        )
        initiative.unpublish()
        assert html(client, "/nl/") != before  # the figures changed

    def test_language_links_follow_an_unpublished_translation(self, client, method, locale_en):
        get(client, method.url)
        english = method.get_translation_or_none(locale_en)
        if english is None:
            pytest.skip("the demo content has no English method page")
        english.unpublish()
        assert f'href="{english.url}"' not in html(client, method.url)


@pytest.mark.django_db
class TestSiteWideChanges:
    def test_theme(self, client, method):
        theme = method.themes.first()
        assert theme.name in html(client, method.url)
        theme.name = "Heel ander thema"
        theme.save()
        assert "Heel ander thema" in html(client, method.url)

    def test_footer_text(self, client, method):
        get(client, method.url)
        footer = FooterText.objects.get(locale__language_code="nl")
        footer.body = "<p>Een nieuwe voettekst</p>"
        footer.save_revision().publish()
        assert "Een nieuwe voettekst" in html(client, method.url)

    def test_project_band(self, client, initiative):
        band = ProjectBand.objects.get(members__initiative=initiative)
        assert band.name in html(client, initiative.url)
        band.name = "Band met een nieuwe naam"
        band.save()
        assert "Band met een nieuwe naam" in html(client, initiative.url)

    def test_site_settings(self, client, site, method):
        from home.models import SiteSettings

        get(client, method.url)
        settings = SiteSettings.for_site(site)
        settings.phone = "030 123 45 67"
        settings.save()
        assert "030 123 45 67" in html(client, method.url)

    def test_release_empties_the_cache(self, client, method, settings):
        get(client, method.url)
        settings.KENNISBANK_RELEASE = "next"
        assert get(client, method.url)["X-Cache"] == "MISS"


@pytest.mark.django_db
def test_purge_page_cache_command(client, method):
    from io import StringIO

    from django.core.management import call_command

    get(client, method.url)
    call_command("purge_page_cache", stdout=StringIO())
    assert get(client, method.url)["X-Cache"] == "MISS"


@pytest.mark.django_db
class TestHealthz:
    def test_ok(self, client):
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
        assert "no-cache" in response["Cache-Control"]
        assert "X-Cache" not in client.get("/healthz")


def test_healthz_is_503_when_the_cache_is_down(tmp_path):
    """A real Redis address where nothing listens, in a separate process."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import django, json; django.setup(); from django.test import Client;"
        "r = Client().get('/healthz'); print(json.dumps([r.status_code, r.json()]))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        DJANGO_SETTINGS_MODULE="kennisbank.settings.test",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:1/0",  # nothing listens on port 1
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    status, body = json.loads(result.stdout.strip().splitlines()[-1])
    assert status == 503
    assert body["status"] == "error"
    assert body["cache"].startswith("error")
    assert body["database"] == "ok"


def test_json_log_lines():
    import json
    import logging

    from kennisbank.logging import JsonFormatter

    try:
        raise ValueError("kapot")
    except ValueError:
        import sys

        record = logging.LogRecord(
            "kennisbank", logging.ERROR, __file__, 1, "Fout %s", ("x",), None
        )
        record.exc_info = sys.exc_info()
    line = JsonFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert (data["level"], data["logger"], data["message"]) == ("ERROR", "kennisbank", "Fout x")
    assert "ValueError: kapot" in data["exception"]


class CountingCache:
    """The real cache, counting the calls that go to it (one call is one round trip)."""

    def __init__(self, real):
        self.real = real
        self.calls = []

    def __getattr__(self, name):
        attribute = getattr(self.real, name)
        if not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            self.calls.append(name)
            return attribute(*args, **kwargs)

        return call


@pytest.mark.django_db
def test_a_hit_costs_one_cache_round_trip(client, method, monkeypatch):
    from home import pagecache

    assert get(client, method.url)["X-Cache"] == "MISS"
    counting = CountingCache(pagecache.cache)
    monkeypatch.setattr(pagecache, "cache", counting)
    assert get(client, method.url)["X-Cache"] == "HIT"
    assert counting.calls == ["get_many"]  # the entry and its versions together
    # And a purge is still seen: the versions come with the entry.
    publish(method, title="Weggeefwinkel, bijgewerkt")
    counting.calls.clear()
    response = get(client, method.url)
    assert response["X-Cache"] == "MISS"
    assert "Weggeefwinkel, bijgewerkt" in response.content.decode()


@pytest.mark.django_db
def test_an_agenda_is_kept_only_until_its_first_meeting_ends(client, monkeypatch):
    """Entries live until purged, but an answer that depends on the clock says until when it
    holds: the agenda lists a meeting as coming until the meeting ends."""
    import time

    from django.utils import timezone

    from news.models import EventIndexPage
    from tests.news.factories import EventPageFactory

    agenda = EventIndexPage.objects.filter(locale__language_code="nl").first()
    now = timezone.now()
    meeting = EventPageFactory(
        parent=agenda,
        title="Bijeenkomst die bijna afloopt",
        start=now - timedelta(hours=1),
        end=now + timedelta(minutes=10),
    )
    first = get(client, agenda.url)
    assert first["X-Cache"] == "MISS"
    assert get(client, agenda.url)["X-Cache"] == "HIT"
    assert "event-item--past" not in _item(first.content.decode(), meeting.title)

    # Twenty minutes later: the meeting has ended, the cached answer no longer holds.
    later = time.time() + 20 * 60
    monkeypatch.setattr(time, "time", lambda: later)
    monkeypatch.setattr(timezone, "now", lambda: now + timedelta(minutes=20))
    response = get(client, agenda.url)
    assert response["X-Cache"] == "MISS"
    assert "event-item--past" in _item(response.content.decode(), meeting.title)


def _item(html_text, title):
    """The HTML of the agenda item with this title."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html_text, "html.parser")
    heading = soup.find(string=lambda text: text and title in text)
    assert heading is not None, title
    return str(heading.find_parent("li"))


@pytest.mark.django_db
def test_pages_are_served_while_the_cache_is_unreachable(
    client, method, settings, caplog, smtp_server
):
    """Redis stopped: pages are rendered without the cache, forms still work (their rate
    limits count in the process's memory meanwhile), the outage is logged once per interval
    (not per call), and the cache is used again when it answers again."""
    from home import cachehealth
    from newsletter.models import NewsletterIndexPage, Subscriber

    cachehealth.reset()
    original = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "kennisbank.cache.ResilientRedisCache",
            # Nothing listens on port 1: every call is refused, as with Redis stopped.
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    try:
        with caplog.at_level("WARNING", logger="home.cachehealth"):
            for url in (method.url, method.url, "/nl/", method.get_parent().url):
                response = client.get(url)
                assert response.status_code == 200, url
                assert "X-Cache" not in response
            archive = NewsletterIndexPage.objects.get(locale__language_code="nl")
            response = client.post(
                archive.url, {"email": "tijdens.storing@example.org", "language": "nl"}
            )
            assert response.status_code == 200
            assert "Kijk in je mailbox" in response.content.decode()
            assert Subscriber.objects.filter(email="tijdens.storing@example.org").exists()
        warnings = [r for r in caplog.records if r.name == "home.cachehealth"]
        assert len(warnings) == 1
    finally:
        settings.CACHES = original
    # The cache is back: once the interval has passed, pages are cached again.
    cachehealth.clock = lambda: float("inf")
    try:
        get(client, method.url)
        assert get(client, method.url)["X-Cache"] == "HIT"
    finally:
        cachehealth.clock = __import__("time").monotonic
        cachehealth.reset()
