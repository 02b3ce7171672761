"""Handling the public sign-up form: a draft initiative in the moderation queue, the submission
kept as typed, and an e-mail to the editors that may fail without losing anything."""

import hashlib
import logging

from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Site

from home.models import SiteSettings

from .models import InitiativePage, InitiativeSignup

logger = logging.getLogger(__name__)

RATE_WINDOW = 60 * 60


def signup_rate_exceeded(request, limit=None):
    """Count this attempt for the sender's address; True when over the hourly limit."""
    from .models import InitiativeIndexPage

    limit = limit or InitiativeIndexPage.SIGNUPS_PER_HOUR
    address = request.META.get("REMOTE_ADDR", "")
    key = "kennisbank:signup:" + hashlib.sha256(address.encode()).hexdigest()
    cache.add(key, 0, RATE_WINDOW)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW)
        attempts = 1
    return attempts > limit


def _free_slug(index, name):
    base = slugify(name)[:70] or "initiatief"
    taken = set(index.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def create_signup(index, data, methods):
    """Store the submission and an unpublished initiative page waiting for moderation."""
    chosen = [method for method in methods if str(method.pk) in data["methods"]]
    signup = InitiativeSignup.objects.create(
        name=data["name"],
        place=data["place"],
        province=data["province"],
        description=data["description"],
        methods=", ".join(method.title for method in chosen),
        website=data["website"],
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
    )
    page = InitiativePage(
        title=data["name"],
        slug=_free_slug(index, data["name"]),
        summary=data["description"][:300],
        place=data["place"],
        province=data["province"],
        status="starting",
        website=data["website"],
        contact_email=data["contact_email"],
        body=[
            ("paragraph", "".join(f"<p>{line}</p>" for line in _paragraphs(data["description"])))
        ],
        methods=chosen,
        live=False,
    )
    index.add_child(instance=page)
    page.save_revision(log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user=None)
    signup.page = page
    signup.save(update_fields=["page"])
    transaction.on_commit(lambda: notify_editors(signup.pk))
    return signup


def _paragraphs(text):
    from django.utils.html import escape

    return [escape(line.strip()) for line in text.splitlines() if line.strip()]


def notify_editors(signup_pk):
    """Mail the editors. If the mail server fails, the sign-up is already safe in the database
    and shows up in the admin; the failure is logged and `notified` stays False."""
    signup = InitiativeSignup.objects.select_related("page").get(pk=signup_pk)
    site = Site.objects.filter(is_default_site=True).first()
    recipient = SiteSettings.for_site(site).email if site else ""
    if not recipient:
        logger.warning("No editors' e-mail address in the site settings; sign-up %s", signup.pk)
        return
    body = render_to_string("initiatives/email/signup_notification.txt", {"signup": signup})
    try:
        send_mail(
            _("Nieuwe aanmelding: %(name)s") % {"name": signup.name},
            body,
            None,
            [recipient],
        )
    except Exception:  # noqa: BLE001 - any mail failure must leave the sign-up intact
        logger.exception("Could not mail the editors about sign-up %s", signup.pk)
        return
    InitiativeSignup.objects.filter(pk=signup.pk).update(notified=True)
