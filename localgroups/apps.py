from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class LocalGroupsConfig(AppConfig):
    name = "localgroups"
    verbose_name = _("Lokale groepen")

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers
        from .roles import setup_roles_after_migrate

        # Runs after every migrate: the roles, permissions and the moderation workflow are
        # created and kept in step by code, never by hand.
        post_migrate.connect(setup_roles_after_migrate, sender=self)
