"""A benchmark of the search page with many pages: `make bench-search`.

Fills the current database (the name must contain 'bench') with the demo content plus generated
initiative pages (10,000 by default; the same ones on every run, from a fixed seed; pages that
already exist are kept, so a second run on the same database starts measuring at once), then
requests the search page for a fixed set of queries (and the suggestions for two) through
Django's test client and prints
p50 and p95 time per request and the SQL queries per results page. In process: templates and
database work, no server or network.
"""

import random
import statistics
import time
from collections import Counter
from contextlib import contextmanager
from io import StringIO
from itertools import accumulate

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models.signals import m2m_changed, post_save
from django.test import Client
from django.test.utils import (
    CaptureQueriesContext,
    override_settings,
    setup_test_environment,
    teardown_test_environment,
)

from wagtail.models import Locale

from home.models import Theme
from initiatives.models import PROVINCES, InitiativeIndexPage, InitiativePage
from search.text import WORD, plain

SEED = 20261122
SLUG_PREFIX = "bench-search-"
QUERIES = [
    ("one word, few hits", "q=weggeefwinkel"),
    ("one word, many hits", "q=buurt"),
    ("accent-free", "q=cooperatie"),
    ("plural", "q=co%C3%B6peraties"),
    ("two words", "q=schulden+armoede"),
    ("words with a place", "q=weggeefwinkel+in+utrecht"),
    ("many hits, page 5", "q=buurt&pagina=5"),
    ("many hits, two facets", "q=buurt&soort=initiatief&provincie=utrecht"),
    ("operators and quotes", "q=%22buurt%22+%26+%21armoede+%7C+%28x%29"),
    ("nothing found", "q=xyzzyonbekend"),
]
SUGGESTIONS = [  # what the header's search box asks while the visitor types
    ("suggestions, two letters", "q=bu"),
    ("suggestions, a word", "q=cooperatie"),
]
# Words are drawn from the demo content's own texts with Zipf-like weights (a few words often,
# most words rarely), so that a query matches a realistic share of the generated pages.
ZIPF = 1.1
PLACES = (
    "Amersfoort Utrecht Zwolle Deventer Groningen Leeuwarden Assen Emmen Almere Lelystad "
    "Arnhem Nijmegen Haarlem Amsterdam Leiden Rotterdam Middelburg Breda Tilburg Maastricht"
).split()


@contextmanager
def without_save_signals():
    """Create the generated pages without the work other apps do on every save (reference
    index, a local group per initiative, cache invalidation, search index): that is what
    makes creating 10,000 pages take an hour instead of minutes. The search index is built in
    one go afterwards; the rest is not needed to measure search."""
    saved = {signal: signal.receivers[:] for signal in (post_save, m2m_changed)}
    try:
        for signal in saved:
            signal.receivers = []
            signal.sender_receivers_cache.clear()
        yield
    finally:
        for signal, receivers in saved.items():
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


class Command(BaseCommand):
    help = "Benchmark the search page with many pages (run through `make bench-search`)."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10_000)
        parser.add_argument("--requests", type=int, default=30)

    def handle(self, *args, **options):
        if "bench" not in str(settings.DATABASES["default"]["NAME"]):
            raise CommandError("Run through `make bench-search`: it uses a benchmark database.")
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            # Only when needed: other apps' post_migrate work (a local group for every
            # initiative) takes minutes with 10,000 pages.
            call_command("migrate", verbosity=0)
        if not InitiativeIndexPage.objects.exists():
            call_command("load_demo_content", force=True, stdout=StringIO())
        created = self._fill(options["pages"])
        if created:
            self.stdout.write(f"Created {created} pages; indexing…")
            call_command("update_index", stdout=StringIO())
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")  # as autovacuum would after a bulk load

        # One connection for the whole run (as the test runner does): queries are counted and
        # connecting is not measured.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        client = Client()
        urls = [(name, f"/nl/zoeken/?{query}") for name, query in QUERIES]
        urls += [(name, f"/nl/zoeken/suggesties/?{query}") for name, query in SUGGESTIONS]
        # First the number of hits and of queries of each page, from the responses' context
        # (Django's test instrumentation); then the timings without that instrumentation, which
        # a real server does not have and which made template rendering several times slower.
        counts = {}
        setup_test_environment()
        for name, url in urls:
            cache.clear()
            client.get(url)  # warm: navigation cache, the search term's log entry
            connection.queries_log.clear()  # a full log (9,000 entries) would count nothing
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            query_count = len(queries)  # now: the next request clears Django's query log
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}")
            if "suggesties" in url:
                hits = len(response.json()["results"])
            else:
                hits = response.context["paginator"].count if response.context else 0
            counts[name] = (hits, query_count)
        teardown_test_environment()
        rows = []
        for name, url in urls:
            figures = []
            # "uncached": every request matches, counts and ranks in the database; "cached":
            # the query's counted and ranked hits come from the cache, as for the second
            # visitor who asks the same until a page changes (search/results.py).
            for search_cache in (False, True):
                with override_settings(KENNISBANK_SEARCH_CACHE=search_cache):
                    cache.clear()
                    client.get(url)
                    timings = []
                    for _ in range(options["requests"]):
                        start = time.perf_counter()
                        client.get(url)
                        timings.append((time.perf_counter() - start) * 1000)
                timings.sort()
                p95 = timings[min(len(timings) - 1, round(len(timings) * 0.95) - 1)]
                figures += [statistics.median(timings), p95]
            rows.append((name, counts[name][0], *figures, counts[name][1]))

        pages = InitiativePage.objects.filter(locale__language_code="nl").count()
        self.stdout.write(
            f"\n{pages} initiative pages (Dutch), {options['requests']} requests per query, "
            f"database: {connection.vendor}\n"
        )
        self.stdout.write(
            f"{'':<33}{'uncached':>18}{'cached':>18}\n"
            f"{'query':<26}{'hits':>7}{'p50 ms':>9}{'p95 ms':>9}{'p50 ms':>9}{'p95 ms':>9}"
            f"{'queries':>9}"
        )
        for name, hits, p50, p95, cached_p50, cached_p95, query_count in rows:
            self.stdout.write(
                f"{name:<26}{hits:>7}{p50:>9.1f}{p95:>9.1f}{cached_p50:>9.1f}{cached_p95:>9.1f}"
                f"{query_count:>9}"
            )

    def _vocabulary(self):
        """The words of the demo content's Dutch pages, most frequent first (ties in
        alphabetical order: the same list on every run)."""
        counts = Counter()
        pages = InitiativePage.objects.filter(locale__language_code="nl").exclude(
            slug__startswith=SLUG_PREFIX
        )
        for page in pages.order_by("pk"):
            paragraphs = [b["value"] for b in page.body.raw_data if b["type"] == "paragraph"]
            text = " ".join([page.title, page.summary, *map(plain, paragraphs)])
            counts.update(word.lower() for word in WORD.findall(text) if not word.isdigit())
        return [word for word, _count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]

    def _fill(self, target):
        """Create the generated pages that are missing; the same ones on every run."""
        locale = Locale.objects.get(language_code="nl")
        index = InitiativeIndexPage.objects.get(locale=locale)
        existing = set(
            InitiativePage.objects.filter(slug__startswith=SLUG_PREFIX).values_list(
                "slug", flat=True
            )
        )
        themes = list(Theme.objects.filter(locale=locale).order_by("slug"))
        provinces = [key for key, _label in PROVINCES]
        vocabulary = self._vocabulary()
        weights = list(accumulate(1 / (rank + 1) ** ZIPF for rank in range(len(vocabulary))))
        rng = random.Random(SEED)  # noqa: S311 - test data, not secrets
        created = 0
        with without_save_signals():
            for n in range(target):
                # Draw every page's words, created or not, so that page n is always the same.
                words = rng.choices(vocabulary, cum_weights=weights, k=3)
                place = rng.choice(PLACES)
                province = rng.choice(provinces)
                summary = (
                    " ".join(rng.choices(vocabulary, cum_weights=weights, k=14)).capitalize() + "."
                )
                paragraphs = [
                    " ".join(rng.choices(vocabulary, cum_weights=weights, k=40)) for _ in range(3)
                ]
                page_themes = rng.sample(themes, min(len(themes), rng.randint(1, 3)))
                slug = f"{SLUG_PREFIX}{n}"
                if slug in existing:
                    continue
                page = InitiativePage(
                    title=f"{words[0].capitalize()} {words[1]} {place} {n}",
                    slug=slug,
                    summary=summary,
                    place=place,
                    province=province,
                    body=[("paragraph", "".join(f"<p>{p}.</p>" for p in paragraphs))],
                    themes=page_themes,
                )
                index.add_child(instance=page)
                created += 1
                if created % 1000 == 0:
                    self.stdout.write(f"  {created} pages…")
        return created
