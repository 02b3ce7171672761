"""SQLite in WAL mode with a busy timeout and IMMEDIATE transactions: 20 visitors submitting
public forms at the same moment all get stored, without "database is locked".

The test copies the test database (demo content included) to a file, because the locking
question only exists for a file that several connections share, and runs the submissions in a
separate process, configured from DATABASE_URL exactly as the site is."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

from initiatives.models import InitiativeIndexPage
from newsletter.models import NewsletterIndexPage

BASE_DIR = Path(__file__).resolve().parents[2]
THREADS = 20

SUBMIT = """
import json, sys, threading, traceback
import django
django.setup()
from django.db import connection
from django.test import Client
from django.db.models import Count
from initiatives.models import InitiativeSignup
from newsletter.models import Subscriber

archive_url, signup_url, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
with connection.cursor() as cursor:
    cursor.execute("PRAGMA journal_mode")
    print(json.dumps({"journal_mode": cursor.fetchone()[0]}))
connection.close()
barrier = threading.Barrier(threads * 2)
failures, statuses = [], []

def submit(kind, n):
    try:
        client = Client()
        barrier.wait()
        if kind == "subscribe":
            response = client.post(
                archive_url,
                {"email": f"gelijktijdig{n}@example.org", "language": "nl"},
                REMOTE_ADDR=f"10.20.0.{n}",
            )
        else:
            response = client.post(
                signup_url,
                {
                    "name": f"Gelijktijdig initiatief {n}",
                    "place": "Zwolle",
                    "province": "overijssel",
                    "description": "Samen koken en eten met buren.",
                    "contact_name": "Test",
                    "contact_email": f"aanmelder{n}@example.org",
                    "homepage": "",
                },
                REMOTE_ADDR=f"10.30.0.{n}",
            )
        statuses.append(response.status_code)
    except Exception:
        failures.append(traceback.format_exc())
    finally:
        connection.close()

workers = [
    threading.Thread(target=submit, args=(kind, n))
    for n in range(threads)
    for kind in ("subscribe", "signup")
]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print(json.dumps({
    "failures": failures,
    "statuses": sorted(statuses),
    "subscribers": Subscriber.objects.filter(email__startswith="gelijktijdig").count(),
    "signups": InitiativeSignup.objects.filter(name__startswith="Gelijktijdig").count(),
    "pages": InitiativeSignup.objects.filter(
        name__startswith="Gelijktijdig", page__isnull=False
    ).values("page").distinct().count(),
}))
"""


@pytest.mark.django_db
def test_twenty_concurrent_submissions_on_sqlite_are_all_stored(tmp_path, home_nl):
    if connection.vendor != "sqlite":
        pytest.skip(
            "SQLite-specific: PostgreSQL has row-level locks and no 'database is locked'; "
            "the same forms are covered by the PostgreSQL runs of their own tests."
        )
    archive_url = NewsletterIndexPage.objects.get(locale=home_nl.locale).url
    signup_url = InitiativeIndexPage.objects.get(locale=home_nl.locale).url + "aanmelden/"
    database = tmp_path / "gelijktijdig.sqlite3"
    # The demo content of the test database, as a file that several connections share.
    # (serialize, not backup: this test's own transaction holds the write lock on the source)
    connection.ensure_connection()
    copy = sqlite3.connect(":memory:")
    copy.deserialize(connection.connection.serialize())
    target = sqlite3.connect(database)
    copy.backup(target)
    target.close()
    copy.close()

    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="kennisbank.settings.test",
        DATABASE_URL=f"sqlite:///{database}",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", SUBMIT, archive_url, signup_url, str(THREADS)],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    first, report = (json.loads(line) for line in result.stdout.strip().splitlines()[-2:])
    assert first["journal_mode"] == "wal"
    assert report["failures"] == [], report["failures"][0]
    assert "database is locked" not in result.stderr
    assert report["statuses"] == [200] * THREADS + [302] * THREADS
    assert report["subscribers"] == THREADS
    assert report["signups"] == THREADS
    assert report["pages"] == THREADS  # every sign-up has its own draft page
