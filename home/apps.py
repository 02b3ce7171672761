from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Algemeen")

    def ready(self):
        from home import image_filters, pagecache, signals

        signals.connect()
        pagecache.connect()
        image_filters.install()
