from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import lockouts
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


@hooks.register("register_admin_urls")
def translation_overview_url():
    from .admin_views import translation_overview

    return [path("vertalingen/", translation_overview, name="kennisbank_translation_overview")]


class TranslationOverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def translation_overview_menu_item():
    return TranslationOverviewMenuItem(
        _("Vertalingen"), reverse("kennisbank_translation_overview"), icon_name="globe", order=50
    )


@hooks.register("before_move_page")
def refuse_move_confirmation_without_permission(request, page_to_move, destination):
    """Wagtail checks the move permission only when the move is posted; its confirmation page
    would otherwise show any two pages' titles to any admin user."""
    if not page_to_move.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


@hooks.register("register_admin_urls")
def lockout_urls():
    return [
        path("inlogblokkades/", lockouts.LockoutReportView.as_view(), name="kennisbank_lockouts"),
        path(
            "inlogblokkades/results/",
            lockouts.LockoutReportView.as_view(results_only=True),
            name="kennisbank_lockouts_results",
        ),
        path(
            "inlogblokkades/<int:pk>/opheffen/",
            lockouts.reset,
            name="kennisbank_lockout_reset",
        ),
    ]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return lockouts.may_view(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem(
        _("Inlogblokkades"), reverse("kennisbank_lockouts"), icon_name="lock", order=900
    )


@hooks.register("register_permissions")
def lockout_permissions():
    """Administrators can let a group see the login lockouts and lift them."""
    return Permission.objects.filter(
        content_type__app_label="axes",
        codename__in=["view_accessattempt", "delete_accessattempt"],
    )
