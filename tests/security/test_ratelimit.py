"""Rate limits on public forms: counted in the shared cache, across server processes, with a
429 page that explains and a honeypot that drops bots silently."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from django.core import mail
from django.test import RequestFactory

from home import limits
from newsletter import views as newsletter_views
from newsletter.models import NewsletterIndexPage, Subscriber

BASE_DIR = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/15"


def redis_answers():
    import redis

    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


def need_redis():
    if not redis_answers():
        if os.environ.get("KENNISBANK_CI"):
            pytest.fail("CI needs Redis on 127.0.0.1:6379")
        pytest.skip("no Redis on 127.0.0.1:6379")


def request_from(address="192.0.2.1", **meta):
    return RequestFactory().post("/", REMOTE_ADDR=address, **meta)


def test_over_limit_counts_up_to_the_limit_then_refuses():
    request = request_from()
    waits = [limits.over_limit(request, "t-limit", "3/m") for _ in range(5)]
    assert [bool(wait) for wait in waits] == [False, False, False, True, True]
    assert all(1 <= wait <= 60 for wait in waits[3:])
    # Another visitor has a counter of their own; so has another scope.
    assert not limits.over_limit(request_from("192.0.2.2"), "t-limit", "3/m")
    assert not limits.over_limit(request, "t-other", "3/m")


def test_a_value_counts_across_visitors():
    waits = [
        limits.over_limit(request_from(f"192.0.2.{n}"), "t-key", "2/m", value="a@example.org")
        for n in range(3)
    ]
    assert [bool(wait) for wait in waits] == [False, False, True]


def test_an_ipv6_visitor_is_counted_per_64():
    for n in range(3):
        assert not limits.over_limit(request_from(f"2001:db8:5:6::{n + 1}"), "t-v6", "3/m")
    assert limits.over_limit(request_from("2001:db8:5:6:ffff::1"), "t-v6", "3/m")
    assert not limits.over_limit(request_from("2001:db8:5:7::1"), "t-v6", "3/m")


def test_visitor_address_behind_proxies_and_ipv6_per_64(settings):
    settings.KENNISBANK_PROXY_ADDRESSES = ["10.0.0.0/8"]
    settings.KENNISBANK_TRUSTED_PROXIES = 1
    behind = request_from("10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.5")
    assert limits.client_address(behind) == "203.0.113.5"
    settings.KENNISBANK_TRUSTED_PROXIES = 2
    assert limits.client_address(behind) == "198.51.100.7"
    settings.KENNISBANK_TRUSTED_PROXIES = 3  # fewer entries than proxies: the proxy itself
    assert limits.client_address(behind) == "10.0.0.1"
    settings.KENNISBANK_TRUSTED_PROXIES = 0
    assert limits.client_address(behind) == "10.0.0.1"  # no proxy: the header is a lie
    assert limits.client_address(request_from("2001:db8:1:2:3::9")) == "2001:db8:1:2::"
    assert limits.client_address(request_from("::ffff:192.0.2.8")) == "192.0.2.8"
    assert limits.client_address(request_from("")) == limits.UNKNOWN_ADDRESS


def test_x_forwarded_for_counts_only_from_a_trusted_proxy(settings):
    """A visitor who reaches the server directly, not through the configured proxy, cannot
    pick an address (and so a fresh rate limit or lockout counter) by sending the header."""
    settings.KENNISBANK_TRUSTED_PROXIES = 1
    settings.KENNISBANK_PROXY_ADDRESSES = ["127.0.0.1", "10.1.0.0/16"]
    lie = {"HTTP_X_FORWARDED_FOR": "198.51.100.66"}
    assert limits.client_address(request_from("203.0.113.77", **lie)) == "203.0.113.77"
    assert limits.client_address(request_from("10.2.0.1", **lie)) == "10.2.0.1"
    assert limits.client_address(request_from("10.1.3.4", **lie)) == "198.51.100.66"
    assert limits.client_address(request_from("127.0.0.1", **lie)) == "198.51.100.66"
    # A Unix socket (no REMOTE_ADDR) is local: the proxy on the same machine.
    assert limits.client_address(request_from("", **lie)) == "198.51.100.66"
    # Counted per address: the header does not give a direct visitor fresh counters.
    for n in range(3):
        request = request_from("203.0.113.77", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
        assert not limits.over_limit(request, "t-direct", "3/m")
    request = request_from("203.0.113.77", HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert limits.over_limit(request, "t-direct", "3/m")


WORKER = """
import sys, django
django.setup()
from django.test import RequestFactory
from home import limits
scope, hits = sys.argv[1], int(sys.argv[2])
request = RequestFactory().post("/", REMOTE_ADDR="198.51.100.20")
print(sum(bool(limits.over_limit(request, scope, "30/h")) for _ in range(hits)))
"""


def test_the_limit_holds_across_worker_processes_on_redis():
    """Two server processes with their own Redis clients hit one limit at the same time: of
    2 × 25 hits with a limit of 30, exactly 20 are refused (no count is lost in a race)."""
    need_redis()
    scope = f"t-workers-{uuid.uuid4().hex}"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(DJANGO_SETTINGS_MODULE="kennisbank.settings.test", REDIS_URL=REDIS_URL)
    workers = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", WORKER, scope, "25"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    refused = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        refused.append(int(out.strip()))
    assert sum(refused) == 20


@pytest.fixture
def archive(home_nl):
    return NewsletterIndexPage.objects.get(locale=home_nl.locale)


@pytest.mark.django_db
def test_subscribe_form_answers_429_over_the_limit(client, archive):
    for n in range(newsletter_views.SUBSCRIBES_PER_HOUR):
        response = client.post(
            archive.url,
            {"email": f"lezer{n}@example.org", "language": "nl"},
            REMOTE_ADDR="203.0.113.9",
        )
        assert response.status_code == 200
    response = client.post(
        archive.url, {"email": "nog.een@example.org", "language": "nl"}, REMOTE_ADDR="203.0.113.9"
    )
    assert response.status_code == 429
    retry_after = int(response["Retry-After"])
    assert 1 <= retry_after <= 3600
    html = response.content.decode()
    assert "Even geduld, dit ging te snel" in html
    assert "Wat u net verstuurde, is niet verwerkt" in html
    assert "minuut opnieuw" in html or "minuten opnieuw" in html
    assert not Subscriber.objects.filter(email="nog.een@example.org").exists()
    assert "no-store" in response["Cache-Control"]
    # Another visitor is not affected.
    other = client.post(
        archive.url, {"email": "ander@example.org", "language": "nl"}, REMOTE_ADDR="203.0.113.10"
    )
    assert other.status_code == 200


@pytest.mark.django_db
def test_subscribe_honeypot_drops_silently(client, archive):
    response = client.post(
        archive.url,
        {"email": "bot@example.org", "language": "nl", "homepage": "http://spam.example"},
    )
    assert response.status_code == 200
    assert "Kijk in je mailbox" in response.content.decode()  # the usual answer
    assert not Subscriber.objects.filter(email="bot@example.org").exists()
    assert mail.outbox == []
    # The field is in the form, hidden from people.
    page = client.get(archive.url).content.decode()
    assert 'class="form__trap" aria-hidden="true"' in page
    assert 'name="homepage"' in page


@pytest.mark.django_db
def test_confirmation_mails_per_address_are_limited(client, archive):
    """Someone who types another person's address again and again sends them at most three
    confirmation mails a day; the answer on the page stays the same."""
    for n in range(5):
        response = client.post(
            archive.url,
            {"email": "doelwit@example.org", "language": "nl"},
            REMOTE_ADDR=f"198.51.100.{n}",
        )
        assert "Kijk in je mailbox" in response.content.decode()
    assert len(mail.outbox) == newsletter_views.CONFIRMATIONS_PER_DAY
