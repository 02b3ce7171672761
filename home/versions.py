"""Values kept in the cache for as long as what they were made from stays the same.

The one helper for data kept under purge versions: listing facet tables, cached page sections,
navigation, the library's addresses, the search's counted hits, the page cache's entries.
A *version* is a random token under a cache key; a change to the content *bumps* it (writes a
new token). `versioned(key, deps, compute)` stores its value with the tokens of `deps` it was
computed under and returns the stored value only while those tokens are still current, read in
the same round trip as the value. Purging is a few cache writes, however much is kept.

The version keys (all strings, made by the functions below):

- `GENERATION_KEY`, everything: something shown on every page changed (a snippet, the site
  settings, locales, sites, privacy settings, images and documents, a home page or a page of
  the main menu, a page move).
- `tree_key(path)`: the page at that tree path changed itself (title, address, content).
  A page's answer depends on the tree keys of the page and all its ancestors.
- `list_key(page_id)`: something the page shows about other pages changed (its children, its
  translations, pages that link to it or are related to it).
- `type_key(content_type_id)`: a page of that type changed (similar initiatives, other meetings).
- `PAGES_KEY`: any page changed; only data that depends on every page (search counts) uses it.

This module sits below the models: it knows cache keys, not pages. What bumps which key is
`home.pagecache`'s business. When the cache is unreachable everything is computed and nothing
kept (`cachehealth`), so an outage costs speed, not the site.
"""

import contextlib
import contextvars
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from home import cachehealth, requestcache

PREFIX = "kennisbank:pagecache"
GENERATION_KEY = f"{PREFIX}:generation"
PAGES_KEY = f"{PREFIX}:pages"
TREE_STEP = 4  # treebeard's steplen for Wagtail's pages (Page.steplen)

# The benchmark's cold mode: compute everything and store it, reading nothing kept.
_cold = contextvars.ContextVar("kennisbank_versions_cold", default=False)


def enabled():
    """Whether whole pages and rendered sections may be kept (off in development, where
    templates change without a restart; data is kept either way)."""
    return getattr(settings, "KENNISBANK_PAGE_CACHE", False)


def release():
    """Data kept by another release may have another shape: each release has its own keys."""
    return getattr(settings, "KENNISBANK_RELEASE", "")


def tree_key(path):
    return f"{PREFIX}:tree:{path}"


def tree_keys(path):
    """The tree keys of the page at `path` and of its ancestors (the prefixes of its path)."""
    return [tree_key(path[:n]) for n in range(TREE_STEP, len(path) + 1, TREE_STEP)]


def list_key(page_id):
    return f"{PREFIX}:list:{page_id}"


def type_key(content_type_id):
    return f"{PREFIX}:type:{content_type_id}"


def listing_deps(page):
    """What a listing of `page` depends on: everything, and its list key."""
    return [GENERATION_KEY, list_key(page.pk)]


def section_deps(page):
    """What a page's sections depend on: everything except the page's own content and its
    ancestors' (home.sections.CachedSection)."""
    return [GENERATION_KEY, type_key(page.content_type_id), list_key(page.pk)]


def current(keys):
    """The current token of each key; missing ones (never set, or evicted) get a new one, so
    that a value stored under an evicted token can never match again."""
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    for key in missing:
        cache.add(key, uuid.uuid4().hex, None)
    if missing:
        found.update(cache.get_many(missing))
    return [found.get(key) for key in keys]


@contextlib.contextmanager
def cold():
    """Inside: `versioned` computes and stores every value without reading (the benchmark)."""
    token = _cold.set(True)
    try:
        yield
    finally:
        _cold.reset(token)


def versioned(key, deps, compute, timeout=24 * 60 * 60):
    """`compute()`, kept under `key` for as long as the tokens of `deps` stay the same, and
    read once per request. If the cache is down, computes.
    `timeout`: seconds, or a function of the computed value giving them. Give `key` a new name
    when the shape of the value changes: during a deploy, servers of the old and the new code
    share the cache."""
    key = f"{key}:{release()}"
    return requestcache.memo((__name__, key), lambda: _versioned(key, deps, compute, timeout))


def settle():
    """After an outage in which a purge was lost: start a new generation, so that nothing
    kept from before the outage is used. True when the cache can be used."""
    if not cachehealth.available():
        return False
    if cachehealth.purge_owed():
        try:
            cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
        except Exception:
            cachehealth.failed()
        if not cachehealth.available():
            return False
        cachehealth.purge_paid()
    return True


def _versioned(key, deps, compute, timeout):
    if not settle():
        return compute()
    try:
        if _cold.get():
            versions = current(deps)
            entry = None
        else:
            found = cache.get_many([key, *deps])  # one round trip when all tokens are set
            entry = found.get(key)
            versions = [found.get(dep) for dep in deps]
            if None in versions:
                versions = current(deps)
    except Exception:
        cachehealth.failed()
        return compute()
    if entry is not None and entry[0] == versions:
        return entry[1]
    value = compute()
    try:
        cache.set(key, (versions, value), timeout(value) if callable(timeout) else timeout)
    except Exception:
        cachehealth.failed()
    return value


def bump(keys):
    """Give the keys new tokens, now and again after the transaction commits (a request that
    read the old content during the transaction cannot keep it under the new tokens). If the
    cache is down, the change is still saved: what the cache holds expires in time."""
    keys = list(keys)
    if not keys:
        return

    def write():
        try:
            cache.set_many({key: uuid.uuid4().hex for key in keys}, None)
        except Exception:
            cachehealth.failed()
        if not cachehealth.available():
            cachehealth.owe_purge()

    write()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(write)


def bump_all(**kwargs):
    """Everything kept is out of date (a signal receiver for site-wide changes)."""
    bump([GENERATION_KEY])


# Answers that depend on the clock -----------------------------------------------------------

_VALID_UNTIL = (__name__, "valid_until")


def expire_at(moment):
    """What this request renders holds only until `moment` (an aware datetime): the next
    meeting ends, a registration closes. The page cache keeps the answer no longer."""
    earliest = requestcache.get(_VALID_UNTIL)
    if earliest is None or moment < earliest:
        requestcache.put(_VALID_UNTIL, moment)


def seconds_valid(default):
    """How long what this request rendered may be kept: `default` seconds, or less when it
    said so (0 or less: not at all)."""
    until = requestcache.get(_VALID_UNTIL)
    if until is None:
        return default
    return min(default, int((until - timezone.now()).total_seconds()))
