"""Where each document's library entry lives, for the download blocks on other pages.

A page with many downloads must not ask the database per document, so the library pages'
addresses (per language) and the collections hidden from visitors are kept in the cache under
their own version (`home.versions`), bumped whenever a page is published, unpublished, moved
or deleted, or privacy, sites or languages change (`apps.py` connects the signals).
"""

from django.utils.translation import get_language

from home import versions

VERSION_KEY = f"{versions.PREFIX}:library-links"
SENTINEL = 987654321


def invalidate(**kwargs):
    """Forget the cached addresses (used as a signal receiver)."""
    versions.bump([VERSION_KEY])


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
    return versions.versioned(f"{versions.PREFIX}:library-links:info", [VERSION_KEY], _build)


def entry_url(document, language_code=None):
    """The address of the document's entry in the library of the active language (or the
    given one); empty when there is no such library or visitors may not see the document
    (in a restricted collection, or not approved by an editor)."""
    if document is None or not document.is_approved:
        return ""
    info = library_info()
    address = info["addresses"].get(language_code or get_language())
    if not address or document.collection_id in info["hidden"]:
        return ""
    return address.replace(str(SENTINEL), str(document.pk))
