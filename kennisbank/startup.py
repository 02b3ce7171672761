"""Start-up errors as one clear sentence instead of a wall of traceback.

A wrong setting (ImproperlyConfigured) or a database that cannot be reached is something an
operator fixes in the environment; the traceback only hides the sentence that says what to fix.
Other database errors (a missing table, say) keep their traceback. Set KENNISBANK_TRACEBACK=1
to see the full traceback anyway.
"""

import os
import sys
from contextlib import contextmanager


@contextmanager
def explain_startup_errors():
    from django.core.exceptions import ImproperlyConfigured
    from django.db.utils import OperationalError

    try:
        yield
    except ImproperlyConfigured as error:
        _stop(f"Kennisbank cannot start: {error}")
    except OperationalError as error:
        reason = _connection_failure()
        if reason is None:
            raise
        _stop(
            "Kennisbank cannot reach its database (check DATABASE_URL and that the database "
            f"server runs): {reason or error}"
        )


def _connection_failure():
    """Why the database cannot be reached, or None when it can (the error was something else)."""
    from django.db import connection
    from django.db.utils import OperationalError

    try:
        connection.close()
        connection.ensure_connection()
    except OperationalError as error:
        text = str(error).strip()
        return text.splitlines()[0] if text else repr(error)
    return None


def _stop(message):
    if os.environ.get("KENNISBANK_TRACEBACK"):
        raise
    sys.stderr.write(message + "\n")
    sys.exit(1)
