"""A database fault while a public form is being saved: the visitor keeps what they typed.

A lock that is not released in time, a lost connection or a database that is restarting raises a
`DatabaseError` in the middle of a submission. Instead of the generic error page (and an empty
form after pressing Back), the view shows the same form again, bound to the posted data, with a
message at the top, and answers 503 with Retry-After. Usage in a view::

    with faults.saving("newsletter subscription") as attempt:
        store(form.cleaned_data)
    if attempt.failed:
        response = page.render(request, context_overrides={"form": form, "fault": attempt.message})
        return faults.unavailable(response)

The connection stays usable for rendering that page. Inside a transaction (ATOMIC_REQUESTS, or a
test) the saving step runs in a savepoint, which is rolled back. In autocommit mode (the site's
setting) nothing extra is wrapped around it, so a saving step that commits before it sends mail
keeps doing so; after the fault a broken connection is closed, and the next query opens a new one.
"""

import contextlib
import logging

from django.db import DatabaseError, transaction
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

MESSAGE = _(
    "Het opslaan is niet gelukt door een storing bij ons. Wat je invulde staat er nog: probeer "
    "het over een paar minuten opnieuw."
)
# Seconds after which trying again makes sense (the Retry-After header).
RETRY_AFTER = 120


class Attempt:
    """The outcome of `saving()`: `failed` is True after a database fault, and `message` is what
    to tell the visitor."""

    failed = False
    message = ""


@contextlib.contextmanager
def saving(what, using=None):
    """Run the saving step of a form; a `DatabaseError` inside it is logged and swallowed, and
    the yielded `Attempt` says so. Other exceptions pass through unchanged."""
    attempt = Attempt()
    connection = transaction.get_connection(using)
    savepoint = (
        transaction.atomic(using=using) if connection.in_atomic_block else contextlib.nullcontext()
    )
    try:
        with savepoint:
            yield attempt
    except DatabaseError:
        logger.exception("Database fault while saving %s; the form is shown again", what)
        if not connection.in_atomic_block:
            # A lost connection would make every later query of this request fail too.
            connection.close_if_unusable_or_obsolete()
        attempt.failed = True
        attempt.message = MESSAGE


def unavailable(response, retry_after=RETRY_AFTER):
    """Turn the re-rendered form into a 503 that tells browsers and proxies when to try again
    and that nobody may cache."""
    response.status_code = 503
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response
