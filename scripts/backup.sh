#!/usr/bin/env bash
# Back up the Kennisbank database and uploaded media into one timestamped folder.
#
#   DATABASE_URL=postgres://user@host:5432/kennisbank MEDIA_ROOT=/srv/kennisbank/media \
#       scripts/backup.sh [BACKUP_DIR]
#
# Writes BACKUP_DIR/kennisbank-YYYYMMDD-HHMMSS/ (BACKUP_DIR defaults to ./backups) with
#   database.dump   PostgreSQL custom format (pg_dump -Fc), or database.sqlite3 for SQLite
#   media.tar.gz    everything under MEDIA_ROOT (original images, renditions, documents)
#   SHA256SUMS      checksums of both, checked by scripts/restore.sh
# and prints the folder's path on the last line. Safe while the site runs: pg_dump reads one
# consistent snapshot, SQLite is copied with its online backup API.
set -euo pipefail

DATABASE_URL="${DATABASE_URL:?DATABASE_URL must name the database to back up}"
MEDIA_ROOT="${MEDIA_ROOT:-media}"
BACKUP_DIR="${1:-${BACKUP_DIR:-backups}}"
PYTHON="${PYTHON:-$(dirname "$0")/../.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3

target="$BACKUP_DIR/kennisbank-$(date +%Y%m%d-%H%M%S)"
if [ -e "$target" ]; then
    echo "backup: $target already exists; try again in a second." >&2
    exit 1
fi
mkdir -p "$target"
# Nothing half-written is left behind as if it were a backup.
trap 'rm -rf "$target"; echo "backup: failed, nothing kept." >&2' ERR

case "$DATABASE_URL" in
    postgres://* | postgresql://* | pgsql://*)
        command -v pg_dump >/dev/null || {
            echo "backup: pg_dump is missing (apt-get install postgresql-client)." >&2
            exit 1
        }
        pg_dump --format=custom --no-owner --no-acl --file "$target/database.dump" \
            "${DATABASE_URL/#pgsql:/postgresql:}"
        database_file=database.dump
        ;;
    sqlite://*)
        "$PYTHON" - "${DATABASE_URL#sqlite://}" "$target/database.sqlite3" <<'PY'
import sqlite3, sys
# sqlite:///db.sqlite3 is relative, sqlite:////srv/db.sqlite3 absolute (as dj-database-url reads it)
source = sqlite3.connect(f"file:{sys.argv[1][1:]}?mode=ro", uri=True)
target = sqlite3.connect(sys.argv[2])
source.backup(target)
target.close()
source.close()
PY
        database_file=database.sqlite3
        ;;
    *)
        echo "backup: DATABASE_URL must start with postgres:// or sqlite://" >&2
        exit 1
        ;;
esac

if [ -d "$MEDIA_ROOT" ]; then
    tar -C "$MEDIA_ROOT" -czf "$target/media.tar.gz" .
else
    echo "backup: no media folder at $MEDIA_ROOT; the archive is empty." >&2
    tar -czf "$target/media.tar.gz" --files-from /dev/null
fi

(cd "$target" && sha256sum "$database_file" media.tar.gz > SHA256SUMS)
trap - ERR
echo "$target"
