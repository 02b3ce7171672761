from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FooterText


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    menu_label = _("Voettekst")
    menu_order = 500
    add_to_admin_menu = False
    list_display = ["__str__", "locale", "live"]
    list_filter = ["locale", "live"]


register_snippet(FooterTextViewSet)
