"""Blocks for the municipalities page and campaign pages.

The general blocks (heading, text, image, quote, call to action, download, video) come from
home.blocks. Pages of other apps are chosen by their type's name ("methods.MethodPage"), so that
this app does not import them. Every chooser here resolves all chosen pages of a page at once
to their published version in the visitor's language, with their card images, so that a page
costs the same number of queries however many pages the editors choose.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from home import versions
from home.blocks import (
    CallToActionBlock,
    DocumentBlock,
    EmbedBlock,
    HeadingBlock,
    ImageBlock,
    ParagraphBlock,
    QuoteBlock,
    RenditionImageChooserBlock,
    VideoBlock,
)
from home.cards import with_card_images
from home.funding import FUNDER_KINDS, FUNDING_FORMS
from home.localization import active_locale, visible_versions

# How many news items and meetings a campaign page shows when the editors choose none.
AUTOMATIC_ITEMS = 3


def _model(label):
    """A page model by its "app.Model" name, or None when that app does not have it."""
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


class CardPageChooserBlock(blocks.PageChooserBlock):
    """Chooses a page shown as a card. `value.card_page` is its published, public version in
    the visitor's language (specific, with its card image), or None when visitors may not see
    it; resolved for all chosen pages of a page at once."""

    def bulk_to_python(self, values):
        pages = super().bulk_to_python(list(values))
        versions = with_card_images(visible_versions(pages, specific=True))
        for page, version in zip(pages, versions, strict=True):
            if page is not None:
                page.card_page = version
        return pages

    def to_python(self, value):
        return self.bulk_to_python([value])[0]


def _card_pages(chosen):
    """The visible pages among a list of CardPageChooserBlock values."""
    return [
        page.card_page for page in chosen if page is not None and getattr(page, "card_page", None)
    ]


class SectionStructValue(blocks.StructValue):
    """A section with a heading: the heading doubles as the entry in the page's contents."""

    @property
    def section_heading(self):
        return self.get("heading", "")


# Municipalities page ------------------------------------------------------------------------


class TipBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Tip"), max_length=120, help_text=_("De tip in één korte zin.")
    )
    text = blocks.TextBlock(
        label=_("Uitleg"),
        max_length=600,
        help_text=_("Wat betekent dit in de praktijk? Twee of drie zinnen."),
    )

    class Meta:
        icon = "tick"
        label = _("Tip")


class TipsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120)
    intro = blocks.TextBlock(label=_("Inleiding"), required=False, max_length=400)
    tips = blocks.ListBlock(TipBlock(), label=_("Tips"), min_num=1)

    class Meta:
        icon = "tick"
        label = _("Tips")
        template = "landing/blocks/tips_block.html"
        description = _("Een genummerde lijst tips, elk met een korte titel en uitleg.")
        value_class = SectionStructValue
        preview_value = {
            "heading": "Zo maakt u initiatieven mogelijk",
            "intro": "",
            "tips": [
                {
                    "title": "Houd het klein",
                    "text": "Vraag geen verantwoording alsof het een grote organisatie is.",
                },
                {
                    "title": "Geef ruimte voor fouten",
                    "text": "Wie iets nieuws probeert, leert van wat niet lukt.",
                },
            ],
        }


class GoalBlock(blocks.StructBlock):
    goal = blocks.CharBlock(
        label=_("Doel"),
        max_length=120,
        help_text=_("Wat wil de gemeente bereiken? Bijvoorbeeld ‘Minder mensen met schulden’."),
    )
    text = blocks.TextBlock(label=_("Toelichting"), required=False, max_length=400)
    methods = blocks.ListBlock(
        CardPageChooserBlock(page_type="methods.MethodPage", label=_("Methodiek")),
        label=_("Methodieken die bij dit doel passen"),
        min_num=1,
    )

    class Meta:
        icon = "crosshairs"
        label = _("Doel")


class MethodsForGoalsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120)
    intro = blocks.TextBlock(label=_("Inleiding"), required=False, max_length=400)
    goals = blocks.ListBlock(GoalBlock(), label=_("Doelen"), min_num=1)

    class Meta:
        icon = "crosshairs"
        label = _("Methodieken per doel")
        template = "landing/blocks/methods_for_goals_block.html"
        description = _(
            "Per doel van de gemeente de methodieken die erbij passen, als kaarten met de "
            "samenvatting van elke methodiek."
        )
        value_class = SectionStructValue
        preview_value = {
            "heading": "Methodieken die passen bij uw doelen",
            "intro": "",
            "goals": [{"goal": "Meer mensen doen mee", "text": "", "methods": []}],
        }


class MunicipalityListBlock(blocks.StructBlock):
    """Every municipality with initiatives, with a link to its page in the initiatives
    section. The list comes from the initiatives overview in the visitor's language."""

    heading = blocks.CharBlock(label=_("Kop"), max_length=120)
    intro = blocks.TextBlock(label=_("Inleiding"), required=False, max_length=400)

    class Meta:
        icon = "site"
        label = _("Gemeenten met initiatieven")
        template = "landing/blocks/municipality_list_block.html"
        description = _(
            "De gemeenten waar initiatieven actief zijn, elk met een link naar wat er in die "
            "gemeente gebeurt. De lijst houdt zichzelf bij."
        )
        value_class = SectionStructValue
        preview_value = {"heading": "Wat gebeurt er in uw gemeente?", "intro": ""}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        index = _initiative_index()
        context["initiative_index"] = index
        context["municipalities"] = index.municipalities() if index else []
        return context


def _initiative_index():
    """The published initiatives overview in the visitor's language (or the default one)."""
    model = _model("initiatives.InitiativeIndexPage")
    if model is None:
        return None
    indexes = {
        page.locale_id: page
        for page in model.objects.live()
        .public()
        .filter(locale__in=[active_locale(), Locale.get_default()])
    }
    return indexes.get(active_locale().pk) or indexes.get(Locale.get_default().pk)


class FundingSourceValue(blocks.StructValue):
    @property
    def kind_label(self):
        return dict(FUNDER_KINDS).get(self.get("kind"), "")

    @property
    def form_label(self):
        return dict(FUNDING_FORMS).get(self.get("form"), "")


class FundingSourceBlock(blocks.StructBlock):
    funder = blocks.CharBlock(
        label=_("Van wie"), max_length=120, help_text=_("Bijvoorbeeld ‘Gemeente Amersfoort’.")
    )
    kind = blocks.ChoiceBlock(label=_("Soort"), choices=FUNDER_KINDS, default="municipality")
    form = blocks.ChoiceBlock(label=_("Vorm"), choices=FUNDING_FORMS, default="money")
    description = blocks.CharBlock(
        label=_("Waarvoor"),
        required=False,
        max_length=200,
        help_text=_("Bijvoorbeeld ‘een ruimte tegen lage huur’."),
    )

    class Meta:
        icon = "euro"
        label = _("Bron van middelen")
        value_class = FundingSourceValue


class FinancingExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Initiatief"), max_length=120, help_text=_("De naam van het initiatief.")
    )
    initiative = CardPageChooserBlock(
        page_type="initiatives.InitiativePage",
        label=_("Pagina van het initiatief"),
        required=False,
        help_text=_("Optioneel: de pagina van het initiatief op deze site."),
    )
    text = blocks.TextBlock(
        label=_("Hoe het werkt"),
        max_length=600,
        help_text=_("In twee of drie zinnen: hoe komt dit initiatief aan geld en middelen?"),
    )
    sources = blocks.ListBlock(FundingSourceBlock(), label=_("Bronnen"), min_num=0)

    class Meta:
        icon = "euro"
        label = _("Voorbeeld van financiering")


class FinancingExamplesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120)
    intro = blocks.TextBlock(label=_("Inleiding"), required=False, max_length=400)
    examples = blocks.ListBlock(FinancingExampleBlock(), label=_("Voorbeelden"), min_num=1)

    class Meta:
        icon = "euro"
        label = _("Voorbeelden van financiering")
        template = "landing/blocks/financing_examples_block.html"
        description = _(
            "Hoe andere initiatieven hun werk betalen: gemeente, fondsen, bedrijven, in geld "
            "of in natura."
        )
        value_class = SectionStructValue
        preview_value = {
            "heading": "Zo financieren anderen het",
            "intro": "",
            "examples": [
                {
                    "title": "Weggeefwinkel",
                    "text": "De gemeente betaalt een deel van de huur.",
                    "sources": [
                        {
                            "funder": "Gemeente",
                            "kind": "municipality",
                            "form": "money",
                            "description": "bijdrage in de huur",
                        }
                    ],
                }
            ],
        }


class DownloadsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120)
    intro = blocks.TextBlock(label=_("Inleiding"), required=False, max_length=400)
    documents = blocks.ListBlock(DocumentBlock(), label=_("Documenten"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Downloads")
        template = "landing/blocks/downloads_block.html"
        description = _(
            "Een kop met een rij documenten om te downloaden, zoals stappenplannen en werkboeken."
        )
        value_class = SectionStructValue
        preview_value = {"heading": "Stappenplannen om te downloaden", "intro": "", "documents": []}


class TalksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120)
    intro = blocks.TextBlock(label=_("Inleiding"), required=False, max_length=400)
    talks = blocks.ListBlock(
        CardPageChooserBlock(page_type="library.TalkPage", label=_("Talk")),
        label=_("Opgenomen talks"),
        min_num=1,
    )

    class Meta:
        icon = "media"
        label = _("Opgenomen talks")
        template = "landing/blocks/talks_block.html"
        description = _("Opnames van talks uit de bibliotheek, als kaarten.")
        value_class = SectionStructValue
        preview_value = {"heading": "Terugkijken", "intro": "", "talks": []}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["talks"] = _card_pages(value["talks"])
        return context


def upcoming_meetings(limit, for_municipalities=False):
    """The next published meetings in the visitor's language, soonest first."""
    model = _model("news.EventPage")
    if model is None:
        return []
    meetings = (
        model.objects.live()
        .public()
        .filter(locale=active_locale(), end__gte=timezone.now())
        .order_by("start", "pk")
    )
    if for_municipalities:
        meetings = meetings.filter(for_municipalities=True)
    meetings = list(meetings[:limit])
    _holds_until_one_ends(meetings)
    return meetings


def _holds_until_one_ends(meetings):
    """A list of upcoming meetings holds until the first of them ends (`home.versions`)."""
    if meetings:
        versions.expire_at(min(meeting.end for meeting in meetings))


def _agenda():
    model = _model("news.EventIndexPage")
    if model is None:
        return None
    return model.objects.live().public().filter(locale=active_locale()).first()


class MeetingsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120)
    intro = blocks.TextBlock(label=_("Inleiding"), required=False, max_length=400)
    meetings = blocks.ListBlock(
        CardPageChooserBlock(page_type="news.EventPage", label=_("Bijeenkomst")),
        label=_("Bijeenkomsten"),
        min_num=0,
        help_text=_(
            "Kies bijeenkomsten, of laat dit leeg: dan staan hier vanzelf de eerstvolgende "
            "bijeenkomsten voor gemeenten. Voorbije bijeenkomsten verdwijnen vanzelf."
        ),
    )

    class Meta:
        icon = "date"
        label = _("Bijeenkomsten")
        template = "landing/blocks/meetings_block.html"
        description = _(
            "Komende bijeenkomsten met de datum en een link om je aan te melden; gekozen, of "
            "vanzelf de eerstvolgende voor gemeenten."
        )
        value_class = SectionStructValue
        preview_value = {"heading": "Ontmoet andere gemeenten", "intro": "", "meetings": []}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        now = timezone.now()
        meetings = [page for page in _card_pages(value["meetings"]) if page.end >= now]
        _holds_until_one_ends(meetings)
        if not meetings:
            # Nothing chosen, or every chosen meeting is over: the next ones for municipalities.
            meetings = upcoming_meetings(AUTOMATIC_ITEMS, for_municipalities=True)
        context["meetings"] = meetings
        context["agenda"] = _agenda()
        return context


class MunicipalitiesStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    tips = TipsBlock()
    methods_for_goals = MethodsForGoalsBlock()
    municipalities = MunicipalityListBlock()
    financing = FinancingExamplesBlock()
    downloads = DownloadsBlock()
    talks = TalksBlock()
    meetings = MeetingsBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    embed = EmbedBlock()
    video = VideoBlock()


# Campaign pages -----------------------------------------------------------------------------


class HeroBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Titel"),
        max_length=120,
        help_text=_("De grote kop van de campagne. Laat leeg om de paginatitel te gebruiken."),
        required=False,
    )
    subtitle = blocks.TextBlock(label=_("Ondertitel"), required=False, max_length=300)
    image = RenditionImageChooserBlock(label=_("Afbeelding"), required=False)
    alt_text = blocks.CharBlock(
        label=_("Beschrijving van de afbeelding"),
        required=False,
        max_length=250,
        help_text=_("Wat staat er op de foto? Verplicht als je een afbeelding kiest."),
    )

    class Meta:
        icon = "image"
        label = _("Opening")
        template = "landing/blocks/hero_block.html"
        description = _(
            "De opening van de campagne: een grote titel, een ondertitel en een foto. Altijd "
            "het eerste blok."
        )
        preview_value = {
            "title": "Samen op weg naar bestaanszekerheid",
            "subtitle": "Een landelijke dag over initiatieven van onderop.",
            "alt_text": "",
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("alt_text", "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Beschrijf wat er op de foto staat."))}
            )
        return value


class MessageBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), required=False, max_length=120)
    text = ParagraphBlock(label=_("Boodschap"))

    class Meta:
        icon = "pilcrow"
        label = _("Boodschap")
        template = "landing/blocks/message_block.html"
        description = _("De kern van de campagne in een opvallend kader.")
        value_class = SectionStructValue
        preview_value = {
            "heading": "Waarom deze campagne",
            "text": "<p>Mensen met een laag inkomen laten zien wat ze zelf kunnen.</p>",
        }


class FigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=_("Getal"), max_length=20, help_text=_("Bijvoorbeeld ‘12’ of ‘80%’.")
    )
    label = blocks.CharBlock(
        label=_("Omschrijving"), max_length=80, help_text=_("Bijvoorbeeld ‘initiatieven’.")
    )

    class Meta:
        icon = "order"
        label = _("Cijfer")


class FiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), required=False, max_length=120)
    figures = blocks.ListBlock(FigureBlock(), label=_("Cijfers"), min_num=1, max_num=6)

    class Meta:
        icon = "order"
        label = _("Cijfers")
        template = "landing/blocks/figures_block.html"
        description = _("Een paar opvallende getallen, elk met een korte omschrijving.")
        value_class = SectionStructValue
        preview_value = {
            "heading": "",
            "figures": [
                {"number": "12", "label": "initiatieven"},
                {"number": "50", "label": "organisaties"},
            ],
        }


class RelatedItemsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120)
    pages = blocks.ListBlock(
        CardPageChooserBlock(
            page_type=["news.NewsPage", "news.EventPage"], label=_("Nieuwsbericht of bijeenkomst")
        ),
        label=_("Gekozen nieuws en bijeenkomsten"),
        min_num=0,
        help_text=_(
            "Kies nieuwsberichten en bijeenkomsten, of laat dit leeg: dan staan hier vanzelf het "
            "nieuwste nieuws over het thema hieronder en de eerstvolgende bijeenkomsten."
        ),
    )
    theme = SnippetChooserBlock(
        "home.Theme",
        label=_("Thema"),
        required=False,
        help_text=_("Voor het nieuws dat vanzelf verschijnt als je niets kiest."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Nieuws en bijeenkomsten")
        template = "landing/blocks/related_items_block.html"
        description = _(
            "Nieuws en bijeenkomsten bij de campagne: zelf gekozen, of vanzelf het nieuwste "
            "nieuws over een thema en de eerstvolgende bijeenkomsten."
        )
        value_class = SectionStructValue
        preview_value = {"heading": "Nieuws en bijeenkomsten", "pages": []}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = _card_pages(value["pages"])
        if value["pages"]:
            now = timezone.now()
            news = [page for page in chosen if page.specific_class._meta.label == "news.NewsPage"]
            meetings = [
                page
                for page in chosen
                if page.specific_class._meta.label == "news.EventPage" and page.end >= now
            ]
            _holds_until_one_ends(meetings)
        else:
            news = latest_news(AUTOMATIC_ITEMS, value.get("theme"))
            meetings = upcoming_meetings(AUTOMATIC_ITEMS)
        context["news"] = news
        context["meetings"] = meetings
        return context


def latest_news(limit, theme=None):
    """The newest published news in the visitor's language, about `theme` when given (matched
    on its translation key, so a Dutch or an English theme finds the same items)."""
    model = _model("news.NewsPage")
    if model is None:
        return []
    news = model.objects.live().public().filter(locale=active_locale())
    if theme is not None:
        news = news.filter(themes__translation_key=theme.translation_key)
    news = news.order_by("-date", "-pk")
    return with_card_images(list(news[:limit]))


class CampaignStreamBlock(blocks.StreamBlock):
    hero = HeroBlock()
    message = MessageBlock()
    figures = FiguresBlock()
    call_to_action = CallToActionBlock()
    related = RelatedItemsBlock()
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    video = VideoBlock()

    class Meta:
        block_counts = {"hero": {"max_num": 1}}

    def clean(self, value):
        value = super().clean(value)
        positions = [i for i, child in enumerate(value) if child.block_type == "hero"]
        if positions and positions != [0]:
            raise StreamBlockValidationError(
                non_block_errors=ValidationError(
                    _("Zet het blok ‘Opening’ bovenaan: het moet het eerste blok zijn.")
                )
            )
        return value
