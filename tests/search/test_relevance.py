"""Relevance on the demo content: for each query, the result that must come first.

Runs on PostgreSQL (CI) and SQLite. PostgreSQL ranks with Wagtail's field weights and the
`dutch_unaccent` configuration; SQLite ranks by how much of a title the words cover, then by
bm25 (see search/results.py). Tuning: the boosts in the page types' `search_fields` and
`DOCUMENT_SCORE_FACTOR` (docs/search.md).
"""

import pytest

RELEVANCE = [
    # (query, first result's title, why)
    ("weggeefwinkel", "Weggeefwinkel", "the method before the initiatives and its workbook"),
    ("geldzorgen", "Amargi", "in Amargi's summary; only in the body of Noodfonds"),
    ("cooperatie", "Sociale coöperatie", "accents optional"),
    ("coöperaties", "Sociale coöperatie", "plural finds the singular"),
    ("COOPERATIES", "Sociale coöperatie", "neither accents nor case matter"),
    ("noodfonds", "Noodfonds", "method before the initiative named after it"),
    ("buurtmoeders", "Buurtmoeders", "method before the initiatives"),
    ("kinderwijkraad", "Kinderwijkraad", "method before its workbook"),
    ("bewonersbedrijf", "Bewonersbedrijf", "method before the initiatives"),
    ("maatjes naar werk", "Maatjes naar werk", "stop words do not count"),
    ("Amargi", "Amargi", "a name"),
    ("Heechterp", "Bewonersbedrijf Heechterp-Schieringen", "part of a hyphenated name"),
    ("weggeefwinkel in Utrecht", "Weggeefwinkel Amersfoort", "province of an initiative"),
    ("Breda", "Coöperatie De Vrije Uitloop", "place of an initiative"),
    ("stappenplan weggeefwinkel", "Stappenplan weggeefwinkel", "a document's title"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "expected", "why"), RELEVANCE, ids=[r[0] for r in RELEVANCE])
def test_first_result(client, query, expected, why):
    response = client.get("/nl/zoeken/", {"q": query})
    results = response.context["search_results"]
    assert results, f"nothing found for {query!r}"
    first = str(results[0].title).replace("<mark>", "").replace("</mark>", "")
    assert first == expected, f"{query!r}: {why}"


@pytest.mark.django_db
def test_english_search_finds_english_pages(client):
    response = client.get("/en/search/", {"q": "give-away shop"})
    first = str(response.context["search_results"][0].title)
    assert first.replace("<mark>", "").replace("</mark>", "") == "Give-away shop"
