"""Landing pages: the page for municipalities' civil servants and campaign pages, both built
from blocks so that editors can extend them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.models import BasePage, HeroImageMixin

from .blocks import CampaignStreamBlock, MunicipalitiesStreamBlock


class MunicipalitiesPage(HeroImageMixin, BasePage):  # noqa: DJ008 - Page gives __str__
    """ "Voor gemeenten": what bottom-up initiatives are, how a municipality enables them, methods
    per goal, municipalities with initiatives, financing examples, step plans, talks and
    meetings."""

    introduction = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Twee of drie zinnen bovenaan: wat vindt een ambtenaar op deze pagina?"),
    )
    body = StreamField(
        MunicipalitiesStreamBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_(
            "Bouw de pagina op uit blokken: tekst, tips, methodieken per doel, gemeenten, "
            "voorbeelden van financiering, downloads, talks en bijeenkomsten. Elk blok met een "
            "kop komt in de inhoudsopgave bovenaan."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("introduction"), HeroImageMixin.hero_image_panel],
            heading=_("Bovenaan de pagina"),
        ),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    # One per home page, so one per language.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("pagina voor gemeenten")
        verbose_name_plural = _("pagina's voor gemeenten")

    def contents(self):
        """The page's sections for the contents list at the top: (anchor, heading)."""
        entries = []
        for block in self.body:
            value = block.value
            if block.block_type == "heading":
                if value["level"] == "h2":
                    entries.append((f"blok-{block.id}", value["text"]))
            elif getattr(value, "section_heading", ""):
                entries.append((f"blok-{block.id}", value.section_heading))
        return entries

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contents"] = self.contents()
        return context


class CampaignPage(BasePage):  # noqa: DJ008 - Page gives __str__
    """A campaign's landing page: an opening, the message, figures, a call to action and the
    news and meetings that go with it."""

    body = StreamField(
        CampaignStreamBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_(
            "Begin met het blok ‘Opening’ (titel, ondertitel en foto), en voeg daarna de "
            "boodschap, cijfers, een oproep tot actie en nieuws en bijeenkomsten toe."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campagnepagina")
        verbose_name_plural = _("campagnepagina's")

    @property
    def hero(self):
        """The opening block's value, if the page starts with one."""
        if len(self.body) and self.body[0].block_type == "hero":
            return self.body[0].value
        return None

    @property
    def card_image(self):
        hero = self.hero
        return self.teaser_image or (hero and hero.get("image"))
