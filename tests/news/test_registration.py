"""Registering for a meeting on the site: the form, seats and waiting list, the e-mails with the
calendar file and the cancel link, the editors' list and export, and erasing old data."""

import csv
import io
import re
import threading
from datetime import timedelta
from io import StringIO
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.core import signing
from django.core.management import CommandError, call_command
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news import registration as registrations
from news.models import EventPage, Registration
from news.views import THANKS_SALT
from tests.localgroups.conftest import initiative_a, make_user, member_a  # noqa: F401

from .factories import EventPageFactory

CONFIRMED = Registration.Status.CONFIRMED
WAITING = Registration.Status.WAITING
CANCELLED = Registration.Status.CANCELLED


def person(n=1, **changes):
    data = {
        "name": f"Deelnemer {n}",
        "email": f"deelnemer{n}@example.org",
        "organisation": "Buurtkamer De Linde",
        "remarks": "",
    }
    data.update(changes)
    return data


def form_url(event):
    return event.url + event.reverse_subpage("register")


def make_event(agenda, **fields):
    fields.setdefault("registration_form", True)
    return EventPageFactory(parent=agenda, **fields)


def page_text(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def answer(response):
    """What the thank-you link after a registration carries."""
    code = parse_qs(urlsplit(response["Location"]).query)["r"][0]
    return signing.loads(code, salt=THANKS_SALT)


def statuses(event):
    return list(
        Registration.objects.filter(event=event).order_by("pk").values_list("status", flat=True)
    )


@pytest.mark.django_db
class TestForm:
    def test_form_page_is_accessible_and_has_csrf(self, client, agenda):
        event = make_event(agenda, capacity=40)
        response = client.get(form_url(event))
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        form = soup.find("form", class_="form")
        assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
        for name in ("name", "email", "organisation", "remarks"):
            field = form.find(attrs={"name": name})
            assert soup.find("label", attrs={"for": field["id"]}), name
        assert "Er zijn nog 40 plaatsen vrij." in page_text(response)

    def test_empty_and_wrong_input_get_dutch_messages_linked_to_the_fields(self, client, agenda):
        event = make_event(agenda)
        response = client.post(form_url(event), {"name": "  ", "email": "geen-adres"})
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        summary = soup.find(id="form-errors")
        assert summary["role"] == "alert"
        assert summary.has_attr("autofocus")
        text = page_text(response)
        assert "Vul je naam in." in text
        assert "Dit e-mailadres klopt niet, bijvoorbeeld naam@voorbeeld.nl." in text
        email = soup.find("input", attrs={"name": "email"})
        assert "id_email_error" in email["aria-describedby"].split()
        assert email["aria-invalid"] == "true"
        assert soup.find(id="id_email_error")
        assert summary.find("a", href="#id_email")
        assert not Registration.objects.filter(event=event).exists()

    def test_too_long_remarks_are_refused_with_a_clear_message(self, client, agenda):
        event = make_event(agenda)
        response = client.post(form_url(event), person(remarks="x" * 1001))
        assert "gebruik hoogstens 1000 tekens (nu 1001)" in page_text(response)
        assert not Registration.objects.filter(event=event).exists()

    def test_honeypot_stores_nothing(self, client, agenda):
        event = make_event(agenda)
        response = client.post(form_url(event), person(homepage="http://spam.example"))
        assert response.status_code == 302
        assert not Registration.objects.filter(event=event).exists()

    def test_registering_redirects_to_a_thank_you_page(self, client, agenda):
        event = make_event(agenda, capacity=10)
        response = client.post(form_url(event), person(), follow=True)
        assert response.redirect_chain[0][1] == 302
        assert "Je bent aangemeld" in page_text(response)
        assert "We hebben een bevestiging gestuurd naar het e-mailadres dat je opgaf." in page_text(
            response
        )
        registration = Registration.objects.get(event=event)
        assert (registration.name, registration.status, registration.language) == (
            "Deelnemer 1",
            CONFIRMED,
            "nl",
        )

    def test_event_page_shows_the_seats_and_links_to_the_form(self, client, agenda):
        event = make_event(agenda, capacity=3)
        registrations.register(event, person(1))
        text = page_text(client.get(event.url))
        assert "Nog 2 plaatsen vrij." in text
        registrations.register(event, person(2))
        # The page cache must not show the old number.
        soup = BeautifulSoup(client.get(event.url).content, "html.parser")
        assert "Nog 1 plaats vrij." in page_text(client.get(event.url))
        assert soup.find("a", href=form_url(event))

    def test_external_registration_still_works(self, client, agenda):
        event = EventPageFactory(
            parent=agenda, registration_url="https://formulier.example.org/aanmelden"
        )
        soup = BeautifulSoup(client.get(event.url).content, "html.parser")
        assert soup.find("a", href="https://formulier.example.org/aanmelden")
        assert client.get(form_url(event)).status_code == 302  # no form: back to the page

    def test_rate_limit_on_posts(self, client, agenda):
        event = make_event(agenda)
        codes = [client.post(form_url(event), {"name": ""}).status_code for _ in range(11)]
        assert codes[:10] == [200] * 10
        assert codes[10] == 429


@pytest.mark.django_db
class TestSeats:
    def test_capacity_then_waiting_list(self, agenda):
        event = make_event(agenda, capacity=2, waiting_list=True)
        outcomes = [registrations.register(event, person(n)) for n in range(3)]
        assert [o.registration.status for o in outcomes] == [CONFIRMED, CONFIRMED, WAITING]

    def test_full_without_waiting_list_is_refused(self, client, agenda):
        event = make_event(agenda, capacity=1, waiting_list=False)
        registrations.register(event, person(1))
        response = client.post(form_url(event), person(2))
        assert "Deze bijeenkomst is vol. Aanmelden kan niet meer." in page_text(response)
        assert statuses(event) == [CONFIRMED]
        assert "De bijeenkomst is vol. Aanmelden kan niet meer." in page_text(client.get(event.url))

    def test_full_with_waiting_list_offers_the_waiting_list(self, client, agenda):
        event = make_event(agenda, capacity=1)
        registrations.register(event, person(1))
        assert "Zet me op de wachtlijst" in page_text(client.get(event.url))
        response = client.post(form_url(event), person(2), follow=True)
        assert "Je staat op de wachtlijst" in page_text(response)
        assert statuses(event) == [CONFIRMED, WAITING]

    def test_closed_after_the_closing_date(self, client, agenda):
        event = make_event(agenda, registration_closes_at=timezone.now() - timedelta(minutes=1))
        assert "Aanmelden is gesloten." in page_text(client.get(event.url))
        assert "Aanmelden voor deze bijeenkomst is gesloten." in page_text(
            client.get(form_url(event))
        )
        response = client.post(form_url(event), person())
        assert "Aanmelden voor deze bijeenkomst is gesloten." in page_text(response)
        assert not Registration.objects.filter(event=event).exists()

    def test_closes_at_the_start_by_default(self, agenda):
        event = make_event(agenda)
        with pytest.raises(registrations.RegistrationRefused) as refused:
            registrations.register(event, person(), now=event.start)
        assert refused.value.reason == "closed"
        registrations.register(event, person(), now=event.start - timedelta(seconds=1))

    def test_a_registered_address_gets_the_answer_of_a_new_one(self, client, agenda, mailoutbox):
        """Nobody can find out through the form who registered: the page and its link are the
        same for an address that was already registered as for a new one, the earlier
        registration stays as it was, and its owner is mailed that nothing changed."""
        event = make_event(agenda, capacity=10)
        first = registrations.register(event, person(1)).registration
        mailoutbox.clear()

        probe = client.post(
            form_url(event), person(1, email="DEELNEMER1@example.org", name="Iemand Anders")
        )
        new = client.post(form_url(event), person(2))
        assert probe.status_code == new.status_code == 302
        assert answer(probe) == answer(new)
        assert page_text(client.get(probe["Location"])) == page_text(client.get(new["Location"]))
        assert "Je bent aangemeld" in page_text(client.get(probe["Location"]))

        first.refresh_from_db()
        assert (first.name, first.email, first.status) == (
            "Deelnemer 1",
            "deelnemer1@example.org",
            CONFIRMED,
        )
        assert Registration.objects.filter(event=event).count() == 2
        again, confirmation = mailoutbox
        assert again.to == ["deelnemer1@example.org"]
        assert again.subject.startswith("Je was al aangemeld:")
        assert "Je was al aangemeld, dus er is niets veranderd." in again.body
        assert "Beste Deelnemer 1," in again.body  # the registrant's name, not the probe's
        assert registrations.cancel_url(first) in again.body
        assert confirmation.to == ["deelnemer2@example.org"]
        assert confirmation.subject.startswith("Je bent aangemeld:")

    def test_a_registered_address_is_told_what_a_new_one_would_be(self, client, agenda):
        """When the meeting is full, a registered address hears 'waiting list' (or 'full'),
        as a new address does, and keeps its seat."""
        event = make_event(agenda, capacity=1)
        registrations.register(event, person(1))
        probe = client.post(form_url(event), person(1))
        new = client.post(form_url(event), person(2))
        assert answer(probe) == answer(new) == [WAITING, True]
        assert "Je staat op de wachtlijst" in page_text(client.get(probe["Location"]))
        assert statuses(event) == [CONFIRMED, WAITING]

        closed = make_event(agenda, capacity=1, waiting_list=False)
        registrations.register(closed, person(1))
        probe = client.post(form_url(closed), person(1))
        new = client.post(form_url(closed), person(2))
        assert probe.status_code == new.status_code == 200
        assert "Deze bijeenkomst is vol. Aanmelden kan niet meer." in page_text(probe)
        assert "al aangemeld" not in page_text(probe)
        assert page_text(probe).replace("deelnemer1", "deelnemer2").replace(
            "Deelnemer 1", "Deelnemer 2"
        ) == page_text(new)

    def test_after_cancelling_one_may_register_again(self, agenda):
        event = make_event(agenda, capacity=5)
        first = registrations.register(event, person(1)).registration
        registrations.cancel(first.cancel_token)
        again = registrations.register(event, person(1)).registration
        assert again.pk == first.pk
        assert again.status == CONFIRMED
        assert again.cancel_token != first.cancel_token

    def test_closing_date_must_be_before_the_end(self, agenda):
        event = make_event(agenda)
        event.capacity = 0
        event.registration_closes_at = event.end + timedelta(hours=1)
        with pytest.raises(Exception) as error:
            event.full_clean()
        assert "registration_closes_at" in error.value.message_dict
        assert "capacity" in error.value.message_dict

    def test_translations_share_one_list(self, agenda, locale_en):
        event = make_event(agenda, capacity=1)
        english = event.copy_for_translation(locale_en, copy_parents=True)
        english.save_revision().publish()
        english = EventPage.objects.get(pk=english.pk)
        registrations.register(event, person(1))
        outcome = registrations.register(english, person(2), language="en")
        assert outcome.registration.event_id == event.pk
        assert outcome.registration.status == WAITING
        assert english.seats()["confirmed"] == 1

    def test_event_page_query_count_does_not_grow_with_registrations(
        self, client, agenda, django_assert_max_num_queries, settings
    ):
        settings.KENNISBANK_PAGE_CACHE = False
        event = make_event(agenda, capacity=500)
        registrations.register(event, person(1))
        client.get(event.url)
        with CaptureQueriesContext(connection) as few:
            assert client.get(event.url).status_code == 200
        Registration.objects.bulk_create(
            Registration(event=event, name=f"P {n}", email=f"p{n}@example.org") for n in range(120)
        )
        with django_assert_max_num_queries(len(few.captured_queries)):
            response = client.get(event.url)
        assert "Nog 379 plaatsen vrij." in page_text(response)


@pytest.mark.django_db
def test_concurrent_registrations_for_the_last_seat_get_it_once(agenda):
    """Eight people at the same moment, one seat: exactly one gets it.

    Each thread has its own database connection outside the test's transaction, so they
    really compete. The meeting is created and removed by a thread too (committed), rather
    than with `transaction=True`, which would empty the demo content for later tests."""
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite's in-memory test database has no row locks.")

    def in_thread(function):
        result = {}

        def run():
            try:
                result["value"] = function()
            except Exception as error:  # noqa: BLE001 - reported below
                result["error"] = error
            finally:
                connections.close_all()

        thread = threading.Thread(target=run)
        thread.start()
        thread.join(30)
        if "error" in result:
            raise result["error"]
        return result.get("value")

    agenda_pk = agenda.pk

    def create(waiting_list):
        from news.models import EventIndexPage

        parent = EventIndexPage.objects.get(pk=agenda_pk)
        return EventPageFactory(
            parent=parent, registration_form=True, capacity=1, waiting_list=waiting_list
        ).pk

    for waiting_list in (False, True):
        event_pk = in_thread(lambda wl=waiting_list: create(wl))
        try:
            barrier = threading.Barrier(8)
            outcomes = []

            def compete(n, pk=event_pk, barrier=barrier, outcomes=outcomes):
                event = EventPage.objects.get(pk=pk)
                barrier.wait()
                try:
                    outcomes.append(registrations.register(event, person(n)).registration.status)
                except registrations.RegistrationRefused as refused:
                    outcomes.append(refused.reason)
                finally:
                    connections.close_all()

            threads = [threading.Thread(target=compete, args=(n,)) for n in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
            confirmed = in_thread(
                lambda pk=event_pk: Registration.objects.filter(
                    event_id=pk, status=CONFIRMED
                ).count()
            )
            assert confirmed == 1
            assert outcomes.count(CONFIRMED) == 1
            if waiting_list:
                assert outcomes.count(WAITING) == 7
            else:
                assert outcomes.count("full") == 7
        finally:
            in_thread(lambda pk=event_pk: EventPage.objects.get(pk=pk).delete())


def links_in(text):
    return re.findall(r"https?://\S+", text)


@pytest.mark.django_db
class TestMail:
    def test_confirmation_over_smtp_with_ics_and_working_cancel_link(
        self, client, agenda, smtp_server
    ):
        event = make_event(agenda, capacity=5, title="Scholing noodfonds")
        client.post(form_url(event), person(1))
        assert len(smtp_server.messages) == 1
        message = smtp_server.messages[0]["message"]
        assert smtp_server.messages[0]["to"] == ["deelnemer1@example.org"]
        assert message["Subject"] == "Je bent aangemeld: Scholing noodfonds"
        text = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        assert "Je bent aangemeld voor ‘Scholing noodfonds’." in text
        assert "Scholing noodfonds" in html
        attachments = list(message.iter_attachments())
        assert [a.get_content_type() for a in attachments] == ["text/calendar"]
        assert attachments[0].get_filename() == f"{event.slug}.ics"
        ics = attachments[0].get_content()
        assert "SUMMARY:Scholing noodfonds" in ics
        assert "BEGIN:VEVENT" in ics
        registration = Registration.objects.get(event=event)
        assert registration.mail_sent_at is not None

        cancel = [link for link in links_in(text) if "/afmelden/" in link]
        assert len(cancel) == 1
        assert cancel[0] in html
        path = cancel[0].removeprefix("http://localhost").removeprefix("http://testserver")
        path = re.sub(r"^https?://[^/]+", "", path)
        confirm = client.get(path)
        assert "Wil je je afmelden?" in page_text(confirm)
        registration.refresh_from_db()
        assert registration.status == CONFIRMED  # GET changes nothing
        done = client.post(path)
        assert "Je bent afgemeld" in page_text(done)
        registration.refresh_from_db()
        assert registration.status == CANCELLED
        again = client.post(path)
        assert "Je bent al afgemeld" in page_text(again)
        assert "Je bent al afgemeld" in page_text(client.get(path))

    def test_tampered_link_changes_nothing(self, client, agenda):
        event = make_event(agenda)
        registration = registrations.register(event, person()).registration
        url = registrations.cancel_url(registration)
        path = re.sub(r"^https?://[^/]+", "", url)
        tampered = path.replace(registration.cancel_token, registration.cancel_token[:-2] + "xx")
        response = client.post(tampered)
        assert response.status_code == 404
        assert "Deze link werkt niet" in page_text(response)
        assert "Er is niets veranderd." in page_text(response)
        registration.refresh_from_db()
        assert registration.status == CONFIRMED

    def test_link_of_another_meeting_is_refused(self, client, agenda):
        event = make_event(agenda)
        other = make_event(agenda)
        registration = registrations.register(event, person()).registration
        path = other.url + other.reverse_subpage(
            "cancel_registration", args=[registration.cancel_token]
        )
        assert client.post(path).status_code == 404
        registration.refresh_from_db()
        assert registration.status == CONFIRMED

    def test_cancelling_promotes_the_first_on_the_waiting_list(self, client, agenda, smtp_server):
        event = make_event(agenda, capacity=1, title="Projectbezoek")
        first = registrations.register(event, person(1)).registration
        second = registrations.register(event, person(2)).registration
        third = registrations.register(event, person(3)).registration
        assert [m["message"]["Subject"] for m in smtp_server.messages] == [
            "Je bent aangemeld: Projectbezoek",
            "Je staat op de wachtlijst: Projectbezoek",
            "Je staat op de wachtlijst: Projectbezoek",
        ]
        waiting_mail = smtp_server.messages[1]["message"]
        assert not list(waiting_mail.iter_attachments())  # no calendar without a seat
        smtp_server.messages.clear()

        path = re.sub(r"^https?://[^/]+", "", registrations.cancel_url(first))
        client.post(path)
        second.refresh_from_db()
        third.refresh_from_db()
        assert (second.status, third.status) == (CONFIRMED, WAITING)
        assert second.promoted_at is not None
        assert len(smtp_server.messages) == 1
        promoted = smtp_server.messages[0]
        assert promoted["to"] == ["deelnemer2@example.org"]
        assert promoted["message"]["Subject"] == "Er is een plaats voor je: Projectbezoek"
        assert [a.get_filename() for a in promoted["message"].iter_attachments()] == [
            f"{event.slug}.ics"
        ]

    def test_cancelling_a_waiting_place_promotes_nobody(self, agenda):
        event = make_event(agenda, capacity=1)
        registrations.register(event, person(1))
        second = registrations.register(event, person(2)).registration
        third = registrations.register(event, person(3)).registration
        registrations.cancel(second.cancel_token)
        third.refresh_from_db()
        assert third.status == WAITING

    def test_mail_server_down_keeps_the_registration(self, client, agenda, broken_smtp):
        event = make_event(agenda, capacity=5)
        response = client.post(form_url(event), person(1), follow=True)
        text = page_text(response)
        assert "Je aanmelding is bewaard, maar we konden je nog geen bevestiging mailen." in text
        registration = Registration.objects.get(event=event)
        assert registration.status == CONFIRMED
        assert registration.mail_sent_at is None
        assert list(registrations.unsent_registrations()) == [registration]

    def test_resend_command_after_the_server_is_back(self, agenda, settings, smtp_server):
        port = settings.EMAIL_PORT
        settings.EMAIL_PORT = 1  # nothing listens there
        event = make_event(agenda, capacity=5)
        registration = registrations.register(event, person(1)).registration
        assert registration.mail_sent_at is None
        settings.EMAIL_PORT = port
        out = StringIO()
        call_command("resend_registration_mails", stdout=out)
        assert "Sent 1" in out.getvalue()
        assert [m["to"] for m in smtp_server.messages] == [["deelnemer1@example.org"]]
        registration.refresh_from_db()
        assert registration.mail_sent_at is not None
        call_command("resend_registration_mails", stdout=StringIO())
        assert len(smtp_server.messages) == 1


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    from home.roles import EDITORS_GROUP

    return make_user("redacteur", Group.objects.get(name=EDITORS_GROUP))


@pytest.mark.django_db
class TestEditors:
    def index_url(self, event=None):
        url = reverse("news_registrations:index")
        return f"{url}?event={event.pk}" if event else url

    def test_editor_sees_registrants_with_counts(self, client, agenda, editor):
        event = make_event(agenda, capacity=2, title="Regiodag")
        for n in range(3):
            registrations.register(event, person(n))
        client.force_login(editor)
        response = client.get(self.index_url(event))
        assert response.status_code == 200
        text = page_text(response)
        assert "Aangemeld: 2 van 2" in text
        assert "Wachtlijst: 1" in text
        for n in range(3):
            assert f"deelnemer{n}@example.org" in text

    def test_link_from_the_edit_screen_and_page_listing(self, client, agenda, editor):
        event = make_event(agenda, capacity=2)
        client.force_login(editor)
        url = reverse("news_registrations:for_event", args=[event.pk])
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
        assert url in edit.content.decode()
        listing = client.get(reverse("wagtailadmin_explore", args=[agenda.pk]))
        assert url in listing.content.decode()
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].endswith(f"?event={event.pk}")

    def test_csv_export(self, client, agenda, editor):
        event = make_event(agenda, capacity=1, title="Regiodag")
        registrations.register(event, person(1, name="=HYPERLINK(1)"))
        registrations.register(event, person(2, remarks="Vegetarisch"))
        other = make_event(agenda)
        registrations.register(other, person(9))
        client.force_login(editor)
        response = client.get(self.index_url(event) + "&export=csv")
        assert response.status_code == 200
        content = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(content)))
        assert [row["E-mailadres"] for row in rows] == [
            "deelnemer1@example.org",
            "deelnemer2@example.org",
        ]
        assert rows[0]["Naam"] == "'=HYPERLINK(1)"  # no formula in a spreadsheet
        assert rows[1]["Opmerkingen"] == "Vegetarisch"
        assert [row["Status"] for row in rows] == ["aangemeld", "wachtlijst"]
        assert rows[0]["Bijeenkomst"] == "Regiodag"
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", rows[0]["Aangemeld op"])
        assert rows[0]["Afgemeld op"] == ""

    def test_xlsx_export(self, client, agenda, editor):
        event = make_event(agenda, title="@Regiodag")
        registrations.register(event, person(1))
        registrations.register(
            event, person(2, name="+Piet", organisation="-Buurtkamer", remarks="=1+1")
        )
        client.force_login(editor)
        response = client.get(self.index_url(event) + "&export=xlsx")
        assert response.status_code == 200
        assert response["Content-Type"].startswith(
            "application/vnd.openxmlformats-officedocument.spreadsheetml"
        )
        sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        header, *rows = sheet.iter_rows(values_only=True)
        second = dict(zip(header, rows[1], strict=True))
        assert second["Naam"] == "'+Piet"
        assert second["Organisatie"] == "'-Buurtkamer"
        assert second["Opmerkingen"] == "'=1+1"
        assert second["Bijeenkomst"] == "'@Regiodag"
        assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)

    def test_editor_resends_the_mail(self, client, agenda, editor, smtp_server):
        event = make_event(agenda)
        registration = registrations.register(event, person(1)).registration
        smtp_server.messages.clear()
        client.force_login(editor)
        url = reverse("news_registrations:resend", args=[registration.pk])
        assert "Ja, stuur de e-mail" in page_text(client.get(url))
        assert not smtp_server.messages
        client.post(url)
        assert [m["to"] for m in smtp_server.messages] == [["deelnemer1@example.org"]]

    def test_volunteer_cannot_see_registrants(self, client, agenda, member_a):  # noqa: F811
        event = make_event(agenda)
        registration = registrations.register(event, person(1)).registration
        client.force_login(member_a)
        for url in (
            self.index_url(),
            self.index_url(event),
            self.index_url(event) + "&export=csv",
            reverse("news_registrations:for_event", args=[event.pk]),
            reverse("news_registrations:resend", args=[registration.pk]),
        ):
            response = client.get(url)
            assert response.status_code in (302, 403), url
            assert b"deelnemer1@example.org" not in response.content
        menu = client.get(reverse("wagtailadmin_home")).content.decode()
        assert reverse("news_registrations:index") not in menu

    def test_anonymous_is_sent_to_login(self, client, agenda):
        response = client.get(self.index_url())
        assert response.status_code == 302
        assert "/login/" in response["Location"]


@pytest.mark.django_db
class TestPurge:
    def test_erases_only_meetings_past_the_retention_period(self, agenda, settings):
        settings.KENNISBANK_REGISTRATION_RETENTION_DAYS = 30
        now = timezone.now()
        old = make_event(agenda, start=now - timedelta(days=40), end=now - timedelta(days=31))
        recent = make_event(agenda, start=now - timedelta(days=20), end=now - timedelta(days=19))
        future = make_event(agenda)
        for event in (old, recent, future):
            Registration.objects.create(event=event, name="Anouk", email="anouk@example.org")
            Registration.objects.create(
                event=event, name="Bram", email="bram@example.org", status=WAITING
            )
        out = StringIO()
        call_command("purge_registrations", stdout=out)
        assert "2 registration(s)" in out.getvalue()
        erased = Registration.objects.filter(event=old)
        assert list(erased.values_list("name", "email", "organisation", "cancel_token")) == [
            ("", "", "", None),
            ("", "", "", None),
        ]
        assert sorted(erased.values_list("status", flat=True)) == [CONFIRMED, WAITING]
        assert all(r.anonymised_at for r in erased)
        for event in (recent, future):
            assert set(
                Registration.objects.filter(event=event).values_list("email", flat=True)
            ) == {"anouk@example.org", "bram@example.org"}
        out = StringIO()
        call_command("purge_registrations", stdout=out)
        assert "0 registration(s)" in out.getvalue()  # idempotent

    def test_a_negative_period_fails_and_erases_nothing(self, agenda, settings, capsys):
        now = timezone.now()
        old = make_event(agenda, start=now - timedelta(days=40), end=now - timedelta(days=31))
        Registration.objects.create(event=old, name="Anouk", email="anouk@example.org")
        # A CommandError is what manage.py turns into exit status 1 with the message on stderr
        # (run_from_argv would also close the test's database connection).
        with pytest.raises(CommandError, match="--days must be 0 or more, not -1"):
            call_command("purge_registrations", "--days", "-1", stdout=StringIO())
        settings.KENNISBANK_REGISTRATION_RETENTION_DAYS = -5
        with pytest.raises(CommandError, match="REGISTRATION_RETENTION_DAYS .* not -5"):
            call_command("purge_registrations", stdout=StringIO())
        assert Registration.objects.get(event=old).email == "anouk@example.org"
