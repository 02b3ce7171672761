"""Local development: debug on, console e-mail, a fixed throwaway secret."""

import os

from .base import *  # noqa: F403
from .env import env_bool, env_list

DEBUG = True
# The benchmark and other development-only tools (never in production).
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405
# Only for local development; production refuses to start without a real SECRET_KEY.
SECRET_KEY = os.environ.get("SECRET_KEY") or "django-insecure-local-development-only"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
# Template and code edits would not show through the page cache; PAGE_CACHE=1 to try it.
KENNISBANK_PAGE_CACHE = env_bool("PAGE_CACHE", False)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# EMAIL_HOST sends mail by SMTP instead (the browser tests point it at their own SMTP server).
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
    EMAIL_TIMEOUT = 10
