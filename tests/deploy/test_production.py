"""Production serving: settings for object storage, sessions and logs; gunicorn's sizing."""

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production",
    "SECRET_KEY": "p" * 60,
    "ALLOWED_HOSTS": "kennisbank.example.org",
    "DATABASE_URL": "postgres://kb@db.internal:5432/kennisbank",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "WAGTAILADMIN_BASE_URL": "https://kennisbank.example.org",
}


def production_settings(**extra):
    """The production settings as a fresh process reads them (nothing is connected to)."""
    script = (
        "import json; from django.conf import settings; "
        "print(json.dumps({'storage': settings.STORAGES['default'], "
        "'session': settings.SESSION_ENGINE, "
        "'formatter': settings.LOGGING['handlers']['console'].get('formatter'), "
        "'middleware': settings.MIDDLEWARE, 'page_cache': settings.KENNISBANK_PAGE_CACHE}))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "PYTEST"))}
    env.update(PRODUCTION, **extra)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_media_on_the_disk_without_a_bucket():
    found = production_settings()
    assert found["storage"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert found["session"] == "django.contrib.sessions.backends.cached_db"
    assert found["formatter"] == "json"
    assert found["middleware"][-1] == "home.pagecache.PageCacheMiddleware"
    assert found["page_cache"] is True


def test_media_on_object_storage_with_a_bucket():
    found = production_settings(
        AWS_STORAGE_BUCKET_NAME="kennisbank-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
    )
    assert found["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert found["storage"]["OPTIONS"]["bucket_name"] == "kennisbank-media"
    assert found["storage"]["OPTIONS"]["endpoint_url"] == "https://s3.example.org"


def test_gunicorn_is_sized_by_the_environment(monkeypatch):
    config = BASE_DIR / "kennisbank" / "gunicorn.conf.py"
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.delenv("GUNICORN_WORKERS", raising=False)
    defaults = runpy.run_path(str(config))
    assert defaults["workers"] == os.cpu_count() * 2 + 1
    assert defaults["wsgi_app"] == "kennisbank.wsgi:application"
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    monkeypatch.setenv("GUNICORN_THREADS", "4")
    monkeypatch.setenv("PORT", "9000")
    sized = runpy.run_path(str(config))
    assert (sized["workers"], sized["threads"], sized["bind"]) == (3, 4, "0.0.0.0:9000")
