"""The admin login with django-axes' lockout, and a rate-limited password reset.

django-axes records every failed login in the database and refuses a user name *from one
address* after ``AXES_FAILURE_LIMIT`` failures, for ``AXES_COOLOFF_TIME`` after the last one,
even with the right password (``AXES_LOCKOUT_PARAMETERS``: the combination of user name and
address, so that a stranger elsewhere cannot lock an editor out). A successful login clears
its failures. Administrators see the lockouts and lift them in the admin (home/lockouts.py).

One address trying many user names is held back too: after ``FAILURES_PER_ADDRESS`` failures
within ``FAILURE_PERIOD`` it may not try again until the period ends. django-axes has one
failure limit for all its lockout parameters, so this limit is counted with django-ratelimit
in the shared cache.

Both refusals show the login page with a message in the visitor's language, never a bare
error page. Wired up in settings: ``WAGTAILADMIN_USER_LOGIN_FORM``,
``WAGTAILADMIN_USER_PASSWORD_RESET_FORM`` and the ``AXES_*_CALLABLE`` settings.
"""

import logging
import math

from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django_ratelimit.core import get_usage

from django import forms
from django.conf import settings
from django.db.models import Max
from django.http import HttpResponse
from django.http.response import HttpResponseBase
from django.utils import timezone
from django.utils.translation import ngettext

from wagtail.admin.forms.auth import LoginForm, PasswordResetForm

from . import limits

logger = logging.getLogger(__name__)

FAILURES_PER_ADDRESS = 20
FAILURE_PERIOD = "15m"  # django-ratelimit's notation

# Password reset mails per visitor address and per e-mail address, per hour.
RESETS_PER_ADDRESS = 5
RESETS_PER_EMAIL = 3


def normalize(username):
    """User names are compared without case and surrounding spaces: variants of one name count
    as one (``AXES_USERNAME_CALLABLE``)."""
    return (username or "").strip().lower()


def axes_username(request, credentials):
    """The user name that django-axes records: from the login's credentials, else the form."""
    username = (credentials or {}).get("username")
    if username is None and request is not None:
        username = request.POST.get("username")
    return normalize(username)


def locked_message(seconds):
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Er is te vaak een verkeerd wachtwoord ingevuld. Inloggen kan daarom even "
        "niet. Probeer het over %(minutes)d minuut opnieuw, of vraag een nieuw "
        "wachtwoord aan.",
        "Er is te vaak een verkeerd wachtwoord ingevuld. Inloggen kan daarom even "
        "niet. Probeer het over %(minutes)d minuten opnieuw, of vraag een nieuw "
        "wachtwoord aan.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    """``AXES_LOCKOUT_CALLABLE``: django-axes would answer a locked-out login with a bare 403
    or 429; the login form has already said why (``LockoutLoginForm``), so its page stays."""
    if isinstance(original_response, HttpResponseBase):
        return original_response
    return HttpResponse(locked_message(settings.AXES_COOLOFF_TIME.total_seconds()), status=429)


def _address_failures(request, count):
    return get_usage(
        request,
        group="admin-login-failures",
        key="ip",
        rate=f"{FAILURES_PER_ADDRESS}/{FAILURE_PERIOD}",
        increment=count,
    )


def seconds_locked(username, address):
    """Seconds that django-axes keeps refusing this user name from this address (0: none)."""
    last = AccessAttempt.objects.filter(
        username=username, ip_address=address, failures_since_start__gt=0
    ).aggregate(last=Max("attempt_time"))["last"]
    if last is None:
        return 0
    return max(0, (last + settings.AXES_COOLOFF_TIME - timezone.now()).total_seconds())


class LockoutLoginForm(LoginForm):
    """Wagtail's login form with a clear message while django-axes or the per-address limit
    refuses the login."""

    def clean(self):
        request = self.request
        username = normalize(self.cleaned_data.get("username"))
        if request is not None:
            usage = _address_failures(request, count=False)
            if usage and usage["count"] >= usage["limit"]:
                raise forms.ValidationError(locked_message(usage["time_left"]), code="locked")
        try:
            return super().clean()
        except forms.ValidationError as error:
            if request is None or not username or error.code != "invalid_login":
                raise
            address = limits.client_address(request)
            usage = _address_failures(request, count=True)
            if usage and usage["count"] == usage["limit"]:
                logger.warning("Admin logins from %s refused after repeated failures", address)
            if not AxesProxyHandler.is_locked(request, {"username": username}):
                raise
            raise forms.ValidationError(
                locked_message(seconds_locked(username, address)), code="locked"
            ) from error


class RateLimitedPasswordResetForm(PasswordResetForm):
    """Wagtail's password reset form that sends at most a few mails per address and per
    visitor. Over the limit nothing is sent, and the answer stays the same as always, so the
    form tells no one whether an account exists."""

    def save(self, *args, request=None, **kwargs):
        if request is not None:
            # Both counters count every request, so neither can be reset by alternating.
            over_address = limits.over_limit(request, "password-reset", f"{RESETS_PER_ADDRESS}/h")
            over_email = limits.over_limit(
                request,
                "password-reset-email",
                f"{RESETS_PER_EMAIL}/h",
                value=normalize(self.cleaned_data.get("email")),
            )
            if over_address or over_email:
                logger.warning("Password reset mail not sent: rate limit reached")
                return None
        return super().save(*args, request=request, **kwargs)
