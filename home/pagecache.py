"""A full-page cache for anonymous visitors that is never stale.

Anonymous visitors (no session cookie, no messages) get public pages from the cache (the default
cache: Redis in production, local memory otherwise). What is cached: 200 answers to GET requests
that Wagtail served from the page tree (pages and their routes: feeds, municipality pages,
handouts), that set no cookie, used no CSRF token (pages with a form are never cached: the token
is personal), stored no session data and added no message. Admin, preview, search and every
non-page view are never cached.

Keys: host + path + query string + language. Each cached answer remembers the versions of what
it depends on when it was rendered, and a hit compares them with the current ones in one
`get_many`: any change makes it a miss. Purging is therefore a few cache writes, whatever the
number of cached URLs, and works with any cache shared by all server processes. The versions:

- `generation`: everything. Bumped when something shown on every page changes: a snippet (a
  theme, the footer text, a projectenband), the site settings, locales, sites, privacy
  settings, images and documents, a home page or a page in the main menu, or a page move.
- `tree:<path>`: the page at that tree path changed itself (its title, URL or content). Every
  answer depends on the tree versions of its page and all its ancestors, whose titles and URLs
  it shows in the breadcrumbs.
- `list:<page id>`: something the page shows about other pages changed. Bumped for the changed
  page's ancestors (their listings and the home page sections), its translations (their
  language links), the pages it links to or that link to it (Wagtail's reference index) and
  pages related to it through model fields (an initiative's methods; the initiatives that apply
  a method).
- `type:<content type>`: a page of that type changed: initiatives show similar initiatives,
  meetings show other meetings.
- `pages`: any page changed. Not a dependency of cached answers (that would empty the whole
  cache on every publish), but of data that depends on every page: the search's counted and
  ranked hits of a query (search/results.py).

Purges run at once, and again after the transaction commits: a request that read the old
content during the transaction cannot store it under the new versions. A CDN in front of the
site, when one is configured, is purged too (home/frontendcache.py).

Answers that depend on the clock (upcoming meetings) are kept at most
`KENNISBANK_PAGE_CACHE_TIMEOUT` seconds (5 minutes by default). A deploy that changes templates
or code must empty the cache: `manage.py purge_page_cache` (or set `KENNISBANK_RELEASE`).
"""

import contextlib
import functools
import hashlib
import logging
import uuid

from asgiref.local import Local

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import ForeignKey, ManyToManyField
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import translation

from wagtail import hooks
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from home import frontendcache

logger = logging.getLogger(__name__)
# Set while the benchmark asks for a cold render (`_bypass_requested`).
_cold = Local()
# What `versioned` read during this page view (`request_memo`).
_memo = Local()

PREFIX = "kennisbank:pagecache"
GENERATION_KEY = f"{PREFIX}:generation"
PAGES_KEY = f"{PREFIX}:pages"
HEADER = "X-Cache"
# Page saves that only record a draft (the live page stays as it was) purge nothing.
DRAFT_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "wagtail_admin_comments",
        "has_unpublished_changes",
        "draft_title",
        "locked",
        "locked_at",
        "locked_by",
    }
)
# Saves that only fill in what Wagtail computes about an image or document while rendering
# (its hash and size) change nothing visible.
METADATA_FIELDS = frozenset({"file_hash", "file_size"})
# Snippets that are never shown on a public page (visitors write them: purging everything on
# each would empty the cache for nothing).
IGNORED_SNIPPETS = {"initiatives.initiativesignup", "newsletter.subscriber"}


def enabled():
    return getattr(settings, "KENNISBANK_PAGE_CACHE", False)


def timeout():
    return getattr(settings, "KENNISBANK_PAGE_CACHE_TIMEOUT", 300)


# Versions ------------------------------------------------------------------------------------


def _tree_keys(path):
    """The tree versions of the page at `path` and of its ancestors (prefixes of the path)."""
    step = Page.steplen
    return [f"{PREFIX}:tree:{path[:n]}" for n in range(step, len(path) + 1, step)]


def _list_key(page_id):
    return f"{PREFIX}:list:{page_id}"


def _type_key(content_type_id):
    return f"{PREFIX}:type:{content_type_id}"


def _current_versions(keys):
    """The current version of each key; missing ones (never set, or evicted) get a new one,
    so that an entry stored under an evicted version can never match again."""
    versions = cache.get_many(keys)
    missing = [key for key in keys if key not in versions]
    for key in missing:
        cache.add(key, uuid.uuid4().hex, None)
    if missing:
        versions.update(cache.get_many(missing))
    return [versions.get(key) for key in keys]


def listing_deps(page):
    """The versions that what `page` lists depends on: everything, and its listing (bumped
    when one of its descendants, translations or related pages changes)."""
    return [GENERATION_KEY, _list_key(page.pk)]


def section_deps(page):
    """What a page's cached answer depends on, except its own content and its ancestors'
    (their tree versions): the versions of data shown on the page about other pages
    (home.sections.CachedSection)."""
    return [GENERATION_KEY, _type_key(page.content_type_id), _list_key(page.pk)]


def versioned(key, deps, compute, timeout=24 * 60 * 60):
    """`compute()`, kept in the cache under `key` for as long as the versions of `deps` stay
    the same: data that pages are made from (a listing's facet table), so that a page that
    is not in the page cache need not read it again. If the cache is down or the page cache
    is off, computes. `timeout`: seconds, or a function of the computed value giving them.
    Give `key` a new name when the shape of the value changes: during a deploy, servers of
    the old and the new code share the cache."""
    if not enabled():
        return compute()
    # Data kept by another release may have another shape: a release has its own entries.
    key = f"{key}:{getattr(settings, 'KENNISBANK_RELEASE', '')}"
    return once_per_view(key, lambda: _versioned(key, deps, compute, timeout))


def view_memo():
    """The dict kept for this page view while `request_memo` is active, else None."""
    return getattr(_memo, "values", None)


def once_per_view(key, compute):
    """`compute()`, once per page view while `request_memo` is active (else every time)."""
    memo = getattr(_memo, "values", None)
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


@contextlib.contextmanager
def request_memo():
    """While a page is viewed (a GET): `versioned` reads each key from the cache once (the
    private sections, for instance, are asked for by every listing on the page), and so
    does `once_per_view`."""
    outer = getattr(_memo, "values", None)
    _memo.values = {}
    try:
        yield
    finally:
        if outer is None:
            del _memo.values
        else:
            _memo.values = outer


def _versioned(key, deps, compute, timeout):
    if getattr(_cold, "active", False):  # the benchmark's cold renders: compute and store
        versions = _current_versions(deps)
        value = compute()
        cache.set(key, (versions, value), timeout(value) if callable(timeout) else timeout)
        return value
    try:
        found = cache.get_many([key, *deps])  # one round trip when all versions are set
        entry = found.get(key)
        versions = [found.get(dep) for dep in deps]
        if None in versions:
            versions = _current_versions(deps)
    except Exception:
        logger.exception("Cache unavailable")
        return compute()
    if entry is not None and entry[0] == versions:
        return entry[1]
    value = compute()
    try:
        cache.set(key, (versions, value), timeout(value) if callable(timeout) else timeout)
    except Exception:
        logger.exception("Cache unavailable")
    return value


def _bump(keys):
    """Give the keys new versions, now and after the transaction commits. If the cache is down,
    publishing still works: entries it still holds expire within the timeout."""
    keys = list(keys)

    def bump():
        try:
            cache.set_many({key: uuid.uuid4().hex for key in keys}, None)
        except Exception:
            logger.exception("Page cache unavailable: could not purge %d keys", len(keys))

    if keys:
        bump()
        _after_commit(bump)


def _after_commit(function):
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(function)


def purge_all(**kwargs):
    """Forget every cached page (a signal receiver for site-wide changes)."""
    _bump([GENERATION_KEY])


# Purging one page ----------------------------------------------------------------------------


@functools.cache
def _page_relations(model):
    """Forward and reverse relations between `model` and other page types (many-to-many and
    foreign keys), e.g. an initiative's methods, or the initiatives that apply a method."""
    relations = []
    for field in model._meta.get_fields():
        related = getattr(field, "related_model", None)
        if not (isinstance(related, type) and issubclass(related, Page)):
            continue
        if field.auto_created and not field.concrete:
            if not field.one_to_one:  # one-to-one: the link to wagtailcore.Page itself
                relations.append(field.get_accessor_name())
        elif isinstance(field, (ManyToManyField, ForeignKey)) and not field.one_to_one:
            relations.append(field.name)
    return tuple(relations)


def listing_page_ids(page):
    """Pages that show something of `page`: its ancestors, its translations, pages it links
    to or that link to it, pages related to it through model fields, and the translations of
    those (an English experience belongs to the Dutch initiative, and shows on the English
    one)."""
    ids = set(page.get_ancestors().values_list("pk", flat=True))
    ids.update(
        Page.objects.filter(translation_key=page.translation_key).values_list("pk", flat=True)
    )
    related = _related_page_ids(page)
    if related:
        ids.update(
            Page.objects.filter(
                translation_key__in=Page.objects.filter(pk__in=related).values("translation_key")
            ).values_list("pk", flat=True)
        )
    ids.discard(page.pk)
    return ids


def _related_page_ids(page):
    """Pages linked to `page` in either direction, and related to it through model fields."""
    ids = set()
    base_type = ReferenceIndex._get_base_content_type(page)
    outgoing = ReferenceIndex.get_references_for_object(page).filter(to_content_type=base_type)
    ids.update(int(pk) for pk in outgoing.values_list("to_object_id", flat=True))
    incoming = ReferenceIndex.get_references_to(page).filter(base_content_type=base_type)
    ids.update(int(pk) for pk in incoming.values_list("object_id", flat=True))
    specific = page.specific_deferred if type(page) is Page else page
    for name in _page_relations(type(specific)):
        related = getattr(specific, name, None)
        if hasattr(related, "values_list"):  # a many-to-many or reverse manager
            # "id", not "pk": modelcluster's in-memory querysets know only field names.
            ids.update(related.values_list("id", flat=True))
        elif isinstance(related, Page):
            ids.add(related.pk)
    return ids


def _shown_everywhere(page):
    """Home pages and the pages of the main menu appear on every page of their language."""
    return page.depth <= 3


def purge_page(page):
    """Forget the cached answers of `page`, of its descendants and of every page that shows
    it."""
    if _shown_everywhere(page):
        purge_all()
        frontendcache.purge_page(page)
        return
    listing_ids = listing_page_ids(page)
    keys = [f"{PREFIX}:tree:{page.path}", _type_key(page.content_type_id), PAGES_KEY]
    keys += [_list_key(pk) for pk in listing_ids]
    _bump(keys)
    frontendcache.purge_page(page, listing_ids)  # after _bump: its after-commit purge first


def _on_page_change(sender, instance=None, **kwargs):
    page = instance if instance is not None else kwargs.get("page")
    if not isinstance(page, Page) or page.pk is None:
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return
    purge_page(page)


def _on_page_delete(instance):
    if _shown_everywhere(instance):
        purge_all()
        return
    # The row is gone: its ancestors are found through the prefixes of its path.
    ancestor_paths = [key.rsplit(":", 1)[1] for key in _tree_keys(instance.path)[:-1]]
    ancestors = Page.objects.filter(path__in=ancestor_paths).values_list("pk", flat=True)
    keys = [f"{PREFIX}:tree:{instance.path}", _type_key(instance.content_type_id), PAGES_KEY]
    _bump(keys + [_list_key(pk) for pk in ancestors])


@functools.cache
def _site_wide_models():
    """Models shown on (nearly) every page: any change to them empties the page cache. Read
    when first needed: snippets are registered when the wagtail_hooks modules load."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    from home.models import SiteSettings

    models = {
        SiteSettings,
        PageViewRestriction,
        Site,
        Locale,
        get_image_model(),
        get_document_model(),
    }
    models.update(
        model for model in get_snippet_models() if model._meta.label_lower not in IGNORED_SNIPPETS
    )
    return frozenset(models)


def _on_save(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _on_page_change(sender, instance, **kwargs)
    elif sender in _site_wide_models():
        update_fields = kwargs.get("update_fields")
        if update_fields and set(update_fields) <= METADATA_FIELDS:
            return
        purge_all()


def _on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _on_page_delete(instance)
    elif sender in _site_wide_models():
        purge_all()


def _on_m2m(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _on_page_change(sender, instance)
    elif type(instance) in _site_wide_models():
        purge_all()


def _on_snippet_publish(sender, instance, **kwargs):
    if sender in _site_wide_models():
        purge_all()


def connect():
    # Without a sender: the receivers filter, so that models registered later count too.
    post_save.connect(_on_save, dispatch_uid="pagecache-save")
    post_delete.connect(_on_delete, dispatch_uid="pagecache-delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="pagecache-m2m")
    published.connect(_on_snippet_publish, dispatch_uid="pagecache-published")
    unpublished.connect(_on_snippet_publish, dispatch_uid="pagecache-unpublished")
    page_published.connect(_on_page_change, dispatch_uid="pagecache-page-published")
    page_unpublished.connect(_on_page_change, dispatch_uid="pagecache-page-unpublished")
    # A move changes the tree paths of the page and all its descendants.
    post_page_move.connect(purge_all, dispatch_uid="pagecache-page-moved")


# Serving -------------------------------------------------------------------------------------


@hooks.register("before_serve_page", order=100)
def remember_page(page, request, serve_args, serve_kwargs):
    """Mark the request as a page of the tree and read its versions before it is rendered."""
    state = getattr(request, "_page_cache", None)
    if state is None:
        return
    deps = [
        _type_key(page.content_type_id),
        _list_key(page.pk),
        *_tree_keys(page.path),
    ]
    try:
        state["versions"] = _current_versions(deps)
    except Exception:  # the cache is down: this answer is not stored
        logger.exception("Page cache unavailable")
        return
    state["deps"] = deps


def _anonymous(request):
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _bypass_requested(request):
    """The benchmark asks for uncached answers with a header; only in its settings.
    `bypass`: not from the page cache (data and sections kept under versions still are);
    `cold`: nothing kept under versions is read either, as after a site-wide change."""
    if not getattr(settings, "KENNISBANK_PAGE_CACHE_BYPASS_HEADER", False):
        return None
    mode = request.headers.get("X-Page-Cache")
    return mode if mode in ("bypass", "cold") else None


def _key(request):
    parts = "\n".join(
        [
            getattr(settings, "KENNISBANK_RELEASE", ""),
            request.get_host(),
            request.path,
            request.META.get("QUERY_STRING", ""),
            translation.get_language() or "",
        ]
    )
    return f"{PREFIX}:entry:" + hashlib.sha256(parts.encode()).hexdigest()


def _storable(request, response, state):
    if request.method != "GET" or response.status_code != 200 or "deps" not in state:
        return False
    if response.streaming or response.cookies or response.has_header("Cache-Control"):
        # Cache-Control: the view said something about caching (private, no-cache, …).
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page used the CSRF token (a form): personal
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and (
        getattr(messages, "_queued_messages", None) or getattr(messages, "_loaded_data", None)
    ):
        return False
    return not getattr(request, "is_preview", False)


class PageCacheMiddleware:
    """Serve and store anonymous visitors' pages. Put it last in MIDDLEWARE: the language is
    active by then, and the middleware above it adds its headers to cached answers too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        bypass = _bypass_requested(request)
        if bypass == "cold":
            _cold.active = True
            try:
                return self.get_response(request)
            finally:
                _cold.active = False
        if (
            not enabled()
            or request.method not in ("GET", "HEAD")
            or not _anonymous(request)
            or bypass
        ):
            return self.get_response(request)
        key = _key(request)
        try:
            entry = cache.get(key)
            if entry is not None:
                current = cache.get_many([GENERATION_KEY, *entry["deps"]])
                if [current.get(k) for k in [GENERATION_KEY, *entry["deps"]]] == entry["versions"]:
                    return self._from_entry(entry)
            generation = _current_versions([GENERATION_KEY])[0]
        except Exception:  # the cache is down: serve without it
            logger.exception("Page cache unavailable")
            return self.get_response(request)
        request._page_cache = state = {}
        response = self.get_response(request)
        if _storable(request, response, state):
            frontendcache.allow_caching(response)  # after _storable, which refuses Cache-Control
            try:
                cache.set(
                    key,
                    {
                        "deps": state["deps"],
                        "versions": [generation, *state["versions"]],
                        "status": response.status_code,
                        "headers": list(response.items()),
                        "content": response.content,
                    },
                    timeout(),
                )
            except Exception:
                logger.exception("Page cache unavailable")
            else:
                response[HEADER] = "MISS"
        return response

    def _from_entry(self, entry):
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[HEADER] = "HIT"
        return response
