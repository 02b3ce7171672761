"""Inviting volunteers into a local group.

The invitation e-mail holds a signed link for the invited account. It expires after
KENNISBANK_INVITATION_TIMEOUT seconds, and it is bound to the account's password and last login,
so it stops working as soon as it has been used to set a password.
"""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac

from wagtail.log_actions import log
from wagtail.users.models import UserProfile

from .models import Invitation

logger = logging.getLogger(__name__)

SALT = "kennisbank.localgroups.invitation"


class InvitationError(Exception):
    """Why an invitation link cannot be used; the message is for the visitor."""


def _account_state(user):
    value = f"{user.pk}|{user.password}|{user.last_login}|{user.is_active}"
    return salted_hmac(SALT, value).hexdigest()[:20]


def make_token(user):
    return signing.dumps({"u": user.pk, "s": _account_state(user)}, salt=SALT)


def user_for_token(token):
    """The account the link was made for, or InvitationError saying why not."""
    from django.utils.translation import gettext as _

    try:
        data = signing.loads(token, salt=SALT, max_age=settings.KENNISBANK_INVITATION_TIMEOUT)
    except signing.SignatureExpired as error:
        raise InvitationError(
            _("Deze uitnodiging is verlopen. Vraag de redactie om een nieuwe uitnodiging.")
        ) from error
    except signing.BadSignature as error:
        raise InvitationError(
            _(
                "Deze link klopt niet. Kopieer de hele link uit de e-mail, of vraag de redactie om "
                "een nieuwe uitnodiging."
            )
        ) from error
    user = get_user_model().objects.filter(pk=data.get("u")).first()
    if user is None or not constant_time_compare(data.get("s", ""), _account_state(user)):
        raise InvitationError(
            _(
                "Deze uitnodiging is al gebruikt. Log in met je e-mailadres en wachtwoord, of "
                "vraag de redactie om een nieuwe uitnodiging."
            )
        )
    return user


def invitation_url(user):
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("localgroups:accept_invitation", args=[make_token(user)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@transaction.atomic
def create_invitation(email, local_group, invited_by=None, name=""):
    """Add the account for `email` (created when new) to the group and record the invitation.
    The e-mail is sent by `send_invitation` once this is committed."""
    User = get_user_model()
    email = User.objects.normalize_email(email).strip().lower()
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    if user is None:
        username = email[:150]
        if User.objects.filter(username=username).exists():
            username = f"{email[:140]}-{User.objects.count()}"
        user = User(username=username, email=email, first_name=name[:150], is_active=True)
        user.set_unusable_password()
        user.save()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = settings.LANGUAGE_CODE
        profile.save()
    user.groups.add(local_group.group)
    invitation = Invitation.objects.create(
        email=email, name=name, local_group=local_group, user=user, invited_by=invited_by
    )
    log(instance=invitation, action="wagtail.create", user=invited_by)
    return invitation


def send_invitation(invitation):
    """Mail the invitation. Returns False (and logs) when the mail server refuses; the
    invitation and the account stay, and the editor can send it again."""
    user = invitation.user
    needs_password = not user.has_usable_password()
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "invitation": invitation,
            "initiative": invitation.local_group.initiative,
            "url": invitation_url(user)
            if needs_password
            else settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home"),
            "needs_password": needs_password,
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


def invite(email, local_group, invited_by=None, name=""):
    invitation = create_invitation(email, local_group, invited_by=invited_by, name=name)
    return invitation, send_invitation(invitation)


@transaction.atomic
def accept(user, password):
    """Set the password chosen through the invitation link."""
    user.set_password(password)
    user.is_active = True
    user.save()
    now = timezone.now()
    for invitation in Invitation.objects.filter(user=user, accepted_at__isnull=True):
        invitation.accepted_at = now
        invitation.save(update_fields=["accepted_at"])
        log(instance=invitation, action="localgroups.invitation_accepted", user=user)
