import pytest

from django.core.files.base import ContentFile

from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from home.blocks import (
    CallToActionBlock,
    CommonStreamBlock,
    DocumentBlock,
    EmbedBlock,
    HeadingBlock,
    ImageBlock,
    QuoteBlock,
)
from home.models import StandardPage
from tests.factories import ImageFactory


def test_every_common_block_has_label_icon_template_and_description():
    for name, block in CommonStreamBlock().child_blocks.items():
        meta = block.meta
        assert meta.label, name
        assert meta.icon and meta.icon != "placeholder", name
        assert meta.template.startswith("home/blocks/"), name
        assert meta.description, name


@pytest.mark.django_db
class TestCallToAction:
    def test_needs_a_page_or_a_url(self):
        block = CallToActionBlock()
        value = block.to_python({"title": "Doe mee", "page": None, "external_url": ""})
        with pytest.raises(StructBlockValidationError):
            block.clean(value)

    def test_refuses_both_a_page_and_a_url(self, home_nl):
        block = CallToActionBlock()
        value = block.to_python(
            {"title": "Doe mee", "page": home_nl.pk, "external_url": "https://example.org/"}
        )
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        assert "page" in error.value.block_errors

    def test_links_to_the_page_in_the_visitors_language(self, home_nl):
        from django.utils import translation

        page = StandardPage.objects.get(slug="over-de-kennisbank")
        block = CallToActionBlock()
        value = block.clean(block.to_python({"title": "Voor u", "page": page.pk, "link_text": ""}))
        assert value.link_url == "/nl/over-de-kennisbank/"
        assert value.link_label == "Over de kennisbank"
        with translation.override("en"):
            value = block.to_python({"title": "For you", "page": page.pk, "link_text": ""})
            html = block.render(value)
        assert 'href="/en/about-the-knowledge-base/"' in html
        assert ">About the knowledge base</a>" in html


def test_heading_renders_the_chosen_level():
    block = HeadingBlock()
    assert (
        block.render(block.to_python({"text": "Stap 1", "level": "h3"})).strip()
        == "<h3>Stap 1</h3>"
    )


def test_quote_renders_attribution_and_role():
    block = QuoteBlock()
    html = block.render(
        block.to_python({"text": "Het werkt", "attribution": "Ali", "role": "buurtvader"})
    )
    assert "<blockquote><p>Het werkt</p></blockquote>" in html
    assert "Ali" in html and "buurtvader" in html


@pytest.mark.django_db
def test_image_block_renders_responsive_modern_formats_with_alt_text():
    image = ImageFactory()
    block = ImageBlock()
    html = block.render(
        block.to_python({"image": image.pk, "alt_text": "Twee vrijwilligers", "caption": "Samen"})
    )
    assert 'alt="Twee vrijwilligers"' in html
    assert 'type="image/webp"' in html
    assert "srcset=" in html
    assert 'loading="lazy"' in html
    assert "<figcaption>Samen" in html


def test_image_block_requires_alt_text():
    assert ImageBlock().child_blocks["alt_text"].required


@pytest.mark.django_db
def test_document_block_shows_file_type_and_size():
    document = get_document_model().objects.create(
        title="Werkboek sociale coöperaties",
        file=ContentFile(b"x" * 2048, name="werkboek.pdf"),
    )
    block = DocumentBlock()
    html = block.render(block.to_python({"document": document.pk, "title": "", "description": ""}))
    assert "Werkboek sociale coöperaties" in html
    assert "PDF" in html
    assert "2,0" in html or "2.0" in html  # 2 KB, formatted per language
    assert f'href="{document.url}"' in html


@pytest.mark.django_db
def test_embed_block_renders_from_the_stored_embed_without_network():
    url = "https://www.youtube.com/watch?v=kennisbank"
    Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        max_width=None,
        type="video",
        html='<iframe src="https://video.example/1"></iframe>',
        title="Social Talk",
        provider_name="YouTube",
        width=640,
        height=360,
    )
    block = EmbedBlock()
    html = block.render(
        block.to_python({"url": url, "title": "Social Talk over schulden", "caption": ""})
    )
    # Inert until the visitor clicks: inside a <template>, with the title for screen readers.
    template = html.split("<template data-embed-html>")[1].split("</template>")[0]
    assert (
        template
        == '<iframe title="Social Talk over schulden" src="https://video.example/1"></iframe>'
    )
    assert html.count("<iframe") == 1
    assert f'href="{url}"' in html
    assert "Bekijk ‘Social Talk over schulden’ op YouTube" in html


@pytest.mark.django_db
def test_a_streams_chosen_pages_are_resolved_in_one_query(
    home_nl, locale_en, django_assert_num_queries
):
    """The chosen pages and their translations come in one query (and the active locale one
    more, which a page view takes from the routing's table); each link goes to the visitor's
    language, hidden and unpublished pages give no link, repeats are copies."""
    from django.utils import translation

    from wagtail.models import PageViewRestriction

    from tests.factories import StandardPageFactory

    translated = StandardPage.objects.get(slug="over-de-kennisbank")
    english = translated.get_translation(locale_en)
    hidden = StandardPageFactory(parent=home_nl, title="Alleen voor leden")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    draft = StandardPageFactory(parent=home_nl, title="Nog niet af", live=False)
    chosen = [translated.pk, hidden.pk, draft.pk, translated.pk]
    raw = [
        {
            "type": "call_to_action",
            "value": {"title": "Lees meer", "page": pk, "external_url": "", "link_text": ""},
        }
        for pk in chosen
    ]

    # In a request: the pages with their translations, the view restrictions and the locales,
    # each read once.
    from home import requestcache

    with requestcache.scope(), translation.override("en"), django_assert_num_queries(3):
        values = [child.value for child in CommonStreamBlock().to_python(raw)]
    links = [value.live_page for value in values]
    assert [getattr(link, "pk", None) for link in links] == [english.pk, None, None, english.pk]
    assert values[0]["page"] is not values[3]["page"]
