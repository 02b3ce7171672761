"""The backup drill: back up the test database and media with scripts/backup.sh, restore them
with scripts/restore.sh into a scratch database and folder, and compare page and revision
counts and the media files' checksums. The scratch database is dropped afterwards."""

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection

from wagtail.models import Page, Revision

from home.versions import GENERATION_KEY

BASE_DIR = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def media_checksums(folder):
    folder = Path(folder)
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run(*args, env=None):
    return subprocess.run(  # noqa: S603 - our own scripts, fixed arguments
        [str(a) for a in args],
        cwd=BASE_DIR,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_backup_and_restore_drill_on_postgresql(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip(
            "The drill uses pg_dump/pg_restore: it runs when the suite runs on PostgreSQL "
            "(DATABASE_URL=postgres://…); the test database on SQLite lives in memory."
        )
    if not shutil.which("pg_dump"):
        pytest.fail("pg_dump is missing (apt-get install postgresql-client)")
    import psycopg

    params = connection.settings_dict
    server = (
        f"postgresql://{params['USER']}@{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}"
    )
    source_url = f"{server}/{params['NAME']}"
    scratch = f"{params['NAME']}_restore_{os.getpid()}"
    # The demo content is committed (this test's transaction has written nothing).
    pages, revisions = Page.objects.count(), Revision.objects.count()
    assert pages > 20 and revisions > 20
    media = Path(settings.MEDIA_ROOT)
    (media / "drill").mkdir(parents=True, exist_ok=True)
    (media / "drill" / "handreiking.pdf").write_bytes(b"%PDF-1.4 " + os.urandom(4096))
    before = media_checksums(media)

    backup = run(
        "scripts/backup.sh",
        tmp_path / "backups",
        env={"DATABASE_URL": source_url, "MEDIA_ROOT": media},
    )
    assert backup.returncode == 0, backup.stderr
    folder = Path(backup.stdout.strip().splitlines()[-1])
    assert folder.name.startswith("kennisbank-")
    assert {p.name for p in folder.iterdir()} == {"database.dump", "media.tar.gz", "SHA256SUMS"}

    restored_media = tmp_path / "restored-media"
    try:
        restore = run("scripts/restore.sh", folder, f"{server}/{scratch}", restored_media)
        assert restore.returncode == 0, restore.stderr
        with psycopg.connect(f"{server}/{scratch}") as restored:
            restored_pages = restored.execute("SELECT count(*) FROM wagtailcore_page").fetchone()[0]
            restored_revisions = restored.execute(
                "SELECT count(*) FROM wagtailcore_revision"
            ).fetchone()[0]
        assert (restored_pages, restored_revisions) == (pages, revisions)
        assert media_checksums(restored_media) == before
        print(  # noqa: T201 - figures for the closing note
            f"\nbackup drill: {pages} pages, {revisions} revisions, {len(before)} media files "
            "restored identically"
        )

        # A second restore into the same names is refused: a restore never overwrites by accident.
        again = run("scripts/restore.sh", folder, f"{server}/{scratch}", tmp_path / "empty")
        assert again.returncode == 1
        assert "already exists" in again.stderr
        # A damaged backup is refused before anything is touched.
        with (folder / "media.tar.gz").open("ab") as archive:
            archive.write(b"beschadigd")
        damaged = run("scripts/restore.sh", folder, f"{server}/{scratch}_2", tmp_path / "other")
        assert damaged.returncode == 1
        assert "damaged" in damaged.stderr
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
            admin.execute(f'DROP DATABASE IF EXISTS "{scratch}_2" WITH (FORCE)')
        shutil.rmtree(media / "drill", ignore_errors=True)


# Backups that a person can follow on a server -------------------------------------------------


def sqlite_site(tmp_path):
    """A small SQLite database and media folder standing in for a site."""
    import sqlite3

    database = tmp_path / "site.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, title TEXT)")
        db.executemany("INSERT INTO page (title) VALUES (?)", [(f"Pagina {n}",) for n in range(25)])
    media = tmp_path / "media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "handreiking.pdf").write_bytes(b"%PDF-1.4 " + os.urandom(2048))
    return f"sqlite:///{database}", media


def test_backup_and_restore_install_nothing():
    """On a server `make backup` and `make restore` use what is installed: even with
    pyproject.toml newer than the virtualenv, neither would run pip (make -n: only print)."""
    for target in ("backup", "restore"):
        plan = run("make", "-n", "-W", "pyproject.toml", target, "BACKUP=b", "TARGET_MEDIA_ROOT=m")
        assert plan.returncode == 0, plan.stderr
        assert f"scripts/{target}.sh" in plan.stdout
        assert "pip" not in plan.stdout
        assert "venv" not in plan.stdout


def test_media_in_a_bucket_are_not_silently_left_out(tmp_path):
    url, media = sqlite_site(tmp_path)
    backups = tmp_path / "backups"
    env = {"DATABASE_URL": url, "MEDIA_ROOT": media, "AWS_STORAGE_BUCKET_NAME": "kennisbank-media"}
    refused = run("scripts/backup.sh", backups, env=env)
    assert refused.returncode == 1
    assert "NOT STARTED" in refused.stderr
    assert 'S3 bucket "kennisbank-media"' in refused.stderr
    assert not backups.exists() or not any(backups.iterdir())

    missing = run(
        "scripts/backup.sh", backups, env={"DATABASE_URL": url, "MEDIA_ROOT": tmp_path / "geen"}
    )
    assert missing.returncode == 1
    assert "There is no media folder at" in missing.stderr
    assert not backups.exists() or not any(backups.iterdir())

    # Database alone, said on every run and in the backup itself.
    alone = run("scripts/backup.sh", backups, env={**env, "MEDIA_BACKUP": "no"})
    assert alone.returncode == 0, alone.stderr
    assert "the uploaded files are NOT in this backup" in alone.stderr
    folder = Path(alone.stdout.strip().splitlines()[-1])
    assert {p.name for p in folder.iterdir()} == {
        "database.sqlite3",
        "MEDIA-NOT-INCLUDED.txt",
        "SHA256SUMS",
    }
    assert "S3 bucket kennisbank-media" in (folder / "MEDIA-NOT-INCLUDED.txt").read_text()

    restored = tmp_path / "restored.sqlite3"
    restore = run(
        "scripts/restore.sh", folder, f"sqlite:///{restored}", tmp_path / "restored-media"
    )
    assert restore.returncode == 0, restore.stderr
    assert "this backup holds NO uploaded files" in restore.stderr
    assert restored.exists()
    assert not (tmp_path / "restored-media").exists()


def redis_answers(url):
    import redis

    try:
        return redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


def test_a_restore_empties_the_page_cache(tmp_path):
    """Pages from before the restore are not served after it: restore.sh ends by emptying the
    page cache in the site's Redis (a new page-cache generation)."""
    import sqlite3

    import redis

    redis_url = "redis://127.0.0.1:6379/11"
    if not redis_answers(redis_url):
        pytest.skip("needs Redis on 127.0.0.1:6379")
    url, media = sqlite_site(tmp_path)
    backup = run(
        "scripts/backup.sh", tmp_path / "backups", env={"DATABASE_URL": url, "MEDIA_ROOT": media}
    )
    assert backup.returncode == 0, backup.stderr
    folder = Path(backup.stdout.strip().splitlines()[-1])

    # The page cache's generation, as Django's Redis cache keeps it (KEY_PREFIX:version:key).
    key = f"kennisbank:1:{GENERATION_KEY}"
    server = redis.Redis.from_url(redis_url)
    server.set(key, b"before-the-restore")
    restored = tmp_path / "restored.sqlite3"
    restore = run(
        "scripts/restore.sh",
        folder,
        f"sqlite:///{restored}",
        tmp_path / "restored-media",
        env={"REDIS_URL": redis_url},
    )
    assert restore.returncode == 0, restore.stderr
    assert "the page cache is empty" in restore.stdout
    assert server.get(key) not in (None, b"before-the-restore")
    with sqlite3.connect(restored) as db:
        assert db.execute("SELECT count(*) FROM page").fetchone() == (25,)
    assert media_checksums(tmp_path / "restored-media") == media_checksums(media)

    # When the cache cannot be reached the restore says so and fails, data restored or not.
    again = run(
        "scripts/restore.sh",
        folder,
        f"sqlite:///{tmp_path / 'again.sqlite3'}",
        tmp_path / "again-media",
        env={
            "REDIS_URL": "redis://127.0.0.1:1/0",
            "DJANGO_SETTINGS_MODULE": "kennisbank.settings.test",
        },
    )
    assert again.returncode == 1
    assert "the page cache could NOT be emptied" in again.stderr
