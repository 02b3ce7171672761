"""Double opt-in, the same answer for every address, tokens, and unsubscribing."""

import re

import pytest

from django.core import signing
from django.test import Client

from newsletter.emails import confirm_token, unsubscribe_token, unsubscribe_url
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


def subscribe(client, archive, email, language="nl"):
    return client.post(archive.url, {"email": email, "language": language})


def confirmation_link(message):
    return re.search(r"https?://\S+/bevestigen/\?code=\S+", message.get_content()).group(0)


def test_subscribing_needs_confirmation_through_the_mailed_link(client, archive, smtp_server):
    response = subscribe(client, archive, "Nieuwe.Lezer@Example.org")
    assert response.status_code == 200
    assert "Kijk in je mailbox" in response.content.decode()
    subscriber = Subscriber.objects.get(email="nieuwe.lezer@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.consent_at is None

    [mail] = smtp_server.messages
    assert mail["to"] == ["nieuwe.lezer@example.org"]
    link = confirmation_link(mail["message"])
    response = client.get(link.replace("http://testserver", ""))
    assert "Je bent ingeschreven" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.consent_at is not None
    assert subscriber.confirmed_at is not None
    assert "inschrijfformulier" in subscriber.consent_source


def test_subscribing_twice_neither_duplicates_nor_reveals(client, archive, smtp_server):
    first = subscribe(client, archive, "lezer@example.org")
    second = subscribe(client, archive, "LEZER@example.org")
    known = subscribe(client, archive, "fatima.elamrani@example.org")  # confirmed demo address

    def message(response):
        return re.search(r'role="status">(.*?)</p>', response.content.decode(), re.S).group(1)

    assert message(first) == message(second) == message(known)
    assert Subscriber.objects.filter(email__iexact="lezer@example.org").count() == 1
    assert Subscriber.objects.get(email="fatima.elamrani@example.org").status == "confirmed"


def test_an_invalid_address_gets_a_clear_message(client, archive):
    response = subscribe(client, archive, "geen-adres")
    assert "Dit is geen geldig e-mailadres" in response.content.decode()
    assert not Subscriber.objects.filter(email="geen-adres").exists()


def test_english_form_subscribes_in_english(client, archive, locale_en, smtp_server):
    english = archive.get_translation(locale_en)
    client.post(english.url, {"email": "reader@example.org", "language": "en"})
    assert Subscriber.objects.get(email="reader@example.org").language == "en"
    assert "/en/newsletter/" in smtp_server.messages[0]["message"].get_content()


def test_tampered_or_expired_confirmation_is_refused(client, archive, settings):
    subscriber = Subscriber.objects.create(email="wacht@example.org")
    token = confirm_token(subscriber)
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = client.get(archive.url + archive.reverse_subpage("confirm"), {"code": tampered})
    assert "werkt niet" in response.content.decode()
    settings.KENNISBANK_NEWSLETTER_CONFIRM_MAX_AGE = -1
    client.get(archive.url + archive.reverse_subpage("confirm"), {"code": token})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_unsubscribe_get_only_asks_and_post_works_without_cookies_or_csrf():
    subscriber = Subscriber.objects.get(email="jan.devries@example.org")
    url = unsubscribe_url(subscriber).replace("http://testserver", "")
    client = Client(enforce_csrf_checks=True)
    response = client.get(url)
    assert response.status_code == 200
    assert "Ja, meld mij af" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED

    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None


def test_tampered_unsubscribe_token_is_refused(client):
    subscriber = Subscriber.objects.get(email="jan.devries@example.org")
    forged = signing.dumps([subscriber.pk, subscriber.email], salt="something-else")
    response = client.post(f"/nl/nieuwsbrief/afmelden/{forged}/")
    assert response.status_code == 400
    assert unsubscribe_token(subscriber) != forged
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
