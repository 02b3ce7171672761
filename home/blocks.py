"""Common StreamField blocks that every content app reuses.

Each block has a Dutch label, an icon, a template in templates/home/blocks/, a description and a
preview so that editors see what they are adding.
"""

import copy
import re

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.embeds.exceptions import EmbedException
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from home.cards import images_with_renditions
from home.localization import localized, visible_versions

PARAGRAPH_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


def _in_order(objects, values):
    """Chooser blocks' bulk_to_python contract: the same order, None kept, repeats copied."""
    seen, result = set(), []
    for pk in values:
        obj = objects.get(pk)
        if obj is not None and pk in seen:
            obj = copy.copy(obj)
        result.append(obj)
        seen.add(pk)
    return result


class RenditionImageChooserBlock(ImageChooserBlock):
    """Fetches all chosen images of a page with their renditions at once, so that a page's
    number of queries does not grow with its number of photos."""

    def bulk_to_python(self, values):
        values = list(values)
        return _in_order(images_with_renditions(values), values)


class LocalizedPageChooserBlock(blocks.PageChooserBlock):
    """A page chooser that resolves all chosen pages of a stream to their published version in
    the visitor's language at once (`value.localized_live`, None when hidden)."""

    def bulk_to_python(self, values):
        values = list(values)
        ids = {pk for pk in values if pk is not None}
        if not ids:
            return [None for _ in values]
        # The chosen pages with all their translations, in one query.
        model = self.model_class
        translations = list(
            model.objects.filter(
                translation_key__in=model.objects.filter(pk__in=ids).values("translation_key")
            )
        )
        pages = _in_order({page.pk: page for page in translations if page.pk in ids}, values)
        versions = visible_versions(pages, translations=translations)
        for page, version in zip(pages, versions, strict=True):
            if page is not None:
                page.localized_live = version
        return pages


def _first_image():
    """An image for block previews in the admin, if the library has one."""
    return get_image_model().objects.order_by("pk").first()


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Tekst"), max_length=120, help_text=_("Kort en duidelijk; geen punt aan het eind.")
    )
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop (niveau 2)")), ("h3", _("Tussenkop (niveau 3)"))],
        default="h2",
        help_text=_("Gebruik niveau 3 alleen onder een kop van niveau 2."),
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "home/blocks/heading_block.html"
        description = _("Een kop die de tekst eronder in stukken verdeelt.")
        preview_value = {"text": "Zo begin je", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Tekst")
        template = "home/blocks/paragraph_block.html"
        description = _("Lopende tekst met opmaak, lijsten en links.")
        preview_value = (
            "<p>Mensen met een laag inkomen weten zelf het best wat werkt. "
            "Dit initiatief laat zien hoe buurtbewoners samen het verschil maken.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = RenditionImageChooserBlock(label=_("Afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=250,
        help_text=_(
            "Beschrijf wat er op de foto te zien is, voor wie de foto niet kan zien. "
            "Bijvoorbeeld: ‘Vrijwilligers sorteren kleding in de weggeefwinkel’."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Bijschrift"),
        required=False,
        max_length=250,
        help_text=_("Optioneel; staat onder de foto."),
    )
    credit = blocks.CharBlock(
        label=_("Fotograaf of bron"),
        required=False,
        max_length=120,
    )

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "home/blocks/image_block.html"
        description = _("Eén foto met een beschrijving voor schermlezers en een bijschrift.")

    def get_preview_value(self):
        return self.to_python(
            {
                "image": getattr(_first_image(), "pk", None),
                "alt_text": "Vrijwilligers aan het werk",
                "caption": "Samen aan de slag in de buurt.",
                "credit": "",
            }
        )


class PhotoGalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Kop"),
        required=False,
        max_length=120,
        help_text=_("Optioneel, bijvoorbeeld ‘Zo ziet het eruit’."),
    )
    photos = blocks.ListBlock(
        ImageBlock(),
        label=_("Foto's"),
        min_num=1,
        help_text=_("Elke foto heeft een beschrijving nodig voor wie hem niet kan zien."),
    )

    class Meta:
        icon = "image"
        label = _("Fotoimpressie")
        template = "home/blocks/photo_gallery_block.html"
        description = _("Een reeks foto's die laat zien hoe het initiatief eruitziet.")

    def get_preview_value(self):
        images = get_image_model().objects.order_by("pk")[:3]
        return self.to_python(
            {
                "heading": "Zo ziet het eruit",
                "photos": [
                    {"image": image.pk, "alt_text": image.title, "caption": "", "credit": ""}
                    for image in images
                ],
            }
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citaat"), max_length=600)
    attribution = blocks.CharBlock(
        label=_("Naam"), required=False, max_length=120, help_text=_("Wie zei dit?")
    )
    role = blocks.CharBlock(
        label=_("Rol of organisatie"),
        required=False,
        max_length=120,
        help_text=_("Bijvoorbeeld: vrijwilliger bij de weggeefwinkel."),
    )

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "home/blocks/quote_block.html"
        description = _("Een uitspraak van iemand uit de praktijk.")
        preview_value = {
            "text": "Hier word ik gezien om wat ik kan, niet om wat ik mis.",
            "attribution": "Marieke",
            "role": "deelnemer",
        }


class LinkStructValue(blocks.StructValue):
    """The URL and the visible text of a link to a page or to another website."""

    @cached_property
    def live_page(self):
        """The chosen page in the visitor's language, if it is published and public."""
        page = self.get("page")
        if page is None:
            return None
        if hasattr(page, "localized_live"):  # resolved in bulk by LocalizedPageChooserBlock
            return page.localized_live
        localized_page = localized(page)
        return localized_page if localized_page.live else None

    @cached_property
    def link_url(self):
        if self.get("page"):
            return self.live_page.url if self.live_page else ""
        return self.get("external_url") or ""

    @cached_property
    def link_label(self):
        if self.get("link_text"):
            return self.get("link_text")
        if self.live_page:
            return self.live_page.title
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Tekst"), required=False, max_length=400)
    page = LocalizedPageChooserBlock(
        label=_("Pagina op deze site"),
        required=False,
        help_text=_("Kies een pagina óf vul hieronder een webadres in."),
    )
    external_url = blocks.URLBlock(label=_("Webadres elders"), required=False)
    link_text = blocks.CharBlock(
        label=_("Tekst op de knop"),
        required=False,
        max_length=60,
        help_text=_("Laat leeg om de titel van de gekozen pagina te gebruiken."),
    )

    class Meta:
        icon = "pick"
        label = _("Oproep tot actie")
        template = "home/blocks/call_to_action_block.html"
        description = _("Een opvallend blok met een knop, bijvoorbeeld ‘Meld je initiatief aan’.")
        value_class = LinkStructValue
        preview_value = {
            "title": "Start dit initiatief in jouw gemeente",
            "text": "Wij helpen je op weg met een stappenplan en contact met andere groepen.",
            "external_url": "https://example.org/",
            "link_text": "Neem contact op",
        }

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("external_url"))
        if has_page == has_url:
            message = _(
                "Kies een pagina of vul een webadres in, niet allebei en niet geen van beide."
            )
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(message),
                    "external_url": ValidationError(message),
                }
            )
        return value


class DocumentStructValue(blocks.StructValue):
    """Title, type and size of the chosen document; empty when it has since been deleted."""

    @cached_property
    def display_title(self):
        document = self.get("document")
        return self.get("title") or (document.title if document else "")

    @cached_property
    def file_extension(self):
        document = self.get("document")
        return document.file_extension.upper() if document else ""

    @cached_property
    def file_size(self):
        document = self.get("document")
        return document.get_file_size() if document else None


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titel"),
        required=False,
        max_length=200,
        help_text=_("Laat leeg om de titel van het document te gebruiken."),
    )
    description = blocks.TextBlock(label=_("Korte omschrijving"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "home/blocks/document_block.html"
        description = _("Een document om te downloaden, met bestandstype en grootte.")
        value_class = DocumentStructValue

    def get_preview_value(self):
        document = get_document_model().objects.order_by("pk").first()
        return self.to_python(
            {"document": getattr(document, "pk", None), "title": "", "description": ""}
        )


class EmbedStructValue(blocks.StructValue):
    @cached_property
    def embed(self):
        """The stored embed (fetched from the provider once, when the editor saved the block)."""
        embed_value = self.get("url")
        if not embed_value:
            return None
        try:
            return embeds.get_embed(embed_value.url)
        except EmbedException:
            return None

    @cached_property
    def embed_html(self):
        """The provider's HTML, with the block's title on its iframe for screen readers."""
        if self.embed is None:
            return ""
        title = escape(self.get("title") or "")
        return IFRAME_TAG.sub(lambda match: f'<iframe title="{title}"', self.embed.html, count=1)

    @cached_property
    def provider(self):
        return self.embed.provider_name if self.embed else ""


IFRAME_TAG = re.compile(r"<iframe(?![^>]*\btitle=)", re.IGNORECASE)


class EmbedBlock(blocks.StructBlock):
    """A video or other embed that loads only when the visitor asks for it.

    The provider's HTML is fetched once, when the editor saves, and kept in the database. The
    page carries it inert in a <template>; the visitor's click puts it in place. Without
    JavaScript the visitor gets a link to the original website.
    """

    url = WagtailEmbedBlock(
        label=_("Webadres"),
        help_text=_("Bijvoorbeeld het adres van een video op YouTube of Vimeo."),
    )
    title = blocks.CharBlock(
        label=_("Titel"),
        max_length=200,
        help_text=_("Wat is er te zien? Schermlezers lezen dit voor."),
    )
    caption = blocks.CharBlock(label=_("Bijschrift"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video of ingesloten inhoud")
        template = "home/blocks/embed_block.html"
        description = _(
            "Een video of andere inhoud van een andere website; laadt pas als de bezoeker "
            "erop klikt."
        )
        value_class = EmbedStructValue


VIDEO_PROVIDERS = {
    # provider: (pattern for the video id in the URL, privacy-friendly embed URL)
    "YouTube": (
        re.compile(
            r"(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/)|youtu\.be/)([\w-]{6,20})"
        ),
        "https://www.youtube-nocookie.com/embed/{id}?autoplay=1",
    ),
    "Vimeo": (
        re.compile(r"vimeo\.com/(?:video/)?(\d{5,12})"),
        "https://player.vimeo.com/video/{id}?dnt=1&autoplay=1",
    ),
}


def parse_video_url(url):
    """(provider, embed URL) for a YouTube or Vimeo address, or (None, None)."""
    for provider, (pattern, embed) in VIDEO_PROVIDERS.items():
        match = pattern.search(url or "")
        if match:
            return provider, embed.format(id=match.group(1))
    return None, None


class VideoStructValue(blocks.StructValue):
    @cached_property
    def provider(self):
        return parse_video_url(self.get("url"))[0]

    @cached_property
    def embed_url(self):
        return parse_video_url(self.get("url"))[1]


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video that contacts the provider only when the visitor asks for it.

    The page shows a still (an image from our own library) and a button; the provider's player
    is loaded on click. Without JavaScript the button is a link to the video on its own site.
    """

    url = blocks.URLBlock(
        label=_("Webadres van de video"),
        help_text=_("Het adres van de video op YouTube of Vimeo."),
    )
    title = blocks.CharBlock(
        label=_("Titel"),
        max_length=200,
        help_text=_("Waar gaat de video over? Staat bij de knop en wordt voorgelezen."),
    )
    poster = RenditionImageChooserBlock(
        label=_("Stilstaand beeld"),
        required=False,
        help_text=_("Optioneel: een foto uit de beeldbank die vóór het afspelen te zien is."),
    )
    caption = blocks.CharBlock(label=_("Bijschrift"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video (privacyvriendelijk)")
        template = "home/blocks/video_block.html"
        description = _(
            "Een video van YouTube of Vimeo die pas laadt als de bezoeker erop klikt, zodat "
            "er niets naar die websites gaat zonder toestemming."
        )
        value_class = VideoStructValue
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "title": "Social Talk: kinderen en armoede",
            "caption": "",
        }

    def clean(self, value):
        value = super().clean(value)
        if parse_video_url(value.get("url"))[0] is None:
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Dit is geen adres van een video op YouTube of Vimeo.")
                    )
                }
            )
        return value


class CommonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    embed = EmbedBlock()
    video = VideoBlock()
