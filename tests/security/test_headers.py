"""Security headers on every response, production settings that pass `check --deploy`, and
SQLite configured for concurrent writers."""

import json

import pytest

from django.urls import reverse

from kennisbank.settings.csp import content_security_policy
from kennisbank.settings.env import database_from_url
from tests.home.test_settings import production_env, run_manage


@pytest.mark.django_db
def test_public_pages_get_a_strict_policy_and_the_companion_headers(client):
    response = client.get("/nl/")
    assert response.status_code == 200
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self' http://testserver"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert "https://www.youtube-nocookie.com" in policy["frame-src"]
    assert "https://player.vimeo.com" in policy["frame-src"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    # 404s and the search get the same policy.
    assert (
        client.get("/nl/bestaat-niet/")["Content-Security-Policy"]
        == response["Content-Security-Policy"]
    )
    assert "script-src 'self'" in client.get(reverse("search"))["Content-Security-Policy"]


@pytest.mark.django_db
def test_report_uri_and_extra_frame_sources_come_from_the_settings(client, settings):
    settings.CONTENT_SECURITY_POLICY = content_security_policy(
        own_urls=["https://kennisbank.example.org/admin/", "https://static.example.net/s/"],
        frame_src=["https://embed.example.org"],
        report_uri="https://reports.example.org/csp",
    )
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in client.get("/nl/")["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == (
        "'self' https://kennisbank.example.org https://static.example.net"
    )
    assert policy["frame-src"].endswith("https://player.vimeo.com https://embed.example.org")
    assert policy["report-uri"] == "https://reports.example.org/csp"


@pytest.mark.django_db
def test_no_inline_style_or_script_in_the_home_page(client):
    """What the policy would block: style attributes, inline scripts, event handlers."""
    html = client.get("/nl/").content.decode()
    assert " style=" not in html
    assert " onclick=" not in html and " onload=" not in html
    for script in html.split("<script")[1:]:
        opening = script.split(">", 1)[0]
        assert "src=" in opening or 'type="application/json"' in opening or "ld+json" in opening


@pytest.mark.django_db
def test_the_admin_gets_its_relaxed_policy(client, django_user_model):
    response = client.get(reverse("wagtailadmin_login"))
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "script-src" not in policy  # the admin's inline scripts keep working


@pytest.mark.django_db
def test_previews_keep_the_page_policy_but_may_be_framed_by_the_admin():
    """Wagtail renders a preview by running the whole middleware chain on a request for the
    page's own address (Page.make_preview_request), and the preview panel shows it in a frame
    of the admin: it must allow the site as frame ancestor (with 'none' the browser shows
    "refused to connect"), while a visitor's request for the same page keeps 'none'."""
    from methods.models import MethodPage

    page = MethodPage.objects.live().first()
    response = page.make_preview_request()
    assert response.status_code == 200
    assert page.title in response.content.decode()
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
    )
    assert policy["frame-ancestors"] == "'self'"
    assert "'self'" in policy["script-src"]
    assert "unsafe" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_documents_keep_wagtails_own_policy(client):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.filter(collection__depth=1).first()
    if document is None:
        pytest.skip("no document in the demo content")
    response = client.get(document.url)
    assert response["Content-Security-Policy"].startswith("default-src 'none'")


def test_check_deploy_passes_and_cookies_are_secure_in_production(tmp_path):
    env = production_env(tmp_path)
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
    names = [
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "LANGUAGE_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "LANGUAGE_COOKIE_HTTPONLY",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_SSL_REDIRECT",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "X_FRAME_OPTIONS",
    ]
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}))"
    )
    shown = run_manage("shell", "--no-imports", "-c", code, env=env)
    assert shown.returncode == 0, shown.stderr
    values = json.loads(shown.stdout.strip().splitlines()[-1])
    assert values == {
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "LANGUAGE_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "LANGUAGE_COOKIE_HTTPONLY": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "X_FRAME_OPTIONS": "DENY",
    }


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout():
    options = database_from_url("sqlite:////srv/kennisbank/db.sqlite3")["OPTIONS"]
    assert "PRAGMA journal_mode=WAL" in options["init_command"]
    assert "PRAGMA synchronous=NORMAL" in options["init_command"]
    assert options["timeout"] >= 20
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "OPTIONS" not in database_from_url("postgres://kb@db/kennisbank") or (
        "init_command" not in database_from_url("postgres://kb@db/kennisbank")["OPTIONS"]
    )
