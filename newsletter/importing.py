"""CSV import of subscribers. Addresses without recorded consent must confirm first."""

import csv
import io
from datetime import datetime, time

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from .emails import send_confirmation as default_send
from .models import NewsletterIndexPage, Subscriber, normalize_email

COLUMNS = {
    "email": "email",
    "e-mail": "email",
    "e-mailadres": "email",
    "taal": "language",
    "language": "language",
    "toestemming_op": "consent_at",
    "toestemming gegeven op": "consent_at",
    "consent_at": "consent_at",
    "toestemming_bron": "consent_source",
    "bron van de toestemming": "consent_source",
    "consent_source": "consent_source",
}
LANGUAGE_NAMES = {"nl": "nl", "nederlands": "nl", "dutch": "nl", "en": "en", "engels": "en"}
LANGUAGE_NAMES["english"] = "en"


def _consent_time(value):
    value = (value or "").strip()
    if not value:
        return None
    try:
        moment = parse_datetime(value)
        if moment is None:
            day = parse_date(value)
            moment = datetime.combine(day, time(12)) if day else None
    except ValueError:
        return None
    if moment is not None and timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def import_subscribers(data, send_confirmation=None):
    """Import rows from CSV text. Returns counts and the line numbers of invalid addresses."""
    send = send_confirmation or default_send
    sample = data[:2048]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(data), dialect)
    header = [COLUMNS.get(name.strip().lower().lstrip("\ufeff"), "") for name in next(reader, [])]
    if "email" not in header:
        raise ValidationError("no email column")
    index = NewsletterIndexPage.objects.filter(locale__language_code="nl").first()
    result = {"confirmed": 0, "pending": 0, "known": 0, "invalid": []}
    for line, row in enumerate(reader, start=2):
        values = dict(zip(header, row, strict=False))
        email = normalize_email(values.get("email"))
        if not email and not any(row):
            continue
        try:
            validate_email(email)
        except ValidationError:
            result["invalid"].append(line)
            continue
        if Subscriber.objects.filter(email=email).exists():
            result["known"] += 1
            continue
        language = LANGUAGE_NAMES.get((values.get("language") or "nl").strip().lower(), "nl")
        consent_at = _consent_time(values.get("consent_at"))
        subscriber = Subscriber(
            email=email,
            language=language,
            consent_source=(values.get("consent_source") or "").strip()[:200] or "import",
        )
        if consent_at is not None:
            subscriber.status = Subscriber.Status.CONFIRMED
            subscriber.consent_at = consent_at
            subscriber.confirmed_at = timezone.now()
            subscriber.save()
            result["confirmed"] += 1
        else:
            subscriber.save()
            result["pending"] += 1
            if index is not None:
                send(subscriber, index)
    return result
