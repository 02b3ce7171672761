"""Public views: subscribe (on the archive page), confirm, and unsubscribe."""

from django.db import IntegrityError, transaction
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home import faults, ratelimit

from .forms import SubscribeForm
from .mail import (
    send_confirmation,
    subscriber_from_confirm_token,
    subscriber_from_unsubscribe_token,
)
from .models import Subscriber, normalize_email

# Subscribe attempts per visitor address per hour, and confirmation mails per e-mail address
# per day.
SUBSCRIBES_PER_HOUR = 10
CONFIRMATIONS_PER_DAY = 3


def subscribe(request, page):
    """The archive with the subscribe form. Whatever the address, the answer is the same: it
    never tells whether an address was already known."""
    language = page.locale.language_code
    submitted = False
    if request.method == "POST":
        form = SubscribeForm(request.POST)
        if ratelimit.check(
            request, "newsletter-subscribe", limit=SUBSCRIBES_PER_HOUR, period=60 * 60
        ):
            return ratelimit.too_many_requests(request)
        if form.is_spam:
            # Pretend all went well; nothing is stored or sent.
            submitted = True
            form = SubscribeForm(initial={"language": language})
        elif form.is_valid():
            email = form.cleaned_data["email"]
            # At most a few confirmation mails per address a day, whoever asks: the form cannot
            # be used to flood someone's mailbox. The answer stays the same.
            with faults.saving("a newsletter subscription") as attempt:
                if not ratelimit.check(
                    request,
                    "newsletter-confirmation",
                    key=normalize_email(email),
                    limit=CONFIRMATIONS_PER_DAY,
                    period=24 * 60 * 60,
                ):
                    _subscribe(email, form.cleaned_data["language"], page)
            if attempt.failed:
                # The same form, with what was typed, and the message at the top.
                return faults.unavailable(
                    page.render(
                        request,
                        context_overrides={"form": form, "fault": attempt.message},
                    )
                )
            submitted = True
            form = SubscribeForm(initial={"language": language})
    else:
        form = SubscribeForm(initial={"language": language})
    return page.render(request, context_overrides={"form": form, "submitted": submitted})


def _subscribe(email, language, page):
    email = normalize_email(email)
    try:
        with transaction.atomic():
            subscriber, created = Subscriber.objects.get_or_create(
                email=email,
                defaults={
                    "language": language,
                    "consent_source": "inschrijfformulier",
                },
            )
    except IntegrityError:  # two requests at once: the other one created it
        subscriber, created = Subscriber.objects.get(email=email), False
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return  # already subscribed: nothing changes, nothing is revealed
    if not created and subscriber.language != language:
        subscriber.language = language
        subscriber.save(update_fields=["language"])
    send_confirmation(subscriber, page)


def confirm(request, page, token):
    subscriber = subscriber_from_confirm_token(token)
    if subscriber is not None and subscriber.status != Subscriber.Status.CONFIRMED:
        subscriber.confirm(source="inschrijfformulier (bevestigd via e-mail)")
    return page.render(
        request,
        template="newsletter/confirmed.html",
        context_overrides={"valid": subscriber is not None},
    )


@csrf_exempt  # one-click unsubscribe (RFC 8058): mail clients POST without cookies or token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET only asks (mail scanners follow links); POST unsubscribes."""
    subscriber = subscriber_from_unsubscribe_token(token)
    if subscriber is None:
        return TemplateResponse(
            request, "newsletter/unsubscribe.html", {"valid": False}, status=400
        )
    done = False
    if request.method == "POST":
        subscriber.unsubscribe()
        done = True
    return TemplateResponse(
        request,
        "newsletter/unsubscribe.html",
        {"valid": True, "done": done, "email": subscriber.email, "token": token},
    )
