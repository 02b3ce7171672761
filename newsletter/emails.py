"""What the newsletter's e-mails say: the signed links in them, the newsletter rendered once per
language, and the confirmation mail.

This module works on the pages and subscribers it is given and imports no newsletter module, so
the models can use it (the e-mail preview, the subscribe form) and the sending sits above both.
"""

import logging
from dataclasses import dataclass
from email.utils import parseaddr
from urllib.parse import urlencode, urljoin

import css_inline

from django.conf import settings
from django.core import signing
from django.core.mail import BadHeaderError, EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

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


def read_unsubscribe_token(token):
    """(pk, address) from an unsubscribe token; None when it was tampered with."""
    try:
        pk, email = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return pk, email


def confirm_token(subscriber):
    return signing.dumps([subscriber.pk, subscriber.email], salt=CONFIRM_SALT)


def read_confirm_token(token):
    """(pk, address) from a confirmation token; None when tampered with or expired."""
    try:
        pk, email = signing.loads(
            token, salt=CONFIRM_SALT, max_age=settings.KENNISBANK_NEWSLETTER_CONFIRM_MAX_AGE
        )
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return pk, email


def unsubscribe_url(subscriber, language=None):
    with translation.override(language or subscriber.language):
        return absolute(reverse("newsletter:unsubscribe", args=[unsubscribe_token(subscriber)]))


class UnsubscribeLinks:
    """`unsubscribe_url` for many subscribers of one language: the path is reversed once and
    the signer made once, instead of both for every link (the same links)."""

    SLOT = "__signed__"

    def __init__(self, language):
        with translation.override(language):
            self.pattern = absolute(reverse("newsletter:unsubscribe", args=[self.SLOT]))
        self.signer = signing.TimestampSigner(salt=UNSUBSCRIBE_SALT)

    def __call__(self, subscriber):
        token = self.signer.sign_object([subscriber.pk, subscriber.email])
        return self.pattern.replace(self.SLOT, token)


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
