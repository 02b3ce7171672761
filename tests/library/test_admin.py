"""Editors and local groups fill in a document's description, kind and themes in Wagtail's
document form."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.demo import make_pdf
from home.models import Theme
from localgroups.models import LocalGroup
from tests.localgroups.conftest import editor, initiative_a, member_a  # noqa: F401

pytestmark = pytest.mark.django_db


def _pdf(name="plan.pdf"):
    return SimpleUploadedFile(name, make_pdf("Plan", ["Tekst."]), "application/pdf")


def test_editor_adds_a_document_with_kind_themes_and_description(client, editor):  # noqa: F811
    themes = list(Theme.objects.filter(locale__language_code="nl", slug__in=["werk", "buurt"]))
    client.force_login(editor)
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Stappenplan buurtkamer",
            "file": _pdf(),
            "collection": Collection.get_first_root_node().pk,
            "description": "Zo open je een buurtkamer.",
            "kind": "stappenplan",
            "themes": [theme.pk for theme in themes],
            "date": "2024-05-01",
            "language": "nl",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    document = get_document_model().objects.get(title="Stappenplan buurtkamer")
    assert document.kind == "stappenplan"
    assert document.description == "Zo open je een buurtkamer."
    assert set(document.themes.all()) == set(themes)
    assert str(document.date) == "2024-05-01"
    assert document.file_size > 0
    # Only the Dutch themes are offered, as tick boxes.
    edit = client.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert 'type="checkbox" name="themes"' in edit
    assert edit.count('name="themes"') == Theme.objects.filter(locale__language_code="nl").count()


def test_volunteer_uploads_with_only_a_title(client, member_a, initiative_a):  # noqa: F811
    collection = LocalGroup.objects.get(initiative=initiative_a).collection
    client.force_login(member_a)
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Verslag buurtavond", "file": _pdf("verslag.pdf"), "collection": collection.pk},
    )
    assert response.status_code == 302, response.context["form"].errors
    document = get_document_model().objects.get(title="Verslag buurtavond")
    assert (document.kind, document.language) == ("overig", "nl")
    assert document.date is not None
