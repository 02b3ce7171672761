from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MethodsConfig(AppConfig):
    """Method descriptions (methodiekbeschrijvingen). Page types follow in their own issue."""

    name = "methods"
    verbose_name = _("Methodieken")
