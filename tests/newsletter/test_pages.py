"""Page tree rules, every page type renders, edits and previews, and the public archive."""

import pytest

from django.utils.html import escape

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.models import HomePage
from newsletter.models import Mailing, NewsletterIndexPage, NewsletterPage


class NewsletterTreeTests(WagtailPageTestCase):
    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(NewsletterIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsletterIndexPage, {NewsletterPage})
        self.assertAllowedParentPageTypes(NewsletterPage, {NewsletterIndexPage})
        self.assertAllowedSubpageTypes(NewsletterPage, set())

    def test_one_archive_per_language(self):
        for home in HomePage.objects.all():
            self.assertFalse(NewsletterIndexPage.can_create_at(home))


class NewsletterRenderEditTests(WagtailPageTestCase):
    def setUp(self):
        self.archive = NewsletterIndexPage.objects.get(locale__language_code="nl")
        self.newsletter = NewsletterPage.objects.get(locale__language_code="nl")

    def test_archive(self):
        data = nested_form_data(
            {"title": "Nieuwsbrief", "slug": self.archive.slug, "introduction": "Intro"}
        )
        self.assertPageIsRenderable(self.archive)
        self.assertPageIsEditable(self.archive, post_data=data)
        self.assertPageIsPreviewable(self.archive, post_data=data)

    def test_newsletter(self):
        items = [{"item": i.item_id} for i in self.newsletter.items.all()]
        data = nested_form_data(
            {
                "title": self.newsletter.title,
                "slug": self.newsletter.slug,
                "subject": "Onderwerp",
                "introduction": "Beste lezer",
                "items": inline_formset(items),
            }
        )
        self.assertPageIsRenderable(self.newsletter)
        self.assertPageIsEditable(self.newsletter, post_data=data)
        self.assertPageIsPreviewable(self.newsletter, post_data=data)
        self.assertPageIsPreviewable(self.newsletter, post_data=data, mode="email")


@pytest.mark.django_db
def test_archive_lists_only_sent_newsletters(client, archive, sent_newsletter, new_newsletter):
    response = client.get(archive.url)
    html = response.content.decode()
    assert sent_newsletter.title in html
    assert new_newsletter.title not in html
    assert Mailing.objects.filter(newsletter=sent_newsletter, finished_at__isnull=False).exists()


@pytest.mark.django_db
def test_web_version_lists_items_in_editor_order(client, sent_newsletter):
    html = client.get(sent_newsletter.url).content.decode()
    titles = [escape(i.item.title) for i in sent_newsletter.items.all()]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_english_version_links_english_pages(client, sent_newsletter, locale_en):
    english = sent_newsletter.get_translation(locale_en).specific
    entries = english.entries()
    assert entries
    assert all(page.locale_id == locale_en.pk for page in entries)
    response = client.get(english.url)
    assert response.status_code == 200
    assert "/en/news/" in response.content.decode()
