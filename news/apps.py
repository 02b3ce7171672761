from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News (with RSS and Atom feeds) and the agenda of meetings (with .ics downloads)."""

    name = "news"
    verbose_name = _("Nieuws en agenda")

    def ready(self):
        from . import signals

        signals.connect()
