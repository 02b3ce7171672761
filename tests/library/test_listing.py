"""The library page: filters with counts, privacy, bad input, a fixed number of queries, and
document search."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from home.models import Theme
from library.links import entry_url
from library.models import TalkPage

pytestmark = pytest.mark.django_db


def _options(response, name):
    return {option["slug"]: option for option in response.context[name]}


def _listed_documents(response):
    return [entry["object"] for entry in response.context["entries"] if not entry["is_talk"]]


def test_lists_public_documents_and_talks_newest_first(client, library_nl):
    response = client.get(library_nl.url + "?pagina=1")
    assert response.status_code == 200
    documents = get_document_model().objects.count()
    talks = TalkPage.objects.live().child_of(library_nl).count()
    assert talks == 2
    assert response.context["paginator"].count == documents + talks
    dates = [entry["object"].date for entry in response.context["entries"]]
    assert dates == sorted(dates, reverse=True)


def test_filter_by_kind_and_theme_with_counts(client, library_nl, make_document):
    theme = Theme.objects.get(locale=library_nl.locale, slug="schulden")
    other = Theme.objects.get(locale=library_nl.locale, slug="wonen")
    Document = get_document_model()
    research_before = Document.objects.filter(kind="onderzoek").count()
    research_debts_before = Document.objects.filter(kind="onderzoek", themes=theme).count()
    make_document("Onderzoek naar schulden", kind="onderzoek", themes=[theme])
    make_document("Onderzoek naar wonen", kind="onderzoek", themes=[other])
    make_document("Werkboek schulden", kind="werkboek", themes=[theme])

    response = client.get(library_nl.url, {"soort": "onderzoek"})
    assert response.context["paginator"].count == research_before + 2
    assert {d.kind for d in _listed_documents(response)} == {"onderzoek"}
    # The theme counts are those among the chosen kind.
    assert _options(response, "theme_facets")["schulden"]["count"] == research_debts_before + 1
    assert _options(response, "kind_facets")["onderzoek"]["selected"]

    response = client.get(library_nl.url, {"soort": "onderzoek", "thema": "schulden"})
    titles = {d.title for d in _listed_documents(response)}
    assert "Onderzoek naar schulden" in titles
    assert "Onderzoek naar wonen" not in titles
    assert "Werkboek schulden" not in titles

    # Two kinds: either of them.
    response = client.get(library_nl.url + "?soort=onderzoek&soort=werkboek&thema=schulden")
    titles = {d.title for d in _listed_documents(response)}
    assert {"Onderzoek naar schulden", "Werkboek schulden"} <= titles


def test_talks_are_the_kind_opname(client, library_nl):
    response = client.get(library_nl.url, {"soort": "opname"})
    entries = list(response.context["entries"])
    assert len(entries) == 2
    assert all(entry["is_talk"] for entry in entries)
    assert "Social Talk: het Bijzonder Statuut" in response.content.decode()
    assert _options(response, "kind_facets")["opname"]["count"] == 2


def test_english_library_shows_english_theme_names_and_talks(client, library_en):
    response = client.get(library_en.url, {"thema": "work"})
    assert response.status_code == 200
    talks = [entry["object"].title for entry in response.context["entries"] if entry["is_talk"]]
    assert talks == ["Social Talk: the Special Statute"]
    assert "Work" in response.content.decode()
    assert _options(response, "theme_facets")["work"]["count"] > 0


def test_document_in_a_private_collection_is_not_listed(client, library_nl, make_document):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Alleen voor de redactie")
    inner = private.add_child(name="Concepten")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="geheim"
    )
    hidden = make_document("Geheim concept", collection=inner, description="Niet openbaar.")
    shown = make_document("Openbaar stuk", description="Wel openbaar.")

    response = client.get(library_nl.url, {"pagina": 1})
    keys = {entry["object"].pk for entry in response.context["entries"] if not entry["is_talk"]}
    assert shown.pk in keys  # newest first: both would be on the first page
    assert hidden.pk not in keys
    assert response.context["paginator"].count == get_document_model().objects.count() - 1 + 2
    assert client.get(f"{library_nl.url}document/{hidden.pk}/").status_code == 404
    assert client.get(f"{library_nl.url}document/{shown.pk}/").status_code == 200
    assert entry_url(hidden, "nl") == ""
    assert entry_url(shown, "nl") == f"{library_nl.url}document/{shown.pk}/"


@pytest.mark.parametrize(
    "query",
    [
        "?soort=bestaat-niet",
        "?thema=%3Cscript%3E&soort=",
        "?pagina=abc",
        "?pagina=9999",
        "?pagina=-1&soort=werkboek&soort=werkboek",
        "?thema=%00",
    ],
)
def test_bad_filter_values_give_a_normal_page(client, library_nl, query):
    response = client.get(library_nl.url + query)
    assert response.status_code == 200
    assert response.context["paginator"].count > 0


def test_unknown_document_is_a_normal_404(client, library_nl):
    assert client.get(f"{library_nl.url}document/999999/").status_code == 404
    assert client.get(f"{library_nl.url}document/abc/").status_code == 404


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_documents(
    client, library_nl, make_document, settings
):
    settings.KENNISBANK_PAGE_CACHE = False  # measure the page, not the full-page cache
    themes = list(Theme.objects.filter(locale=library_nl.locale)[:3])
    for n in range(5):
        make_document(f"Document {n}", kind="verslag", themes=themes)
    client.get(library_nl.url)  # warm the navigation cache
    few = _queries(client, library_nl.url + "?soort=verslag")
    detail_few = _queries(
        client, f"{library_nl.url}document/{get_document_model().objects.last().pk}/"
    )
    for n in range(5, 30):
        make_document(f"Document {n}", kind="verslag", themes=themes)
    client.get(library_nl.url)
    many = _queries(client, library_nl.url + "?soort=verslag")
    detail_many = _queries(
        client, f"{library_nl.url}document/{get_document_model().objects.last().pk}/"
    )
    assert many == few, (few, many)
    assert detail_many == detail_few
    assert many <= 20


def test_search_documents_by_description(make_document):
    document = make_document("Testdocument", description="Over de zeepkistenrace in de wijk.")
    Document = get_document_model()
    found = list(Document.objects.search("zeepkistenrace"))
    assert found == [document]
    by_kind = Document.objects.filter(kind="stappenplan").search("Bijzonder Statuut")
    assert [d.title for d in by_kind][:1] == ["Stappenplan Bijzonder Statuut"]


def test_sitemap_lists_public_document_entries(client, library_nl, make_document):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Besloten")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    hidden = make_document("Besloten stuk", collection=private)
    shown = get_document_model().objects.get(title="Zo start je een buurtraad")
    content = client.get("/sitemap.xml").content.decode()
    assert f"{library_nl.url}document/{shown.pk}/</loc>" in content
    assert f"{library_nl.url}document/{hidden.pk}/</loc>" not in content
