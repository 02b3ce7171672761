"""Whether the shared cache (Redis in production) answers, so that an outage costs speed only.

When a cache call fails, `failed()` logs it once and marks the cache as down for `RETRY_AFTER`
seconds: during that time the page cache and the data kept under versions are skipped (pages are
rendered from the database) instead of waiting for the cache on every call. After the interval
the next call tries again, so everything recovers by itself when the cache returns. The state is
per server process. A purge that could not reach the cache is owed: the process that lost
it empties the page cache and the kept data (a new generation) as soon as the cache answers.
"""

import logging
import time

logger = logging.getLogger(__name__)

RETRY_AFTER = 30.0
clock = time.monotonic  # tests set the time through this
_down_until = None


def available():
    """False while a recent failure says the cache is down."""
    return _down_until is None or clock() >= _down_until


def failed():
    """A cache call failed: log it (once per interval) and skip the cache for a while."""
    global _down_until
    if available():
        logger.warning(
            "Cache unreachable: pages are served without it for the next %d s",
            RETRY_AFTER,
            exc_info=True,
        )
    _down_until = clock() + RETRY_AFTER


_purge_owed = False


def owe_purge():
    """A purge could not reach the cache: everything it holds is suspect once it is back."""
    global _purge_owed
    _purge_owed = True


def purge_owed():
    return _purge_owed


def purge_paid():
    global _purge_owed
    _purge_owed = False


def reset():
    """Forget a recorded outage (tests, or after the cache was repaired)."""
    global _down_until, _purge_owed
    _down_until = None
    _purge_owed = False
