"""A small, in-process benchmark of the public pages: `make bench`.

Fills the current database (make bench points DATABASE_URL at a throwaway file) with the demo
content plus extra methods, then requests each page repeatedly through Django's test client
and prints the time per request (p50, p99), requests per second and SQL queries per request.
The numbers include template rendering and database work but no network or server process;
the full server benchmark harness is separate.
"""

import statistics
import time
from io import StringIO

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

from home.models import Theme
from methods.models import MethodIndexPage, MethodPage


class Command(BaseCommand):
    help = "Benchmark page rendering with a larger dataset (run through `make bench`)."

    def add_arguments(self, parser):
        parser.add_argument("--methods", type=int, default=200)
        parser.add_argument("--requests", type=int, default=50)

    def handle(self, *args, **options):
        if "bench" not in str(settings.DATABASES["default"]["NAME"]):
            raise CommandError("Run through `make bench`: it uses a throwaway database.")
        call_command("migrate", verbosity=0)
        call_command("load_demo_content", force=True, stdout=StringIO())
        index = MethodIndexPage.objects.get(locale__language_code="nl")
        self._fill(index, options["methods"])

        method = MethodPage.objects.get(slug="weggeefwinkel")
        theme = Theme.objects.filter(locale=index.locale).first()
        urls = [
            ("home", "/nl/"),
            ("method index", index.url),
            ("method index, filtered", f"{index.url}?thema={theme.slug}&sorteer=recent"),
            ("method index, page 5", f"{index.url}?pagina=5"),
            ("method page", method.url),
            ("method handout", method.url + "handreiking/"),
            ("search", "/nl/zoeken/?q=buurt"),
        ]
        # Keep one connection for the whole run (as the test runner does), so that queries are
        # counted and connecting is not measured.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        client = Client()
        rows = []
        for name, url in urls:
            cache.clear()
            client.get(url)  # warm: renditions and the navigation cache
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            query_count = len(queries)  # now: the next request clears Django's query log
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}")
            timings = []
            for _ in range(options["requests"]):
                start = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
            timings.sort()
            rows.append(
                (
                    name,
                    statistics.median(timings),
                    timings[min(len(timings) - 1, int(len(timings) * 0.99))],
                    1000 / statistics.mean(timings),
                    query_count,
                )
            )

        methods = MethodPage.objects.filter(locale=index.locale).count()
        self.stdout.write(
            f"\n{methods} methods, {options['requests']} requests per page, "
            f"database: {connection.vendor}\n"
        )
        self.stdout.write(f"{'page':<26}{'p50 ms':>9}{'p99 ms':>9}{'req/s':>9}{'queries':>9}")
        for name, p50, p99, rps, query_count in rows:
            self.stdout.write(f"{name:<26}{p50:>9.1f}{p99:>9.1f}{rps:>9.1f}{query_count:>9}")

    def _fill(self, index, target):
        existing = MethodPage.objects.child_of(index).count()
        themes = list(Theme.objects.filter(locale=index.locale))
        images = list(get_image_model().objects.all()[:10])
        template = MethodPage.objects.child_of(index).first()
        for n in range(existing, target):
            page = MethodPage(
                title=f"{template.title} {n}",
                slug=f"bench-{n}",
                summary=template.summary,
                plain_summary=template.plain_summary,
                hero_image=images[n % len(images)],
                hero_image_alt="Foto",
                body=template.body.raw_data,
                themes=themes[n % len(themes) : n % len(themes) + 2],
            )
            index.add_child(instance=page)
