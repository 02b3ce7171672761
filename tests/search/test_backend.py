"""The PostgreSQL matching in search/backend.py finds exactly what Wagtail's own does."""

import pytest

from django.db import connection

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.text import search_query

QUERIES = [
    ("buurt", "and"),
    ("coöperaties", "and"),
    ("schulden armoede", "and"),
    ("weggeefwinkel utrecht", "and"),
    ("weggeefwinkel xyzzyonbekend", "or"),
    ("Heechterp-Schieringen", "and"),
]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
@pytest.mark.django_db
@pytest.mark.parametrize(("words", "operator"), QUERIES)
def test_indexed_match_finds_what_wagtail_finds(words, operator):
    from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler

    from search.backend import indexed_match_compiler

    query = search_query(words, operator)
    pages = Page.objects.live()
    ours = get_search_backend()
    assert ours.query_compiler_class.__name__ == indexed_match_compiler().__name__
    wagtails = get_search_backend()
    wagtails.query_compiler_class = PostgresSearchQueryCompiler

    def ranked(backend):
        results = backend.search(query, pages).annotate_score("_score")
        return [(page.pk, round(page._score, 6)) for page in results]

    expected = ranked(wagtails)
    assert expected, words
    assert ranked(ours) == expected
