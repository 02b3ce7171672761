"""The benchmark of the public site under its production server: `make bench`.

1. Fills the benchmark database (its name must contain "bench") with the demo content and a
   large generated dataset (devtools/benchdata.py: 200 methods, 2,000 initiatives, 5,000 news
   items, 500 meetings, 10,000 subscribers; seeded, kept for the next run).
2. Collects the static files (hashed and compressed, as in production) and starts gunicorn with
   the production configuration (kennisbank/gunicorn.conf.py) and the benchmark settings
   (kennisbank/settings/bench.py: production with throwaway secrets, DEBUG off) on 127.0.0.1.
3. Drives it on loopback with a small HTTP client (threads, one connection each), bounded in
   requests and seconds per measurement, at concurrency 1 and 8: a trivial Django view (the
   framework's floor) and each page, from the page cache (warm) and without it.
4. Prints per page: requests/s, p50 and p99, throughput as a share of the floor's (steadier
   across machines than requests/s), server CPU milliseconds per request (read from
   /proc/<pid>/stat of the gunicorn master and workers: the steadiest figure on a busy
   machine), and SQL queries per request (from the server's X-Queries header).
"""

import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from http.client import HTTPConnection
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from devtools import benchdata

CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
FLOOR = "/bench/floor/"
# (mode, X-Page-Cache header): from the page cache; rendered, with the data and sections kept
# under the page cache's versions (as for a logged-in editor, or after an edit of the page
# itself); rendered with nothing kept read (as after a site-wide change).
MODES = (("cached", None), ("uncached", "bypass"), ("cold", "cold"))


class Command(BaseCommand):
    help = "Benchmark the site under gunicorn with a large dataset (run through `make bench`)."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=400, help="most per measurement")
        parser.add_argument("--seconds", type=float, default=4.0, help="most per measurement")
        parser.add_argument("--concurrency", default="1,8")
        parser.add_argument("--workers", type=int, default=0, help="0: gunicorn.conf.py's")
        parser.add_argument("--port", type=int, default=0, help="0: any free port")
        parser.add_argument("--only", default="", help="comma-separated page names")
        parser.add_argument("--json", default="", help="also write the results to this file")
        parser.add_argument("--no-generate", action="store_true")

    def handle(self, *args, **options):
        if "bench" not in str(settings.DATABASES["default"]["NAME"]):
            raise CommandError("Run through `make bench`: it uses a benchmark database.")
        if not getattr(settings, "KENNISBANK_PAGE_CACHE_BYPASS_HEADER", False):
            raise CommandError("Run with DJANGO_SETTINGS_MODULE=kennisbank.settings.bench.")
        self._prepare(generate=not options["no_generate"])
        pages = self._pages()
        if options["only"]:
            wanted = set(options["only"].split(","))
            pages = [p for p in pages if p[0] in wanted]
        self._render_once(pages)
        levels = [int(c) for c in options["concurrency"].split(",")]
        port = options["port"] or _free_port()
        server = _Server(port, options["workers"])
        try:
            server.start()
            results = self._measure(server, pages, levels, options)
        finally:
            server.stop()
        self._print(results, levels, server.workers)
        if options["json"]:
            Path(options["json"]).write_text(json.dumps(results, indent=2))

    # Data ------------------------------------------------------------------------------------

    def _prepare(self, generate):
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            call_command("migrate", verbosity=0)
        from initiatives.models import InitiativeIndexPage

        if not InitiativeIndexPage.objects.exists():
            call_command("load_demo_content", force=True, stdout=StringIO())
        if generate:
            start = time.perf_counter()
            created = benchdata.generate(stdout=self.stdout)
            if any(created.values()):
                self.stdout.write(f"Generated {created} in {time.perf_counter() - start:.0f} s")
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("ANALYZE")  # as autovacuum would after a bulk load
        call_command("collectstatic", interactive=False, verbosity=0)
        connection.close()  # the server processes open their own

    def _pages(self):
        from initiatives.models import InitiativeIndexPage, InitiativePage
        from methods.models import MethodIndexPage, MethodPage
        from news.models import NewsIndexPage, NewsPage

        nl = {"locale__language_code": "nl"}
        methods = MethodIndexPage.objects.get(**nl)
        initiatives = InitiativeIndexPage.objects.get(**nl)
        news = NewsIndexPage.objects.get(**nl)
        method = MethodPage.objects.get(slug="weggeefwinkel", **nl)
        initiative = InitiativePage.objects.get(slug="weggeefwinkel-amersfoort", **nl)
        news_page = NewsPage.objects.filter(**nl).exclude(slug__startswith="bench-").first()
        return [
            ("home", "/nl/"),
            ("method index", methods.url),
            ("method page", method.url),
            ("initiative index", initiatives.url),
            ("initiatives, filtered", f"{initiatives.url}?provincie=utrecht&thema=armoede"),
            ("initiative page", initiative.url),
            ("news index", news.url),
            ("news page", news_page.url),
            ("search", "/nl/zoeken/?q=buurt"),
        ]

    def _render_once(self, pages):
        """Render every page once in this process first: image renditions are made then (and
        stored), not by several server workers at once while they are being measured."""
        from django.test import Client

        client = Client(HTTP_HOST="127.0.0.1")
        for name, url in pages:
            status = client.get(url).status_code
            if status != 200:
                raise CommandError(f"{name} ({url}) answered {status}")
        connection.close()

    # Measuring -------------------------------------------------------------------------------

    def _measure(self, server, pages, levels, options):
        bounds = (options["requests"], options["seconds"])
        results = {"floor": {}, "pages": [], "workers": server.workers}
        # Warm every worker: renditions, navigation and the page cache (each worker has its
        # own when the cache is local memory).
        for _name, url in pages:
            for _mode, bypass in MODES:
                _load(server.port, url, 1, (1, 60), bypass)
                _load(server.port, url, max(levels), (server.workers * 3, 60), bypass)
        for level in levels:
            results["floor"][level] = _run(server, FLOOR, level, bounds, bypass=None)
        for name, url in pages:
            row = {"name": name, "url": url}
            for mode, bypass in MODES:
                row[mode] = {
                    level: _run(server, url, level, bounds, bypass=bypass) for level in levels
                }
            results["pages"].append(row)
            self.stdout.write(f"  measured {name}")
        return results

    def _print(self, results, levels, workers):
        floor = results["floor"]
        self.stdout.write(
            f"\ngunicorn, {workers} workers, database: {connection.vendor}, "
            f"cache: {settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]}"
        )
        for level in levels:
            f = floor[level]
            self.stdout.write(
                f"\nconcurrency {level}: floor {f['rps']:.0f} req/s, p50 {f['p50']:.1f} ms, "
                f"{f['cpu_ms']:.2f} CPU ms/request"
            )
            header = (
                f"{'page':<24}{'mode':<10}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}"
                f"{'/floor':>8}{'CPU ms':>8}{'queries':>9}{'cache':>7}"
            )
            self.stdout.write(header)
            for row in results["pages"]:
                for mode, _bypass in MODES:
                    r = row[mode][level]
                    self.stdout.write(
                        f"{row['name']:<24}{mode:<10}{r['rps']:>8.0f}{r['p50']:>9.1f}"
                        f"{r['p99']:>9.1f}{r['rps'] / f['rps']:>8.2f}{r['cpu_ms']:>8.2f}"
                        f"{r['queries']:>9}{r['cache']:>7}"
                    )
        self.stdout.write(
            "\n/floor: throughput as a share of the trivial view's under the same server and "
            "client. CPU ms: the server's CPU time (master and workers) per request."
        )


def _run(server, url, concurrency, bounds, bypass):
    before = server.cpu_ticks()
    result = _load(server.port, url, concurrency, bounds, bypass)
    ticks = server.cpu_ticks() - before
    result["cpu_ms"] = ticks * 1000 / CLOCK_TICKS / max(1, result["requests"])
    return result


def _load(port, url, concurrency, bounds, bypass):
    """Request `url` from `concurrency` threads until `bounds` (requests, seconds) is reached."""
    max_requests, max_seconds = bounds
    headers = {"X-Page-Cache": bypass} if bypass else {}
    latencies, statuses, info = [], set(), {}
    lock = threading.Lock()
    issued = 0
    deadline = time.perf_counter() + max_seconds

    def worker():
        nonlocal issued
        conn = HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            while True:
                with lock:
                    if issued >= max_requests or time.perf_counter() > deadline:
                        return
                    issued += 1
                start = time.perf_counter()
                conn.request("GET", url, headers=headers)
                response = conn.getresponse()
                response.read()
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    latencies.append(elapsed)
                    statuses.add(response.status)
                    info["queries"] = response.getheader("X-Queries", "?")
                    info["cache"] = response.getheader("X-Cache", "-")
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
        finally:
            conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    if statuses != {200}:
        raise CommandError(f"{url} answered {sorted(statuses)}")
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / wall,
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "queries": info.get("queries", "?"),
        "cache": info.get("cache", "-"),
    }


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Server:
    """gunicorn with the production configuration and the benchmark settings."""

    def __init__(self, port, workers):
        self.port = port
        self.workers = workers
        self.process = None

    def start(self):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "kennisbank.settings.bench",
            "DATABASE_URL": settings.DATABASE_URL,
            "GUNICORN_ACCESS_LOG": "",
            "GUNICORN_MAX_REQUESTS": "1000000",
            "GUNICORN_LOG_LEVEL": "warning",
            "GUNICORN_TIMEOUT": "120",  # a busy machine must not kill a slow first render
        }
        if self.workers:
            env["WEB_CONCURRENCY"] = str(self.workers)
        else:
            env.pop("WEB_CONCURRENCY", None)
        config = Path(settings.BASE_DIR) / "kennisbank" / "gunicorn.conf.py"
        command = [sys.executable, "-m", "gunicorn", "-c", str(config)]
        command += ["--bind", f"127.0.0.1:{self.port}"]
        self.process = subprocess.Popen(command, env=env, cwd=settings.BASE_DIR)  # noqa: S603
        deadline = time.time() + 90
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise CommandError("gunicorn stopped at start-up (see above).")
            try:
                conn = HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", FLOOR)
                if conn.getresponse().status == 200:
                    conn.close()
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise CommandError("gunicorn did not answer within 90 seconds.")
        # Wait until every worker is up, then count them.
        time.sleep(2)
        self.workers = len(self._children())

    def _children(self):
        pid = self.process.pid
        children = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == pid:
                    children.append(int(entry))
        return children

    def cpu_ticks(self):
        """User and system CPU time of the master, its live workers and its reaped workers."""
        total = 0
        for pid in [self.process.pid, *self._children()]:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            # After the name: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
            total += sum(int(value) for value in fields[11:15])
        return total

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
