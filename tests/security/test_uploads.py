"""Hostile uploads by a local-group member: each refused with a field error, nothing stored."""

import io

import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from localgroups.models import LocalGroup


def png(size, mode="1"):
    buffer = io.BytesIO()
    PILImage.new(mode, size).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def animated_gif(size, frames):
    buffer = io.BytesIO()
    images = [PILImage.new("P", size, color=n % 2) for n in range(frames)]
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:], duration=10)
    return buffer.getvalue()


BAD_IMAGES = [
    ("bom.png", lambda: png((10_000, 10_000)), "pixels"),  # 100 MP in a few kilobytes
    ("animatie.gif", lambda: animated_gif((1_000, 1_000), 60), "te veel pixels"),  # 60 MP in frames
    ("nep.jpg", lambda: b"MZ\x90\x00 dit is een programma", "geldige afbeelding"),
    ("kapot.png", lambda: png((50, 50), "RGB")[:60], "beschadigd"),
    (
        "tekening.svg",
        lambda: b'<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>',
        "ondersteund afbeeldingsformaat",
    ),
    ("leeg.png", lambda: b"", "leeg"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_IMAGES)
def test_bad_images_are_refused(client, member_a, initiative_a, name, content, message):
    client.force_login(member_a)
    collection = LocalGroup.objects.get(initiative=initiative_a).collection
    count = get_image_model().objects.count()
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Foto", "collection": collection.pk, "file": SimpleUploadedFile(name, content())},
    )
    assert response.status_code == 200
    errors = " ".join(str(e) for e in response.context["form"].errors.get("file", []))
    assert message.lower() in errors.lower(), errors
    assert get_image_model().objects.count() == count


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("pagina.html", b"<script>alert(1)</script>", "html"),
        ("programma.exe", b"MZ", "exe"),
        ("groot.pdf", b"%PDF-1.4 " + b"x" * 2048, "te groot"),
    ],
)
def test_bad_documents_are_refused(
    client, settings, member_a, initiative_a, name, content, message
):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    client.force_login(member_a)
    collection = LocalGroup.objects.get(initiative=initiative_a).collection
    count = get_document_model().objects.count()
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Stuk", "collection": collection.pk, "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    errors = " ".join(str(e) for e in response.context["form"].errors.get("file", []))
    assert message.lower() in errors.lower(), errors
    assert get_document_model().objects.count() == count


@pytest.mark.parametrize(
    ("name", "content", "disposition"),
    [("verslag.pdf", b"%PDF-1.4 verslag", "inline"), ("lijst.csv", b"a;b\n1;2\n", "attachment")],
)
def test_documents_are_served_safely(client, db, name, content, disposition):
    from django.core.files.base import ContentFile

    document = get_document_model().objects.create(
        title="Stuk", file=ContentFile(content, name=name)
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
