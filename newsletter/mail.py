"""Rendering and sending the newsletter e-mail.

The e-mail is rendered once per language; each recipient's copy only swaps in their own
unsubscribe link. Sending is resumable: every (mailing, subscriber) pair has a Delivery row, a
batch is claimed before it is sent, and every message is marked sent right after the server took
it, so a restarted worker goes on where the last one stopped and nobody gets a newsletter twice.
"""

import logging
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parseaddr
from urllib.parse import urlencode, urljoin

import css_inline

from django.conf import settings
from django.core import signing
from django.core.mail import BadHeaderError, EmailMultiAlternatives, get_connection
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .models import Delivery, Mailing, NewsletterPage, Subscriber

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
CONFIRM_SALT = "newsletter.confirm"
PLACEHOLDER = "https://unsubscribe.invalid/__UNSUBSCRIBE__/"


def one_line(text):
    """Header values never contain line breaks (no header injection)."""
    return " ".join(str(text).split())


def absolute(url):
    return urljoin(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", url)


# Tokens -------------------------------------------------------------------------------------


def unsubscribe_token(subscriber):
    """A per-recipient token that does not expire: old newsletters must keep working."""
    return signing.dumps([subscriber.pk, subscriber.email], salt=UNSUBSCRIBE_SALT)


def subscriber_from_unsubscribe_token(token):
    try:
        pk, email = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Subscriber.objects.filter(pk=pk, email=email).first()


def confirm_token(subscriber):
    return signing.dumps([subscriber.pk, subscriber.email], salt=CONFIRM_SALT)


def subscriber_from_confirm_token(token):
    """The subscriber of a valid confirmation link; None when tampered with or expired."""
    try:
        pk, email = signing.loads(
            token, salt=CONFIRM_SALT, max_age=settings.KENNISBANK_NEWSLETTER_CONFIRM_MAX_AGE
        )
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Subscriber.objects.filter(pk=pk, email=email).first()


def unsubscribe_url(subscriber, language=None):
    with translation.override(language or subscriber.language):
        return absolute(reverse("newsletter:unsubscribe", args=[unsubscribe_token(subscriber)]))


def unsubscribe_placeholder_url():
    return "#"


def unsubscribe_mailto():
    address = (
        settings.KENNISBANK_NEWSLETTER_UNSUBSCRIBE_EMAIL
        or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    )
    return f"mailto:{address}?subject=unsubscribe"


# Confirmation mail ----------------------------------------------------------------------------


def send_confirmation(subscriber, index_page):
    """Mail the double opt-in link. Returns False when the mail server refused it."""
    language = subscriber.language
    translated = index_page.get_translation_or_none(Locale.objects.get(language_code=language))
    page = translated.specific if translated and translated.live else index_page
    with translation.override(language):
        query = urlencode({"code": confirm_token(subscriber)})
        link = absolute(f"{page.url}{page.reverse_subpage('confirm')}?{query}")
        context = {"link": link, "site_name": settings.WAGTAIL_SITE_NAME}
        subject = one_line(_("Bevestig je inschrijving voor de nieuwsbrief"))
        body = render_to_string("newsletter/email/confirm.txt", context)
    try:
        EmailMultiAlternatives(subject, body, to=[subscriber.email]).send()
    except (OSError, BadHeaderError):
        logger.exception("Could not send the confirmation mail to subscriber %s", subscriber.pk)
        return False
    return True


# Rendering ----------------------------------------------------------------------------------


@dataclass
class RenderedNewsletter:
    language: str
    subject: str
    html: str
    text: str

    def personal_html(self, url):
        return self.html.replace(PLACEHOLDER, url)

    def personal_text(self, url):
        return self.text.replace(PLACEHOLDER, url)


def newsletter_in(newsletter, language):
    """The newsletter in a subscriber's language: the published translation, else Dutch."""
    source = newsletter.source_newsletter()
    if language != source.locale.language_code:
        translated = (
            NewsletterPage.objects.live().filter(
                translation_key=source.translation_key, locale__language_code=language
            )
        ).first()
        if translated is not None:
            return translated
    return source


def _image_url(page, spec="fill-560x315|format-jpeg|jpegquality-75"):
    image = getattr(page, "hero_image", None) or getattr(page, "teaser_image", None)
    if image is None:
        return None
    try:
        return absolute(image.get_rendition(spec).url)
    except Exception:  # a missing original file: the mail goes out without this photo
        logger.exception("No e-mail rendition for image %s", image.pk)
        return None


def _entry(page):
    return {
        "title": page.title,
        "url": page.get_full_url(),
        "introduction": getattr(page, "introduction", "") or page.summary,
        "image": _image_url(page),
        "image_alt": getattr(page, "hero_image_alt", "") or "",
        "is_event": page.specific_class.__name__ == "EventPage",
        "when": getattr(page, "card_meta", ""),
        "place": getattr(page, "place", ""),
    }


def render_newsletter(newsletter, language):
    """Subject, HTML (CSS inlined, tables) and text of the e-mail in one language, with a
    placeholder for the unsubscribe link. The words around the content follow the content's
    language (a Dutch newsletter sent to an English subscriber is Dutch throughout)."""
    with translation.override(newsletter.locale.language_code):
        index = newsletter.get_parent().specific
        context = {
            "newsletter": newsletter,
            "subject": one_line(newsletter.get_subject()),
            "web_url": newsletter.get_full_url(),
            "archive_url": index.get_full_url(),
            "entries": [_entry(page) for page in newsletter.entries()],
            "unsubscribe_url": PLACEHOLDER,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "language": newsletter.locale.language_code,
        }
        html = render_to_string("newsletter/email/newsletter.html", context)
        text = render_to_string("newsletter/email/newsletter.txt", context)
    html = css_inline.CSSInliner(keep_style_tags=False).inline(html)
    return RenderedNewsletter(language, context["subject"], html, text)


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
    page = newsletter_in(newsletter, language)
    rendered = render_newsletter(page, language)
    recipient = Subscriber(pk=0, email=email, language=language)
    build_message(rendered, recipient, test=True).send()


# Sending ------------------------------------------------------------------------------------


def start_mailing(newsletter, user=None):
    """Record a delivery for every confirmed subscriber and queue the sending. Starting twice
    does nothing the second time."""
    from .tasks import send_mailing

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
            transaction.on_commit(lambda: send_mailing.enqueue(mailing.pk))
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
        language: render_newsletter(newsletter_in(mailing.newsletter, language), language)
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
