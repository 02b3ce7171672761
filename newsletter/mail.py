"""Sending a mailing to its subscribers.

The e-mail is rendered once per language (`emails.render_newsletter`); each recipient's copy only
swaps in their own unsubscribe link. Sending is resumable: every (mailing, subscriber) pair has a
Delivery row, a batch is claimed before it is sent, and every message is marked sent right after
the server took it, so a restarted worker goes on where the last one stopped and nobody gets a
newsletter twice. The task that runs this in the background is in `tasks`.
"""

import logging
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .emails import one_line, render_newsletter, unsubscribe_mailto, unsubscribe_url
from .models import Delivery, Mailing, Subscriber

logger = logging.getLogger(__name__)


def build_message(rendered, subscriber, test=False, connection=None):
    url = unsubscribe_url(subscriber, rendered.language)
    subject = rendered.subject
    if test:
        subject = f"[TEST] {subject}"
    message = EmailMultiAlternatives(
        subject=one_line(subject),
        body=rendered.personal_text(url),
        to=[subscriber.email],
        headers={
            "List-Unsubscribe": f"<{url}>, <{unsubscribe_mailto()}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        connection=connection,
    )
    message.attach_alternative(rendered.personal_html(url), "text/html")
    return message


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


def _claim_batch(mailing, size):
    """Mark the next unclaimed deliveries as this batch's. On PostgreSQL, concurrent workers
    skip each other's rows."""
    token = uuid.uuid4().hex
    with transaction.atomic():
        queued = Delivery.objects.filter(mailing=mailing, status=Delivery.Status.QUEUED, batch="")
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
    """Send a mailing's queued deliveries in batches, one SMTP connection per batch."""
    mailing = Mailing.objects.select_related("newsletter").get(pk=mailing_id)
    if mailing.is_finished:
        return mailing.counts()
    recover_interrupted(mailing)
    size = batch_size or settings.KENNISBANK_NEWSLETTER_BATCH_SIZE
    with _fast_commits():
        return _deliver(mailing, size, after_each)


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


def _deliver(mailing, size, after_each):
    # Rendered once per language, before anything is sent: if rendering fails, nobody gets a
    # broken mail and the deliveries stay queued.
    rendered = {
        language: render_newsletter(mailing.newsletter.in_language(language), language)
        for language in ("nl", "en")
    }
    while True:
        token, ids = _claim_batch(mailing, size)
        if not ids:
            break
        deliveries = Delivery.objects.filter(pk__in=ids).select_related("subscriber").order_by("pk")
        mail_connection = get_connection()
        try:
            mail_connection.open()
        except OSError as error:
            Delivery.objects.filter(pk__in=ids).update(
                status=Delivery.Status.FAILED, error=str(error)[:1000]
            )
            continue
        try:
            for delivery in deliveries:
                _send_one(delivery, mailing, rendered, mail_connection)
                if after_each is not None:
                    after_each(delivery)
        finally:
            mail_connection.close()
        Mailing.objects.filter(pk=mailing.pk).update(last_progress_at=timezone.now())
    if not Delivery.objects.filter(
        mailing=mailing, status__in=[Delivery.Status.QUEUED, Delivery.Status.SENDING]
    ).exists():
        Mailing.objects.filter(pk=mailing.pk).update(finished_at=timezone.now())
    return mailing.counts()


def _send_one(delivery, mailing, rendered, mail_connection):
    subscriber = delivery.subscriber
    language = subscriber.language if subscriber.language in ("nl", "en") else "nl"
    # Marked just before the message goes out: after a crash, only this one is uncertain.
    if not Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.QUEUED).update(
        status=Delivery.Status.SENDING
    ):
        return
    try:
        message = build_message(rendered[language], subscriber, connection=mail_connection)
        if not mail_connection.send_messages([message]):
            raise OSError(_("De mailserver nam het bericht niet aan."))
    except Exception as error:  # noqa: BLE001 - any failure is recorded, the rest goes on
        Delivery.objects.filter(pk=delivery.pk).update(
            status=Delivery.Status.FAILED, error=f"{type(error).__name__}: {error}"[:1000]
        )
        # A broken connection would fail the rest of the batch: start a fresh one.
        mail_connection.close()
        try:
            mail_connection.open()
        except OSError:
            logger.warning("Mail server unreachable while sending mailing %s", mailing.pk)
        return
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.SENT, sent_at=timezone.now(), error=""
    )
