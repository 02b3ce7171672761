"""A volunteer's document waits for an editor: not in the library, without an entry page, not
found by the search, not in the sitemap and its file not served, until an editor approves it
(from the dashboard queue, or by publishing a page that uses it). A rejected one never shows.
The uploader is told by e-mail (real SMTP) and on their dashboard."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import strip_tags

from wagtail.documents import get_document_model
from wagtail.models import ModelLogEntry

from home.demo import make_pdf
from home.roles import EDITORS_GROUP
from initiatives.models import InitiativePage
from library.links import entry_url
from library.models import APPROVED, PENDING, REJECTED
from localgroups.models import LocalGroup

pytestmark = pytest.mark.django_db

SEARCH = "/nl/zoeken/"
TITLE = "Verslag buurtavond zonnebloem"


def make_user(username, *groups):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="geheim-wachtwoord-123"
    )
    user.groups.add(*groups)
    return user


@pytest.fixture
def local_group(db):
    initiative = InitiativePage.objects.get(
        slug="weggeefwinkel-amersfoort", locale__language_code="nl"
    )
    return LocalGroup.objects.get(initiative=initiative)


@pytest.fixture
def volunteer(local_group):
    return make_user("vrijwilliger", local_group.group)


@pytest.fixture
def editor(db):
    return make_user("redacteur", Group.objects.get(name=EDITORS_GROUP))


def upload(client, user, collection, title=TITLE):
    client.force_login(user)
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "file": SimpleUploadedFile("verslag.pdf", make_pdf(title, ["Tekst."])),
            "collection": collection.pk,
            "description": "Wat we op de buurtavond bespraken.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    return get_document_model().objects.get(title=title)


def visible_places(client, library, document):
    """Where a visitor finds the document: the names of the public places that show it."""
    client.logout()
    found = set()
    # (The library page may come from the page cache: read its HTML, not its context.)
    if f"document/{document.pk}/" in client.get(library.url).content.decode():
        found.add("library")
    detail = client.get(f"{library.url}document/{document.pk}/")
    if detail.status_code == 200:
        found.add("entry")
    elif detail.status_code != 404:
        raise AssertionError(detail.status_code)
    results = client.get(SEARCH, {"q": "zonnebloem"}).context["search_results"]
    if any(strip_tags(result.title) == document.title for result in results):
        found.add("search")
    if f"document/{document.pk}/" in client.get("/sitemap.xml").content.decode():
        found.add("sitemap")
    file_response = client.get(document.url)
    if file_response.status_code == 200:
        found.add("file")
    elif file_response.status_code != 404:
        raise AssertionError(file_response.status_code)
    if entry_url(document, "nl"):
        found.add("download link")
    return found


ALL_PLACES = {"library", "entry", "search", "sitemap", "file", "download link"}


def mails_to(smtp_server, email):
    return [m["message"] for m in smtp_server.messages if email in m["to"]]


def test_a_volunteers_upload_waits_until_an_editor_approves_it(
    client, smtp_server, library_nl, local_group, volunteer, editor
):
    document = upload(client, volunteer, local_group.collection)
    assert document.moderation_status == PENDING
    assert document.uploaded_by_user == volunteer
    assert visible_places(client, library_nl, document) == set()

    # The uploader (and their group) may still open the file in the admin; visitors may not.
    client.force_login(volunteer)
    assert client.get(document.url).status_code == 200
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Mijn documenten" in dashboard
    assert TITLE in dashboard and "Wacht op goedkeuring door de redactie." in dashboard

    # A volunteer cannot approve (their own or any) document: Wagtail sends them back to the
    # dashboard with its "no permission" message.
    response = client.post(reverse("library_approve_document", args=[document.pk]), follow=True)
    assert "goedgekeurd en staat nu in de bibliotheek" not in response.content.decode()
    document.refresh_from_db()
    assert document.moderation_status == PENDING

    # The editor sees it in the queue on the dashboard and approves it there.
    client.force_login(editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Documenten die wachten op goedkeuring" in dashboard
    assert TITLE in dashboard
    approve_url = reverse("library_approve_document", args=[document.pk])
    assert approve_url in dashboard
    response = client.post(approve_url, {"next": "/admin/"})
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.moderation_status == APPROVED
    assert document.moderated_by == editor
    assert ModelLogEntry.objects.filter(
        action="library.document_approved", object_id=str(document.pk), user=editor
    ).exists()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "is goedgekeurd en staat nu in de bibliotheek" in dashboard  # the message
    assert approve_url not in dashboard

    assert visible_places(client, library_nl, document) == ALL_PLACES

    [mail] = mails_to(smtp_server, "vrijwilliger@example.org")
    assert TITLE in mail["Subject"] and "staat in de bibliotheek" in mail["Subject"]
    body = mail.get_content()
    assert "goedgekeurd" in body
    assert f"{library_nl.get_full_url()}document/{document.pk}/" in body

    # Nothing waits any more on the volunteer's dashboard.
    client.force_login(volunteer)
    assert "Mijn documenten" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_rejected_document_never_shows(
    client, smtp_server, library_nl, local_group, volunteer, editor
):
    document = upload(client, volunteer, local_group.collection)
    client.force_login(editor)
    response = client.post(
        reverse("library_reject_document", args=[document.pk]),
        {"reason": "Er staan namen van bewoners in."},
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.moderation_status == REJECTED
    assert document.rejection_reason == "Er staan namen van bewoners in."
    assert visible_places(client, library_nl, document) == set()

    [mail] = mails_to(smtp_server, "vrijwilliger@example.org")
    assert "niet geplaatst" in mail["Subject"]
    assert "Er staan namen van bewoners in." in mail.get_content()

    client.force_login(volunteer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Afgewezen door de redactie." in dashboard
    assert "Er staan namen van bewoners in." in dashboard


def test_publishing_a_page_approves_the_documents_it_uses(
    client, smtp_server, library_nl, local_group, volunteer, editor
):
    document = upload(client, volunteer, local_group.collection)
    other = upload(client, volunteer, local_group.collection, title="Ander verslag zonnebloem")
    page = local_group.initiative.specific
    page.body = [("document", {"document": document, "title": "", "description": ""})]
    revision = page.save_revision(user=volunteer)
    # The draft alone publishes nothing.
    document.refresh_from_db()
    assert document.moderation_status == PENDING

    revision.publish(user=editor)
    document.refresh_from_db()
    other.refresh_from_db()
    assert document.moderation_status == APPROVED
    assert other.moderation_status == PENDING
    assert visible_places(client, library_nl, document) == ALL_PLACES
    assert visible_places(client, library_nl, other) == set()

    [mail] = mails_to(smtp_server, "vrijwilliger@example.org")
    assert page.title in mail.get_content()


def test_publishing_leaves_a_rejected_document_rejected(
    client, library_nl, local_group, volunteer, editor
):
    document = upload(client, volunteer, local_group.collection)
    client.force_login(editor)
    client.post(reverse("library_reject_document", args=[document.pk]))
    page = local_group.initiative.specific
    page.body = [("document", {"document": document, "title": "", "description": ""})]
    page.save_revision(user=volunteer).publish(user=editor)
    document.refresh_from_db()
    assert document.moderation_status == REJECTED
    assert visible_places(client, library_nl, document) == set()


def test_an_editors_upload_is_public_at_once(client, library_nl, editor, local_group):
    document = upload(client, editor, local_group.collection)
    assert document.moderation_status == APPROVED
    assert visible_places(client, library_nl, document) == ALL_PLACES


def test_a_volunteers_change_to_an_approved_document_waits_again(
    client, library_nl, local_group, volunteer, editor
):
    document = upload(client, volunteer, local_group.collection)
    client.force_login(editor)
    client.post(reverse("library_approve_document", args=[document.pk]))

    client.force_login(volunteer)
    response = client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": document.title,
            "file": SimpleUploadedFile("ander.pdf", make_pdf("Iets anders", ["Andere tekst."])),
            "collection": local_group.collection.pk,
            "description": document.description,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document.refresh_from_db()
    assert document.moderation_status == PENDING
    assert visible_places(client, library_nl, document) == set()


def test_a_failing_mail_server_does_not_undo_the_approval(
    client, broken_smtp, library_nl, local_group, volunteer, editor
):
    document = upload(client, volunteer, local_group.collection)
    client.force_login(editor)
    response = client.post(reverse("library_approve_document", args=[document.pk]), follow=True)
    document.refresh_from_db()
    assert document.moderation_status == APPROVED
    assert "kon geen e-mail krijgen" in response.content.decode()


@pytest.mark.parametrize("way", ["multiple", "chooser"])
def test_every_upload_route_of_a_volunteer_waits(client, local_group, volunteer, way):
    """Wagtail's 'Document toevoegen' (the multiple uploader) and the chooser's upload tab."""
    client.force_login(volunteer)
    content = make_pdf(TITLE, ["Tekst."])
    if way == "multiple":
        response = client.post(
            reverse("wagtaildocs:add_multiple"),
            {
                "files[]": SimpleUploadedFile("verslag.pdf", content),
                "title": TITLE,
                "collection": local_group.collection.pk,
            },
        )
        assert response.json()["success"] is True
    else:
        prefix = "document-chooser-upload"
        response = client.post(
            reverse("wagtaildocs_chooser:create"),
            {
                f"{prefix}-title": TITLE,
                f"{prefix}-file": SimpleUploadedFile("verslag.pdf", content),
                f"{prefix}-collection": local_group.collection.pk,
            },
        )
        assert response.status_code == 200
        assert response.json()["step"] == "chosen", response.content.decode()[:1000]
    document = get_document_model().objects.get(title=TITLE)
    assert document.moderation_status == PENDING


def test_a_download_block_offers_no_document_that_waits(client, library_nl, volunteer, local_group):
    """A live page that already uses a document sent back for review (or refused) does not
    offer its download to visitors until an editor approves it again."""
    from methods.models import MethodPage

    document = upload(client, volunteer, local_group.collection)
    assert document.moderation_status == PENDING
    method = MethodPage.objects.get(slug="weggeefwinkel", locale=library_nl.locale)
    method.downloads = [("document", {"document": document, "title": "", "description": ""})]
    method.save()  # through the ORM: not an approval of the page (which approves its documents)
    assert TITLE not in client.get(method.url).content.decode()
    document.moderation_status = APPROVED
    document.save()
    assert TITLE in client.get(method.url).content.decode()
