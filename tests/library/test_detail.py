"""A document's entry: its facts, the pages that use it (live, public, in the visitor's
language only), and the link back from pages that offer it as a download."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from methods.models import MethodPage

pytestmark = pytest.mark.django_db


def _download(document):
    return ("document", {"document": document, "title": "", "description": ""})


def _entry(client, library, document, **kwargs):
    response = client.get(f"{library.url}document/{document.pk}/", **kwargs)
    assert response.status_code == 200
    return response


def test_entry_shows_the_facts_and_a_download_link(client, library_nl):
    document = get_document_model().objects.get(title="Stappenplan Bijzonder Statuut")
    content = _entry(client, library_nl, document).content.decode()
    assert "Stappenplan Bijzonder Statuut" in content
    assert document.description in content
    assert "Stappenplan" in content  # the kind
    assert "Werk" in content and "Inkomen" in content  # themes
    assert "Nederlands" in content
    assert "PDF" in content
    assert f'href="{document.url}"' in content


def test_entry_lists_the_method_in_the_visitors_language_only(client, library_nl, library_en):
    document = get_document_model().objects.get(title="Stappenplan weggeefwinkel")
    dutch = MethodPage.objects.get(slug="weggeefwinkel", locale=library_nl.locale)
    english = dutch.get_translation(library_en.locale)
    response = _entry(client, library_nl, document)
    assert [page.pk for page in response.context["used_by"]] == [dutch.pk]
    assert f'href="{dutch.url}"' in response.content.decode()

    response = _entry(client, library_en, document)
    assert [page.pk for page in response.context["used_by"]] == [english.pk]


def test_drafts_and_private_pages_are_not_listed(client, home_nl, library_nl, make_document):
    document = make_document("Gedeeld verslag")
    live = StandardPage(title="Pagina met verslag", slug="met-verslag", body=[_download(document)])
    home_nl.add_child(instance=live)
    live.save_revision().publish()
    draft = StandardPage(
        title="Concept met verslag", slug="concept", live=False, body=[_download(document)]
    )
    home_nl.add_child(instance=draft)
    draft.save_revision()
    private = StandardPage(title="Besloten pagina", slug="besloten", body=[_download(document)])
    home_nl.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    # A live page whose unpublished draft adds the document.
    later = StandardPage(title="Later aangevuld", slug="later")
    home_nl.add_child(instance=later)
    later.save_revision().publish()
    later.body = [_download(document)]
    later.save_revision()

    titles = [page.title for page in _entry(client, library_nl, document).context["used_by"]]
    assert titles == ["Pagina met verslag"]


def test_talk_lists_its_slides_and_the_slides_link_to_the_talk(client, library_nl):
    document = get_document_model().objects.get(title="Slides Social Talk: het Bijzonder Statuut")
    response = _entry(client, library_nl, document)
    assert [page.title for page in response.context["used_by"]] == [
        "Social Talk: het Bijzonder Statuut"
    ]


def test_method_page_links_its_downloads_to_the_library(client, library_nl):
    method = MethodPage.objects.get(slug="weggeefwinkel", locale=library_nl.locale)
    document = get_document_model().objects.get(title="Stappenplan weggeefwinkel")
    content = client.get(method.url).content.decode()
    assert f'href="{library_nl.url}document/{document.pk}/"' in content
    assert "In de bibliotheek" in content


def test_english_method_page_links_to_the_english_library(client, library_en):
    method = MethodPage.objects.get(slug="give-away-shop")
    document = get_document_model().objects.get(title="Stappenplan weggeefwinkel")
    content = client.get(method.url).content.decode()
    assert f'href="{library_en.url}document/{document.pk}/"' in content


def test_back_links_cost_no_query_per_document(client, library_nl, make_document, settings):
    settings.KENNISBANK_PAGE_CACHE = False  # measure the page, not the full-page cache
    method = MethodPage.objects.get(slug="weggeefwinkel", locale=library_nl.locale)
    documents = [make_document(f"Bijlage {n}") for n in range(8)]

    def queries_with(downloads):
        method.downloads = [_download(d) for d in downloads]
        method.save_revision().publish()
        client.get(method.url)  # warm the caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(method.url)
        assert response.content.decode().count("In de bibliotheek") == len(downloads)
        return len(queries)

    assert queries_with(documents[:1]) == queries_with(documents)
