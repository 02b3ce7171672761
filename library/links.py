"""Where each document's library entry lives, for the download blocks on other pages.

A page with many downloads must not ask the database per document, so the library pages'
addresses (per language) and the collections hidden from visitors are kept in the cache and
thrown away whenever a page is published, unpublished, moved or deleted, or privacy, sites or
languages change (`apps.py` connects the signals).
"""

import uuid

from django.core.cache import cache
from django.utils.translation import get_language

VERSION_KEY = "kennisbank:library:version"
TIMEOUT = 60 * 60 * 24
SENTINEL = 987654321


def invalidate(**kwargs):
    """Forget the cached addresses (used as a signal receiver)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return version


def _build():
    from .listing import hidden_collection_ids
    from .models import LibraryIndexPage

    addresses = {}
    for library in LibraryIndexPage.objects.live().public().select_related("locale"):
        url = library.get_url()
        if url:
            path = library.reverse_subpage("document", kwargs={"document_id": SENTINEL})
            addresses[library.locale.language_code] = url + path
    return {"addresses": addresses, "hidden": hidden_collection_ids()}


def library_info():
    key = f"kennisbank:library:{_version()}"
    info = cache.get(key)
    if info is None:
        info = _build()
        cache.set(key, info, TIMEOUT)
    return info


def entry_url(document, language_code=None):
    """The address of the document's entry in the library of the active language (or the
    given one); empty when there is no such library or visitors may not see the document."""
    if document is None:
        return ""
    info = library_info()
    address = info["addresses"].get(language_code or get_language())
    if not address or document.collection_id in info["hidden"]:
        return ""
    return address.replace(str(SENTINEL), str(document.pk))
