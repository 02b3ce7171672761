"""Settings from the environment: production refuses to start half-configured, a broken
DATABASE_URL stops start-up with one sentence, and REDIS_URL switches the cache to Redis."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.exceptions import ImproperlyConfigured

from kennisbank.settings.env import database_from_url

BASE_DIR = Path(__file__).resolve().parents[2]


def run_manage(*args, env=None, settings="kennisbank.settings.production"):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "WAGTAILADMIN_BASE_URL"}
    }
    environment["DJANGO_SETTINGS_MODULE"] = settings
    environment.update(env or {})
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_env(tmp_path, **extra):
    return {
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "kennisbank.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "WAGTAILADMIN_BASE_URL": "https://kennisbank.example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/15",
        **extra,
    }


def test_production_refuses_a_missing_secret_key(tmp_path):
    env = production_env(tmp_path)
    del env["SECRET_KEY"]
    result = run_manage("check", env=env)
    assert result.returncode == 1
    assert "SECRET_KEY must be set" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_refuses_the_development_secret_key(tmp_path):
    env = production_env(tmp_path, SECRET_KEY="django-insecure-" + "x" * 60)
    result = run_manage("check", env=env)
    assert result.returncode == 1
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_missing_allowed_hosts(tmp_path):
    env = production_env(tmp_path)
    del env["ALLOWED_HOSTS"]
    result = run_manage("check", env=env)
    assert result.returncode == 1
    assert "ALLOWED_HOSTS must list" in result.stderr


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("DATABASE_URL", "DATABASE_URL must point to the production database"),
        ("WAGTAILADMIN_BASE_URL", "WAGTAILADMIN_BASE_URL must be the site's public https://"),
        ("REDIS_URL", "REDIS_URL must point to Redis in production"),
    ],
)
def test_production_refuses_to_fall_back_to_development_values(tmp_path, missing, message):
    env = production_env(tmp_path)
    del env[missing]
    result = run_manage("check", env=env)
    assert result.returncode == 1
    assert message in result.stderr


def test_check_deploy_is_clean_with_production_environment(tmp_path):
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path)
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_broken_database_url_stops_with_one_sentence(tmp_path):
    result = run_manage(
        "migrate",
        env={"DATABASE_URL": "mysql2://somewhere/kennisbank"},
        settings="kennisbank.settings.dev",
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "DATABASE_URL must start with sqlite:// or postgres://" in result.stderr


def test_other_database_errors_keep_their_traceback(tmp_path):
    """A missing table is not a connection problem: the operator needs the real error."""
    result = run_manage(
        "load_demo_content",
        env={"DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"},
        settings="kennisbank.settings.dev",
    )
    assert result.returncode == 1
    assert "cannot reach its database" not in result.stderr
    assert "no such table" in result.stderr


def test_unreachable_database_stops_with_one_sentence():
    result = run_manage(
        "migrate",
        env={"DATABASE_URL": "postgres://postgres@127.0.0.1:1/kennisbank"},
        settings="kennisbank.settings.dev",
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Kennisbank cannot reach its database")
    assert result.stderr.strip().count("\n") == 0


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "must start with sqlite:// or postgres://"),
        ("ftp://host/db", "not ftp://"),
        ("postgres://postgres@127.0.0.1:5432", "names no database"),
    ],
)
def test_database_url_errors_say_what_to_fix(url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        database_from_url(url)


def test_database_url_selects_postgresql():
    config = database_from_url("postgres://kb:geheim@db.internal:5433/kennisbank")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["NAME"], config["HOST"], config["PORT"]) == ("kennisbank", "db.internal", 5433)


def redis_answers(url="redis://127.0.0.1:6379/15"):
    import redis

    try:
        return redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


def test_redis_url_switches_the_cache_to_redis():
    """Against the real Redis on this machine: a value written through Django's cache is there.
    Skipped where no Redis runs, except in CI (KENNISBANK_CI=1), where that is a failure."""
    if not redis_answers():
        if os.environ.get("KENNISBANK_CI"):
            pytest.fail("CI needs Redis on 127.0.0.1:6379")
        pytest.skip("no Redis on 127.0.0.1:6379")
    script = (
        "import django, uuid; django.setup();"
        "from django.conf import settings; from django.core.cache import cache;"
        "key = uuid.uuid4().hex; cache.set(key, 'bewaard', 30);"
        "print(settings.CACHES['default']['BACKEND']); print(cache.get(key)); cache.delete(key)"
    )
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="kennisbank.settings.dev", REDIS_URL="redis://127.0.0.1:6379/15"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["kennisbank.cache.ResilientRedisCache", "bewaard"]


def test_local_memory_cache_without_redis_url(settings):
    from django.conf import settings as live_settings

    if os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL is set for this run")
    assert live_settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")
