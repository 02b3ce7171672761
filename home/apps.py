from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Algemeen")

    def ready(self):
        from home import pagecache, signals

        signals.connect()
        pagecache.connect()

        from home.roles import ensure_editors_after_migrate

        # Runs after every migrate: the editors' group and its permissions are created and
        # kept in step by code, never by hand.
        post_migrate.connect(ensure_editors_after_migrate, sender=self)
