"""Page tree rules, and both landing page types render, edit and preview."""

import pytest

from django.core.exceptions import ValidationError

from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from landing.blocks import CampaignStreamBlock, HeroBlock
from landing.models import CampaignPage, MunicipalitiesPage
from tests.factories import ImageFactory


class LandingTreeTests(WagtailPageTestCase):
    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(MunicipalitiesPage, {HomePage})
        self.assertAllowedSubpageTypes(MunicipalitiesPage, set())
        self.assertAllowedParentPageTypes(CampaignPage, {HomePage})
        self.assertAllowedSubpageTypes(CampaignPage, set())

    def test_one_municipalities_page_per_language_several_campaigns(self):
        for home in HomePage.objects.all():
            self.assertFalse(MunicipalitiesPage.can_create_at(home))
            self.assertTrue(CampaignPage.can_create_at(home))


class LandingRenderEditTests(WagtailPageTestCase):
    def setUp(self):
        self.municipalities = MunicipalitiesPage.objects.get(locale__language_code="nl")
        self.campaign = CampaignPage.objects.get(locale__language_code="nl")

    def test_municipalities_page(self):
        data = nested_form_data(
            {
                "title": self.municipalities.title,
                "slug": self.municipalities.slug,
                "introduction": "Voor ambtenaren.",
                "body": streamfield(
                    [
                        ("heading", {"text": "Wat zijn initiatieven?", "level": "h2"}),
                        ("paragraph", rich_text("<p>Tekst.</p>")),
                    ]
                ),
            }
        )
        self.assertPageIsRenderable(self.municipalities)
        self.assertPageIsEditable(self.municipalities, post_data=data)
        self.assertPageIsPreviewable(self.municipalities, post_data=data)

    def test_campaign_page(self):
        data = nested_form_data(
            {
                "title": self.campaign.title,
                "slug": self.campaign.slug,
                "body": streamfield(
                    [
                        ("hero", {"title": "Peer'M!", "subtitle": "Samen.", "alt_text": ""}),
                        ("message", {"heading": "Waarom", "text": rich_text("<p>Tekst.</p>")}),
                    ]
                ),
            }
        )
        self.assertPageIsRenderable(self.campaign)
        self.assertPageIsEditable(self.campaign, post_data=data)
        self.assertPageIsPreviewable(self.campaign, post_data=data)


@pytest.mark.django_db
def test_campaign_opening_must_come_first():
    block = CampaignStreamBlock()
    value = block.to_python(
        [
            {"type": "heading", "value": {"text": "Eerst", "level": "h2"}},
            {"type": "hero", "value": {"title": "Later", "subtitle": "", "alt_text": ""}},
        ]
    )
    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)
    assert "Opening" in str(error.value.non_block_errors)
    block.clean(block.to_python([{"type": "hero", "value": {"title": "Eerst", "alt_text": ""}}]))


@pytest.mark.django_db
def test_campaign_opening_photo_needs_a_description():
    block = HeroBlock()
    image = ImageFactory()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"title": "Peer'M!", "image": image.pk, "alt_text": " "}))
    assert isinstance(error.value.block_errors["alt_text"], ValidationError)
    block.clean(block.to_python({"title": "Peer'M!", "image": image.pk, "alt_text": "Mensen"}))


@pytest.mark.django_db
def test_the_saved_page_keeps_the_editors_blocks(admin_client):
    """Posting the edit form stores the blocks the page type really has."""
    page = CampaignPage.objects.get(locale__language_code="nl")
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "body": streamfield(
                [
                    ("hero", {"title": "Nieuwe titel", "subtitle": "", "alt_text": ""}),
                    ("message", {"heading": "", "text": rich_text("<p>De kern.</p>")}),
                ]
            ),
        }
    )
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    saved = CampaignPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [block.block_type for block in saved.body] == ["hero", "message"]
    assert saved.body[0].value["title"] == "Nieuwe titel"
