"""The editors' side: a new newsletter is pre-filled, preview, test send, subscribers CSV."""

import csv
import io

import pytest
from openpyxl import load_workbook

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from news.models import NewsPage
from newsletter.models import NewsletterItem, NewsletterPage, Subscriber

pytestmark = pytest.mark.django_db


def test_new_newsletter_proposes_what_was_published_since_the_last_one(
    admin_client, archive, sent_newsletter
):
    news = NewsPage.objects.filter(locale=archive.locale).first()
    news.save_revision().publish()  # republished, but first_published_at stays
    fresh = NewsPage(title="Vers bericht", slug="vers-bericht", introduction="Net uit.")
    news.get_parent().add_child(instance=fresh)
    fresh.save_revision().publish()

    response = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["newsletter", "newsletterpage", archive.pk])
    )
    assert response.status_code == 302
    page = NewsletterPage.objects.get(pk=response.url.rstrip("/").split("/")[-2])
    assert not page.live
    chosen = [item.item_id for item in NewsletterItem.objects.filter(newsletter=page)]
    assert fresh.pk in chosen
    # What the sent newsletter already carried is not proposed again.
    assert not set(chosen) & {item.item_id for item in sent_newsletter.items.all()}

    edit = admin_client.get(response.url).content.decode()
    assert "Vers bericht" in edit
    assert "Voorbeeld, test en versturen" in edit


def test_send_page_shows_preview_test_and_recipient_count(admin_client, new_newsletter):
    response = admin_client.get(reverse("newsletter_send", args=[new_newsletter.pk]))
    html = response.content.decode()
    assert "Verstuur aan 4 abonnees" in html
    preview = admin_client.get(reverse("newsletter_email_preview", args=[new_newsletter.pk, "nl"]))
    assert preview.status_code == 200
    assert "Nieuwsbrief december" in preview.content.decode()


def test_editor_sends_a_test_to_themselves(admin_client, new_newsletter, smtp_server):
    url = reverse("newsletter_send", args=[new_newsletter.pk])
    admin_client.post(url, {"action": "test", "email": "redactie@example.org", "language": "nl"})
    [mail] = smtp_server.messages
    assert mail["to"] == ["redactie@example.org"]
    assert mail["message"]["Subject"] == "[TEST] Nieuws in december"
    assert not Subscriber.objects.filter(email="redactie@example.org").exists()


def test_unpublished_newsletter_cannot_be_sent(admin_client, new_newsletter):
    new_newsletter.unpublish()
    url = reverse("newsletter_send", args=[new_newsletter.pk])
    admin_client.post(url, {"action": "send"})
    assert not hasattr(NewsletterPage.objects.get(pk=new_newsletter.pk), "mailing") or True
    from newsletter.models import Mailing

    assert not Mailing.objects.filter(newsletter=new_newsletter).exists()


def test_subscribers_export_and_import(admin_client, archive, smtp_server):
    listing = admin_client.get(reverse("wagtailsnippets_newsletter_subscriber:list"))
    assert "jan.devries@example.org" in listing.content.decode()
    export = admin_client.get(reverse("wagtailsnippets_newsletter_subscriber:list") + "?export=csv")
    exported = b"".join(export.streaming_content).decode()
    assert exported.splitlines()[0].startswith("email,taal,status,toestemming_op")

    csv = (
        "email;taal;toestemming_op;toestemming_bron\n"
        "Met.Toestemming@example.org;en;2025-03-01;papieren lijst Alliantiedag\n"
        "zonder.toestemming@example.org;nl;;\n"
        "jan.devries@example.org;nl;;\n"
        "geen-adres;nl;;\n"
    )
    response = admin_client.post(
        reverse("newsletter_import:index"),
        {"file": SimpleUploadedFile("lijst.csv", csv.encode())},
        follow=True,
    )
    assert "Ongeldige adressen overgeslagen op regel: 5" in response.content.decode()
    with_consent = Subscriber.objects.get(email="met.toestemming@example.org")
    assert with_consent.status == "confirmed" and with_consent.language == "en"
    assert with_consent.consent_source == "papieren lijst Alliantiedag"
    without = Subscriber.objects.get(email="zonder.toestemming@example.org")
    assert without.status == "pending"
    assert [m["to"] for m in smtp_server.messages] == [["zonder.toestemming@example.org"]]


def test_editor_deletes_a_subscriber_on_request(admin_client):
    subscriber = Subscriber.objects.get(email="jan.devries@example.org")
    url = reverse("wagtailsnippets_newsletter_subscriber:delete", args=[subscriber.pk])
    admin_client.post(url)
    assert not Subscriber.objects.filter(email="jan.devries@example.org").exists()


def test_subscriber_exports_keep_formulas_as_text(admin_client):
    """A cell that a spreadsheet would run as a formula gets a leading quote, in CSV and XLSX:
    consent sources come from imported files, addresses from the public form."""
    Subscriber.objects.create(
        email="+31612345678@example.org",
        status="confirmed",
        consent_source='=HYPERLINK("https://aanvaller.example/","klik")',
    )
    Subscriber.objects.create(
        email="lijst@example.org", consent_source="@SUM(1+1)*cmd|' /C calc'!A0"
    )
    Subscriber.objects.create(email="min@example.org", consent_source="-2+3")
    Subscriber.objects.create(email="tab@example.org", consent_source="\t=1+1")
    Subscriber.objects.create(email="gewoon@example.org", consent_source="papieren lijst")
    url = reverse("wagtailsnippets_newsletter_subscriber:list")

    export = admin_client.get(url + "?export=csv")
    rows = {
        row["email"]: row
        for row in csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode()))
    }
    assert rows["'+31612345678@example.org"]["toestemming_bron"] == (
        '\'=HYPERLINK("https://aanvaller.example/","klik")'
    )
    assert rows["lijst@example.org"]["toestemming_bron"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert rows["min@example.org"]["toestemming_bron"] == "'-2+3"
    assert rows["tab@example.org"]["toestemming_bron"] == "'\t=1+1"
    assert rows["gewoon@example.org"]["toestemming_bron"] == "papieren lijst"
    assert rows["gewoon@example.org"]["taal"] == "nl"

    export = admin_client.get(url + "?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(export.streaming_content))).active
    header, *cells = sheet.iter_rows(values_only=True)
    source = header.index("toestemming_bron")
    by_address = {row[0]: row for row in cells}
    assert by_address["'+31612345678@example.org"][source].startswith("'=HYPERLINK(")
    assert by_address["min@example.org"][source] == "'-2+3"
    assert not any(cell.data_type == "f" for row in sheet.iter_rows(min_row=2) for cell in row)
