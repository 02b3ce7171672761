"""Placeholder photos for the demo, drawn with Pillow: no network, same picture per seed."""

import random
from io import BytesIO

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

# Calm palettes (sky top, sky bottom, ground) in the site's colours and warm neighbourhood tones.
PALETTES = [
    ((27, 61, 109), (140, 170, 210), (72, 110, 80)),
    ((180, 77, 0), (245, 200, 150), (110, 90, 70)),
    ((60, 110, 120), (190, 220, 215), (90, 120, 60)),
    ((90, 70, 120), (215, 195, 225), (70, 80, 100)),
    ((30, 90, 70), (200, 230, 190), (120, 100, 60)),
]
CLOTHES = [
    (180, 77, 0),
    (27, 61, 109),
    (230, 190, 60),
    (60, 130, 110),
    (150, 60, 80),
    (240, 240, 235),
]
SKIN = [(95, 60, 40), (160, 110, 80), (225, 185, 150), (200, 150, 110), (120, 80, 55)]


def draw_placeholder(seed, size=(1600, 1000)):
    """A soft illustration of people together outdoors, as JPEG bytes."""
    rng = random.Random(seed)  # noqa: S311 - pictures, not secrets
    width, height = size
    top, bottom, ground = rng.choice(PALETTES)
    image = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.58, 0.7))
    for y in range(horizon):
        mix = y / horizon
        colour = tuple(int(top[i] * (1 - mix) + bottom[i] * mix) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    draw.rectangle([0, horizon, width, height], fill=ground)

    # Buildings on the horizon.
    x = 0
    while x < width:
        w = rng.randint(90, 220)
        h = rng.randint(80, 260)
        shade = tuple(max(0, c - rng.randint(10, 50)) for c in bottom)
        draw.rectangle([x, horizon - h, x + w, horizon], fill=shade)
        for wx in range(x + 15, x + w - 20, 40):
            for wy in range(horizon - h + 20, horizon - 20, 50):
                if rng.random() < 0.6:
                    draw.rectangle([wx, wy, wx + 16, wy + 22], fill=(250, 235, 190))
        x += w + rng.randint(0, 30)
    image = image.filter(ImageFilter.GaussianBlur(3))
    draw = ImageDraw.Draw(image)

    # A group of people.
    people = rng.randint(3, 6)
    spacing = width / (people + 1)
    for index in range(people):
        cx = int(spacing * (index + 1) + rng.randint(-40, 40))
        scale = rng.uniform(0.8, 1.15)
        feet = horizon + int(rng.uniform(0.55, 0.8) * (height - horizon))
        body_h = int(300 * scale)
        body_w = int(120 * scale)
        head_r = int(42 * scale)
        top_y = feet - body_h
        draw.rounded_rectangle(
            [cx - body_w // 2, top_y, cx + body_w // 2, feet],
            radius=body_w // 2,
            fill=rng.choice(CLOTHES),
        )
        draw.ellipse(
            [cx - head_r, top_y - 2 * head_r - 6, cx + head_r, top_y - 6], fill=rng.choice(SKIN)
        )
    image = image.filter(ImageFilter.GaussianBlur(1.2))

    buffer = BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def get_or_create_placeholder_image(title, description="", seed=None, collection=None):
    """The image with this title, created from a generated placeholder photo if missing."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    data = draw_placeholder(seed if seed is not None else title)
    filename = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:60] + ".jpg"
    image = Image(
        title=title,
        description=description,
        collection=collection or Collection.get_first_root_node(),
        file=ImageFile(BytesIO(data), name=filename),
    )
    image.save()
    return image
