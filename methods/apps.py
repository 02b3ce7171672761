from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MethodsConfig(AppConfig):
    """Method descriptions (methodiekbeschrijvingen): index, method pages, printable handouts."""

    name = "methods"
    verbose_name = _("Methodieken")
