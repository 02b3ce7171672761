"""The registration form of a meeting, its thank-you page and the cancel link (routes of
EventPage: `…/aanmelden/`, `…/aanmelden/bedankt/`, `…/afmelden/<code>/`)."""

from django.core import signing
from django.shortcuts import redirect
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from home import faults, limits

from . import registration as registrations
from .forms import RegistrationForm
from .models import Registration, retention_days

THANKS_SALT = "news.registration.thanks"
# Posts of the form per address per hour: enough for a group registering its members one by
# one, too few for a bot.
POSTS_PER_HOUR = 10


def _language():
    language = (translation.get_language() or "nl").split("-")[0]
    return language if language in ("nl", "en") else "nl"


@never_cache
def register(request, page):
    if not page.registration_form:
        return redirect(page.url)
    seats = page.seats()
    form = RegistrationForm(request.POST or None)
    refused = None
    fault = ""
    if request.method == "POST":
        if wait := limits.over_limit(request, "event-registration", f"{POSTS_PER_HOUR}/h"):
            return limits.too_many_requests(
                request,
                wait,
                message=_(
                    "Er zijn vanaf dit adres veel aanmeldingen verstuurd. Probeer het later "
                    "opnieuw, of mail de organisatie."
                ),
            )
        if form.is_spam:
            # Pretend all went well; nothing is stored.
            return redirect(page.url + page.reverse_subpage("registered"))
        if not seats["open"]:
            refused = _("Aanmelden voor deze bijeenkomst is gesloten.")
        elif form.is_valid():
            try:
                with faults.saving("a meeting registration") as attempt:
                    outcome = registrations.register(page, form.cleaned_data, language=_language())
            except registrations.RegistrationRefused as error:
                refused = error.message
                seats = page.seats()
            else:
                if attempt.failed:
                    fault = attempt.message  # the same form, with what was typed
                else:
                    # The same answer for an address that was already registered (the mail
                    # says so): neither the page nor the link shows which it was.
                    code = signing.dumps([outcome.status, outcome.mail_sent], salt=THANKS_SALT)
                    return redirect(
                        page.url + page.reverse_subpage("registered") + "?" + urlencode({"r": code})
                    )
    response = page.render(
        request,
        template="news/registration_form.html",
        context_overrides={
            "form": form,
            "seats": seats,
            "refused": refused,
            "fault": fault,
            "retention_days": retention_days(),
        },
    )
    return faults.unavailable(response) if fault else response


@never_cache
def registered(request, page):
    """After registering: on the list or on the waiting list, and whether the mail went out."""
    status, mail_sent = Registration.Status.CONFIRMED, True
    try:
        status, mail_sent = signing.loads(request.GET.get("r", ""), salt=THANKS_SALT, max_age=3600)
    except (signing.BadSignature, ValueError, TypeError):
        pass
    return page.render(
        request,
        template="news/registration_done.html",
        context_overrides={
            "waiting": status == Registration.Status.WAITING,
            "mail_sent": mail_sent,
        },
    )


@never_cache
def cancel(request, page, token):
    """GET asks to confirm, POST cancels. A spent link says so; an unknown one changes nothing."""
    found = Registration.objects.filter(cancel_token=token).select_related("event").first()
    state = "confirm"
    if found is None:
        state = "invalid"
    elif found.event.translation_key != page.translation_key:
        state, found = "invalid", None
    elif found.status == Registration.Status.CANCELLED:
        state = "already"
    elif request.method == "POST":
        found, changed = registrations.cancel(token)
        state = "cancelled" if changed else "already"
    response = page.render(
        request,
        template="news/registration_cancel.html",
        context_overrides={"state": state, "registration": found},
    )
    if state == "invalid":
        response.status_code = 404
    return response
