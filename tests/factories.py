"""Factories for tests, built on the same helpers as the demo content (home.demo)."""

from io import BytesIO

import factory
import wagtail_factories

from django.core.files.images import ImageFile

from home.demo import draw_placeholder
from home.models import StandardPage


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Testfoto {n}")
    file = factory.LazyAttribute(
        lambda obj: ImageFile(
            BytesIO(draw_placeholder(obj.title, size=(800, 500))), name="test.jpg"
        )
    )


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Algemene pagina {n}")
    summary = "Een korte samenvatting."
    introduction = "Een inleiding."

    class Meta:
        model = StandardPage
