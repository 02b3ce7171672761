"""The local groups' role and the moderation workflow, created and kept in step by code.

- **Redactie** (editors) is the site-wide role in `home.roles`; they review the moderation
  workflow set up here.
- **Lokale groep: <initiative>**: one group per initiative (its Dutch source page). It may edit
  its own initiative page (every language version) and add pages under it; add experiences
  under any method page (the "add" permission on the methods section, limited to experiences by
  `methods.MethodIndexPage.permissions_for_user`); upload into its own collection and choose
  from the shared one. It has no publish permission, so every change goes through the
  workflow. A stopped initiative's group keeps its members but loses every permission.

Everything here is idempotent: `ensure_workflow()` runs after every `migrate`, `sync_local_group`
whenever an initiative is saved, and `manage.py setup_roles` runs `ensure_roles()` (the editors'
group and the workflow) and syncs every initiative's group.
"""

from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.localization import default_locale
from home.requestcache import memo
from home.roles import (
    editors_group,
    ensure_editors,
    is_editor,
    page_permission,
    permission,
    shared_collection,
)

LOCAL_GROUP_PREFIX = "Lokale groep: "
LOCAL_COLLECTIONS = "Lokale groepen"
WORKFLOW_NAME = "Goedkeuring door de redactie"
TASK_NAME = "Redactie keurt goed"

LOCAL_OWN_COLLECTION = [("wagtailimages", "add_image"), ("wagtailimages", "choose_image")] + [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
LOCAL_SHARED_COLLECTION = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]


def member_initiative_ids(user):
    """The ids of the initiatives whose active local group `user` belongs to. Read once per
    request: the menu, explorer, chooser and every experience's permission check ask for it."""
    if not user.is_authenticated:
        return frozenset()

    def compute():
        from .models import LocalGroup

        return frozenset(
            LocalGroup.objects.filter(group__user=user, active=True).values_list(
                "initiative_id", flat=True
            )
        )

    return memo((__name__, "initiative_ids", user.pk), compute)


def is_volunteer(user):
    """A member of at least one active local group who is not an editor."""
    return bool(member_initiative_ids(user)) and not is_editor(user)


def _local_collections_parent():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=LOCAL_COLLECTIONS).first()
    return existing or root.add_child(name=LOCAL_COLLECTIONS)


def ensure_roles():
    """Create or repair the editors' group (`home.roles`), the shared collection and the
    moderation workflow."""
    ensure_editors()
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

    access_admin = permission("wagtailadmin", "access_admin")
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
            group=group, page_id=page_id, permission=page_permission(action)
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
            group=group, collection_id=collection_id, permission=permission(app_label, codename)
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
    """After migrate: repair the workflow (the home app repairs the editors' group). Initiatives
    get their group when they are saved; `manage.py setup_roles` (re)builds every group, e.g.
    for initiatives that existed before this app."""
    ensure_workflow()
