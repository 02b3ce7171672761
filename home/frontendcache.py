"""A CDN or caching proxy in front of the site, kept fresh through Wagtail's frontend cache.

Only when one is configured (WAGTAILFRONTENDCACHE, set from the FRONTEND_CACHE_* environment
variables in the settings; see docs/deploy.md). Without one, this module does nothing.

What the CDN may keep: exactly the answers that the page cache stores (home/pagecache.py:
anonymous, no cookie, no form, no session, no message), marked `Cache-Control: public,
max-age=0, s-maxage=N` with N = KENNISBANK_FRONTEND_CACHE_MAX_AGE seconds. Browsers ask again
each time; everything else goes out without that header, as before.

What is purged: when the page cache purges a page (publish, unpublish, a save through the ORM),
the addresses of that page and of the pages that show it (`listing_page_ids`: its ancestors,
its translations, pages that link to it or are related to it) go to the CDN in one batch,
after the transaction commits, so that the CDN cannot fetch the old page again in between.

Not purged, kept by the CDN at most N seconds: site-wide changes (snippets, site settings,
images, documents, a page move, and a menu page's title on every other page), since they
cannot be purged address by address and Wagtail's backends purge nothing but addresses;
deleted pages; the routes of a page other than its own address (feeds, handouts) unless its
type lists them in `get_cached_paths`; and filtered or paginated addresses (`?thema=…`).

A CDN that cannot be reached never makes a publish fail: Wagtail's backends log the error, its
purge runs as a task whose failure is logged, and whatever fails here is logged too.

The hook depends on the setting, not on `wagtail.contrib.frontend_cache` being installed:
that app only adds Wagtail's own receivers, which purge a published page's address (again,
and before the transaction commits).
"""

import logging
import weakref

from django.conf import settings
from django.db import transaction
from django.utils.cache import patch_cache_control

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

logger = logging.getLogger(__name__)


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def max_age():
    return getattr(settings, "KENNISBANK_FRONTEND_CACHE_MAX_AGE", 300)


def allow_caching(response, seconds=None):
    """Let the CDN keep an answer that the page cache stores (at most `seconds`, for answers
    that depend on the clock); browsers don't keep it."""
    if configured():
        s_maxage = max_age() if seconds is None else min(max_age(), seconds)
        patch_cache_control(response, public=True, max_age=0, s_maxage=s_maxage)


class _Pending:
    """The addresses to purge when the current transaction commits.

    A publish purges a page more than once in one transaction (its save, then the
    page_published signal). Each purge adds the addresses not added yet and registers a
    callback that purges what was added until then: every address goes out once, and after the
    page cache's own after-commit purge of its page (callbacks run in the order they were
    registered), so that the CDN cannot refill from a page cache entry of the old page.
    """

    def __init__(self):
        self.page_ids = set()
        self.urls = []
        self.sent = 0  # how many of self.urls the callbacks have purged
        self.callbacks = set()
        self.done = False  # a callback ran: the transaction is over

    def callback(self):
        end = len(self.urls)

        def purge():
            self.done = True
            urls, self.sent = self.urls[self.sent : end], max(self.sent, end)
            if urls:
                try:
                    PurgeBatch(urls).purge()
                except Exception:
                    logger.exception("Could not purge %d addresses from the CDN", len(urls))

        self.callbacks.add(purge)
        return purge


# The pending purges per database connection (one per thread).
_pending_by_connection = weakref.WeakKeyDictionary()


def _pending():
    """The pending purges of the connection's current transaction. A transaction that was
    rolled back leaves a batch behind whose callbacks Django dropped: it is not reused."""
    connection = transaction.get_connection()
    pending = _pending_by_connection.get(connection)
    waiting = {func for _savepoints, func, _robust in connection.run_on_commit}
    if pending is None or pending.done or not pending.callbacks & waiting:
        pending = _pending_by_connection[connection] = _Pending()
    return pending


def purge_page(page, listing_ids):
    """Purge the addresses of `page` and of the pages that show it (`listing_ids`) from the
    CDN once the transaction commits. Called by the page cache's `purge_page`, after its own
    purge."""
    if not configured():
        return
    if not page.live and page.first_published_at is None:
        return  # a draft that was never published: no visitor has seen it, nor its absence
    try:
        pending = _pending()
        new_ids = ({page.pk} | set(listing_ids)) - pending.page_ids
        pages = [page] if page.pk in new_ids else []
        # Listing pages that are not live show nothing to visitors.
        pages += Page.objects.live().filter(pk__in=new_ids - {page.pk}).specific(defer=True)
        batch = PurgeBatch()
        batch.add_pages(pages)
        pending.page_ids |= new_ids
        pending.urls += sorted(set(batch.urls) - set(pending.urls))
        transaction.on_commit(pending.callback(), robust=True)
    except Exception:
        logger.exception("Could not prepare the CDN purge of page %s", page.pk)
