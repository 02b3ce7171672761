from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import FooterText, TargetGroup, Theme


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    menu_label = _("Voettekst")
    menu_order = 500
    add_to_admin_menu = False
    list_display = ["__str__", "locale", "live"]
    list_filter = ["locale", "live"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thema's")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Doelgroepen")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, TargetGroupViewSet)
    menu_icon = "tag"
    menu_label = _("Onderwerpen")
    menu_name = "taxonomy"
    menu_order = 300


register_snippet(FooterTextViewSet)
register_snippet(TaxonomyViewSetGroup)
