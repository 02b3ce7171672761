from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News, meetings and newsletters. Page types follow in their own issue."""

    name = "news"
    verbose_name = _("Nieuws en agenda")
