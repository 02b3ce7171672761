"""The site's search backend: Wagtail's database backend, with Dutch on PostgreSQL.

`WAGTAILSEARCH_BACKENDS` points here. Wagtail's database backend picks its implementation from
the database: PostgreSQL full text search, SQLite FTS5, or plain substring matching. On
PostgreSQL it indexes and searches with `SEARCH_CONFIG` (we use `dutch_unaccent`: Dutch
stemming and stop words, accents removed), but always autocompletes with PostgreSQL's `simple`
configuration. `AUTOCOMPLETE_CONFIG` lets suggestions ignore accents too (`simple_unaccent`),
so that typing "cooperatie" suggests "Coöperatie De Vrije Uitloop". Both configurations are
created by search/migrations/0001_text_search_configurations.py.

On PostgreSQL, searches match with the index table's own GIN indexes (see
`IndexedMatchQueryCompiler`); ranking is Wagtail's.

SQLite ignores these options: its FTS5 tokenizer already removes diacritics, but it does not
stem ("coöperaties" does not find "coöperatie" there).
"""

import re
from functools import reduce
from operator import and_, or_

from django.db import connection
from django.db.models import Q

from wagtail.search.backends import database
from wagtail.search.query import And, Or, PlainText

TERMS = re.compile(r"[\s\-]+")  # how Wagtail splits a PlainText into terms


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    backend = database.SearchBackend(params)
    if connection.vendor == "postgresql":
        if params.get("AUTOCOMPLETE_CONFIG"):
            backend.autocomplete_config = params["AUTOCOMPLETE_CONFIG"]
        backend.query_compiler_class = indexed_match_compiler()
    return backend


def indexed_match_compiler():
    """Wagtail's PostgreSQL query compiler, matching in a way PostgreSQL can use indexes for.

    Wagtail matches `(title || body) @@ query`: the two tsvectors of every index entry are
    joined before matching, which no index covers, so every search reads and joins the
    vectors of the whole index table (about 50 ms with 10,000 pages, whatever the words).
    A word is in the joined vector when it is in the title or in the body, so for queries made
    of words with AND and OR (all our searches: `search.text.search_query`) the same match is
    `title @@ word OR body @@ word` per word, which the GIN indexes Wagtail keeps on both
    columns answer. Other queries (phrases, NOT, searches limited to fields) go to Wagtail.
    Ranking and ordering are Wagtail's own.
    """
    from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler
    from modelsearch.backends.database.postgres.query import Lexeme

    from django.contrib.postgres.search import SearchQuery

    class IndexedMatchQueryCompiler(PostgresSearchQueryCompiler):
        def _match(self, query, config):
            """A Q matching `query` in the title or body vector, or None when `query` is not
            made of words with AND and OR."""
            if isinstance(query, PlainText):
                terms = [term for term in TERMS.split(query.query_string) if term]
                if not terms:
                    return None
                matches = [
                    Q(index_entries__title=vector) | Q(index_entries__body=vector)
                    for vector in (
                        SearchQuery(Lexeme(term), search_type="raw", config=config)
                        for term in terms
                    )
                ]
                return reduce(and_ if query.operator == "and" else or_, matches)
            if isinstance(query, (And, Or)):
                parts = [self._match(subquery, config) for subquery in query.subqueries]
                if not parts or any(part is None for part in parts):
                    return None
                return reduce(and_ if isinstance(query, And) else or_, parts)
            return None

        def search(self, config, start, stop, score_field=None, backend=None):
            match = self._match(self.query, config) if self.fields is None else None
            if match is None:
                return super().search(config, start, stop, score_field, backend)
            search_query = self.build_tsquery(self.query, config=config)
            vectors = self.get_search_vectors(search_query)
            rank_expression = self._build_rank_expression(vectors, config)
            return self._apply_ordering_and_scoring(
                self.queryset.filter(match), rank_expression, start, stop, score_field
            )

    return IndexedMatchQueryCompiler
