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
set -euo pipefail

if [ $# -ne 3 ]; then
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
backup="$1"
target_url="$2"
media="$3"
FORCE="${FORCE:-0}"

[ -f "$backup/SHA256SUMS" ] || { echo "restore: $backup has no SHA256SUMS; is it a backup folder?" >&2; exit 1; }
(cd "$backup" && sha256sum --check --quiet SHA256SUMS) || {
    echo "restore: the backup in $backup is damaged (checksums differ); nothing restored." >&2
    exit 1
}

if [ -d "$media" ] && [ -n "$(ls -A "$media")" ] && [ "$FORCE" != 1 ]; then
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

mkdir -p "$media"
tar -C "$media" -xzf "$backup/media.tar.gz"
echo "restore: database and media restored from $backup"
