"""PostgreSQL text search configurations for Dutch search that ignores accents.

`dutch_unaccent` is PostgreSQL's `dutch` (stemming, stop words) with the `unaccent` dictionary
in front for words with non-ASCII letters, so "coöperatie" is indexed as "cooperatie" and a
visitor who types "cooperatie" or "cooperaties" finds it. `simple_unaccent` does the same
without stemming, for suggestions while typing. Both are used through WAGTAILSEARCH_BACKENDS.

Why in the database and not in Python: the index and the query both pass through the same
configuration inside PostgreSQL, so stemming and accent folding can never disagree, and
Wagtail's ranking and its index table stay untouched.

`CREATE EXTENSION` needs a database role that may create extensions (the owner of the database
on PostgreSQL 13+ for trusted extensions such as unaccent, or a superuser). Where that is not
allowed, the configurations are still created, without accent folding, so search keeps working
("coöperatie" then only finds "coöperatie"); ask the database administrator to run
`CREATE EXTENSION unaccent;` and run this migration's SQL again (see docs/search.md).

On SQLite (and other databases) this migration does nothing: SQLite's FTS5 tokenizer already
ignores diacritics.
"""

import warnings

from django.db import DatabaseError, migrations, transaction

CONFIGURATIONS = [
    # (name, copied from, dictionary after unaccent)
    ("dutch_unaccent", "dutch", "dutch_stem"),
    ("simple_unaccent", "simple", "simple"),
]


def create_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        try:
            with transaction.atomic(using=connection.alias):  # a savepoint: failure is allowed
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            has_unaccent = True
        except DatabaseError as error:
            has_unaccent = False
            warnings.warn(
                f"The PostgreSQL extension unaccent could not be enabled ({error}); search "
                "will not ignore accents until it is (see docs/search.md).",
                stacklevel=1,
            )
        for name, source, dictionary in CONFIGURATIONS:
            cursor.execute(
                "SELECT 1 FROM pg_ts_config WHERE cfgname = %s "
                "AND cfgnamespace = current_schema()::regnamespace",
                [name],
            )
            if cursor.fetchone():
                continue
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{source})")
            if has_unaccent:
                # asciiword tokens have no accents; word and the hyphenated parts may.
                cursor.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION {name} "
                    f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
                )


def drop_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for name, _source, _dictionary in CONFIGURATIONS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
