"""Experiences as a page type, on the public pages, and the volunteers' admin."""

import io

import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.test.utils import WagtailPageTestCase

from initiatives.models import InitiativePage
from localgroups.models import ExperiencePage, LocalGroup
from methods.models import MethodPage

from .conftest import experience_form_data


class ExperiencePageTests(WagtailPageTestCase):
    def test_tree_rules_and_editing(self):
        self.assertAllowedParentPageTypes(ExperiencePage, {MethodPage, InitiativePage})
        self.assertAllowedSubpageTypes(ExperiencePage, set())
        page = ExperiencePage.objects.live().get(
            slug="stagiairs-draaien-mee-in-de-weggeefwinkel", locale__language_code="nl"
        )
        self.assertPageIsRenderable(page)
        data = experience_form_data(
            title=page.title, slug=page.slug, initiative=str(page.initiative_id)
        )
        self.assertPageIsEditable(page, post_data=data)
        self.assertPageIsPreviewable(page, post_data=data)


def test_live_experiences_show_on_method_and_initiative_pages(db, client):
    experience = ExperiencePage.objects.live().get(
        slug="stagiairs-draaien-mee-in-de-weggeefwinkel", locale__language_code="nl"
    )
    page = client.get(experience.url).content.decode()
    assert "Wat we deden" in page and "Wat niet werkte: aandachtspunten" in page
    assert experience.initiative.title in page
    method_page = client.get(experience.get_parent().url).content.decode()
    assert "Ervaringen uit de praktijk" in method_page and experience.title in method_page
    assert experience.title in client.get(experience.initiative.url).content.decode()
    english = experience.get_translation_or_none(
        experience.get_parent().get_translations().first().locale
    )
    assert english is not None and client.get(english.url).status_code == 200


def test_drafts_are_not_public(db, client):
    draft = ExperiencePage.objects.get(slug="iedereen-een-stem-in-de-ledenvergadering")
    assert not draft.live
    assert draft.title not in client.get(draft.get_parent().url).content.decode()
    assert client.get(draft.get_parent().url + draft.slug + "/").status_code == 404


def test_volunteer_sees_a_short_dashboard_and_menu(client, member_a):
    client.force_login(member_a)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    for heading in ("Mijn initiatief", "Ervaring toevoegen", "Wat wacht op goedkeuring"):
        assert heading in html
    assert "Weggeefwinkel Amersfoort" in html
    for hidden in ("Rapporten", "Instellingen", "Fragmenten", "Gebruikers"):
        assert hidden not in html
    method = MethodPage.objects.get(slug="buurtmoeders")
    response = client.get(reverse("localgroups_add_experience"), {"methode": method.pk})
    assert response["Location"] == reverse(
        "wagtailadmin_pages:add", args=["localgroups", "experiencepage", method.pk]
    )
    response = client.get(reverse("localgroups_add_experience"), {"methode": "x"}, follow=True)
    assert "Kies een methodiek" in response.content.decode()


def test_other_groups_drafts_are_hidden_in_the_explorer(client, member_a):
    draft = ExperiencePage.objects.get(slug="iedereen-een-stem-in-de-ledenvergadering")
    method = draft.get_parent()
    client.force_login(member_a)
    listing = client.get(reverse("wagtailadmin_explore", args=[method.pk])).content.decode()
    assert draft.title not in listing
    assert client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).status_code == 302

    # A member of the initiative that wrote it sees it and may edit it.
    from .conftest import make_user

    colleague = make_user("collega", LocalGroup.objects.get(initiative=draft.initiative).group)
    client.force_login(colleague)
    listing = client.get(reverse("wagtailadmin_explore", args=[method.pk])).content.decode()
    assert draft.title in listing
    assert client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).status_code == 200


def png_bytes(size=(20, 20)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "orange").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("foto.jpg", b"dit is geen afbeelding", "Upload een geldige afbeelding"),
        ("groot.png", png_bytes((400, 400)), "te groot"),
    ],
)
def test_bad_uploads_are_refused(client, settings, member_a, initiative_a, name, content, message):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    client.force_login(member_a)
    group = LocalGroup.objects.get(initiative=initiative_a)
    count = get_image_model().objects.count()
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Foto",
            "collection": group.collection_id,
            "file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 200
    assert message.lower() in response.content.decode().lower()
    assert get_image_model().objects.count() == count


def test_uploads_go_to_the_own_collection_only(client, member_a, initiative_a, initiative_b):
    client.force_login(member_a)
    own = LocalGroup.objects.get(initiative=initiative_a).collection
    other = LocalGroup.objects.get(initiative=initiative_b).collection
    form = client.get(reverse("wagtailimages:add")).content.decode()
    assert f'value="{other.pk}"' not in form
    in_other = get_image_model().objects.filter(collection=other).count()
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Foto", "collection": other.pk, "file": SimpleUploadedFile("a.png", png_bytes())},
    )
    assert get_image_model().objects.filter(collection=other).count() == in_other
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Foto", "collection": own.pk, "file": SimpleUploadedFile("a.png", png_bytes())},
    )
    assert response.status_code == 302
    assert get_image_model().objects.filter(collection=own, uploaded_by_user=member_a).exists()


def test_group_checks_cost_the_same_queries_for_more_experiences(client, member_a, initiative_a):
    """The per-experience permission check reads the member's groups once per request, not
    once per listed page (Wagtail's own per-row queries are not ours to count)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    method = MethodPage.objects.get(slug="buurtmoeders", locale__language_code="nl")
    client.force_login(member_a)
    url = reverse("wagtailadmin_explore", args=[method.pk])

    def add(n):
        for i in range(n):
            page = ExperiencePage(
                title=f"Ervaring {i}",
                slug=f"ervaring-{i}-{ExperiencePage.objects.count()}",
                initiative=initiative_a,
                what_we_did="<p>x</p>",
            )
            method.add_child(instance=page)
            page.save_revision().publish()

    def group_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return sum("localgroups_localgroup" in q["sql"] for q in queries.captured_queries)

    add(1)
    before = group_queries()
    add(5)
    assert group_queries() == before <= 3
