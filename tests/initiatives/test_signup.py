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
            response = client.post(signup_url, form_data(methods=[str(method.pk)]))
        assert response.status_code == 200
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
        assert response.status_code == 200
        signup = InitiativeSignup.objects.get()
        assert not signup.notified
        assert InitiativePage.objects.filter(pk=signup.page_id, live=False).exists()

    def test_bad_input_gets_dutch_messages_and_keeps_what_was_typed(self, client, signup_url):
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
        assert not InitiativeSignup.objects.exists()
        assert not InitiativePage.objects.filter(title="").exists()

    def test_honeypot_stores_nothing(self, client, signup_url):
        response = client.post(signup_url, form_data(homepage="http://spam.example"))
        assert response.status_code == 200
        assert not InitiativeSignup.objects.exists()

    def test_rate_limit_per_address(self, client, signup_url, django_capture_on_commit_callbacks):
        cache.clear()
        for n in range(5):
            client.post(signup_url, form_data(name=f"Initiatief {n}"), REMOTE_ADDR="10.0.0.9")
        response = client.post(signup_url, form_data(name="Nummer zes"), REMOTE_ADDR="10.0.0.9")
        assert "Er zijn vanaf dit adres al veel aanmeldingen gedaan" in response.content.decode()
        assert InitiativeSignup.objects.count() == 5
        other = client.post(signup_url, form_data(name="Ander adres"), REMOTE_ADDR="10.0.0.10")
        assert "Bedankt" in other.content.decode()
