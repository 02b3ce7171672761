"""The site-wide editor role, created and kept in step by code.

**Redactie** (editors): every page permission from the root, every collection permission, the
snippets, settings and users of the site. Editors and superusers publish, moderate and see
personal data (registrations); `is_editor(user)` is the one check for that. The per-initiative
local groups and the moderation workflow build on this role in `localgroups.roles`.

Everything here is idempotent: `ensure_editors()` runs after every `migrate` (see `apps.py`).
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import connection, transaction
from django.db.models import Q

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from home.requestcache import memo

EDITORS_GROUP = "Redactie"
SHARED_COLLECTION = "Gedeeld"

EDITOR_PAGE_PERMISSIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
# Every model permission of these apps (snippets, settings, images, documents, invitations…).
EDITOR_APPS = [
    "home",
    "methods",
    "initiatives",
    "news",
    "search",
    "localgroups",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtailforms",
    "wagtail_localize",
    "taggit",
]
EDITOR_EXTRA_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "delete_user"),
    ("auth", "view_user"),
]
# Documents are library.Document (WAGTAILDOCS_DOCUMENT_MODEL), but Wagtail keeps their
# permissions on wagtaildocs.Document (the permission policy's auth_model), so these stay.
COLLECTION_ACTIONS = {
    "wagtailimages": ["add_image", "change_image", "delete_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "delete_document", "choose_document"],
}

_permissions = {}


def permission(app_label, codename):
    """The Permission row; kept per database (their ids never change once created)."""
    key = (connection.alias, connection.settings_dict["NAME"], app_label, codename)
    if key not in _permissions:
        _permissions[key] = Permission.objects.get(
            content_type__app_label=app_label, codename=codename
        )
    return _permissions[key]


def page_permission(action):
    return permission("wagtailcore", f"{action}_page")


def editors_group():
    return Group.objects.get_or_create(name=EDITORS_GROUP)[0]


def is_editor(user):
    """Editors and superusers: people who publish and moderate. Asked once per request."""

    def compute():
        return user.is_active and (
            user.is_superuser or user.groups.filter(name=EDITORS_GROUP).exists()
        )

    if user.pk is None:
        return compute()
    return memo((__name__, "is_editor", user.pk), compute)


def shared_collection():
    """The collection every group may choose images and documents from."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=SHARED_COLLECTION).first()
    return existing or root.add_child(name=SHARED_COLLECTION)


@transaction.atomic
def ensure_editors():
    """Create or repair the editors' group and the shared collection."""
    # On a fresh database Django creates model permissions only after the last migration;
    # create them now so that this can run from post_migrate whatever the app order.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0)

    editors = editors_group()
    wanted = Q(content_type__app_label__in=EDITOR_APPS)
    for app_label, codename in EDITOR_EXTRA_PERMISSIONS:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    model_permissions = Permission.objects.filter(wanted)
    editors.permissions.add(*model_permissions)

    root_page = Page.get_first_root_node()
    if root_page is not None:
        for action in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root_page, permission=page_permission(action)
            )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for app_label, codenames in COLLECTION_ACTIONS.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=editors,
                    collection=root_collection,
                    permission=permission(app_label, codename),
                )
        shared_collection()
    return editors


def ensure_editors_after_migrate(sender, **kwargs):
    """After migrate: repair the editors' group."""
    ensure_editors()
