"""A real database fault during a public form's submission: the visitor gets a clear message and
the same form with what they typed (503 with Retry-After); nothing half is stored, and once the
fault is over the same submission is stored normally.

The fault is real, not a mock: a second connection locks the form's table, and the test's own
connection gives up waiting after half a second (`lock_timeout`), raising OperationalError inside
the view. The lock is EXCLUSIVE, which blocks writing but not reading: a write that cannot get
its lock is the fault under test, and the page around the form can still be rendered (with
ACCESS EXCLUSIVE even the seat count before saving would fail, which is a different fault: the
whole page is then unavailable).
"""

import contextlib
import logging

import pytest
from bs4 import BeautifulSoup

from django.db import connection

from home import faults
from initiatives.models import InitiativeIndexPage, InitiativePage, InitiativeSignup
from news.models import EventIndexPage, Registration
from newsletter.models import NewsletterIndexPage, Subscriber
from tests.news.factories import EventPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL table locks and lock_timeout; SQLite's test database is an "
        "in-memory database inside the test's own write transaction, where a second "
        "connection cannot take a lock of its own",
    ),
]

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


@contextlib.contextmanager
def locked(model):
    """Hold EXCLUSIVE MODE on the model's table from a second connection until the block ends;
    the test's connection waits at most 500 ms for a lock."""
    import psycopg

    settings = connection.settings_dict
    other = psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"] or None,
        password=settings["PASSWORD"] or None,
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
    )
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
