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
