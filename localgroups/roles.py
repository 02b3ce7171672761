"""The roles the site relies on, created and kept in step by code.

- **Redactie** (editors): every page permission from the root, every collection permission,
  the snippets, settings and users of the site; they review the moderation workflow.
- **Lokale groep: <initiative>**: one group per initiative (its Dutch source page). It may edit
  its own initiative page (every language version) and add pages under it; add experiences
  under any method page (the "add" permission on the methods section, limited to experiences by
  `methods.MethodIndexPage.permissions_for_user`); upload into its own collection and choose
  from the shared one. It has no publish permission, so every change goes through the
  workflow. A stopped initiative's group keeps its members but loses every permission.

Everything here is idempotent: `ensure_roles()` runs after every `migrate`, `sync_local_group`
whenever an initiative is saved, and `manage.py setup_roles` runs both for every initiative.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.routing import default_locale

EDITORS_GROUP = "Redactie"
LOCAL_GROUP_PREFIX = "Lokale groep: "
SHARED_COLLECTION = "Gedeeld"
LOCAL_COLLECTIONS = "Lokale groepen"
WORKFLOW_NAME = "Goedkeuring door de redactie"
TASK_NAME = "Redactie keurt goed"

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
LOCAL_OWN_COLLECTION = [("wagtailimages", "add_image"), ("wagtailimages", "choose_image")] + [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
LOCAL_SHARED_COLLECTION = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]


def _permission(app_label, codename, _cache={}):  # noqa: B006 - a per-database cache
    """The Permission row; cached per database alias (their ids never change once created)."""
    from django.db import connection

    key = (connection.alias, connection.settings_dict["NAME"], app_label, codename)
    if key not in _cache:
        _cache[key] = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    return _cache[key]


def _page_permission(action):
    return _permission("wagtailcore", f"{action}_page")


def editors_group():
    return Group.objects.get_or_create(name=EDITORS_GROUP)[0]


def is_editor(user):
    """Editors and superusers: people who publish and moderate. Asked once per request."""
    if not hasattr(user, "_kennisbank_is_editor"):
        user._kennisbank_is_editor = user.is_active and (
            user.is_superuser or user.groups.filter(name=EDITORS_GROUP).exists()
        )
    return user._kennisbank_is_editor


def member_initiative_ids(user):
    """The ids of the initiatives whose active local group `user` belongs to. Read once per
    request (the user object lives as long as the request): the menu, explorer, chooser and
    every experience's permission check ask for it."""
    if not user.is_authenticated:
        return frozenset()
    if not hasattr(user, "_kennisbank_initiative_ids"):
        from .models import LocalGroup

        user._kennisbank_initiative_ids = frozenset(
            LocalGroup.objects.filter(group__user=user, active=True).values_list(
                "initiative_id", flat=True
            )
        )
    return user._kennisbank_initiative_ids


def is_volunteer(user):
    """A member of at least one active local group who is not an editor."""
    return bool(member_initiative_ids(user)) and not is_editor(user)


def shared_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=SHARED_COLLECTION).first()
    return existing or root.add_child(name=SHARED_COLLECTION)


def _local_collections_parent():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=LOCAL_COLLECTIONS).first()
    return existing or root.add_child(name=LOCAL_COLLECTIONS)


@transaction.atomic
def ensure_roles():
    """Create or repair the editors' group, the shared collection and the workflow."""
    # On a fresh database Django creates model permissions only after the last migration;
    # create them now so that this can run from post_migrate whatever the app order.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0)

    editors = editors_group()
    model_permissions = Permission.objects.filter(
        Q(content_type__app_label__in=EDITOR_APPS)
        | Q(
            *[
                Q(content_type__app_label=app, codename=codename)
                for app, codename in EDITOR_EXTRA_PERMISSIONS
            ],
            _connector=Q.OR,
        )
    )
    editors.permissions.add(*model_permissions)

    root_page = Page.get_first_root_node()
    if root_page is not None:
        for action in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root_page, permission=_page_permission(action)
            )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for app_label, codenames in COLLECTION_ACTIONS.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=editors,
                    collection=root_collection,
                    permission=_permission(app_label, codename),
                )
        shared_collection()
    ensure_workflow()


def ensure_workflow():
    """The moderation workflow on the methods and initiatives sections of every language.

    An existing assignment made by an editor in the admin is left as it is."""
    from initiatives.models import InitiativeIndexPage
    from methods.models import MethodIndexPage

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(editors_group())
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    sections = [*MethodIndexPage.objects.all(), *InitiativeIndexPage.objects.all()]
    for page in sections:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def _group_name(initiative, local_group=None):
    """'Lokale groep: <title>'; made unique with the place when two initiatives share a name."""
    name = f"{LOCAL_GROUP_PREFIX}{initiative.title}"[:150]
    taken = Group.objects.filter(name=name)
    if local_group is not None:
        taken = taken.exclude(pk=local_group.group_id)
    if taken.exists():
        name = f"{LOCAL_GROUP_PREFIX}{initiative.title} ({initiative.place})"[:140]
        name = f"{name} #{initiative.pk}" if Group.objects.filter(name=name).exists() else name
    return name


def source_initiative(initiative):
    """The Dutch (source) version of an initiative page: the one a local group belongs to."""
    default = default_locale()
    if initiative.locale_id == default.pk:
        return initiative
    return initiative.get_translation_or_none(default) or initiative


@transaction.atomic
def sync_local_group(initiative):
    """Create or update the local group of an initiative and set its permissions."""
    from methods.models import MethodIndexPage

    from .models import LocalGroup

    initiative = source_initiative(initiative)
    local_group = LocalGroup.objects.filter(initiative=initiative).select_related("group").first()
    if local_group is None:
        group = Group.objects.create(name=_group_name(initiative))
        local_group = LocalGroup.objects.create(initiative=initiative, group=group)
    else:
        group = local_group.group
        name = _group_name(initiative, local_group)
        if group.name != name:
            group.name = name
            group.save(update_fields=["name"])

    if local_group.collection is None:
        local_group.collection = _local_collections_parent().add_child(
            name=str(initiative.title)[:255]
        )
    elif local_group.collection.name != initiative.title:
        local_group.collection.name = str(initiative.title)[:255]
        local_group.collection.save(update_fields=["name"])

    local_group.active = initiative.status != "stopped"
    local_group.save()

    access_admin = _permission("wagtailadmin", "access_admin")
    if not local_group.active:
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        group.permissions.remove(access_admin)
        return local_group

    group.permissions.add(access_admin)
    wanted_pages = set()
    for page in initiative.get_translations(inclusive=True):
        wanted_pages |= {(page.pk, "add"), (page.pk, "change")}
    for index in MethodIndexPage.objects.all():
        wanted_pages.add((index.pk, "add"))
    _set_page_permissions(group, wanted_pages)

    wanted_collections = {
        (local_group.collection_id, app, codename) for app, codename in LOCAL_OWN_COLLECTION
    } | {(shared_collection().pk, app, codename) for app, codename in LOCAL_SHARED_COLLECTION}
    _set_collection_permissions(group, wanted_collections)
    return local_group


def _set_page_permissions(group, wanted):
    current = {
        (perm.page_id, perm.permission.codename.removesuffix("_page")): perm
        for perm in GroupPagePermission.objects.filter(group=group).select_related("permission")
    }
    for key, perm in current.items():
        if key not in wanted:
            perm.delete()
    for page_id, action in wanted - current.keys():
        GroupPagePermission.objects.create(
            group=group, page_id=page_id, permission=_page_permission(action)
        )


def _set_collection_permissions(group, wanted):
    current = {
        (perm.collection_id, perm.permission.content_type.app_label, perm.permission.codename): perm
        for perm in GroupCollectionPermission.objects.filter(group=group).select_related(
            "permission__content_type"
        )
    }
    for key, perm in current.items():
        if key not in wanted:
            perm.delete()
    for collection_id, app_label, codename in wanted - current.keys():
        GroupCollectionPermission.objects.create(
            group=group, collection_id=collection_id, permission=_permission(app_label, codename)
        )


def sync_all_local_groups(only_missing=False):
    """Sync every initiative's group (`setup_roles`), or only create the missing ones."""
    from initiatives.models import InitiativePage

    initiatives = InitiativePage.objects.filter(locale=Locale.get_default())
    if only_missing:
        initiatives = initiatives.filter(local_group__isnull=True)
    for initiative in initiatives:
        sync_local_group(initiative)


def setup_roles_after_migrate(sender, **kwargs):
    """After migrate: repair the editors' group and the workflow. Initiatives get their group
    when they are saved; `manage.py setup_roles` (re)builds every group, e.g. for initiatives
    that existed before this app."""
    ensure_roles()
