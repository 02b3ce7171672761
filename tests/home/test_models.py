from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from tests.factories import StandardPageFactory


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_general_pages(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(HomePage, StandardPage)

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_no_second_home_page_can_be_added_by_hand(self):
        root = Page.get_first_root_node()
        self.assertFalse(HomePage.can_create_at(root))


class PageTypesRenderAndEditTests(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(locale__language_code="nl")
        self.standard = StandardPage.objects.get(slug="over-de-kennisbank", locale=self.home.locale)

    # StreamField data is rendered by the admin's JavaScript, so the edit form's HTML does not
    # hold it; the edit assertions get explicit form data instead.

    def test_home_page(self):
        data = nested_form_data(
            {
                "title": self.home.title,
                "slug": self.home.slug,
                "hero_heading": "Samen sterker",
                "introduction": "Nieuwe introductie.",
                "highlights_heading": "Uitgelicht",
                "highlights": inline_formset([{"page": self.standard.pk}]),
                "body": streamfield([("heading", {"text": "Meer", "level": "h2"})]),
            }
        )
        self.assertPageIsRenderable(self.home)
        self.assertPageIsEditable(self.home, post_data=data)
        self.assertPageIsPreviewable(self.home, post_data=data)

    def test_standard_page(self):
        data = nested_form_data(
            {
                "title": self.standard.title,
                "slug": self.standard.slug,
                "introduction": "Nieuwe inleiding.",
                "body": streamfield([("paragraph", rich_text("<p>Tekst</p>"))]),
            }
        )
        self.assertPageIsRenderable(self.standard)
        self.assertPageIsEditable(self.standard, post_data=data)
        self.assertPageIsPreviewable(self.standard, post_data=data)

    def test_editor_can_create_a_standard_page_from_blocks(self):
        self.login()
        data = nested_form_data(
            {
                "title": "Werkgroep armoede",
                "slug": "werkgroep-armoede",
                "introduction": "Wie we zijn.",
                "body": streamfield(
                    [
                        ("heading", {"text": "Onze aanpak", "level": "h2"}),
                        ("paragraph", rich_text("<p>Samen met bewoners.</p>")),
                        ("quote", {"text": "Het werkt.", "attribution": "Sanne", "role": ""}),
                    ]
                ),
            }
        )
        self.assertCanCreate(self.home, StandardPage, data)
        page = StandardPage.objects.get(slug="werkgroep-armoede")
        self.assertEqual(
            [block.block_type for block in page.body], ["heading", "paragraph", "quote"]
        )
        self.assertEqual(page.body[0].value["text"], "Onze aanpak")
        self.assertIn("Samen met bewoners.", page.body[1].value.source)


class StandardPageTests(WagtailPageTestCase):
    def test_child_pages_are_listed_as_cards(self):
        parent = StandardPage.objects.get(slug="over-de-kennisbank")
        child = StandardPageFactory(parent=parent, title="Ons bestuur", summary="Wie er beslist.")
        response = self.client.get(parent.url)
        self.assertContains(response, child.url)
        self.assertContains(response, "Wie er beslist.")

    def test_card_title_prefers_the_teaser_title(self):
        page = StandardPageFactory(parent=HomePage.objects.first(), title="Lange titel")
        self.assertEqual(page.card_title, "Lange titel")
        page.teaser_title = "Kort"
        self.assertEqual(page.card_title, "Kort")
