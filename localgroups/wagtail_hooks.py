from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry, register_permission_policy

from home.cards import with_card_images
from home.permissions import BULK_ACTIONS, PermissionCheckedSnippetsAPI
from home.sections import CachedSection

from . import account, views
from .admin import LocalGroupPermissionPolicy, LocalGroupsMenu, VolunteerDashboard
from .models import ExperiencePage, LocalGroup
from .privacy import DraftsStayPrivatePolicy, hide_foreign_drafts
from .roles import is_volunteer

register_permission_policy(LocalGroup, LocalGroupPermissionPolicy(LocalGroup))
# Drafts stay private: every page listing, search, report and history asks this policy.
register_permission_policy(Page, DraftsStayPrivatePolicy(Page))


@hooks.register("register_admin_viewset")
def register_local_groups_menu():
    return LocalGroupsMenu()


@hooks.register("register_admin_urls")
def local_group_admin_urls():
    return [
        path(
            "lokale-groepen/ervaring-toevoegen/",
            views.add_experience,
            name="localgroups_add_experience",
        ),
        path(
            "e-mailadres-bevestigen/<str:token>/",
            account.confirm_email,
            name="localgroups_confirm_email",
        ),
    ]


@hooks.register("register_account_settings_panel")
def email_settings_panel(request, user, profile):
    """The account's e-mail address changes only once the new address confirms."""
    return account.EmailSettingsPanel(request, user, profile)


@hooks.register("register_log_actions")
def local_group_log_actions(actions):
    actions.register_action(
        "localgroups.invitation_accepted",
        _("Uitnodiging geaccepteerd"),
        _("Uitnodiging geaccepteerd"),
    )
    actions.register_action(
        "localgroups.email_confirmed",
        _("E-mailadres bevestigd"),
        _("Nieuw e-mailadres bevestigd via de link"),
    )
    actions.register_action(
        "localgroups.invitation_resent", _("Uitnodiging opnieuw verstuurd"), _("Opnieuw verstuurd")
    )


# ----------------------------------------------------------------------------------------
# A simple admin for volunteers

VOLUNTEER_MENU_ITEMS = {"explorer", "images", "documents"}


@hooks.register("insert_global_admin_css")
def volunteer_dashboard_css():
    return format_html('<link rel="stylesheet" href="{}">', static("localgroups/admin.css"))


@hooks.register("construct_homepage_panels")
def volunteer_dashboard(request, panels):
    """Volunteers see their own short dashboard instead of Wagtail's panels."""
    if is_volunteer(request.user):
        panels[:] = [VolunteerDashboard(request)]


@hooks.register("construct_main_menu")
def volunteer_menu(request, menu_items):
    """Volunteers see pages, images and documents only; Wagtail already hides what they have
    no permission for, this also drops reports and help."""
    if is_volunteer(request.user):
        menu_items[:] = [item for item in menu_items if item.name in VOLUNTEER_MENU_ITEMS]


def _hide_other_groups_drafts(pages, request):
    """Volunteers see live pages, and drafts only of their own initiatives and experiences."""
    return hide_foreign_drafts(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explorer_without_foreign_drafts(parent_page, pages, request):
    return _hide_other_groups_drafts(pages, request)


@hooks.register("construct_page_chooser_queryset")
def chooser_without_foreign_drafts(pages, request):
    return _hide_other_groups_drafts(pages, request)


# ----------------------------------------------------------------------------------------
# Experiences on the public pages


def _live_experiences(experiences):
    return with_card_images(
        list(
            experiences.live().public().select_related("initiative").order_by("-date", "title")[:12]
        )
    )


@hooks.register("register_method_page_section")
def experiences_on_method_page(method_page, request):
    """'Ervaringen uit de praktijk': what local groups did with this method."""

    def get_context():
        experiences = _live_experiences(ExperiencePage.objects.child_of(method_page))
        if not experiences:
            return None
        return {"experiences": experiences, "heading": _("Ervaringen uit de praktijk")}

    return CachedSection(
        template="localgroups/includes/experiences_section.html",
        order=20,
        get_context=get_context,
    )


@hooks.register("register_initiative_page_section")
def experiences_on_initiative_page(initiative_page, request):
    """The experiences of this initiative, wherever they were added."""
    from .roles import source_initiative

    def get_context():
        experiences = _live_experiences(
            ExperiencePage.objects.filter(
                initiative=source_initiative(initiative_page),
                locale_id=initiative_page.locale_id,
            )
        )
        if not experiences:
            return None
        return {"experiences": experiences, "heading": _("Onze ervaringen")}

    return CachedSection(
        template="localgroups/includes/experiences_section.html",
        order=10,
        get_context=get_context,
    )


@hooks.register("register_demo_content")
def load_local_group_demo_content(stdout=None):
    from .demo import load

    load(stdout=stdout)


# ----------------------------------------------------------------------------------------
# Closing the side doors: what the explorer and chooser hide must not show up elsewhere.


def _hidden_page(request, page_id):
    """True when a volunteer asks for a page that their explorer hides (another group's draft)."""
    if page_id is None or not is_volunteer(request.user):
        return False
    return not _hide_other_groups_drafts(Page.objects.filter(pk=page_id), request).exists()


@hooks.register("construct_explorer_page_queryset", order=-1)
def refuse_exploring_hidden_pages(parent_page, pages, request):
    if _hidden_page(request, parent_page.pk):
        raise PermissionDenied
    return pages


@hooks.register("construct_page_chooser_queryset", order=-1)
def refuse_choosing_under_hidden_pages(pages, request):
    kwargs = request.resolver_match.kwargs if request.resolver_match else {}
    if _hidden_page(request, kwargs.get("parent_page_id")):
        raise PermissionDenied
    return pages


class VolunteerPagesAPIViewSet(PagesAdminAPIViewSet):
    def get_base_queryset(self):
        return _hide_other_groups_drafts(super().get_base_queryset(), self.request)


class ChoosableInCollectionsMixin:
    """Images and documents in the admin API: only those the user may choose."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        allowed = policy.collections_user_has_any_permission_for(
            self.request.user, ["choose", "add", "change"]
        )
        return super().get_queryset().filter(collection__in=allowed)


class ChoosableImagesAPIViewSet(ChoosableInCollectionsMixin, ImagesAdminAPIViewSet):
    pass


class ChoosableDocumentsAPIViewSet(ChoosableInCollectionsMixin, DocumentsAdminAPIViewSet):
    pass


for bulk_action in BULK_ACTIONS:
    # After Wagtail's own (order 0): these replace them for the same models and actions.
    hooks.register("register_bulk_action", bulk_action, order=100)


@hooks.register("register_admin_urls", order=-100)
def permission_checked_localize_snippets_api():
    """wagtail-localize's snippet API answers any admin account about any snippet; its routes
    come first here with the same view checking the model's permission policy."""
    return [
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            PermissionCheckedSnippetsAPI.as_view({"get": "list"}),
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            PermissionCheckedSnippetsAPI.as_view({"get": "retrieve"}),
        ),
    ]


@hooks.register("construct_admin_api", order=100)
def admin_api_within_permissions(router):
    """Wagtail's admin API answers any admin user about any page, image or document; here it
    answers only about what the user may see in the explorer and choosers."""
    router.register_endpoint("pages", VolunteerPagesAPIViewSet)
    router.register_endpoint("images", ChoosableImagesAPIViewSet)
    router.register_endpoint("documents", ChoosableDocumentsAPIViewSet)
