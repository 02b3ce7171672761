"""Inviting volunteers into a local group: the invitee proves the mailbox.

An invitation is pending until the link mailed to the invited address is opened. The link holds
a random token of which only a hash is stored; it works once, and for
KENNISBANK_INVITATION_TIMEOUT seconds after it was sent (sending again makes a new link and
stops the old one). Only then does an account join the group: a new one made through the link,
or an existing one that is logged in and whose e-mail address is the invited one. Nothing is
looked up by address when the invitation is made, and account addresses change only after the
new address has confirmed (`localgroups.account`), so nobody gets an invitation by changing
their own address to the invitee's.
"""

import hashlib
import logging
import secrets
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from .models import Invitation

logger = logging.getLogger(__name__)


class InvitationError(Exception):
    """Why an invitation link cannot be used; the message is for the visitor."""


# ----------------------------------------------------------------------------------------
# Links: a random token in the mail, its hash in the database


def new_token():
    """A fresh token for a link and the hash to store: (token, hash)."""
    token = secrets.token_urlsafe(32)
    return token, hash_token(token)


def hash_token(token):
    """The stored form of a token. 256 random bits need no slow hash: SHA-256 is enough to keep
    a copy of the database from opening any link."""
    return hashlib.sha256(token.encode()).hexdigest()


def absolute_url(path, request=None):
    """`path` on the host the request came to (validated by ALLOWED_HOSTS), or on
    WAGTAILADMIN_BASE_URL when there is no request (management commands)."""
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def normalize_email(email):
    return get_user_model().objects.normalize_email(email).strip().lower()


def email_matches(user, email):
    return bool(user.email) and user.email.strip().lower() == normalize_email(email)


# ----------------------------------------------------------------------------------------
# The editor's side: make and send


@transaction.atomic
def create_invitation(email, local_group, invited_by=None, name=""):
    """Record a pending invitation. No account is looked up or added to the group here: that
    happens when the link is opened. The e-mail goes out with `send_invitation`."""
    invitation = Invitation.objects.create(
        email=normalize_email(email), name=name, local_group=local_group, invited_by=invited_by
    )
    log(instance=invitation, action="wagtail.create", user=invited_by)
    return invitation


def send_invitation(invitation, request=None):
    """Mail the invitation with a new link, valid for the full period from now; an earlier link
    stops working. Returns False (and logs) when the mail server refuses; the invitation stays,
    and the editor can send it again."""
    token, token_hash = new_token()
    invitation.token_hash = token_hash
    invitation.created_at = timezone.now()
    invitation.save(update_fields=["token_hash", "created_at"])
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "invitation": invitation,
            "initiative": invitation.local_group.initiative,
            "url": absolute_url(
                reverse("localgroups:accept_invitation", args=[token]), request=request
            ),
            "days": settings.KENNISBANK_INVITATION_TIMEOUT // 86400,
        }
        subject = " ".join(
            render_to_string("localgroups/email/invitation_subject.txt", context).split()
        )
        body = render_to_string("localgroups/email/invitation.txt", context)
    try:
        EmailMessage(subject, body, to=[invitation.email]).send()
    except (smtplib.SMTPException, OSError):
        logger.exception("Invitation mail to %s failed", invitation.email)
        return False
    return True


def invite(email, local_group, invited_by=None, name="", request=None):
    invitation = create_invitation(email, local_group, invited_by=invited_by, name=name)
    return invitation, send_invitation(invitation, request=request)


# ----------------------------------------------------------------------------------------
# The invitee's side: open the link, join


def _is_expired(invitation):
    return timezone.now() >= invitation.expires_at


def pending_invitation(token):
    """The invitation the link was made for, or InvitationError saying why it cannot be used."""
    invitation = (
        Invitation.objects.filter(token_hash=hash_token(token or ""))
        .exclude(token_hash="")
        .select_related("local_group__initiative", "local_group__group")
        .first()
    )
    if invitation is None:
        raise InvitationError(
            _(
                "Deze link klopt niet of is vervangen door een nieuwere uitnodiging. Kopieer de "
                "hele link uit de laatste e-mail, of vraag de redactie om een nieuwe uitnodiging."
            )
        )
    if invitation.accepted_at:
        raise InvitationError(
            _(
                "Deze uitnodiging is al gebruikt. Log in met je gebruikersnaam en wachtwoord, of "
                "vraag de redactie om een nieuwe uitnodiging."
            )
        )
    if _is_expired(invitation):
        raise InvitationError(
            _("Deze uitnodiging is verlopen. Vraag de redactie om een nieuwe uitnodiging.")
        )
    if not invitation.local_group.active:
        raise InvitationError(
            _("Dit initiatief is gestopt; de groep kan geen pagina’s meer bijwerken.")
        )
    return invitation


def accounts_with_address(email):
    """Active accounts whose (confirmed) e-mail address is `email`."""
    return get_user_model().objects.filter(email__iexact=normalize_email(email), is_active=True)


@transaction.atomic
def join(invitation, user):
    """Use the invitation for `user`: it joins the group, and the link stops working. `user`
    must be the account of the invited address (new through the link, or logged in); a link
    that was used or ran out in the meantime raises InvitationError and adds nobody."""
    if not email_matches(user, invitation.email):
        raise InvitationError(_("Deze uitnodiging is voor een ander e-mailadres."))
    now = timezone.now()
    claimed = Invitation.objects.filter(
        pk=invitation.pk,
        token_hash=invitation.token_hash,
        accepted_at__isnull=True,
        created_at__gt=now - timezone.timedelta(seconds=settings.KENNISBANK_INVITATION_TIMEOUT),
    ).update(accepted_at=now, user=user)
    if not claimed:
        raise InvitationError(
            _("Deze uitnodiging is al gebruikt of verlopen. Vraag de redactie om een nieuwe.")
        )
    user.groups.add(invitation.local_group.group)
    invitation.refresh_from_db()
    log(instance=invitation, action="localgroups.invitation_accepted", user=user)
    return invitation
