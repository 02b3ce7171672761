from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    PageChooserPanel,
    PublishingPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index

from .blocks import CommonStreamBlock


class BasePage(Page):
    """Fields every content page has for listings: cards, search results, social previews."""

    teaser_title = models.CharField(
        _("titel in overzichten"),
        max_length=120,
        blank=True,
        help_text=_(
            "Kortere titel voor kaarten en overzichten. Laat leeg om de paginatitel te gebruiken."
        ),
    )
    teaser_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding in overzichten"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Foto op kaarten in overzichten en bij delen op sociale media."),
    )
    summary = models.TextField(
        _("samenvatting"),
        max_length=300,
        blank=True,
        help_text=_(
            "Eén of twee zinnen: waar gaat deze pagina over? Staat op kaarten en in zoekresultaten."
        ),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("teaser_title"),
    ]

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("teaser_title"), FieldPanel("teaser_image"), FieldPanel("summary")],
            heading=_("In overzichten en zoekresultaten"),
        ),
        *Page.promote_panels,
    ]

    class Meta:
        abstract = True

    @property
    def card_title(self):
        return self.teaser_title or self.title


class HomePage(BasePage):
    """The front page of one language of the site."""

    hero_heading = models.CharField(
        _("hoofdkop"),
        max_length=120,
        help_text=_("De grote kop bovenaan de voorpagina."),
    )
    introduction = models.TextField(
        _("introductie"),
        max_length=500,
        blank=True,
        help_text=_("Twee of drie zinnen onder de kop: wat vindt een bezoeker hier?"),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto bovenaan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("beschrijving van de foto"),
        max_length=250,
        blank=True,
        help_text=_("Wat staat er op de foto? Voor bezoekers die de foto niet kunnen zien."),
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("knop: pagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Waar de knop onder de introductie naartoe gaat."),
    )
    hero_cta_text = models.CharField(
        _("knop: tekst"),
        max_length=60,
        blank=True,
        help_text=_("Bijvoorbeeld ‘Bekijk de methodieken’."),
    )
    highlights_heading = models.CharField(
        _("kop boven uitgelichte inhoud"),
        max_length=120,
        blank=True,
        default="Uitgelicht",
    )
    body = StreamField(
        CommonStreamBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_("Extra inhoud onder de uitgelichte pagina's."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("introduction"),
                FieldRowPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")]),
                FieldRowPanel([PageChooserPanel("hero_cta_page"), FieldPanel("hero_cta_text")]),
            ],
            heading=_("Bovenaan de pagina"),
        ),
        FieldPanel("highlights_heading"),
        MultipleChooserPanel(
            "highlights",
            label=_("Uitgelichte pagina's"),
            chooser_field_name="page",
            help_text=_(
                "Kies de pagina's die op de voorpagina opvallen; sleep om de volgorde te wijzigen."
            ),
        ),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("introduction"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage"]
    # One home page is created by hand; the other languages' home pages are its translations,
    # which wagtail-localize creates without this limit applying.
    max_count = 1

    class Meta:
        verbose_name = _("voorpagina")
        verbose_name_plural = _("voorpagina's")

    def get_context(self, request, *args, **kwargs):
        from .sections import get_home_sections

        context = super().get_context(request, *args, **kwargs)
        context["highlights"] = [
            highlight
            for highlight in self.highlights.select_related("page", "image")
            if highlight.page_id and highlight.specific_page.live
        ]
        context["home_sections"] = get_home_sections(self, request)
        return context


class HomePageHighlight(Orderable):
    """A page the editors put in the spotlight on the home page, in the editors' order."""

    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="highlights")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("titel"),
        max_length=120,
        blank=True,
        help_text=_("Laat leeg om de titel van de pagina te gebruiken."),
    )
    text = models.TextField(
        _("tekst"),
        max_length=300,
        blank=True,
        help_text=_("Laat leeg om de samenvatting van de pagina te gebruiken."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Laat leeg om de overzichtsafbeelding van de pagina te gebruiken."),
    )

    panels = [
        PageChooserPanel("page"),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("image"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("uitgelichte pagina")
        verbose_name_plural = _("uitgelichte pagina's")

    @property
    def specific_page(self):
        """The chosen page in the visitor's language, when it has been translated."""
        return self.page.localized.specific

    @property
    def display_title(self):
        return self.title or getattr(self.specific_page, "card_title", self.page.title)

    @property
    def display_text(self):
        return self.text or getattr(self.specific_page, "summary", "")

    @property
    def display_image(self):
        return self.image or getattr(self.specific_page, "teaser_image", None)


class StandardPage(BasePage):
    """A general page: about us, contact, for municipalities, privacy."""

    introduction = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Een korte inleiding die groter boven de tekst staat."),
    )
    body = StreamField(CommonStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("algemene pagina")
        verbose_name_plural = _("algemene pagina's")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details and social links, the same in every language."""

    organisation_name = models.CharField(
        _("naam organisatie"), max_length=120, default="Sociale Alliantie"
    )
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    address = models.TextField(
        _("postadres"), blank=True, max_length=300, help_text=_("Eén regel per adresregel.")
    )
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    bluesky_url = models.URLField(_("Bluesky"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address"),
            ],
            heading=_("Contactgegevens"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("mastodon_url"),
                FieldPanel("bluesky_url"),
            ],
            heading=_("Sociale media"),
            help_text=_(
                "Laat leeg wat je niet gebruikt; alleen ingevulde kanalen staan in de voettekst."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("site-instellingen")

    @property
    def social_links(self):
        """The filled-in social channels as (name, url) pairs, in a fixed order."""
        names = [
            ("LinkedIn", self.linkedin_url),
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("Mastodon", self.mastodon_url),
            ("Bluesky", self.bluesky_url),
        ]
        return [(name, url) for name, url in names if url]


class FooterText(DraftStateMixin, RevisionMixin, PreviewableMixin, TranslatableMixin, models.Model):
    """The short text in the footer, one per language, with drafts and preview."""

    body = RichTextField(_("tekst"), features=["bold", "italic", "link"])
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="footertext")

    panels = [FieldPanel("body"), PublishingPanel()]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("voettekst")
        verbose_name_plural = _("voetteksten")

    def __str__(self):
        return str(_("Voettekst ({language})").format(language=self.locale.get_display_name()))

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "home/previews/footer_text.html"

    def get_preview_context(self, request, mode_name):
        return {"footer_text": self}
