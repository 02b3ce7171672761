"""Reading settings from the environment, with one clear sentence when a value is wrong."""

import importlib.util
import os
from urllib.parse import urlsplit

import dj_database_url

from django.core.exceptions import ImproperlyConfigured

SUPPORTED_DATABASE_SCHEMES = ("sqlite", "postgres", "postgresql", "pgsql")


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty, stripped items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# Seconds a PostgreSQL query may wait for a lock, and may run, before it is cancelled: well
# under gunicorn's worker timeout (GUNICORN_TIMEOUT, 30 s), so that a held lock ends in the
# form's "try again" answer (home.faults, 503) instead of a killed worker and a 500.
DEFAULT_LOCK_TIMEOUT = 5
DEFAULT_STATEMENT_TIMEOUT = 15


def env_seconds(name, default, environ=os.environ):
    """A number of seconds (decimals allowed) from the environment; 0 means no limit."""
    value = environ.get(name, "").strip()
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1
    if seconds < 0:
        raise ImproperlyConfigured(
            f"{name} must be a number of seconds (0: no limit), not {value!r}."
        )
    return seconds


def postgresql_timeouts(environ=os.environ):
    """The server settings that cap how long one query waits for a lock and runs, as libpq's
    `options` ("-c lock_timeout=5000 -c statement_timeout=15000", in milliseconds).

    DATABASE_LOCK_TIMEOUT (default 5) and DATABASE_STATEMENT_TIMEOUT (default 15) in seconds,
    0 for no limit. They hold for every connection, web requests and commands alike: a command
    that needs longer (a large data migration) runs with DATABASE_STATEMENT_TIMEOUT=0 set for
    that one command.
    """
    lock = env_seconds("DATABASE_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT, environ)
    statement = env_seconds("DATABASE_STATEMENT_TIMEOUT", DEFAULT_STATEMENT_TIMEOUT, environ)
    return f"-c lock_timeout={round(lock * 1000)} -c statement_timeout={round(statement * 1000)}"


def database_from_url(url, environ=os.environ):
    """Turn DATABASE_URL into a Django database setting, or explain in one sentence what is wrong.

    Only SQLite and PostgreSQL are supported: those are what development and production use.
    On PostgreSQL every connection gets the lock and statement timeouts of
    `postgresql_timeouts()`.
    """
    scheme = urlsplit(url).scheme
    if scheme not in SUPPORTED_DATABASE_SCHEMES:
        raise ImproperlyConfigured(
            f"DATABASE_URL must start with sqlite:// or postgres://, not {scheme or 'nothing'}:// "
            "(example: postgres://postgres@127.0.0.1:5432/kennisbank)."
        )
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL could not be read: {error}.") from error
    if not config.get("NAME"):
        raise ImproperlyConfigured(
            "DATABASE_URL names no database "
            "(example: postgres://postgres@127.0.0.1:5432/kennisbank)."
        )
    if config["ENGINE"] == "django.db.backends.postgresql":
        options = config.setdefault("OPTIONS", {})
        # Before any options of the URL's own (?options=…), which win for the same setting.
        options["options"] = " ".join(
            part for part in (postgresql_timeouts(environ), options.get("options", "")) if part
        )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # SQLite keeps no connections open worth reusing.
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {
            **config.get("OPTIONS", {}),
            # WAL: readers never wait for the writer, and the writer not for readers;
            # synchronous=NORMAL is safe with WAL (a power cut may lose the last commit, never
            # corrupt the file).
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            # A writer waits up to 20 seconds for another one instead of failing at once with
            # "database is locked".
            "timeout": 20,
            # Take the write lock when a transaction starts: a transaction that read first and
            # then writes cannot be refused halfway (SQLite does not wait in that case).
            "transaction_mode": "IMMEDIATE",
        }
    return config


def frontend_cache_from_env(environ=os.environ):
    """Wagtail's frontend cache backends (the WAGTAILFRONTENDCACHE setting) for the CDN or
    caching proxy that the environment names, or an empty dict when it names none.

    - FRONTEND_CACHE_PURGE_URL: a proxy that accepts PURGE requests (Varnish, nginx), e.g.
      http://127.0.0.1:6081; each purge goes there with the page's host in the Host header.
    - FRONTEND_CACHE_CLOUDFLARE_ZONEID with FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN (an API token
      allowed to purge the zone's cache).
    - FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID: CloudFront, with boto3 (the `s3` extra) and
      AWS credentials from boto3's usual places (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or the
      machine's role).
    """
    backends = {}
    purge_url = environ.get("FRONTEND_CACHE_PURGE_URL", "").strip()
    if purge_url:
        parts = urlsplit(purge_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ImproperlyConfigured(
                "FRONTEND_CACHE_PURGE_URL must be the http:// address of the caching proxy "
                f"(example: http://127.0.0.1:6081), not {purge_url!r}."
            )
        backends["proxy"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": purge_url,
        }
    zone = environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID", "").strip()
    token = environ.get("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", "").strip()
    if zone or token:
        if not (zone and token):
            raise ImproperlyConfigured(
                "Cloudflare needs both FRONTEND_CACHE_CLOUDFLARE_ZONEID and "
                "FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN (an API token that may purge the zone)."
            )
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": zone,
            "BEARER_TOKEN": token,
        }
    distribution = environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID", "").strip()
    if distribution:
        if importlib.util.find_spec("boto3") is None:
            raise ImproperlyConfigured(
                "FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID needs boto3: install the s3 extra "
                '(pip install ".[production,s3]").'
            )
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": distribution,
        }
    return backends
