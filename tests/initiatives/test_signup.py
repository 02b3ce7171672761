"""'Meld je initiatief aan': a draft for moderation, never published by itself; mail to the
editors over real SMTP; nothing lost when mail fails; spam and floods refused."""

import pytest

from django.core.cache import cache

from wagtail.models import WorkflowState

from initiatives.models import InitiativePage, InitiativeSignup
from methods.models import MethodPage


def form_data(**overrides):
    data = {
        "name": "Repaircafé De Schroef",
        "place": "Apeldoorn",
        "province": "gelderland",
        "description": "Elke zaterdag repareren buren samen kapotte spullen.\nGratis.",
        "methods": [],
        "website": "",
        "contact_name": "Sanne",
        "contact_email": "sanne@schroef.example",
        "homepage": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def signup_url(initiative_index):
    return initiative_index.url + "aanmelden/"


@pytest.mark.django_db
class TestSignup:
    def test_creates_an_unpublished_draft_in_moderation_and_mails_the_editors(
        self, client, signup_url, smtp_server, django_capture_on_commit_callbacks
    ):
        method = MethodPage.objects.get(slug="weggeefwinkel")
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(signup_url, form_data(methods=[str(method.pk)]), follow=True)
        assert response.redirect_chain == [(signup_url + "bedankt/", 302)]  # reload-safe
        assert "Bedankt voor je aanmelding" in response.content.decode()

        signup = InitiativeSignup.objects.get()
        assert signup.contact_email == "sanne@schroef.example"
        assert signup.methods == method.title
        assert signup.notified
        page = InitiativePage.objects.get(pk=signup.page_id)
        assert not page.live
        assert list(page.methods.all()) == [method]
        assert "Gratis." in str(page.body)
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert (
            client.get(page.get_url() or "/nl/initiatieven/repaircafe-de-schroef/").status_code
            == 404
        )

        [mail] = smtp_server.messages
        assert mail["to"] == ["redactie@socialealliantie.example"]
        assert "Repaircafé De Schroef" in mail["message"]["Subject"]
        assert f"/admin/pages/{page.pk}/edit/" in mail["message"].get_content()

    def test_a_failing_mail_server_loses_nothing(
        self, client, signup_url, broken_smtp, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(signup_url, form_data())
        assert response.status_code == 302
        signup = InitiativeSignup.objects.get()
        assert not signup.notified
        assert InitiativePage.objects.filter(pk=signup.page_id, live=False).exists()

    def test_an_unknown_mail_host_loses_nothing_even_when_wagtail_mails_moderators(
        self, client, signup_url, settings, django_user_model, django_capture_on_commit_callbacks
    ):
        """Wagtail mails superusers when moderation starts and only catches connection errors;
        a host that does not exist raises something else."""
        django_user_model.objects.create_superuser("redacteur", "redacteur@example.org", "x")
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "no-such-host.invalid"
        settings.EMAIL_TIMEOUT = 2
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(signup_url, form_data())
        assert response.status_code == 302
        signup = InitiativeSignup.objects.get()
        assert InitiativePage.objects.filter(pk=signup.page_id, live=False).exists()
        assert not signup.notified

    def test_notifications_can_be_sent_again_later(
        self, client, signup_url, broken_smtp, settings, django_capture_on_commit_callbacks
    ):
        from io import StringIO

        from django.core.management import call_command

        from tests.smtp import Inbox

        with django_capture_on_commit_callbacks(execute=True):
            client.post(signup_url, form_data())
        assert not InitiativeSignup.objects.get().notified
        inbox = Inbox()
        from aiosmtpd.controller import Controller

        controller = Controller(inbox, hostname="127.0.0.1", port=settings.EMAIL_PORT)
        controller.start()
        try:
            call_command("resend_signup_notifications", stdout=StringIO())
        finally:
            controller.stop()
        assert InitiativeSignup.objects.get().notified
        assert len(inbox.messages) == 1

    def test_reloading_the_thank_you_page_sends_nothing_again(self, client, signup_url):
        client.post(signup_url, form_data())
        client.get(signup_url + "bedankt/")
        client.get(signup_url + "bedankt/")
        assert InitiativeSignup.objects.count() == 1

    def test_line_breaks_in_names_and_empty_places_are_refused(self, client, signup_url):
        pages_before = InitiativePage.objects.count()
        response = client.post(
            signup_url, form_data(name="Ons plan\r\nBcc: iedereen@example.org", place="???")
        )
        html = response.content.decode()
        assert "zonder enters of tabs" in html
        assert "Vul de naam van een gemeente in" in html
        assert InitiativePage.objects.count() == pages_before

    def test_bad_input_gets_dutch_messages_and_keeps_what_was_typed(self, client, signup_url):
        pages_before = InitiativePage.objects.count()
        response = client.post(
            signup_url,
            form_data(
                name="", province="atlantis", contact_email="geen-adres", website="niet een url"
            ),
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "Vul de naam van het initiatief in." in html
        assert "Kies een provincie uit de lijst." in html
        assert "Dit e-mailadres klopt niet" in html
        assert "Dit is geen geldig webadres" in html
        assert "Elke zaterdag repareren buren" in html  # kept
        assert InitiativePage.objects.count() == pages_before
        assert not InitiativeSignup.objects.exists()

    def test_honeypot_stores_nothing(self, client, signup_url):
        pages_before = InitiativePage.objects.count()
        response = client.post(signup_url, form_data(homepage="http://spam.example"))
        assert response.status_code == 302
        assert InitiativePage.objects.count() == pages_before
        assert not InitiativeSignup.objects.exists()

    def test_rate_limit_per_address(self, client, signup_url, django_capture_on_commit_callbacks):
        cache.clear()
        for n in range(5):
            client.post(signup_url, form_data(name=f"Initiatief {n}"), REMOTE_ADDR="10.0.0.9")
        response = client.post(signup_url, form_data(name="Nummer zes"), REMOTE_ADDR="10.0.0.9")
        assert "Er zijn vanaf dit adres al veel aanmeldingen gedaan" in response.content.decode()
        assert InitiativeSignup.objects.count() == 5
        other = client.post(signup_url, form_data(name="Ander adres"), REMOTE_ADDR="10.0.0.10")
        assert other.status_code == 302

    def test_refused_attempts_do_not_count_towards_the_limit(self, client, signup_url):
        cache.clear()
        for _ in range(6):
            client.post(signup_url, form_data(name=""), REMOTE_ADDR="10.0.0.11")
        response = client.post(signup_url, form_data(), REMOTE_ADDR="10.0.0.11")
        assert response.status_code == 302

    def test_behind_a_proxy_the_visitor_address_counts(self, client, signup_url, settings):
        settings.KENNISBANK_TRUSTED_PROXIES = 1
        settings.KENNISBANK_PROXY_ADDRESSES = ["10.9.9.9"]
        cache.clear()
        for n in range(5):
            client.post(
                signup_url,
                form_data(name=f"I {n}"),
                REMOTE_ADDR="10.9.9.9",
                HTTP_X_FORWARDED_FOR="203.0.113.5",
            )
        other_visitor = client.post(
            signup_url,
            form_data(name="Ander"),
            REMOTE_ADDR="10.9.9.9",
            HTTP_X_FORWARDED_FOR="203.0.113.6",
        )
        assert other_visitor.status_code == 302
