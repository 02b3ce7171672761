#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into a named database and a media folder.
#
#   scripts/restore.sh BACKUP_FOLDER TARGET_DATABASE_URL TARGET_MEDIA_ROOT
#
# The checksums are checked first. The target database must not exist yet (it is created) and
# the media folder must be empty or missing, so that a restore never overwrites a live site by
# accident; FORCE=1 restores over an existing database and media folder all the same.
# Afterwards: point DATABASE_URL and MEDIA_ROOT at the restored copies (or restore straight
# into the production names with FORCE=1, with the site stopped), and run `manage.py migrate`.
# Last, the page cache in Redis (REDIS_URL) is emptied, so that no page from before the restore
# is served; run this with the site's environment. When that fails, the script says so and ends
# with status 1 (the data is restored all the same).
# A backup made with MEDIA_BACKUP=no restores the database only.
set -euo pipefail

if [ $# -ne 3 ] || [ -z "$1" ] || [ -z "$2" ] || [ -z "$3" ]; then
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
backup="$1"
target_url="$2"
media="$3"
FORCE="${FORCE:-0}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3

[ -f "$backup/SHA256SUMS" ] || { echo "restore: $backup has no SHA256SUMS; is it a backup folder?" >&2; exit 1; }
(cd "$backup" && sha256sum --check --quiet SHA256SUMS) || {
    echo "restore: the backup in $backup is damaged (checksums differ); nothing restored." >&2
    exit 1
}

with_media=1
if [ ! -f "$backup/media.tar.gz" ]; then
    with_media=0
    if [ ! -f "$backup/MEDIA-NOT-INCLUDED.txt" ]; then
        echo "restore: no media.tar.gz in $backup." >&2
        exit 1
    fi
fi

if [ "$with_media" = 1 ] && [ -d "$media" ] && [ -n "$(ls -A "$media")" ] && [ "$FORCE" != 1 ]; then
    echo "restore: $media is not empty; choose an empty folder or set FORCE=1." >&2
    exit 1
fi

case "$target_url" in
    postgres://* | postgresql://* | pgsql://*)
        [ -f "$backup/database.dump" ] || { echo "restore: no database.dump in $backup." >&2; exit 1; }
        url="${target_url/#pgsql:/postgresql:}"
        base="${url%%\?*}"
        name="${base##*/}"
        server="${base%/*}/postgres"
        [[ "$name" =~ ^[A-Za-z0-9_]+$ ]] || { echo "restore: use a database name of letters, digits and _." >&2; exit 1; }
        exists="$(psql "$server" -Atc "SELECT 1 FROM pg_database WHERE datname = '$name'")"
        if [ -n "$exists" ] && [ "$FORCE" != 1 ]; then
            echo "restore: database $name already exists; choose a new name or set FORCE=1." >&2
            exit 1
        fi
        if [ -z "$exists" ]; then
            psql "$server" -qc "CREATE DATABASE \"$name\""
            pg_restore --no-owner --no-acl --exit-on-error --dbname "$url" "$backup/database.dump"
        else
            pg_restore --clean --if-exists --no-owner --no-acl --exit-on-error \
                --dbname "$url" "$backup/database.dump"
        fi
        ;;
    sqlite://*)
        [ -f "$backup/database.sqlite3" ] || { echo "restore: no database.sqlite3 in $backup." >&2; exit 1; }
        file="${target_url#sqlite://}"
        file="${file:1}"
        if [ -e "$file" ] && [ "$FORCE" != 1 ]; then
            echo "restore: $file already exists; choose a new file or set FORCE=1." >&2
            exit 1
        fi
        cp "$backup/database.sqlite3" "$file"
        ;;
    *)
        echo "restore: the target must start with postgres:// or sqlite://" >&2
        exit 1
        ;;
esac

if [ "$with_media" = 1 ]; then
    mkdir -p "$media"
    tar -C "$media" -xzf "$backup/media.tar.gz"
    echo "restore: database and media restored from $backup"
else
    echo "restore: database restored from $backup" >&2
    echo "restore: WARNING: this backup holds NO uploaded files (MEDIA-NOT-INCLUDED.txt):" >&2
    sed 's/^/    /' "$backup/MEDIA-NOT-INCLUDED.txt" >&2
fi

if [ -z "${REDIS_URL:-}" ]; then
    echo "restore: no REDIS_URL, so no shared page cache to empty; restart the site's processes."
    exit 0
fi
# purge_page_cache would not notice an unreachable Redis (the cache then answers from the
# process's memory); a purge that did not reach it is "owed", and that is a failure here.
purge='from home import cachehealth, pagecache
pagecache.purge_all()
raise SystemExit(1 if cachehealth.purge_owed() else 0)'
if DATABASE_URL="$target_url" \
    DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-kennisbank.settings.production}" \
    "$PYTHON" "$ROOT/manage.py" shell -c "$purge"; then
    echo "restore: the page cache is empty"
else
    cat >&2 <<EOF
restore: WARNING: the page cache could NOT be emptied, so visitors may still get pages from
before the restore. Run \`python manage.py purge_page_cache\` with the site's environment
(REDIS_URL, DJANGO_SETTINGS_MODULE) before the site takes traffic again.
EOF
    exit 1
fi
