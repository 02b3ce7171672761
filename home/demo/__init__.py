"""Building blocks for demo content, shared by `load_demo_content` and the tests.

Everything here is idempotent: it finds what exists before it creates anything.
"""

import html

from django.db import transaction
from django.utils.html import escape

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from .documents import get_or_create_pdf_document, make_pdf
from .images import draw_placeholder, get_or_create_placeholder_image

__all__ = [
    "Texts",
    "draw_placeholder",
    "get_or_create_child_page",
    "get_or_create_pdf_document",
    "get_or_create_placeholder_image",
    "make_pdf",
    "place_after",
    "translate",
]


class Texts:
    """Dutch demo texts with their English translations.

    ``texts("Over ons", "About us")`` returns the Dutch text and remembers the English one, so
    that `translate` can fill wagtail-localize's translation memory with them.
    """

    def __init__(self):
        self.english = {}

    def __call__(self, dutch, english):
        self.english[dutch] = english
        return dutch

    def paragraphs(self, *pairs, tag="p"):
        """Rich text of simple paragraphs (or list items with tag="li")."""
        html = "".join(f"<{tag}>{escape(self(nl, en))}</{tag}>" for nl, en in pairs)
        if tag == "li":
            return f"<ul>{html}</ul>"
        return html


def place_after(page, sibling_slug=None):
    """Move a page among its siblings: right after the one with `sibling_slug`, or first."""
    if sibling_slug is None:
        first = page.get_parent().get_first_child()
        if first.pk != page.pk:
            page.move(first, pos="left")
    else:
        sibling = page.get_siblings().filter(slug=sibling_slug).first()
        if sibling is not None and page.get_prev_sibling() != sibling:
            page.move(sibling, pos="right")


def get_or_create_child_page(parent, page_class, slug, **fields):
    """The child of `parent` with this slug; created and published with `fields` if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = page_class(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _english_for(data, english):
    """The translation of one segment. Rich-text segments hold HTML, so their text is escaped."""
    if data in english:
        return english[data]
    unescaped = html.unescape(data)
    if unescaped in english:
        return escape(english[unescaped])
    return None


@transaction.atomic
def translate(instance, language_code, english):
    """Create the translation of a page or snippet with wagtail-localize, as an editor would.

    Each text segment whose source is a key of `english` gets that translation in the
    translation memory, so the translation stays in sync through wagtail-localize; segments
    without one keep the source text until a translator fills them in. Returns the translated
    object; an existing translation is returned untouched.
    """
    locale = Locale.objects.get(language_code=language_code)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific if isinstance(existing, Page) else existing

    source, _ = TranslationSource.update_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = _english_for(segment.string.data, english)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    TranslationCreator(user=None, target_locales=[locale]).create_translations(instance)
    translated = instance.get_translation(locale)
    return translated.specific if isinstance(translated, Page) else translated
