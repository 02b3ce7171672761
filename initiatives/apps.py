from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    """Local initiatives, the map and projectenbanden. Page types follow in their own issue."""

    name = "initiatives"
    verbose_name = _("Initiatieven")
