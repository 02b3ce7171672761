"""Card images of listings, with their renditions fetched for the whole listing at once.

Without this each card's `{% picture %}` asks the rendition cache for its renditions (one
round trip per image, and Wagtail writes what it found back to the cache), or the database
when the cache is cold: about 2 ms per card with Redis. With the renditions prefetched the
picture tag finds them on the image and asks nothing.
"""

from wagtail.images import get_image_model

from home import requestcache

CARD_IMAGE_FIELDS = ("teaser_image", "hero_image")  # the first one set is the card's image
_IMAGES, _WANTED = (__name__, "images"), (__name__, "wanted")


def images_with_renditions(ids):
    """{id: image} for the image ids (None ignored), each with all its renditions: two queries
    for any number of images. Within a request, images it fetched before are not
    fetched again, and the ones it said it will show (`want_images`) come along."""
    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return {}
    if not requestcache.active():
        return _fetch(ids)
    known = requestcache.memo(_IMAGES, dict)
    missing = ids - known.keys()
    if missing:
        wanted = requestcache.memo(_WANTED, set)
        known.update(_fetch(missing | (wanted - known.keys())))
        wanted.clear()
    return {pk: known[pk] for pk in ids if pk in known}


def want_images(ids):
    """Images this page view will show: fetched with the next images it asks for (a page's
    photo at the top with the photos in its text), in the same two queries."""
    if requestcache.active():
        requestcache.memo(_WANTED, set).update(pk for pk in ids if pk is not None)


def _fetch(ids):
    return get_image_model().objects.prefetch_renditions().in_bulk(ids)


def with_card_images(pages):
    """Give pages (None allowed) their card image (`teaser_image`, else `hero_image`) with
    its renditions, for all of them in two queries. Returns the pages.

    Load the pages without `select_related` of these images: they are replaced."""
    wanted = {}
    for page in pages:
        if page is None:
            continue
        for field in CARD_IMAGE_FIELDS:
            image_id = getattr(page, f"{field}_id", None)
            if image_id:
                wanted[id(page)] = (field, image_id)
                break
    if not wanted:
        return pages
    images = images_with_renditions(image_id for _, image_id in wanted.values())
    for page in pages:
        if page is not None and id(page) in wanted:
            field, image_id = wanted[id(page)]
            if image_id in images:
                setattr(page, field, images[image_id])
    return pages
