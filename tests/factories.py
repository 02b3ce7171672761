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


class MethodPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Methodiek {n}")
    summary = "Een korte samenvatting van de methodiek."

    class Meta:
        model = "methods.MethodPage"


def method_body(photos=(), steps=3):
    """A method body with a gallery of the given images and a plan of `steps` steps."""
    return [
        ("guide", {"title": "Korte handreiking", "text": "<p>Begin klein.</p>"}),
        (
            "photo_gallery",
            {
                "heading": "Zo ziet het eruit",
                "photos": [
                    {"image": image, "alt_text": f"Foto {i}", "caption": "", "credit": ""}
                    for i, image in enumerate(photos)
                ],
            },
        ),
        (
            "points_of_attention",
            {
                "heading": "Aandachtspunten",
                "points": [
                    {
                        "title": "Vraag het na",
                        "text": "Regels rond de uitkering.",
                        "kind": "pitfall",
                    },
                    {"title": "Begin klein", "text": "Met vijf mensen.", "kind": "tip"},
                ],
            },
        ),
        (
            "step_plan",
            {
                "heading": "Plan van aanpak",
                "introduction": "",
                "steps": [
                    {
                        "title": f"Stap nummer {n}",
                        "description": f"<p>Wat je doet in stap {n}.</p>",
                        "phase": "Voorbereiding",
                        "duration": "1 week",
                        "who": "",
                        "needs": "",
                    }
                    for n in range(1, steps + 1)
                ],
            },
        ),
    ]


def publish(page, **changes):
    """Change fields of a page and publish it, as an editor would."""
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
