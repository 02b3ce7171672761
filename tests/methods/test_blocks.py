"""Every block an editor can pick shows a preview in the admin's block picker."""

import pytest

from django.urls import reverse

from methods.models import MethodPage


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(MethodPage.body.field.stream_block.child_blocks))
def test_block_picker_preview_renders(admin_client, name):
    block = MethodPage.body.field.stream_block.child_blocks[name]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "css/main.css" in html
    if name != "document":  # a document preview needs a document in the library
        assert '<div class="w-block-' in html
        body = html.split('<div class="w-block-')[1]
        assert len(body.strip()) > 40, f"{name} preview is empty"
