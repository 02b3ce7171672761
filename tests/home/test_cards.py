"""Card images of listings come with their renditions, fetched once for the whole listing."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images.models import Rendition

from home.cards import with_card_images
from methods.models import MethodPage
from tests.factories import ImageFactory, MethodPageFactory

SPEC = "format-webp|fill-400x250"


class CountingCache:
    """Counts the rendition cache's reads and writes (the real cache underneath)."""

    def __init__(self, backend):
        self.backend, self.calls = backend, 0

    def __getattr__(self, name):
        attribute = getattr(self.backend, name)
        if callable(attribute) and name in {"get", "get_many", "set", "set_many"}:

            def counted(*args, **kwargs):
                self.calls += 1
                return attribute(*args, **kwargs)

            return counted
        return attribute


def test_cards_share_prefetched_images_and_need_no_rendition_lookups(home_nl, monkeypatch):
    shared, own = ImageFactory(), ImageFactory()
    pages = [
        MethodPageFactory(parent=home_nl, teaser_image=shared),
        MethodPageFactory(parent=home_nl, hero_image=shared, hero_image_alt="Een foto"),
        MethodPageFactory(parent=home_nl, hero_image=own, hero_image_alt="Een foto"),
        MethodPageFactory(parent=home_nl),  # no image: left alone
    ]
    for image in (shared, own):
        image.get_rendition(SPEC)  # made once, as the first visitor would
    cache.clear()
    counting = CountingCache(Rendition.cache_backend)
    monkeypatch.setattr(Rendition, "cache_backend", counting)

    loaded = list(MethodPage.objects.filter(pk__in=[p.pk for p in pages]).order_by("pk"))
    with CaptureQueriesContext(connection) as fetching:
        with_card_images([*loaded, None])
    with CaptureQueriesContext(connection) as rendering:
        # As {% picture %} asks: get_renditions (the singular get_rendition always writes the
        # rendition to the cache, prefetched or not).
        urls = [page.card_image.get_renditions(SPEC)[SPEC].url for page in loaded[:3]]

    assert len(fetching) == 2  # the images, and all their renditions
    assert len(rendering) == 0
    assert counting.calls == 0  # not the cache either (Wagtail would also write back hits)
    assert loaded[0].card_image is loaded[1].card_image  # one object per image
    assert urls[0] == urls[1] != urls[2]
    assert loaded[3].card_image is None
