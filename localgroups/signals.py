"""Keep the local groups and the workflow in step with the pages they belong to."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from initiatives.models import InitiativeIndexPage, InitiativePage
from methods.models import MethodIndexPage

from .models import LocalGroup
from .roles import ensure_workflow, sync_all_local_groups, sync_local_group


@receiver(post_save, sender=InitiativePage)
def initiative_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """A new initiative gets its group; a renamed one renames it; a stopped one loses access.

    Only published values count: saving a draft revision saves the page with a few
    bookkeeping fields only, while the instance in memory holds the draft's title and status."""
    if raw or (update_fields is not None and not {"title", "status"} & set(update_fields)):
        return
    sync_local_group(instance)


@receiver(post_save, sender=MethodIndexPage)
@receiver(post_save, sender=InitiativeIndexPage)
def section_saved(sender, instance, created=False, raw=False, **kwargs):
    """A new methods or initiatives section (e.g. its English version) gets the workflow,
    and local groups may add experiences under every methods section."""
    if created and not raw:
        ensure_workflow()
        if sender is MethodIndexPage:
            sync_all_local_groups()


@receiver(post_delete, sender=LocalGroup)
def local_group_deleted(sender, instance, **kwargs):
    """Deleting an initiative deletes its group, so its members lose access at once. Their
    uploads stay in the collection."""
    from django.contrib.auth.models import Group

    Group.objects.filter(pk=instance.group_id).delete()
