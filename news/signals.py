"""A meeting's page shows its free seats: forget cached copies when a registration changes."""

import logging

from django.db.models.signals import post_delete, post_save

logger = logging.getLogger(__name__)


def _purge_event_page(sender, instance, **kwargs):
    try:
        from home import pagecache
    except ImportError:  # no page cache in this build
        return
    if not pagecache.enabled():
        return
    try:
        event = instance.event
    except Exception:  # noqa: BLE001 - the meeting itself is being deleted
        return
    pagecache.purge_page(event)  # also its translations, which show the same seats


def connect():
    from .models import Registration

    post_save.connect(_purge_event_page, sender=Registration, dispatch_uid="news-registration-save")
    post_delete.connect(
        _purge_event_page, sender=Registration, dispatch_uid="news-registration-delete"
    )
