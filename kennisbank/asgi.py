"""ASGI entry point. Defaults to production settings; DJANGO_SETTINGS_MODULE overrides."""

import os

from django.core.asgi import get_asgi_application

from kennisbank.startup import explain_startup_errors

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.production")

with explain_startup_errors():
    application = get_asgi_application()
