"""The admin login with a lockout, and a rate-limited password reset.

After ``FAILURES_PER_USERNAME`` failed logins for one user name, or ``FAILURES_PER_ADDRESS``
from one visitor address, within ``FAILURE_PERIOD`` seconds, every further attempt for that
name (or from that address) is refused for ``LOCKOUT_SECONDS``, even with the right password.
A successful login clears the failures of its user name. The counters live in the shared cache
(Redis in production), so the lockout holds across server processes.

Wired up in settings: ``WAGTAILADMIN_USER_LOGIN_FORM`` and
``WAGTAILADMIN_USER_PASSWORD_RESET_FORM``.
"""

import logging
import math
import time

from django import forms
from django.core.cache import cache
from django.utils.translation import ngettext

from wagtail.admin.forms.auth import LoginForm, PasswordResetForm

from . import limits, ratelimit

logger = logging.getLogger(__name__)

FAILURES_PER_USERNAME = 5
FAILURES_PER_ADDRESS = 20
FAILURE_PERIOD = 15 * 60
LOCKOUT_SECONDS = 15 * 60

# Password reset mails per visitor address and per e-mail address, per hour.
RESETS_PER_ADDRESS = 5
RESETS_PER_EMAIL = 3


def _lock_key(kind, value):
    return ratelimit._cache_key("login-lock", f"{kind}:{value}", "lock")


def locked_for(kind, value):
    """Seconds that logins for this user name or from this address stay refused (0: none)."""
    until = cache.get(_lock_key(kind, value))
    return max(0, math.ceil(until - time.time())) if until else 0


def _count_failure(kind, value, limit):
    if ratelimit.hit(f"login-failure-{kind}", value, period=FAILURE_PERIOD) >= limit:
        cache.set(_lock_key(kind, value), time.time() + LOCKOUT_SECONDS, LOCKOUT_SECONDS)
        logger.warning("Admin login locked for %s %s after repeated failures", kind, value)


def _normalize(username):
    return (username or "").strip().lower()


class LockoutLoginForm(LoginForm):
    """Wagtail's login form that refuses logins while a user name or address is locked."""

    def clean(self):
        username = _normalize(self.cleaned_data.get("username"))
        address = limits.client_address(self.request) if self.request else ""
        wait = max(
            locked_for("username", username) if username else 0,
            locked_for("address", address) if address else 0,
        )
        if wait:
            minutes = math.ceil(wait / 60)
            raise forms.ValidationError(
                ngettext(
                    "Er is te vaak een verkeerd wachtwoord ingevuld. Inloggen kan daarom even "
                    "niet. Probeer het over %(minutes)d minuut opnieuw, of vraag een nieuw "
                    "wachtwoord aan.",
                    "Er is te vaak een verkeerd wachtwoord ingevuld. Inloggen kan daarom even "
                    "niet. Probeer het over %(minutes)d minuten opnieuw, of vraag een nieuw "
                    "wachtwoord aan.",
                    minutes,
                )
                % {"minutes": minutes},
                code="locked",
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError as error:
            if username and getattr(error, "code", None) == "invalid_login":
                _count_failure("username", username, FAILURES_PER_USERNAME)
                if address:
                    _count_failure("address", address, FAILURES_PER_ADDRESS)
            raise
        if username:
            ratelimit.reset("login-failure-username", username, period=FAILURE_PERIOD)
        return cleaned


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
                value=_normalize(self.cleaned_data.get("email")),
            )
            if over_address or over_email:
                logger.warning("Password reset mail not sent: rate limit reached")
                return None
        return super().save(*args, request=request, **kwargs)
