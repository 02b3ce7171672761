"""Registering for a meeting on the site: seats, the waiting list, cancelling and the e-mails.

Capacity is never exceeded: a registration locks the meeting's row (`SELECT … FOR UPDATE` on
PostgreSQL) and counts the confirmed seats inside that lock, so two people who take the last
seat at the same moment are handled one after the other. SQLite has no row locks but lets only
one transaction write at a time.

The answer does not tell who registered: an address that is already registered gets the same
page as a new one (on the list, or on the waiting list, as a new registration would be now), and
the mail to that address says that nothing changed. Nobody can find out through the form whether
someone else registered.

Mail never loses a registration: the registration is committed first, then the mail is sent;
when the mail server fails, `mail_sent_at` stays empty, the visitor is told, and an editor can
send it again (in the admin, or `manage.py resend_registration_mails`).
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import BadHeaderError, EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .models import EventPage, Registration, _cancel_token, retention_days

logger = logging.getLogger(__name__)

Status = Registration.Status


class RegistrationRefused(Exception):
    """The registration was not stored; the message says why, for the visitor."""

    def __init__(self, message, reason):
        super().__init__(message)
        self.message = message
        self.reason = reason


@dataclass
class Outcome:
    """What became of a submission. `status` is what the visitor is told (the status a new
    registration gets); `again` is True when the address was already registered, in which case
    `registration` is the earlier one, unchanged."""

    registration: Registration
    mail_sent: bool
    status: str = Status.CONFIRMED
    again: bool = False


def _locked(event):
    """The meeting's row, locked until the end of the transaction (PostgreSQL)."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)


def _confirmed_count(event):
    return Registration.objects.filter(event=event, status=Status.CONFIRMED).count()


def _has_seat(event):
    return event.capacity is None or _confirmed_count(event) < event.capacity


def register(event_page, data, language="nl", now=None):
    """Store a registration for `event_page` (any translation) and mail a confirmation.

    Raises RegistrationRefused when registering is closed or the meeting is full without a
    waiting list. An address that is already registered for this meeting is answered as a new
    one would be (`Outcome.status`), keeps its registration unchanged, and gets a mail saying
    so (`Outcome.again`)."""
    event = event_page.registration_event
    email = data["email"].strip()
    try:
        with transaction.atomic():
            event = _locked(event)
            now = now or timezone.now()
            if not event.registration_is_open(now):
                raise RegistrationRefused(
                    _("Aanmelden voor deze bijeenkomst is gesloten."), reason="closed"
                )
            # Decided before looking at the address, so that the answer cannot depend on it.
            if _has_seat(event):
                status = Status.CONFIRMED
            elif event.waiting_list:
                status = Status.WAITING
            else:
                raise RegistrationRefused(
                    _("Deze bijeenkomst is vol. Aanmelden kan niet meer."), reason="full"
                )
            existing = Registration.objects.filter(event=event, email__iexact=email).first()
            if existing is not None and existing.status != Status.CANCELLED:
                again = existing
            else:
                again = None
                registration = existing or Registration(event=event)
                registration.name = data["name"]
                registration.email = email
                registration.organisation = data.get("organisation", "")
                registration.remarks = data.get("remarks", "")
                registration.status = status
                registration.language = language
                registration.created_at = now
                registration.cancelled_at = None
                registration.promoted_at = None
                registration.mail_sent_at = None
                if existing is not None:
                    # A new link: the one in the mail about the earlier cancellation is spent.
                    registration.cancel_token = _cancel_token()
                registration.save()
    except IntegrityError:
        # The unique constraint caught a double submit that passed the check (SQLite): the
        # other submission stored it.
        again = Registration.objects.filter(event=event, email__iexact=email).first()
        if again is None:
            raise
        status = again.status
    if again is not None:
        return Outcome(again, send_registration_mail(again, again=True), status, again=True)
    return Outcome(registration, send_registration_mail(registration), status)


def cancel(token, now=None):
    """Cancel the registration with this link. Returns (registration, changed), with
    registration None when no registration has this token. A cancelled seat goes to the first
    person on the waiting list, who gets a mail."""
    registration = Registration.objects.filter(cancel_token=token).first() if token else None
    if registration is None:
        return None, False
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked(registration.event)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return registration, False
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = fill_from_waiting_list(event, now=now)
    for person in promoted:
        send_registration_mail(person)
    return registration, True


def fill_from_waiting_list(event, now=None):
    """Give free seats to the waiting list, first come first served. Call inside a transaction
    that holds the meeting's lock. Returns the promoted registrations (to be mailed after the
    commit). Nobody is moved up once the meeting has started."""
    now = now or timezone.now()
    if now >= event.start:
        return []
    waiting = Registration.objects.filter(event=event, status=Status.WAITING).order_by(
        "created_at", "pk"
    )
    if event.capacity is not None:
        free = event.capacity - _confirmed_count(event)
        if free <= 0:
            return []
        waiting = waiting[:free]
    promoted = list(waiting)
    for registration in promoted:
        registration.status = Status.CONFIRMED
        registration.promoted_at = now
        registration.mail_sent_at = None
        registration.save(update_fields=["status", "promoted_at", "mail_sent_at"])
    return promoted


# Mail ---------------------------------------------------------------------------------------


def _one_line(text):
    return " ".join(str(text).split())


def _page_in(event, language):
    """The meeting's page in the registrant's language when it is live, else the original."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = event.get_translation_or_none(locale) if locale else None
    return translated.specific if translated is not None and translated.live else event


def cancel_url(registration, page=None):
    page = page or _page_in(registration.event, registration.language)
    return page.get_full_url() + page.reverse_subpage(
        "cancel_registration", args=[registration.cancel_token]
    )


def build_mail(registration, again=False):
    """The confirmation (or waiting-list or promotion) mail: plain text and HTML, with the
    meeting as an .ics attachment when the person has a seat. `again`: the address was sent
    through the form once more; the mail says that nothing changed, and repeats the rest."""
    language = registration.language if registration.language in ("nl", "en") else "nl"
    page = _page_in(registration.event, language)
    with translation.override(language):
        if again:
            subject = _("Je was al aangemeld: %(title)s")
        elif registration.status == Status.WAITING:
            subject = _("Je staat op de wachtlijst: %(title)s")
        elif registration.promoted_at:
            subject = _("Er is een plaats voor je: %(title)s")
        else:
            subject = _("Je bent aangemeld: %(title)s")
        context = {
            "registration": registration,
            "event": page,
            "page_url": page.get_full_url(),
            "cancel_url": cancel_url(registration, page),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "language": language,
            "waiting": registration.status == Status.WAITING,
            "promoted": bool(registration.promoted_at),
            "again": again,
        }
        text = render_to_string("news/email/registration.txt", context)
        html = render_to_string("news/email/registration.html", context)
        message = EmailMultiAlternatives(
            _one_line(subject % {"title": page.title}), text, to=[registration.email]
        )
        message.attach_alternative(html, "text/html")
        if registration.status == Status.CONFIRMED:
            from . import ical

            calendar = ical.calendar([page.vevent()], name=page.title)
            message.attach(f"{page.slug}.ics", calendar, "text/calendar")
    return message


def send_registration_mail(registration, again=False):
    """Send the mail that fits the registration's status. True when the mail server took it;
    on failure the registration is kept and `mail_sent_at` stays empty. `again`: the mail to
    an address that registered once more (a failure then leaves `mail_sent_at` as it was: the
    first mail may well have gone out)."""
    if registration.status == Status.CANCELLED or not registration.email:
        return False
    try:
        sent = build_mail(registration, again=again).send()
    except (OSError, BadHeaderError):
        logger.exception("Could not send the mail for registration %s", registration.pk)
        sent = 0
    if not sent and again:
        return False
    if not sent:
        Registration.objects.filter(pk=registration.pk).update(mail_sent_at=None)
        return False
    registration.mail_sent_at = timezone.now()
    Registration.objects.filter(pk=registration.pk).update(mail_sent_at=registration.mail_sent_at)
    return True


def unsent_registrations():
    """Registrations for meetings that have not started, whose last mail did not go out."""
    return Registration.objects.filter(
        mail_sent_at__isnull=True,
        status__in=[Status.CONFIRMED, Status.WAITING],
        event__start__gt=timezone.now(),
        anonymised_at__isnull=True,
    ).select_related("event")


# Data retention -----------------------------------------------------------------------------


def purge(now=None, days=None):
    """Erase the personal data of registrations for meetings that ended more than the
    retention period ago. The rows stay, with status and dates, so counts remain. Running it
    again changes nothing. Returns the number of registrations erased."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=retention_days() if days is None else days)
    return Registration.objects.filter(event__end__lt=cutoff, anonymised_at__isnull=True).update(
        name="",
        email="",
        organisation="",
        remarks="",
        cancel_token=None,
        anonymised_at=now,
    )
