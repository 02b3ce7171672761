"""A CDN in front of the site (home/frontendcache.py): pages the page cache stores may be kept
by it, and a publish purges the page and the pages that show it, against a real HTTP server
that records the PURGE requests Wagtail's HTTP backend sends."""

import json
import logging
import os
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured

from home.models import Theme
from kennisbank.settings.env import frontend_cache_from_env
from tests.factories import StandardPageFactory, publish

BASE_DIR = Path(__file__).resolve().parents[2]


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, format, *args):
        pass


@pytest.fixture
def purge_server():
    """A caching proxy's purge endpoint on a free port of 127.0.0.1; `.purged` lists the
    (Host, path) of each PURGE it received."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def configure(settings, purge_url):
    """The settings that FRONTEND_CACHE_PURGE_URL gives (kennisbank/settings/base.py)."""
    settings.WAGTAILFRONTENDCACHE = frontend_cache_from_env({"FRONTEND_CACHE_PURGE_URL": purge_url})
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = []


@pytest.fixture
def cdn(settings, purge_server):
    host, port = purge_server.server_address
    configure(settings, f"http://{host}:{port}")
    return purge_server


def path(page):
    return urlsplit(page.get_full_url()).path


@pytest.mark.django_db
class TestPurging:
    def test_publish_purges_the_page_and_its_listings_after_the_commit(
        self, cdn, method, locale_en, django_capture_on_commit_callbacks
    ):
        index = method.get_parent()
        with django_capture_on_commit_callbacks(execute=True):
            publish(method, title="Weggeefwinkel vernieuwd")
            # Nothing before the commit: Wagtail's own receivers are not connected without
            # wagtail.contrib.frontend_cache in INSTALLED_APPS, and ours wait for the commit.
            assert cdn.purged == []
        paths = [purged_path for _host, purged_path in cdn.purged]
        assert path(method) == "/nl/methodieken/weggeefwinkel/"
        assert path(method) in paths
        assert path(index) in paths  # the listing
        assert "/nl/" in paths  # the home page shows it too (an ancestor)
        english = method.get_translation_or_none(locale_en)
        if english is not None and english.live:
            assert path(english) in paths  # its language links
        for initiative in method.initiatives.live():
            assert path(initiative) in paths  # initiatives that apply the method
        # Once each, although the publish purges the page cache twice (save, then signal).
        assert len(paths) == len(set(paths))
        assert {host for host, _path in cdn.purged} == {method.get_site().hostname}

    def test_unpublish_purges_the_page_and_its_listing(
        self, cdn, method, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            method.unpublish()
        paths = [purged_path for _host, purged_path in cdn.purged]
        assert path(method) in paths
        assert path(method.get_parent()) in paths

    def test_each_publish_purges_again(self, cdn, method, django_capture_on_commit_callbacks):
        for title in ("Eerste versie", "Tweede versie"):
            with django_capture_on_commit_callbacks(execute=True):
                publish(method, title=title)
        paths = [purged_path for _host, purged_path in cdn.purged]
        assert paths.count(path(method)) == 2

    def test_drafts_purge_nothing(self, cdn, method, home_nl, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            method.title = "Nog niet klaar"
            method.save_revision()
            draft = StandardPageFactory.build(title="Nieuw concept", live=False)
            home_nl.add_child(instance=draft)
            draft.save_revision()
        assert cdn.purged == []

    def test_site_wide_changes_are_left_to_the_max_age(
        self, cdn, method, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            theme = Theme.objects.first()
            theme.name = "Heel ander thema"
            theme.save()
        assert cdn.purged == []

    def test_nothing_is_purged_without_a_cdn(
        self, settings, purge_server, method, django_capture_on_commit_callbacks
    ):
        assert not settings.WAGTAILFRONTENDCACHE
        assert "wagtail.contrib.frontend_cache" not in settings.INSTALLED_APPS
        with django_capture_on_commit_callbacks(execute=True):
            publish(method, title="Zonder CDN")
        assert purge_server.purged == []


def unused_port():
    """A port on 127.0.0.1 where nothing listens: connections to it are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.django_db
class TestUnreachableCdn:
    def test_a_cdn_that_refuses_connections_does_not_stop_a_publish(
        self, settings, method, caplog, django_capture_on_commit_callbacks
    ):
        configure(settings, f"http://127.0.0.1:{unused_port()}")
        with caplog.at_level(logging.ERROR, logger="wagtail.frontendcache"):
            with django_capture_on_commit_callbacks(execute=True):
                publish(method, title="Gepubliceerd zonder CDN")
        method.refresh_from_db()
        assert method.title == "Gepubliceerd zonder CDN"
        assert method.live
        assert any("Couldn't purge" in record.getMessage() for record in caplog.records)

    def test_a_broken_backend_does_not_stop_a_publish(
        self, settings, method, django_capture_on_commit_callbacks
    ):
        settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "bestaat.niet.Backend"}}
        with django_capture_on_commit_callbacks(execute=True):
            publish(method, title="Gepubliceerd met een kapotte CDN-instelling")
        method.refresh_from_db()
        assert method.title == "Gepubliceerd met een kapotte CDN-instelling"


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("cdntest", "cdn@example.org", "x")
    client.force_login(user)
    return client


@pytest.mark.django_db
class TestCacheControl:
    def test_a_stored_page_may_be_kept_by_the_cdn(self, cdn, client, method):
        first = client.get(method.url)
        second = client.get(method.url)
        assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
        for response in (first, second):
            directives = {d.strip() for d in response["Cache-Control"].split(",")}
            assert directives == {"public", "max-age=0", "s-maxage=300"}

    def test_the_max_age_comes_from_the_settings(self, cdn, settings, client, method):
        settings.KENNISBANK_FRONTEND_CACHE_MAX_AGE = 60
        assert "s-maxage=60" in client.get(method.url)["Cache-Control"]

    def test_no_header_without_a_cdn(self, client, method):
        response = client.get(method.url)
        assert response["X-Cache"] == "MISS"  # stored by the page cache, but no CDN
        assert "Cache-Control" not in response

    def test_never_for_logged_in_users(self, cdn, editor, method):
        response = editor.get(method.url)
        assert response.status_code == 200
        assert "X-Cache" not in response
        assert "public" not in response.get("Cache-Control", "")
        assert "s-maxage" not in response.get("Cache-Control", "")

    def test_never_for_pages_with_a_form(self, cdn, client):
        from newsletter.models import NewsletterIndexPage

        url = NewsletterIndexPage.objects.get(locale__language_code="nl").url
        response = client.get(url)
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert "X-Cache" not in response
        assert "s-maxage" not in response.get("Cache-Control", "")

    def test_never_for_what_the_page_cache_does_not_store(self, cdn, client):
        response = client.get("/nl/bestaat-niet/")
        assert response.status_code == 404
        assert "s-maxage" not in response.get("Cache-Control", "")


class TestSettings:
    def test_nothing_configured(self):
        assert frontend_cache_from_env({}) == {}

    def test_backends_from_the_environment(self):
        backends = frontend_cache_from_env(
            {
                "FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081",
                "FRONTEND_CACHE_CLOUDFLARE_ZONEID": "zone",
                "FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN": "token",
            }
        )
        assert backends == {
            "proxy": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": "http://127.0.0.1:6081",
            },
            "cloudflare": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
                "ZONEID": "zone",
                "BEARER_TOKEN": "token",
            },
        }

    def test_cloudfront(self):
        pytest.importorskip("boto3")
        backends = frontend_cache_from_env({"FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID": "E123"})
        assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"

    @pytest.mark.parametrize(
        ("environ", "message"),
        [
            ({"FRONTEND_CACHE_PURGE_URL": "varnish:6081"}, "must be the http:// address"),
            ({"FRONTEND_CACHE_CLOUDFLARE_ZONEID": "zone"}, "needs both"),
            ({"FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN": "token"}, "needs both"),
        ],
    )
    def test_half_configured_stops_with_one_sentence(self, environ, message):
        with pytest.raises(ImproperlyConfigured, match=message):
            frontend_cache_from_env(environ)

    @pytest.mark.parametrize("purge_url", ["", "http://127.0.0.1:6081"])
    def test_the_app_is_installed_only_with_a_cdn(self, purge_url):
        script = (
            "import json; from django.conf import settings; print(json.dumps(["
            "'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS, "
            "settings.WAGTAILFRONTENDCACHE, settings.KENNISBANK_FRONTEND_CACHE_MAX_AGE]))"
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTEND_CACHE_")}
        env.update(
            DJANGO_SETTINGS_MODULE="kennisbank.settings.test",
            FRONTEND_CACHE_PURGE_URL=purge_url,
            FRONTEND_CACHE_MAX_AGE="120",
        )
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", script],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        installed, backends, max_age = json.loads(result.stdout)
        assert installed is bool(purge_url)
        assert bool(backends) is bool(purge_url)
        assert max_age == 120
