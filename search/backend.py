"""The site's search backend: Wagtail's database backend, with Dutch on PostgreSQL.

`WAGTAILSEARCH_BACKENDS` points here. Wagtail's database backend picks its implementation from
the database: PostgreSQL full text search, SQLite FTS5, or plain substring matching. On
PostgreSQL it indexes and searches with `SEARCH_CONFIG` (we use `dutch_unaccent`: Dutch
stemming and stop words, accents removed), but always autocompletes with PostgreSQL's `simple`
configuration. `AUTOCOMPLETE_CONFIG` lets suggestions ignore accents too (`simple_unaccent`),
so that typing "cooperatie" suggests "Coöperatie De Vrije Uitloop". Both configurations are
created by search/migrations/0001_text_search_configurations.py.

SQLite ignores both options: its FTS5 tokenizer already removes diacritics, but it does not
stem ("coöperaties" does not find "coöperatie" there).
"""

from django.db import connection

from wagtail.search.backends import database


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    backend = database.SearchBackend(params)
    if connection.vendor == "postgresql" and params.get("AUTOCOMPLETE_CONFIG"):
        backend.autocomplete_config = params["AUTOCOMPLETE_CONFIG"]
    return backend
