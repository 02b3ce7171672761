"""A real database fault during a public form's submission: the visitor gets a clear message and
the same form with what they typed (503 with Retry-After); nothing half is stored, and once the
fault is over the same submission is stored normally.

The fault is real, not a mock: a second connection locks the form's table, and the test's own
connection gives up waiting after half a second (`lock_timeout`), raising OperationalError inside
the view. The lock is EXCLUSIVE, which blocks writing but not reading: a write that cannot get
its lock is the fault under test, and the page around the form can still be rendered (with
ACCESS EXCLUSIVE even the seat count before saving would fail, which is a different fault: the
whole page is then unavailable).

The last test sets nothing itself: a second connection holds the meeting's row with
`SELECT … FOR UPDATE`, and the timeouts the settings give every PostgreSQL connection
(`DATABASE_LOCK_TIMEOUT`, `DATABASE_STATEMENT_TIMEOUT`) end the wait within seconds, far
under gunicorn's worker timeout.
"""

import contextlib
import logging
import threading
import time

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.utils import timezone

from home import faults
from initiatives.models import InitiativeIndexPage, InitiativePage, InitiativeSignup
from kennisbank.settings.env import (
    DEFAULT_LOCK_TIMEOUT,
    DEFAULT_STATEMENT_TIMEOUT,
    database_from_url,
    env_seconds,
)
from news.models import EventIndexPage, EventPage, Registration
from newsletter.models import NewsletterIndexPage, Subscriber
from tests.news.factories import EventPageFactory

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL table locks and lock_timeout; SQLite's test database is an "
    "in-memory database inside the test's own write transaction, where a second "
    "connection cannot take a lock of its own",
)
pytestmark = pytest.mark.django_db

MESSAGE = str(faults.MESSAGE)


@pytest.fixture
def signup_url(home_nl):
    return InitiativeIndexPage.objects.get(locale=home_nl.locale).url + "aanmelden/"


@pytest.fixture
def archive(home_nl):
    return NewsletterIndexPage.objects.get(locale=home_nl.locale)


@pytest.fixture
def agenda(home_nl):
    return EventIndexPage.objects.get(locale=home_nl.locale)


def other_connection():
    """A second connection to the test database, as another web request would hold."""
    import psycopg

    settings = connection.settings_dict
    return psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"] or None,
        password=settings["PASSWORD"] or None,
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
    )


@contextlib.contextmanager
def locked(model):
    """Hold EXCLUSIVE MODE on the model's table from a second connection until the block ends;
    the test's connection waits at most 500 ms for a lock."""
    other = other_connection()
    try:
        # If the test's transaction already held a conflicting lock, fail instead of hanging.
        other.execute("SET lock_timeout = '5s'")
        other.execute(f'LOCK TABLE "{model._meta.db_table}" IN EXCLUSIVE MODE')
        with connection.cursor() as cursor:
            # Inside the test's transaction: rolled back with it at the end of the test.
            cursor.execute("SET lock_timeout = '500ms'")
        yield
    finally:
        other.rollback()  # releases the lock
        other.close()


def values(response):
    """What the re-rendered form shows in its fields: inputs, text areas and checked choices."""
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", method="post")
    shown = {}
    for field in form.find_all("input"):
        if field.get("type") in ("radio", "checkbox"):
            if field.has_attr("checked"):
                shown[field["name"]] = field.get("value")
        elif field.get("type") not in ("hidden", "submit"):
            shown[field["name"]] = field.get("value", "")
    for field in form.find_all("textarea"):
        shown[field["name"]] = field.get_text().strip()
    for field in form.find_all("select"):
        chosen = field.find("option", selected=True)
        shown[field["name"]] = chosen["value"] if chosen else ""
    return shown


def assert_fault_page(response, caplog):
    assert response.status_code == 503
    assert response["Retry-After"] == str(faults.RETRY_AFTER)
    assert "no-store" in response["Cache-Control"]
    text = " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())
    assert MESSAGE in text
    assert any("Database fault while saving" in r.getMessage() for r in caplog.records)


@postgresql_only
def test_initiative_signup(client, signup_url, caplog):
    url = signup_url
    data = {
        "name": "Voedselbank Zuid",
        "place": "Zwolle",
        "province": "overijssel",
        "description": "Elke week pakketten voor wie krap zit.",
        "website": "https://zuid.example",
        "contact_name": "Ilse de Wit",
        "contact_email": "ilse@zuid.example",
        "homepage": "",
    }
    signups, pages = InitiativeSignup.objects.count(), InitiativePage.objects.count()
    with locked(InitiativeSignup), caplog.at_level(logging.ERROR, logger="home.faults"):
        response = client.post(url, data)
    assert_fault_page(response, caplog)
    shown = values(response)
    for name in ("name", "place", "province", "description", "website", "contact_name"):
        assert shown[name] == data[name], name
    assert shown["contact_email"] == data["contact_email"]
    assert InitiativeSignup.objects.count() == signups
    assert InitiativePage.objects.count() == pages  # no half sign-up: no draft either

    response = client.post(url, data)
    assert response.status_code == 302
    assert InitiativeSignup.objects.filter(name="Voedselbank Zuid").count() == 1
    assert InitiativePage.objects.filter(title="Voedselbank Zuid", live=False).count() == 1


@postgresql_only
def test_newsletter_subscription(client, archive, caplog, mailoutbox):
    data = {"email": "lezer.storing@example.org", "language": "en", "homepage": ""}
    with locked(Subscriber), caplog.at_level(logging.ERROR, logger="home.faults"):
        response = client.post(archive.url, data)
    assert_fault_page(response, caplog)
    shown = values(response)
    assert shown["email"] == data["email"]
    assert shown["language"] == "en"
    assert not Subscriber.objects.filter(email=data["email"]).exists()
    assert mailoutbox == []

    response = client.post(archive.url, data)
    assert response.status_code == 200
    assert Subscriber.objects.filter(email=data["email"]).count() == 1
    assert len(mailoutbox) == 1


@postgresql_only
def test_meeting_registration(client, agenda, caplog, mailoutbox):
    event = EventPageFactory(parent=agenda, registration_form=True)
    url = event.url + event.reverse_subpage("register")
    data = {
        "name": "Deelnemer Storing",
        "email": "storing@example.org",
        "organisation": "Buurtkamer De Linde",
        "remarks": "Ik kom met de rolstoel.",
    }
    with locked(Registration), caplog.at_level(logging.ERROR, logger="home.faults"):
        response = client.post(url, data)
    assert_fault_page(response, caplog)
    shown = values(response)
    for name, value in data.items():
        assert shown[name] == value, name
    assert not Registration.objects.filter(event=event).exists()
    assert mailoutbox == []

    response = client.post(url, data)
    assert response.status_code == 302
    assert Registration.objects.filter(event=event, email=data["email"]).count() == 1
    assert len(mailoutbox) == 1


# The configured timeouts, without any SET of the test's own --------------------------------


@postgresql_only
def test_held_lock_on_a_meeting_ends_in_the_form_kept_within_seconds(client, caplog, mailoutbox):
    """Another transaction holds the meeting's row (`SELECT … FOR UPDATE`, as a registration or
    an editor's save does) and does not let go. The registration waits only the configured
    lock_timeout (DATABASE_LOCK_TIMEOUT, 5 s; nothing here lowers it), far under gunicorn's
    30 s, and the visitor gets the 503 with everything they typed; nothing is stored. Once the
    lock is gone the same submission is stored normally."""
    # A demo meeting with open registration: committed, so the second connection sees its row.
    event = EventPage.objects.get(
        slug="regiobijeenkomst-gemeenten-oost", locale__language_code="nl"
    )
    assert event.registration_is_open(timezone.now())
    lock_timeout = env_seconds("DATABASE_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, setting::int FROM pg_settings "
            "WHERE name IN ('lock_timeout', 'statement_timeout')"
        )
        assert dict(cursor.fetchall()) == {
            "lock_timeout": round(lock_timeout * 1000),
            "statement_timeout": round(
                env_seconds("DATABASE_STATEMENT_TIMEOUT", DEFAULT_STATEMENT_TIMEOUT) * 1000
            ),
        }
    assert 0 < lock_timeout < 10
    url = event.url + event.reverse_subpage("register")
    data = {
        "name": "Deelnemer Slot",
        "email": "slot@example.org",
        "organisation": "Gemeente Zutphen",
        "remarks": "Ik volg het online.",
    }
    registered = Registration.objects.filter(event=event).count()

    holding, done = threading.Event(), threading.Event()

    def hold_the_meeting():
        """Another request's transaction: locks the row and lets go only when the test is done
        (or after gunicorn's 30 s, so that without timeouts this test fails instead of hanging)."""
        other = other_connection()
        try:
            table, key = EventPage._meta.db_table, EventPage._meta.pk.column
            other.execute(
                f'SELECT 1 FROM "{table}" WHERE "{key}" = %s FOR UPDATE',  # noqa: S608
                [event.pk],
            )
            holding.set()
            done.wait(timeout=30)
        finally:
            other.rollback()  # releases the row
            other.close()

    holder = threading.Thread(target=hold_the_meeting)
    holder.start()
    try:
        assert holding.wait(timeout=10)
        started = time.monotonic()
        with caplog.at_level(logging.ERROR, logger="home.faults"):
            response = client.post(url, data)
        waited = time.monotonic() - started
    finally:
        done.set()
        holder.join()

    assert_fault_page(response, caplog)
    assert any("lock timeout" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)
    assert lock_timeout <= waited < lock_timeout + 5
    shown = values(response)
    for name, value in data.items():
        assert shown[name] == value, name
    assert Registration.objects.filter(event=event).count() == registered
    assert mailoutbox == []

    response = client.post(url, data)
    assert response.status_code == 302
    assert Registration.objects.filter(event=event, email=data["email"]).count() == 1
    assert len(mailoutbox) == 1


def test_postgresql_connections_get_the_timeouts():
    config = database_from_url("postgres://kb@db.internal:5432/kennisbank", environ={})
    assert config["OPTIONS"]["options"] == "-c lock_timeout=5000 -c statement_timeout=15000"
    config = database_from_url(
        "postgres://kb@db.internal:5432/kennisbank",
        environ={"DATABASE_LOCK_TIMEOUT": "0.5", "DATABASE_STATEMENT_TIMEOUT": "0"},
    )
    assert config["OPTIONS"]["options"] == "-c lock_timeout=500 -c statement_timeout=0"
    # Options in the URL itself come last, so they win.
    config = database_from_url(
        "postgres://kb@db.internal:5432/kennisbank?options=-c%20statement_timeout%3D60000",
        environ={},
    )
    assert config["OPTIONS"]["options"].endswith("-c statement_timeout=60000")
    sqlite = database_from_url("sqlite:///db.sqlite3", environ={})
    assert "options" not in sqlite["OPTIONS"]


@pytest.mark.parametrize("value", ["vijf", "-1", "5s"])
def test_a_wrong_timeout_stops_start_up_with_one_sentence(value):
    with pytest.raises(ImproperlyConfigured, match="DATABASE_LOCK_TIMEOUT must be a number"):
        database_from_url("postgres://kb@db:5432/kb", environ={"DATABASE_LOCK_TIMEOUT": value})
