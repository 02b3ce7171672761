"""`{% rendition image "width-1600|format-jpeg" as large %}`: Wagtail's `{% image … as large %}`
without its write to the rendition cache on every call.

Wagtail's `get_rendition()` (behind `{% image %}`) stores the rendition in the cache each time,
even when it came with the image (`prefetch_renditions`, `home.cards`); `get_renditions()`
(behind `{% picture %}`) stores only what it had to look up. A gallery of twelve photos made
twelve cache writes per page view.
"""

from django import template

register = template.Library()


@register.simple_tag
def rendition(image, spec):
    """The image's rendition for one filter spec (created when missing), or None."""
    if not image:
        return None
    return image.get_renditions(spec)[spec]
