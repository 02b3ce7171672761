"""A full-page cache for anonymous visitors, purged by what changes, on public APIs.

Anonymous visitors (no session cookie, no messages) get public pages from the cache (the default
cache: Redis in production, local memory otherwise). What is stored: 200 answers to GET requests
that Wagtail served from the page tree (pages and their routes: feeds, municipality pages,
handouts), that set no cookie, used no CSRF token (pages with a form are never stored: the token
is personal), stored no session data and added no message. Admin, preview, search and every
non-page view are never stored.

Each entry (key: host + path + query string + language) remembers the versions (`home.versions`)
of what it was rendered from: everything (`GENERATION_KEY`), its page's type, its page's listing
and the tree keys of the page and its ancestors. A hit reads the entry and those versions in one
`get_many`: every server process remembers which versions an address depends on (they change
only when a page moves), so a hit costs one cache round trip; the first hit of an address in a
process costs two. Any purge of one of its versions makes the entry a miss.

Purges follow Wagtail's signals (`page_published`, `page_unpublished`, `post_page_move`, saves
and deletes of pages, snippets, images, documents, sites, locales, settings and view
restrictions): a page's change bumps its tree key, its type key, and the list keys of every page
that shows it: its ancestors, its translations, pages it links to or that link to it (Wagtail's
reference index) and pages related to it through model fields. Purges run at once and again after
the transaction commits, so a request that read the old content during the transaction cannot
store it under the new versions. A CDN in front of the site is purged through
`wagtail.contrib.frontend_cache` (home/frontendcache.py).

Entries live until purged, with a safety expiry (`KENNISBANK_PAGE_CACHE_TIMEOUT`, a day by
default). Answers that depend on the clock (upcoming meetings, registration deadlines) say
until when they hold (`versions.expire_at`) and are kept no longer. A deploy
that changes templates or code starts a fresh cache (`KENNISBANK_RELEASE`) or empties it
(`manage.py purge_page_cache`).
"""

import functools
import hashlib
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import ForeignKey, ManyToManyField
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import translation

from wagtail import hooks
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from home import cachehealth, frontendcache, requestcache, versions
from home.versions import GENERATION_KEY, PAGES_KEY, list_key, tree_key, tree_keys, type_key

logger = logging.getLogger(__name__)

HEADER = "X-Cache"
ENTRY_PREFIX = f"{versions.PREFIX}:entry:2:"  # a new name when the entry's shape changes
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
# Which versions each address depends on, as this process last stored or read it: lets a hit
# read the entry and its versions in one round trip. Bounded: cleared when it grows past this.
_deps_by_key = {}
MAX_REMEMBERED = 50_000
_SERVED = (__name__, "served")


def enabled():
    return versions.enabled()


def timeout():
    return getattr(settings, "KENNISBANK_PAGE_CACHE_TIMEOUT", 24 * 60 * 60)


def purge_all(**kwargs):
    """Forget every cached page (a signal receiver for site-wide changes)."""
    versions.bump_all()


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
    base_type = ContentType.objects.get_for_model(Page)  # what the index records for pages
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
        if frontendcache.configured():
            frontendcache.purge_page(page, listing_page_ids(page))
        return
    listing_ids = listing_page_ids(page)
    keys = [tree_key(page.path), type_key(page.content_type_id), PAGES_KEY]
    keys += [list_key(pk) for pk in listing_ids]
    versions.bump(keys)
    frontendcache.purge_page(page, listing_ids)  # after the bump: its after-commit purge first


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
    ancestor_paths = [key.rsplit(":", 1)[1] for key in tree_keys(instance.path)[:-1]]
    ancestors = Page.objects.filter(path__in=ancestor_paths).values_list("pk", flat=True)
    keys = [tree_key(instance.path), type_key(instance.content_type_id), PAGES_KEY]
    versions.bump(keys + [list_key(pk) for pk in ancestors])


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
    """Note the versions that the answer for this page depends on, before it is rendered."""
    if not requestcache.get((__name__, "storing")):
        return
    deps = [type_key(page.content_type_id), list_key(page.pk), *tree_keys(page.path)]
    try:
        found = versions.current([GENERATION_KEY, *deps])
    except Exception:  # the cache is down: this answer is not stored
        cachehealth.failed()
        return
    requestcache.put(_SERVED, (deps, found))


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
            versions.release(),
            request.get_host(),
            request.path,
            request.META.get("QUERY_STRING", ""),
            translation.get_language() or "",
        ]
    )
    return ENTRY_PREFIX + hashlib.sha256(parts.encode()).hexdigest()


def _storable(request, response):
    if request.method != "GET" or response.status_code != 200:
        return False
    if requestcache.get(_SERVED) is None or getattr(request, "is_preview", False):
        return False
    if response.streaming or response.cookies or response.has_header("Cache-Control"):
        # Cache-Control: the view said something about caching (private, no-cache, …).
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page used the CSRF token (a form): personal
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    return not len(messages.get_messages(request))


def _remember(key, deps):
    if len(_deps_by_key) >= MAX_REMEMBERED:
        _deps_by_key.clear()
    _deps_by_key[key] = deps


def _lookup(key):
    """The stored answer for `key` if all its versions are current, else None."""
    deps = _deps_by_key.get(key)
    if deps is None:
        entry = cache.get(key)
        if entry is None:
            return None
        deps = entry["deps"]
        _remember(key, deps)
        found = cache.get_many([GENERATION_KEY, *deps])
    else:
        found = cache.get_many([key, GENERATION_KEY, *deps])  # one round trip
        entry = found.get(key)
        if entry is None:
            return None
        if entry["deps"] != deps:  # the page moved since: read its versions
            deps = entry["deps"]
            _remember(key, deps)
            found = cache.get_many([GENERATION_KEY, *deps])
    if [found.get(dep) for dep in [GENERATION_KEY, *deps]] != entry["versions"]:
        return None
    return entry


class PageCacheMiddleware:
    """Serve and store anonymous visitors' pages. Put it last in MIDDLEWARE: the language is
    active by then, and the middleware above it adds its headers to cached answers too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        bypass = _bypass_requested(request)
        if bypass == "cold":
            with versions.cold():
                return self.get_response(request)
        if (
            not enabled()
            or request.method not in ("GET", "HEAD")
            or not _anonymous(request)
            or bypass
            or not versions.settle()
        ):
            return self.get_response(request)
        key = _key(request)
        try:
            entry = _lookup(key)
        except Exception:  # the cache is down: serve without it
            cachehealth.failed()
            return self.get_response(request)
        if entry is not None:
            return self._from_entry(entry)
        requestcache.put((__name__, "storing"), True)
        response = self.get_response(request)
        if _storable(request, response):
            self._store(key, response)
        return response

    def _store(self, key, response):
        deps, found = requestcache.get(_SERVED)
        seconds = versions.seconds_valid(timeout())
        if seconds <= 0:
            return
        frontendcache.allow_caching(response, seconds)  # after _storable: it refuses Cache-Control
        try:
            cache.set(
                key,
                {
                    "deps": deps,
                    "versions": found,
                    "status": response.status_code,
                    "headers": list(response.items()),
                    "content": response.content,
                },
                seconds,
            )
        except Exception:
            cachehealth.failed()
            return
        _remember(key, deps)
        response[HEADER] = "MISS"

    def _from_entry(self, entry):
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[HEADER] = "HIT"
        return response
