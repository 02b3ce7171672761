"""Page tree rules, and every page type of the library renders, edits and previews."""

from wagtail.documents import get_document_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, Theme
from library.models import LibraryIndexPage, TalkPage


class LibraryTreeTests(WagtailPageTestCase):
    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(LibraryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LibraryIndexPage, {TalkPage})
        self.assertAllowedParentPageTypes(TalkPage, {LibraryIndexPage})
        self.assertAllowedSubpageTypes(TalkPage, set())

    def test_one_library_per_language(self):
        for home in HomePage.objects.all():
            self.assertFalse(LibraryIndexPage.can_create_at(home))


class LibraryRenderEditTests(WagtailPageTestCase):
    def setUp(self):
        self.library = LibraryIndexPage.objects.get(locale__language_code="nl")
        self.talk = TalkPage.objects.get(slug="social-talk-bijzonder-statuut")

    def test_library_index(self):
        document = get_document_model().objects.get(title="Stappenplan Bijzonder Statuut")
        data = nested_form_data(
            {"title": "Bibliotheek", "slug": self.library.slug, "introduction": "Intro"}
        )
        self.assertPageIsRenderable(self.library)
        self.assertPageIsRenderable(self.library, query_data={"soort": "stappenplan"})
        self.assertPageIsRenderable(self.library, route_path=f"/document/{document.pk}/")
        self.assertPageIsEditable(self.library, post_data=data)
        self.assertPageIsPreviewable(self.library, post_data=data)

    def test_talk_page(self):
        theme = Theme.objects.get(locale=self.talk.locale, slug="werk")
        slides = get_document_model().objects.get(title="Slides Social Talk: het Bijzonder Statuut")
        data = nested_form_data(
            {
                "title": self.talk.title,
                "slug": self.talk.slug,
                "summary": "Waar het over ging.",
                "date": "2021-03-11",
                "themes": [theme.pk],
                "speakers": inline_formset([{"name": "Sanne", "role": "lid van een coöperatie"}]),
                "video": streamfield(
                    [
                        (
                            "video",
                            {
                                "url": "https://www.youtube.com/watch?v=socialtalk01",
                                "title": "Social Talk",
                                "poster": "",
                                "caption": "",
                            },
                        )
                    ]
                ),
                "slides": slides.pk,
                "body": rich_text("<p>Verslag.</p>"),
            }
        )
        self.assertPageIsRenderable(self.talk)
        self.assertPageIsEditable(self.talk, post_data=data)
        self.assertPageIsPreviewable(self.talk, post_data=data)
