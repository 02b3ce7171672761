"""Local development: debug on, console e-mail, a fixed throwaway secret."""

import os

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
# Only for local development; production refuses to start without a real SECRET_KEY.
SECRET_KEY = os.environ.get("SECRET_KEY") or "django-insecure-local-development-only"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
