"""Test runs: fast password hashing, no debug, throwaway secret; the database comes from
DATABASE_URL (CI runs the suite on PostgreSQL and on SQLite)."""

import os
import tempfile

from .base import *  # noqa: F403
from .csp import content_security_policy

DEBUG = False
# The benchmark and other development-only tools (never in production).
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405
SECRET_KEY = "test-only-secret-key-not-for-any-real-use"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Uploaded files from tests go to a throwaway folder, never into the project's media/.
# (Server processes started by a test share the test's folder: KENNISBANK_TEST_MEDIA_ROOT.)
MEDIA_ROOT = os.environ.get("KENNISBANK_TEST_MEDIA_ROOT") or tempfile.mkdtemp(
    prefix="kennisbank-test-media-"
)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# django-axes refuses logins without a request, as the test client's login() makes them: off
# here, and on in the tests of the lockout (tests/security/test_login_lockout.py).
AXES_ENABLED = False
WAGTAILADMIN_BASE_URL = "http://testserver"
CONTENT_SECURITY_POLICY = content_security_policy(
    own_urls=[WAGTAILADMIN_BASE_URL, STATIC_URL, MEDIA_URL],  # noqa: F405
    frame_src=KENNISBANK_CSP_FRAME_SRC,  # noqa: F405
    report_uri=KENNISBANK_CSP_REPORT_URI,  # noqa: F405
)
# Newsletters are sent at once in tests (tests of the worker switch to the database backend).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "newsletter": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["newsletter"],
    },
}
