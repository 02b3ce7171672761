"""Common StreamField blocks that every content app reuses.

Each block has a Dutch label, an icon, a template in templates/home/blocks/, a description and a
preview so that editors see what they are adding.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


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
    image = ImageChooserBlock(label=_("Afbeelding"))
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
    def link_url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("external_url") or ""

    @cached_property
    def link_label(self):
        if self.get("link_text"):
            return self.get("link_text")
        page = self.get("page")
        if page:
            return page.localized.title
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Tekst"), required=False, max_length=400)
    page = blocks.PageChooserBlock(
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
    @cached_property
    def display_title(self):
        return self.get("title") or self["document"].title

    @cached_property
    def file_extension(self):
        return self["document"].file_extension.upper()

    @cached_property
    def file_size(self):
        return self["document"].get_file_size()


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


class EmbedBlock(blocks.StructBlock):
    """A video or other embed. The embed HTML is fetched from the provider once, when the editor
    saves, and then kept in the database; pages render without contacting the provider."""

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
        description = _("Een video of andere inhoud van een andere website.")


class CommonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    embed = EmbedBlock()
