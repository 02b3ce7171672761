"""Sending a mailing to its subscribers.

The e-mail is rendered and serialised once per language (`Composer`, `MessageTemplate`); each
recipient's copy only fills in their address, unsubscribe link, date and Message-ID. Sending is
resumable: every (mailing, subscriber) pair has a Delivery row, a batch is claimed before it is
sent, each message is marked sending before it goes out and sent once the server took it, so a
restarted worker goes on where the last one stopped and nobody gets a newsletter twice. What the
server cannot take now waits for a later run (`deliver` returns when); the task that runs this
in the background and plans those runs is in `tasks`.
"""

import logging
import re
import smtplib
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import formatdate, make_msgid
from functools import cache

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address
from django.core.mail.utils import DNS_NAME
from django.db import connection, transaction
from django.db.models import Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .emails import (
    PLACEHOLDER,
    UnsubscribeLinks,
    one_line,
    render_newsletter,
    unsubscribe_mailto,
    unsubscribe_url,
)
from .models import Delivery, Mailing, Subscriber

logger = logging.getLogger(__name__)


def build_message(rendered, subscriber, test=False):
    url = unsubscribe_url(subscriber, rendered.language)
    return _message(rendered, subscriber.email, url, test=test)


def _message(rendered, address, url, test=False, headers=None):
    subject = rendered.subject
    if test:
        subject = f"[TEST] {subject}"
    message = EmailMultiAlternatives(
        subject=one_line(subject),
        body=rendered.personal_text(url),
        to=[address],
        headers={
            "List-Unsubscribe": f"<{url}>, <{unsubscribe_mailto()}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            **(headers or {}),
        },
    )
    message.attach_alternative(rendered.personal_html(url), "text/html")
    return message


# What differs per recipient in the serialised message.
ADDRESS_SLOT = b"recipient@slot.invalid"
DATE_SLOT = b"__DATE_SLOT__"
MESSAGE_ID_SLOT = b"<__MESSAGE_ID_SLOT__@slot.invalid>"
URL_SLOT = PLACEHOLDER.encode()
LONGEST_LINE = 998  # RFC 5322, without the line break


class MessageTemplate:
    """One language's message serialised once, with slots for the address, the unsubscribe
    link, the date and the Message-ID. Building and serialising a MIME message with Python's
    email package cost about 1.5 ms a recipient, most of the sending time after the SMTP
    exchange; filling in four slots costs microseconds and gives the same message.

    `fill` answers None when the slots cannot be trusted for a recipient (a non-ASCII address
    or link, a line that would grow too long); that message is then built the ordinary way."""

    def __init__(self, rendered):
        message = _message(
            rendered,
            ADDRESS_SLOT.decode(),
            PLACEHOLDER,
            headers={"Date": DATE_SLOT.decode(), "Message-ID": MESSAGE_ID_SLOT.decode()},
        )
        data = message.message().as_bytes(linesep="\r\n")
        expected_urls = 1 + rendered.text.count(PLACEHOLDER) + rendered.html.count(PLACEHOLDER)
        trusted = (
            data.count(URL_SLOT) == expected_urls
            and all(data.count(slot) == 1 for slot in (ADDRESS_SLOT, DATE_SLOT, MESSAGE_ID_SLOT))
            # Quoted-printable lines may not grow; 8bit and 7bit lines may, up to the limit.
            and b"quoted-printable" not in data.lower()
        )
        self.data = data if trusted else None
        # How long a link may be before a line holding it passes the limit.
        self.longest_url = min(
            (
                (LONGEST_LINE - len(line)) // line.count(URL_SLOT) + len(URL_SLOT)
                for line in data.split(b"\r\n")
                if URL_SLOT in line
            ),
            default=0,
        )

    def fill(self, address, url):
        if self.data is None or not (address.isascii() and url.isascii()):
            return None
        if len(url) > self.longest_url or len(address) > 254:
            return None
        date = formatdate(localtime=settings.EMAIL_USE_LOCALTIME)
        # The address last: whatever it holds, nothing is replaced after it.
        return (
            self.data.replace(DATE_SLOT, date.encode())
            .replace(MESSAGE_ID_SLOT, make_msgid(domain=DNS_NAME).encode())
            .replace(URL_SLOT, url.encode())
            .replace(ADDRESS_SLOT, address.encode())
        )


def send_test(newsletter, email, language="nl"):
    """Send the newsletter as it will arrive to one address (an editor), marked as a test."""
    page = newsletter.in_language(language)
    rendered = render_newsletter(page, language)
    recipient = Subscriber(pk=0, email=email, language=language)
    build_message(rendered, recipient, test=True).send()


# Sending ------------------------------------------------------------------------------------


def record_mailing(newsletter, user=None):
    """Record a delivery for every confirmed subscriber, in one transaction. Recording twice
    does nothing the second time. `tasks.start_mailing` also queues the sending."""
    source = newsletter.source_newsletter()
    with transaction.atomic():
        mailing, created = Mailing.objects.get_or_create(
            newsletter=source, defaults={"started_by": user}
        )
        if created:
            confirmed = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
            ids = confirmed.values_list("pk", flat=True).iterator(chunk_size=2000)
            chunk = []
            for pk in ids:
                chunk.append(Delivery(mailing=mailing, subscriber_id=pk))
                if len(chunk) == 2000:
                    Delivery.objects.bulk_create(chunk)
                    chunk = []
            Delivery.objects.bulk_create(chunk)
    return mailing, created


def backoff(attempt):
    """How long to wait before try number `attempt` + 1: 1, 2, 4 … minutes, at most an hour."""
    return timedelta(minutes=min(2 ** (max(attempt, 1) - 1), 60))


# A recipient whose mail server keeps answering "try again later" is given up this long after
# the mailing started (mail servers give up on a message after about five days, RFC 5321).
GIVE_UP_AFTER = timedelta(days=5)


class ServerTrouble(Exception):
    """The mail server cannot take mail now (unreachable, connection lost, our sender refused):
    whatever was not sent waits for the next try."""


class Refused(Exception):
    """The server refused this message for this recipient: for now (4xx) or for good (5xx)."""

    def __init__(self, code, text):
        super().__init__(text)
        self.temporary = not 500 <= code < 600


class InDoubt(Exception):
    """The connection broke after the message went out, before the server said it took it."""


@dataclass
class Outcome:
    """What a run of `deliver` did: the counts, and when to run again (None: the mailing is
    finished, or an earlier run already planned a try that comes soon enough)."""

    counts: dict
    retry_at: datetime | None = None


def _claim_batch(mailing, size):
    """Mark the next unclaimed deliveries that are due as this batch's. On PostgreSQL,
    concurrent workers skip each other's rows."""
    token = uuid.uuid4().hex
    due = Q(retry_at__isnull=True) | Q(retry_at__lte=timezone.now())
    with transaction.atomic():
        queued = Delivery.objects.filter(
            due, mailing=mailing, status=Delivery.Status.QUEUED, batch=""
        )
        if connection.features.has_select_for_update_skip_locked:
            queued = queued.select_for_update(skip_locked=True)
        ids = list(queued.order_by("pk").values_list("pk", flat=True)[:size])
        Delivery.objects.filter(pk__in=ids, batch="").update(batch=token)
    return token, ids


def recover_interrupted(mailing):
    """After a crash: a delivery marked 'sending' may or may not have reached the server, so it
    is recorded as failed and never sent again; claimed deliveries that were not tried yet go
    back to the queue."""
    Delivery.objects.filter(mailing=mailing, status=Delivery.Status.SENDING).update(
        status=Delivery.Status.FAILED,
        error=_("Onderbroken tijdens het verzenden: misschien wel ontvangen."),
    )
    Delivery.objects.filter(mailing=mailing, status=Delivery.Status.QUEUED).exclude(
        batch=""
    ).update(batch="")


def deliver(mailing_id, batch_size=None, after_each=None):
    """Send what is due of a mailing, in batches of one SMTP connection each. Returns an
    `Outcome`; the task plans the next run from it (`tasks.send_mailing`)."""
    mailing = Mailing.objects.select_related("newsletter").get(pk=mailing_id)
    if mailing.is_finished:
        return Outcome(mailing.counts())
    recover_interrupted(mailing)
    size = batch_size or settings.KENNISBANK_NEWSLETTER_BATCH_SIZE
    # Rendered before anything is sent: if rendering fails, nobody gets a broken mail and the
    # deliveries stay queued.
    composer = Composer(mailing.newsletter)
    with _fast_commits():
        trouble = _send_due(mailing, composer, size, after_each)
    if trouble is not None:
        logger.warning("Mailing %s waits for the mail server: %s", mailing.pk, trouble)
    return _plan_next(mailing, trouble)


@contextmanager
def _fast_commits():
    """Each delivery's state is committed on its own, but without waiting for the disk: a
    killed worker loses nothing (the database has the commit); only a crash of the database
    server or machine could lose the last fraction of a second of progress. Waiting for the
    disk on every message would cost an fsync per recipient."""
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO off")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SET synchronous_commit TO DEFAULT")
    elif connection.vendor == "sqlite" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            level = cursor.execute("PRAGMA synchronous").fetchone()[0]
            cursor.execute("PRAGMA synchronous = OFF")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA synchronous = {int(level)}")
    else:
        yield


def _send_due(mailing, composer, size, after_each):
    """Send batch after batch until nothing is due. Returns the `ServerTrouble` that stopped
    the run, or None."""
    while True:
        token, ids = _claim_batch(mailing, size)
        if not ids:
            return None
        deliveries = Delivery.objects.filter(pk__in=ids).select_related("subscriber").order_by("pk")
        mail_connection = get_connection()
        # A delivery the server took is recorded as sent in the same statement that marks the
        # next one as sending: one write per message. After a crash the state is the same as
        # with two: everything recorded sent was sent, and the one marked sending is in doubt.
        taken = None
        try:
            for delivery in deliveries:
                claimed = _record_and_claim(taken, delivery.pk)
                taken = None
                if not claimed:
                    continue  # another run has it
                if _send_one(delivery, mailing, composer, mail_connection):
                    taken = delivery.pk
                if after_each is not None:
                    after_each(delivery)
        except ServerTrouble as trouble:
            return trouble
        finally:
            if taken is not None:
                Delivery.objects.filter(pk=taken).update(
                    status=Delivery.Status.SENT, sent_at=timezone.now(), error=""
                )
            _close(mail_connection)
            # What this batch claimed and did not try goes back to the queue.
            Delivery.objects.filter(batch=token, status=Delivery.Status.QUEUED).update(batch="")
        Mailing.objects.filter(pk=mailing.pk).update(
            last_progress_at=timezone.now(), server_error=""
        )


def _record_and_claim(taken, pk):
    """Mark delivery `taken` (if any) sent and delivery `pk` sending, if it is still queued, in
    one statement. Returns whether `pk` was claimed.

    Plain SQL: the same UPDATE through the ORM's Case/When spent about a millisecond a message
    compiling the query, as long as the rest of the message's work."""
    if taken is None:
        return (
            Delivery.objects.filter(pk=pk, status=Delivery.Status.QUEUED).update(
                status=Delivery.Status.SENDING
            )
            == 1
        )
    with connection.cursor() as cursor:
        cursor.execute(
            _record_and_claim_sql(),
            [taken, Delivery.Status.SENT.value, Delivery.Status.SENDING.value]
            + [taken, connection.ops.adapt_datetimefield_value(timezone.now())]
            + [taken, taken, pk, Delivery.Status.QUEUED.value],
        )
        return cursor.rowcount == 2


@cache
def _record_and_claim_sql():
    quote = connection.ops.quote_name
    table = quote(Delivery._meta.db_table)
    pk, status, sent_at, error = (
        quote(Delivery._meta.get_field(name).column)
        for name in ("id", "status", "sent_at", "error")
    )
    # Only names from the model's own metadata go into the text; the values are parameters.
    return (
        f"UPDATE {table} SET "  # noqa: S608
        f"{status} = CASE WHEN {pk} = %s THEN %s ELSE %s END, "
        f"{sent_at} = CASE WHEN {pk} = %s THEN %s ELSE NULL END, "
        f"{error} = CASE WHEN {pk} = %s THEN '' ELSE {error} END "
        f"WHERE {pk} = %s OR ({pk} = %s AND {status} = %s)"
    )


def _plan_next(mailing, trouble):
    """Finish the mailing when nothing is pending; otherwise record why it waits and when the
    next try should be. A run that wants a try no sooner than one already planned (the editor
    resumed while the server was still down) plans nothing, so tries never multiply."""
    now = timezone.now()
    pending = Delivery.objects.filter(
        mailing=mailing, status__in=[Delivery.Status.QUEUED, Delivery.Status.SENDING]
    )
    if trouble is None and not pending.exists():
        Mailing.objects.filter(pk=mailing.pk).update(
            finished_at=now, retry_at=None, server_error="", server_failures=0
        )
        return Outcome(mailing.counts())
    planned = Mailing.objects.filter(pk=mailing.pk).values_list("retry_at", flat=True).get()
    if trouble is not None:
        failures = (
            Mailing.objects.filter(pk=mailing.pk).values_list("server_failures", flat=True).get()
        )
        changes = {"server_failures": failures + 1, "server_error": str(trouble)[:1000]}
        wanted = now + backoff(failures + 1)
    else:
        # Only recipients that were refused for now are left (or another run has them).
        changes = {"server_failures": 0, "server_error": ""}
        wanted = pending.filter(status=Delivery.Status.QUEUED).aggregate(first=Min("retry_at"))[
            "first"
        ]
        if wanted is None:
            Mailing.objects.filter(pk=mailing.pk).update(**changes)
            return Outcome(mailing.counts())
        wanted = max(wanted, now)
    if planned is not None and now < planned <= wanted:
        Mailing.objects.filter(pk=mailing.pk).update(**changes)
        return Outcome(mailing.counts())
    Mailing.objects.filter(pk=mailing.pk).update(retry_at=wanted, **changes)
    return Outcome(mailing.counts(), wanted)


def _send_one(delivery, mailing, composer, mail_connection):
    """Send one delivery that is marked sending. Returns True when the server took it (the
    caller records that); records a refusal or a failure itself. Raises `ServerTrouble` (with
    the delivery back in the queue) when the server cannot take mail now."""
    try:
        outgoing = composer.outgoing(delivery.subscriber, mail_connection)
        try:
            _transmit(mail_connection, outgoing)
        except ServerTrouble:
            # The server may only have closed an idle connection: once more on a new one.
            _close(mail_connection)
            _transmit(mail_connection, outgoing)
    except ServerTrouble:
        Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.QUEUED, batch="")
        raise
    except Refused as refusal:
        _record_refusal(delivery, mailing, refusal)
        return False
    except InDoubt as error:
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.FAILED,
            error=_("Verbinding verbroken na het verzenden: misschien wel ontvangen (%s).") % error,
        )
        _close(mail_connection)
        return False
    except Exception as error:  # noqa: BLE001 - this message failed (an address the server
        # cannot take, a header): recorded, and the rest goes on over a fresh connection.
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.FAILED, error=f"{type(error).__name__}: {error}"[:1000]
        )
        _close(mail_connection)
        return False
    return True


# An address that needs no quoting or encoding in a header or the envelope.
PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*"
)


class Composer:
    """What a run needs to compose each recipient's message: the newsletter rendered once per
    language (the published translation, else the Dutch original), a template of the whole
    message per language, the sender, and the unsubscribe link maker per language."""

    def __init__(self, newsletter):
        self.rendered = {
            language: render_newsletter(newsletter.in_language(language), language)
            for language in ("nl", "en")
        }
        self.templates = {language: MessageTemplate(r) for language, r in self.rendered.items()}
        self.links = {language: UnsubscribeLinks(language) for language in self.rendered}
        self.sender = sanitize_address(settings.DEFAULT_FROM_EMAIL, settings.DEFAULT_CHARSET)

    def outgoing(self, subscriber, mail_connection):
        """What `_transmit` hands over: for SMTP the envelope and the bytes (from the language's
        template where it can be trusted), for the other backends the message."""
        language = subscriber.language if subscriber.language in self.rendered else "nl"
        rendered = self.rendered[language]
        url = self.links[language](subscriber)
        address = subscriber.email
        if not isinstance(mail_connection, SMTPBackend):
            return _message(rendered, address, url)
        data = None
        if PLAIN_ADDRESS.fullmatch(address):
            recipient = address
            data = self.templates[language].fill(address, url)
        else:
            recipient = sanitize_address(address, settings.DEFAULT_CHARSET)
        if data is None:
            data = _message(rendered, address, url).message().as_bytes(linesep="\r\n")
        return self.sender, recipient, data


def _record_refusal(delivery, mailing, refusal):
    """A temporary refusal (4xx) waits and is tried again later, a permanent one (5xx) fails
    this delivery only."""
    now = timezone.now()
    if refusal.temporary and now < mailing.started_at + GIVE_UP_AFTER:
        attempts = delivery.attempts + 1
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.QUEUED,
            batch="",
            attempts=attempts,
            retry_at=now + backoff(attempts),
            error=str(refusal)[:1000],
        )
        return
    error = str(refusal)
    if refusal.temporary:
        error = _("Opgegeven na %(days)d dagen: %(error)s") % {
            "days": GIVE_UP_AFTER.days,
            "error": error,
        }
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.FAILED, error=error[:1000], retry_at=None
    )


# SMTP -----------------------------------------------------------------------------------------


def _transmit(mail_connection, outgoing):
    """Hand one message to the mail server. Raises `ServerTrouble` when the server cannot take
    mail now, `Refused` when it refuses this message, `InDoubt` when the connection broke
    while the server had the whole message."""
    if not isinstance(mail_connection, SMTPBackend):
        # Development and test backends (console, file, memory).
        try:
            sent = mail_connection.send_messages([outgoing])
        except OSError as error:
            raise ServerTrouble(_error_text(error)) from error
        if not sent:
            raise ServerTrouble(_("De mailserver nam het bericht niet aan."))
        return
    _smtp_send(mail_connection, *outgoing)


def _smtp_send(mail_connection, sender, recipient, data):
    """smtplib's `sendmail` in its own steps (MAIL, RCPT, DATA), so that a failure tells how far
    the message got: before DATA nothing was handed over and it can be tried again; a connection
    lost during DATA leaves it in doubt."""
    try:
        if mail_connection.connection is None:
            mail_connection.open()
        smtp = mail_connection.connection
        smtp.ehlo_or_helo_if_needed()
        code, reply = smtp.mail(sender)
        if code != 250:
            raise ServerTrouble(_answer(code, reply))
        code, reply = smtp.rcpt(recipient)
    except ServerTrouble:
        raise
    except OSError as error:  # unreachable, disconnected, timed out (SMTPException included)
        raise ServerTrouble(_error_text(error)) from error
    if code not in (250, 251):
        _refuse(mail_connection, code, reply)
    try:
        code, reply = smtp.data(data)
    except smtplib.SMTPDataError as error:  # the DATA command itself was refused
        _refuse(mail_connection, error.smtp_code, error.smtp_error)
    except OSError as error:
        raise InDoubt(_error_text(error)) from error
    if code != 250:
        _refuse(mail_connection, code, reply)


def _refuse(mail_connection, code, reply):
    text = _answer(code, reply)
    if code == 421:  # the server is closing the connection: it takes no mail now
        raise ServerTrouble(text)
    try:
        mail_connection.connection.rset()
    except OSError:
        _close(mail_connection)
    raise Refused(code, text)


def _answer(code, reply):
    if isinstance(reply, bytes):
        reply = reply.decode("utf-8", "replace")
    return f"{code} {reply}"[:1000]


def _error_text(error):
    return f"{type(error).__name__}: {error}"[:1000]


def _close(mail_connection):
    try:
        mail_connection.close()
    except OSError:
        logger.info("The mail connection did not close cleanly", exc_info=True)
