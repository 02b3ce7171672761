"""The benchmark (`make bench`): production settings with throwaway secrets, on 127.0.0.1.

Everything production does (DEBUG off, WhiteNoise with hashed and compressed static files, the
page cache, Redis when REDIS_URL is set) except HTTPS, plus what the benchmark measures with:
a trivial view at /bench/floor/ (the framework's floor), the number of SQL queries of each
answer in an `X-Queries` header, and the header `X-Page-Cache: bypass` to measure pages
without the page cache. Never use these settings for a real site.
"""

import os
import tempfile

_redis_url = os.environ.get("REDIS_URL", "")
# Production refuses to start without these; the benchmark runs on loopback only.
os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 60)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("WAGTAILADMIN_BASE_URL", "https://bench.invalid")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")  # replaced below when unset
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

from .production import *  # noqa: E402, F403
from .production import INSTALLED_APPS, MIDDLEWARE  # noqa: E402

if not _redis_url:
    # Local memory: each server process has its own cache (navigation and pages).
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    CACHES["default"]["KEY_PREFIX"] = "kennisbank-bench"  # noqa: F405

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]
ROOT_URLCONF = "devtools.bench_urls"
MIDDLEWARE = ["devtools.bench_urls.QueryCountMiddleware", *MIDDLEWARE]
KENNISBANK_PAGE_CACHE = True
KENNISBANK_PAGE_CACHE_BYPASS_HEADER = True
STATIC_ROOT = os.environ.get(
    "BENCH_STATIC_ROOT", os.path.join(tempfile.gettempdir(), "kennisbank-bench-static")
)
MEDIA_ROOT = os.environ.get(
    "MEDIA_ROOT", os.path.join(tempfile.gettempdir(), "kennisbank-bench-media")
)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
