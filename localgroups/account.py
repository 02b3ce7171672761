"""An account's e-mail address changes only after the new address has answered.

Wagtail's account settings would change the address at once; its e-mail field is switched off
(WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False) and `EmailSettingsPanel` takes its place: a new
address is kept as a pending `EmailChange` and a link goes to it. The account keeps its old
address until that link is opened while logged in as the account. Editors changing users in
Wagtail's user admin are trusted and change addresses directly.

This lives in localgroups, not home: invitations are why an address must be proven (they trust
the account's address, `localgroups.invitations`), and the model sits beside `Invitation`.
"""

import logging
import smtplib

from django_ratelimit.core import get_usage

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from wagtail.admin import messages
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.log_actions import log
from wagtail.users.models import UserProfile

from .invitations import absolute_url, email_matches, hash_token, new_token, normalize_email
from .models import EmailChange

logger = logging.getLogger(__name__)

# Confirmation links one account may have sent per hour: the panel must not become a way to
# mail strangers. Counted by django-ratelimit in the shared cache.
CHANGES_PER_HOUR = 5


def pending_change(user):
    """The address `user` asked for and has not confirmed yet (the newest), or None."""
    return (
        EmailChange.objects.filter(
            user=user,
            confirmed_at__isnull=True,
            created_at__gt=timezone.now()
            - timezone.timedelta(seconds=settings.KENNISBANK_EMAIL_CONFIRMATION_TIMEOUT),
        )
        .order_by("-created_at")
        .first()
    )


def request_change(user, email, request=None):
    """Keep `email` as the pending address of `user` and mail it a confirmation link. Returns
    False (and forgets the request) when the mail server refuses."""
    EmailChange.objects.filter(user=user, confirmed_at__isnull=True).delete()
    token, token_hash = new_token()
    change = EmailChange.objects.create(user=user, email=email, token_hash=token_hash)
    language = UserProfile.get_for_user(user).get_preferred_language()
    with translation.override(language):
        context = {
            "user": user,
            "email": email,
            "url": absolute_url(reverse("localgroups_confirm_email", args=[token]), request),
            "days": settings.KENNISBANK_EMAIL_CONFIRMATION_TIMEOUT // 86400,
        }
        subject = " ".join(
            render_to_string("localgroups/email/confirm_email_subject.txt", context).split()
        )
        body = render_to_string("localgroups/email/confirm_email.txt", context)
    try:
        EmailMessage(subject, body, to=[email]).send()
    except (smtplib.SMTPException, OSError):
        logger.exception("E-mail confirmation to %s failed", email)
        change.delete()
        return False
    return True


class EmailChangeForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("E-mailadres"),
        error_messages={
            "required": gettext_lazy("Vul je e-mailadres in."),
            "invalid": gettext_lazy("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."),
        },
        help_text=gettext_lazy(
            "Geef je een nieuw adres op, dan sturen we daar eerst een bevestigingslink naartoe. "
            "Tot je die link opent, blijft je huidige adres gelden."
        ),
    )
    resend = forms.BooleanField(
        label=gettext_lazy("Stuur de bevestigingslink opnieuw"), required=False
    )

    def __init__(self, *args, instance, request, **kwargs):
        self.user = instance
        self.request = request
        self.pending = pending_change(instance)
        initial = {"email": self.pending.email if self.pending else instance.email}
        super().__init__(*args, initial=initial, **kwargs)
        if self.pending is None:
            del self.fields["resend"]

    def clean_email(self):
        return normalize_email(self.cleaned_data["email"])

    def clean(self):
        cleaned = super().clean()
        if self._sends_link() and self._links_sent(count_one=False) >= CHANGES_PER_HOUR:
            self.add_error(
                "email",
                _(
                    "Je hebt het afgelopen uur al vaak een nieuw adres opgegeven. Probeer het "
                    "over een uur opnieuw."
                ),
            )
        return cleaned

    def _links_sent(self, count_one):
        """Links sent to new addresses of this account in the current hour (`count_one`: this
        one included). Wagtail validates a panel's form again when it shows errors, so the
        count goes up only when a link is really sent."""
        usage = get_usage(
            self.request,
            group="localgroups.email-change",
            key="user",
            rate=f"{CHANGES_PER_HOUR}/h",
            increment=count_one,
        )
        return usage["count"] if usage else 0

    def _sends_link(self):
        email = self.cleaned_data.get("email")
        if not email or email_matches(self.user, email):
            return False
        if self.pending and self.pending.email == email:
            return bool(self.cleaned_data.get("resend"))
        return True

    def save(self):
        email = self.cleaned_data["email"]
        if email_matches(self.user, email):
            # Back to the current address: a pending change is withdrawn.
            EmailChange.objects.filter(user=self.user, confirmed_at__isnull=True).delete()
            return
        if not self._sends_link():
            return
        self._links_sent(count_one=True)
        if request_change(self.user, email, self.request):
            messages.info(
                self.request,
                _(
                    "We hebben een link gestuurd naar %(new)s. Je e-mailadres verandert pas als "
                    "je die link opent; tot dan blijft %(old)s je adres."
                )
                % {"new": email, "old": self.user.email or "-"},
            )
        else:
            messages.error(
                self.request,
                _(
                    "De bevestigingslink naar %(new)s kon niet worden verstuurd. Je e-mailadres "
                    "is niet veranderd; probeer het later opnieuw."
                )
                % {"new": email},
            )


class EmailSettingsPanel(BaseSettingsPanel):
    """The account settings' e-mail address: a change waits for the new address's answer."""

    name = "email"
    title = gettext_lazy("E-mailadres")
    order = 150
    template_name = "localgroups/account/email_panel.html"
    form_class = EmailChangeForm

    def get_form(self):
        kwargs = {"instance": self.user, "request": self.request, "prefix": self.name}
        if self.request.method == "POST":
            return self.form_class(self.request.POST, **kwargs)
        return self.form_class(**kwargs)

    def get_context_data(self):
        form = self.get_form()
        return {"form": form, "pending": form.pending, "current": self.user.email}


# ----------------------------------------------------------------------------------------
# The link in the mail


class ConfirmationError(Exception):
    """Why a confirmation link cannot be used; the message is for the user."""


def change_for_token(token, user):
    """The pending change the link was made for, or ConfirmationError saying why not."""
    change = (
        EmailChange.objects.filter(token_hash=hash_token(token or ""))
        .select_related("user")
        .first()
    )
    if change is None:
        raise ConfirmationError(
            _(
                "Deze link klopt niet of is vervangen door een nieuwere. Kopieer de hele link "
                "uit de laatste e-mail, of geef het adres opnieuw op in je accountinstellingen."
            )
        )
    if change.user_id != user.pk:
        raise ConfirmationError(
            _(
                "Deze link hoort bij een ander account. Log uit en log in met het account "
                "waarvoor je het nieuwe e-mailadres hebt opgegeven."
            )
        )
    if change.confirmed_at:
        raise ConfirmationError(_("Deze link is al gebruikt: je e-mailadres is al gewijzigd."))
    if timezone.now() >= change.expires_at:
        raise ConfirmationError(
            _(
                "Deze link is verlopen. Geef het nieuwe adres opnieuw op in je "
                "accountinstellingen; dan sturen we een nieuwe link."
            )
        )
    taken = (
        get_user_model()
        .objects.filter(email__iexact=change.email, is_active=True)
        .exclude(pk=user.pk)
        .exists()
    )
    if taken:
        raise ConfirmationError(
            _(
                "Dit e-mailadres hoort al bij een ander account. Log in met dat account, of "
                "vraag de redactie om hulp."
            )
        )
    return change


@transaction.atomic
def confirm(change):
    """Make the pending address the account's address; the link stops working."""
    claimed = EmailChange.objects.filter(pk=change.pk, confirmed_at__isnull=True).update(
        confirmed_at=timezone.now()
    )
    if not claimed:
        raise ConfirmationError(_("Deze link is al gebruikt: je e-mailadres is al gewijzigd."))
    user = change.user
    user.email = change.email
    user.save(update_fields=["email"])
    EmailChange.objects.filter(user=user, confirmed_at__isnull=True).delete()
    log(instance=user, action="localgroups.email_confirmed", user=user)


@never_cache
def confirm_email(request, token):
    """The admin page the link opens (login required): a GET shows a button, mail scanners
    follow links; the address changes on POST."""
    try:
        change = change_for_token(token, request.user)
        if request.method == "POST":
            confirm(change)
            messages.success(
                request,
                _("Je e-mailadres is nu %(email)s.") % {"email": change.email},
            )
            return redirect("wagtailadmin_account")
    except ConfirmationError as error:
        return TemplateResponse(
            request,
            "localgroups/account/confirm_email.html",
            {"header_title": _("E-mailadres bevestigen"), "reason": str(error)},
            status=410,
        )
    return TemplateResponse(
        request,
        "localgroups/account/confirm_email.html",
        {"header_title": _("E-mailadres bevestigen"), "change": change},
    )
