"""Two app servers against one PostgreSQL database and one Redis: a change published through
one process is served by both at once (the page cache and navigation live in Redis).

Needs PostgreSQL (DATABASE_URL) and Redis on 127.0.0.1:6379; skipped with the reason otherwise,
except that CI (KENNISBANK_CI=1) fails without Redis.
"""

import os
import subprocess
import sys
import time
from http.client import HTTPConnection
from pathlib import Path

import pytest

from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/13"
PORTS = (8151, 8152)
HOST = "localhost"  # the same Host header on both, as behind a load balancer
METHOD_SLUG = "weggeefwinkel"


def redis_answers():
    import redis

    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


def database_url():
    s = connection.settings_dict
    user = s["USER"] or "postgres"
    password = f":{s['PASSWORD']}" if s["PASSWORD"] else ""
    return f"postgres://{user}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def environment():
    from django.conf import settings

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        KENNISBANK_TEST_MEDIA_ROOT=str(settings.MEDIA_ROOT),  # the demo images
        DJANGO_SETTINGS_MODULE="kennisbank.settings.test",
        DATABASE_URL=database_url(),
        REDIS_URL=REDIS_URL,
        WEB_CONCURRENCY="1",
        GUNICORN_ACCESS_LOG="",
        GUNICORN_LOG_LEVEL="warning",
    )
    return env


def get(port, path):
    conn = HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Host": HOST})
        response = conn.getresponse()
        return response.status, response.getheader("X-Cache"), response.read().decode()
    finally:
        conn.close()


def wait_until_up(process, port):
    deadline = time.time() + 120
    while time.time() < deadline:
        assert process.poll() is None, "gunicorn stopped at start-up"
        try:
            if get(port, "/healthz")[0] == 200:
                return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"gunicorn on port {port} did not start")


def set_title(title):
    """Publish a new title in a separate process, as an editor on either server would."""
    script = (
        "import django; django.setup();"
        "from methods.models import MethodPage;"
        f"page = MethodPage.objects.get(slug={METHOD_SLUG!r}, locale__language_code='nl');"
        f"page.title = {title!r}; page.save_revision().publish()"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def servers(db):
    if connection.vendor != "postgresql":
        pytest.skip("two app servers need one shared PostgreSQL database (set DATABASE_URL)")
    if not redis_answers():
        if os.environ.get("KENNISBANK_CI"):
            pytest.fail("CI needs Redis on 127.0.0.1:6379")
        pytest.skip("no Redis on 127.0.0.1:6379")
    # This test's database is new; what an earlier run kept in the cache belongs to another.
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    processes = []
    try:
        for port in PORTS:
            process = subprocess.Popen(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-c",
                    str(BASE_DIR / "kennisbank" / "gunicorn.conf.py"),
                    "--bind",
                    f"127.0.0.1:{port}",
                ],
                cwd=BASE_DIR,
                env=environment(),
            )
            processes.append(process)
        for process, port in zip(processes, PORTS, strict=True):
            wait_until_up(process, port)
        yield PORTS
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


@pytest.mark.django_db
def test_a_publish_on_one_server_is_served_by_both(servers):
    from methods.models import MethodPage

    page = MethodPage.objects.get(slug=METHOD_SLUG, locale__language_code="nl")
    original = page.title
    url = page.url
    try:
        for port in servers:
            get(port, url)
            status, cache, html = get(port, url)
            assert (status, cache) == (200, "HIT")
            assert original in html
        set_title("Weggeefwinkel op twee servers")
        # The first server renders anew (the publish purged the shared cache) and stores the
        # new page; the second serves that same new entry from Redis.
        first, second = servers
        status, cache, html = get(first, url)
        assert (status, cache) == (200, "MISS")
        assert "Weggeefwinkel op twee servers" in html
        status, cache, html = get(second, url)
        assert (status, cache) == (200, "HIT")
        assert "Weggeefwinkel op twee servers" in html
        # The listing follows on both too.
        for port in servers:
            assert "Weggeefwinkel op twee servers" in get(port, page.get_parent().url)[2]
    finally:
        set_title(original)
