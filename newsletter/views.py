"""The public view outside the page tree: one-click unsubscribe. (Subscribing and confirming are
routes of the archive page, `NewsletterIndexPage`.)"""

from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .models import CONFIRMATIONS_PER_DAY, SUBSCRIBES_PER_HOUR, Subscriber

# The subscribe form's limits live with the archive page; tests/security reads them here.
__all__ = ["CONFIRMATIONS_PER_DAY", "SUBSCRIBES_PER_HOUR", "unsubscribe"]


@csrf_exempt  # one-click unsubscribe (RFC 8058): mail clients POST without cookies or token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET only asks (mail scanners follow links); POST unsubscribes."""
    subscriber = Subscriber.from_unsubscribe_token(token)
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
