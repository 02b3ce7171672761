"""Handling the public sign-up form: the submission kept as typed, a draft initiative in the
moderation queue, and an e-mail to the editors. Mail may fail in any way without losing
anything: the sign-up and its draft are committed before any mail is attempted."""

import logging

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Site

from home.models import SiteSettings

from .models import InitiativePage, InitiativeSignup

logger = logging.getLogger(__name__)


def _free_slug(index, name, attempt=0):
    base = slugify(name)[:70] or "initiatief"
    taken = set(index.get_children().values_list("slug", flat=True))
    slug, n = base, 2 + attempt
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def create_signup(index, data, methods):
    """Store the submission and an unpublished draft, then put the draft in the moderation
    workflow and mail the editors. Returns the stored sign-up."""
    signup, page = _store(index, data, methods)
    try:
        # Wagtail mails the moderators when the workflow starts; a mail failure it does not
        # catch must not undo the stored sign-up.
        with transaction.atomic():
            workflow = page.get_workflow()
            if workflow is not None:
                workflow.start(page, user=None)
    except Exception:  # noqa: BLE001
        logger.exception("Could not start moderation for sign-up %s", signup.pk)
    transaction.on_commit(lambda: notify_editors(signup.pk))
    return signup


def _store(index, data, methods):
    chosen = [method for method in methods if str(method.pk) in data["methods"]]
    for attempt in range(3):
        try:
            with transaction.atomic():
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
                    slug=_free_slug(index, data["name"], attempt),
                    summary=data["description"][:300],
                    place=data["place"],
                    province=data["province"],
                    status="starting",
                    website=data["website"],
                    contact_email=data["contact_email"],
                    body=[
                        (
                            "paragraph",
                            "".join(
                                f"<p>{escape(line.strip())}</p>"
                                for line in data["description"].splitlines()
                                if line.strip()
                            ),
                        )
                    ],
                    methods=chosen,
                    live=False,
                )
                index.add_child(instance=page)
                page.save_revision(log_action=True)
                signup.page = page
                signup.save(update_fields=["page"])
                return signup, page
        except IntegrityError:
            # Another sign-up took the same address a moment ago: try the next one.
            index.refresh_from_db()
    raise RuntimeError("Could not find a free address for the sign-up")


def notify_editors(signup_pk):
    """Mail the editors. If the mail server fails, the sign-up is already safe in the database
    and shows up in the admin; the failure is logged and `notified` stays False, so that
    `manage.py resend_signup_notifications` can try again."""
    signup = InitiativeSignup.objects.select_related("page").get(pk=signup_pk)
    site = Site.objects.filter(is_default_site=True).first()
    recipient = SiteSettings.for_site(site).email if site else ""
    if not recipient:
        logger.warning("No editors' e-mail address in the site settings; sign-up %s", signup.pk)
        return False
    body = render_to_string("initiatives/email/signup_notification.txt", {"signup": signup})
    subject = _("Nieuwe aanmelding: %(name)s") % {"name": " ".join(signup.name.split())}
    try:
        send_mail(subject, body, None, [recipient])
    except Exception:  # noqa: BLE001 - any mail failure must leave the sign-up intact
        logger.exception("Could not mail the editors about sign-up %s", signup.pk)
        return False
    InitiativeSignup.objects.filter(pk=signup.pk).update(notified=True)
    return True
