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
# consistent snapshot, SQLite is copied with its online backup API. Needs only pg_dump (or, for
# SQLite, a Python 3) and tar: nothing is installed.
#
# Uploaded files that are not in MEDIA_ROOT are not backed up, and this script says so: when
# AWS_STORAGE_BUCKET_NAME is set (the files are in that S3 bucket) or MEDIA_ROOT does not exist,
# it stops with status 1 and keeps nothing. With MEDIA_BACKUP=no it backs up the database alone
# (for a bucket that is backed up on its own), writes MEDIA-NOT-INCLUDED.txt instead of
# media.tar.gz and warns on every run.
set -euo pipefail

DATABASE_URL="${DATABASE_URL:?DATABASE_URL must name the database to back up}"
MEDIA_ROOT="${MEDIA_ROOT:-media}"
BACKUP_DIR="${1:-${BACKUP_DIR:-backups}}"
MEDIA_BACKUP="${MEDIA_BACKUP:-yes}"
PYTHON="${PYTHON:-$(dirname "$0")/../.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3

if [ "$MEDIA_BACKUP" != no ]; then
    if [ -n "${AWS_STORAGE_BUCKET_NAME:-}" ]; then
        cat >&2 <<EOF
backup: NOT STARTED. The uploaded files are in the S3 bucket "$AWS_STORAGE_BUCKET_NAME", not
in MEDIA_ROOT, and this script does not copy buckets. Back the bucket up on its own (versioning
and replication at the provider, or \`aws s3 sync s3://$AWS_STORAGE_BUCKET_NAME /backup/media\`),
then run this again with MEDIA_BACKUP=no to back up the database alone.
EOF
        exit 1
    fi
    if [ ! -d "$MEDIA_ROOT" ]; then
        cat >&2 <<EOF
backup: NOT STARTED. There is no media folder at $MEDIA_ROOT. Set MEDIA_ROOT to the folder of
the uploaded files (the site's MEDIA_ROOT), or run with MEDIA_BACKUP=no to back up the
database alone.
EOF
        exit 1
    fi
fi

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

if [ "$MEDIA_BACKUP" = no ]; then
    media_file=MEDIA-NOT-INCLUDED.txt
    where="${AWS_STORAGE_BUCKET_NAME:+the S3 bucket $AWS_STORAGE_BUCKET_NAME}"
    where="${where:-$MEDIA_ROOT}"
    cat > "$target/$media_file" <<EOF
This backup holds the database only (MEDIA_BACKUP=no, $(date -u +%Y-%m-%dT%H:%M:%SZ)).
The uploaded images and documents are not in it: they are in $where
and must be backed up and restored on their own.
EOF
    echo "backup: WARNING: the uploaded files are NOT in this backup (MEDIA_BACKUP=no); back up $where on its own." >&2
else
    media_file=media.tar.gz
    tar -C "$MEDIA_ROOT" -czf "$target/media.tar.gz" .
fi

(cd "$target" && sha256sum "$database_file" "$media_file" > SHA256SUMS)
trap - ERR
echo "$target"
