from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from home import privacy
from home.blocks import CommonStreamBlock
from home.cards import images_with_renditions, want_images
from home.localization import localized, visible_versions
from home.sections import get_home_sections


class HeroImageMixin(models.Model):
    """A large photo at the top of a page, with the description that visitors who cannot see
    it need: required as soon as a photo is chosen."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto bovenaan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Een liggende foto van mensen uit de praktijk."),
    )
    hero_image_alt = models.CharField(
        _("beschrijving van de foto"),
        max_length=250,
        blank=True,
        help_text=_(
            "Wat staat er op de foto? Voor bezoekers die de foto niet kunnen zien. Verplicht "
            "als je een foto kiest."
        ),
    )

    hero_image_panel = FieldRowPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")])

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        want_images([self.hero_image_id])  # with the photos of the text, if it has any
        return super().get_context(request, *args, **kwargs)

    @cached_property
    def hero_image_with_renditions(self):
        """The photo with all its renditions (`home.cards`), also as `hero_image` from then
        on: its picture tags then ask the rendition cache nothing."""
        if not self.hero_image_id:
            return None
        image = images_with_renditions([self.hero_image_id]).get(self.hero_image_id)
        if image is not None:
            self.hero_image = image
        return image

    def clean(self):
        super().clean()
        if self.hero_image and not self.hero_image_alt.strip():
            raise ValidationError({"hero_image_alt": _("Beschrijf wat er op de foto staat.")})


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

    # For page types that edit the summary among their content fields: a form field may appear
    # only once, or the browser sends both and the last one silently wins.
    promote_panels_without_summary = [
        MultiFieldPanel(
            [FieldPanel("teaser_title"), FieldPanel("teaser_image")],
            heading=_("In overzichten en zoekresultaten"),
        ),
        *Page.promote_panels,
    ]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's (the restrictions of this page and its ancestors, an alias counting as
        its source page) in one query: the ancestors' paths are prefixes of this page's path,
        so they need not be read first. From the database: the access check never depends
        on the cache."""
        prefixes = [self.path[:n] for n in range(self.steplen, len(self.path) + 1, self.steplen)]
        on_the_way = Page.objects.filter(path__in=prefixes).order_by()
        return PageViewRestriction.objects.filter(
            Q(page__in=on_the_way.filter(alias_of__isnull=True).values("pk"))
            | Q(page__in=on_the_way.filter(alias_of__isnull=False).values("alias_of"))
        )

    @property
    def card_title(self):
        return self.teaser_title or self.title

    @property
    def card_image(self):
        return self.teaser_image or getattr(self, "hero_image", None)

    # A short line above the card's title (place, date); page types fill it where useful.
    card_meta = ""


class HomePage(HeroImageMixin, BasePage):  # noqa: DJ008 - Page gives __str__
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
        help_text=_("Bijvoorbeeld ‘Begin hier’."),
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
                HeroImageMixin.hero_image_panel,
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
    # No subpage_types: the feature apps' index pages name HomePage as their parent, so that
    # home does not need to know them.
    # One home page is created by hand; the other languages' home pages are its translations,
    # which wagtail-localize creates without this limit applying.
    max_count = 1

    class Meta:
        verbose_name = _("voorpagina")
        verbose_name_plural = _("voorpagina's")

    def route(self, request, path_components):
        """Wagtail's routing below the home page, with the pages of the path read in one
        query instead of two per level (the child by its slug, then as its own type).

        Each level is checked as Wagtail's `route()` would: a page type with routes of its
        own (a routable page whose sub-path matches, or another `route()`) gets the rest of
        the path from there, through its own `route()`."""
        if not path_components:
            return super().route(request, path_components)
        found = Page.objects.filter(
            path__startswith=self.path,
            depth__gt=self.depth,
            depth__lte=self.depth + len(path_components),
            slug__in=set(path_components),
        )
        parent, remaining = self, list(path_components)
        while remaining:
            child = next(
                (
                    page
                    for page in found
                    if page.depth == parent.depth + 1
                    and page.path.startswith(parent.path)
                    and page.slug == remaining[0]
                ),
                None,
            )
            if child is None or child.specific_class is None:
                break
            parent, remaining = child, remaining[1:]
            if remaining and _routes_itself(child, remaining):
                break
        if parent is self:
            return super().route(request, path_components)
        return parent.specific.route(request, remaining)  # Wagtail's own: 404 when not live

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hero_cta"] = self.hero_cta_page and _live_public(localized(self.hero_cta_page))
        context["highlights"] = self.get_highlights()
        context["home_sections"] = get_home_sections(self, request)
        return context

    def get_highlights(self):
        """The highlighted pages in the editors' order, each with `resolved_page`: its
        published, public version in the visitor's language (or the original when it has no
        translation). Hidden pages drop out. A fixed number of queries."""
        highlights = list(self.highlights.select_related("page"))
        versions = visible_versions([h.page for h in highlights], specific=True)
        for highlight, version in zip(highlights, versions, strict=True):
            highlight.resolved_page = version
        highlights = [highlight for highlight in highlights if highlight.resolved_page is not None]
        # The highlights' own images and the pages' listing images with their renditions, in
        # two queries (the picture tags then ask neither the rendition cache nor the database).
        images = images_with_renditions(
            [h.image_id for h in highlights]
            + [getattr(h.resolved_page, "teaser_image_id", None) for h in highlights]
        )
        for highlight in highlights:
            if highlight.image_id in images:
                highlight.image = images[highlight.image_id]
            image_id = getattr(highlight.resolved_page, "teaser_image_id", None)
            if image_id in images:
                highlight.resolved_page.teaser_image = images[image_id]
        return highlights


def _live_public(page):
    """The page itself if visitors may see it, else None."""
    if page is None or not page.live:
        return None
    return None if privacy.is_private(page) else page


def _routes_itself(page, remaining):
    """Whether Wagtail's `route()` of `page` (a plain `Page`) would do something else with
    `remaining` than go to the child it names."""
    cls = page.specific_class
    if cls.route is Page.route:
        return False
    if cls.route is RoutablePageMixin.route:
        if not page.live:
            return False
        try:
            cls.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
        except Http404:
            return False
    return True


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

    # HomePage.get_highlights() sets `resolved_page`: the chosen page in the visitor's language.

    @property
    def display_title(self):
        return self.title or getattr(self.resolved_page, "card_title", self.resolved_page.title)

    @property
    def display_text(self):
        return self.text or getattr(self.resolved_page, "summary", "")

    @property
    def display_image(self):
        return self.image or getattr(self.resolved_page, "teaser_image", None)


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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = (
            self.get_children().live().public().specific().select_related("locale")
        )
        return context

    class Meta:
        verbose_name = _("algemene pagina")
        verbose_name_plural = _("algemene pagina's")
