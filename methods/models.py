import html

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PagePermissionTester
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import navigation
from home.blocks import DocumentBlock
from home.cards import with_card_images
from home.facets import Facet, FacetedListing, Option
from home.localization import locale_of
from home.models import BasePage, HeroImageMixin, TargetGroup, Theme
from home.sections import get_sections

from .blocks import MethodStreamBlock
from .forms import MethodPageForm

RATING_CHOICES = [("yes", _("Ja")), ("partly", _("Deels")), ("no", _("Nee"))]

# The seven marks of a good example: (field prefix, name, what it means).
MARKS = [
    (
        "own_direction",
        _("Eigen regie"),
        _("Mensen met een laag inkomen hebben veel ruimte om het zelf te regelen."),
    ),
    (
        "own_strength",
        _("Eigen kracht"),
        _("Het gaat uit van de kracht en motivatie van de mensen zelf."),
    ),
    ("poverty", _("Armoede"), _("Het helpt actief om armoede tegen te gaan.")),
    (
        "participation",
        _("Participatie"),
        _("Het bevordert dat mensen met een laag inkomen meedoen."),
    ),
    (
        "integral",
        _("Integraal"),
        _("Het kijkt verder dan de activiteit zelf, naar de vraag achter de vraag."),
    ),
    (
        "cooperation",
        _("Samenwerking"),
        _("Het werkt samen met gemeenten en maatschappelijke organisaties."),
    ),
    ("lasting", _("Duurzaam"), _("Het is zo opgezet dat het door kan gaan.")),
]


def _rating_field(name):
    return models.CharField(name, max_length=6, choices=RATING_CHOICES, blank=True)


def _explanation_field():
    return models.TextField(
        _("toelichting"),
        max_length=400,
        blank=True,
        help_text=_("Eén of twee zinnen: waarom dit oordeel?"),
    )


def _taxonomy_facet(name, parameter, label, model, locale_id):
    """A facet over themes or target groups, matched on translation keys."""
    return Facet(
        name=name,
        parameter=parameter,
        lookup=f"{name}__translation_key",
        label=label,
        options=[
            Option(value=term.translation_key, slug=term.slug, label=term.name, item=term)
            for term in model.objects.filter(locale_id=locale_id)
        ],
    )


class PublishersAddMethodsTester(PagePermissionTester):
    """Only people who may publish start a new method. Local groups hold the "add" permission
    on the methods section so that they can add experiences under every method page; that
    must not let them add methods themselves."""

    def can_add_subpage(self):
        return super().can_add_subpage() and (
            self.user.is_superuser or "publish" in self.permissions
        )


class MethodIndexPage(RoutablePageMixin, BasePage):
    """The list of methods, filtered by theme and target group."""

    introduction = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Een korte inleiding boven het overzicht."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    def permissions_for_user(self, user):
        return PublishersAddMethodsTester(user, self)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["methods.MethodPage"]
    max_count = 1

    PER_PAGE = 12
    SORTS = {
        "titel": ("title",),
        # Methods never reviewed go last on every database (PostgreSQL puts NULLs first).
        "recent": (
            models.F("last_reviewed").desc(nulls_last=True),
            models.F("first_published_at").desc(nulls_last=True),
        ),
    }

    class Meta:
        verbose_name = _("overzicht methodieken")
        verbose_name_plural = _("overzichten methodieken")

    def get_methods(self):
        return MethodPage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sort = request.GET.get("sorteer", "titel")
        if sort not in self.SORTS:
            sort = "titel"
        facets = FacetedListing(
            self.get_methods(),
            [
                _taxonomy_facet("themes", "thema", _("Thema"), Theme, self.locale_id),
                _taxonomy_facet(
                    "target_groups", "doelgroep", _("Doelgroep"), TargetGroup, self.locale_id
                ),
            ],
            request.GET,
            order_by=self.SORTS[sort],
            cache_for=self,
        )

        paginator = Paginator(facets.matching_ids(), self.PER_PAGE)
        page_of_methods = paginator.get_page(request.GET.get("pagina"))
        # Fetch only this page's methods, keeping the sorted order of their ids.
        methods = MethodPage.objects.filter(pk__in=page_of_methods.object_list)
        by_id = {method.pk: method for method in methods}
        page_of_methods.object_list = with_card_images(
            [by_id[pk] for pk in page_of_methods.object_list]
        )
        for method in page_of_methods.object_list:
            method.theme_names = facets.labels_of(method.pk, "themes")

        context.update(
            methods=page_of_methods,
            paginator=paginator,
            sort=sort,
            is_filtered=facets.is_filtered,
            theme_facets=facets.options("themes"),
            group_facets=facets.options("target_groups"),
        )
        return context


class MethodPage(RoutablePageMixin, HeroImageMixin, BasePage):
    """One method description (methodiekbeschrijving)."""

    plain_summary = models.TextField(
        _("in gewone taal"),
        max_length=600,
        blank=True,
        help_text=_(
            "Leg in drie of vier korte zinnen uit wat dit is, in eenvoudige woorden (taalniveau "
            "B1), voor wie niet veel leest. Schrijf ‘je’ en gebruik geen vaktaal."
        ),
    )
    last_reviewed = models.DateField(
        _("laatst gecontroleerd"),
        null=True,
        blank=True,
        help_text=_(
            "Wanneer is deze beschrijving voor het laatst nagekeken? Bezoekers zien deze datum."
        ),
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("thema's"), blank=True, related_name="+")
    target_groups = ParentalManyToManyField(
        TargetGroup, verbose_name=_("doelgroepen"), blank=True, related_name="+"
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=120, blank=True)
    contact_organisation = models.CharField(_("organisatie"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    body = StreamField(
        MethodStreamBlock(),
        verbose_name=_("beschrijving"),
        blank=True,
        help_text=_(
            "Bouw de beschrijving op uit blokken: fotoimpressie, korte handreiking, "
            "aandachtspunten, plan van aanpak, ervaringsverhalen, feiten en downloads."
        ),
    )
    downloads = StreamField(
        [("document", DocumentBlock())],
        verbose_name=_("downloads"),
        blank=True,
        help_text=_("Werkboeken, stappenplannen en andere documenten bij deze methodiek."),
    )

    mark_own_direction = _rating_field(_("eigen regie"))
    mark_own_direction_explanation = _explanation_field()
    mark_own_strength = _rating_field(_("eigen kracht"))
    mark_own_strength_explanation = _explanation_field()
    mark_poverty = _rating_field(_("armoede"))
    mark_poverty_explanation = _explanation_field()
    mark_participation = _rating_field(_("participatie"))
    mark_participation_explanation = _explanation_field()
    mark_integral = _rating_field(_("integraal"))
    mark_integral_explanation = _explanation_field()
    mark_cooperation = _rating_field(_("samenwerking"))
    mark_cooperation_explanation = _explanation_field()
    mark_lasting = _rating_field(_("duurzaam"))
    mark_lasting_explanation = _explanation_field()

    # Facts that are the same in every language follow the Dutch page; translators don't see
    # them (wagtail-localize copies them on every sync).
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in [
            "last_reviewed",
            "contact_email",
            "contact_phone",
            *[f"mark_{key}" for key, _name, _meaning in MARKS],
        ]
    ]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("summary"),
                FieldPanel("plain_summary"),
                HeroImageMixin.hero_image_panel,
                FieldPanel("last_reviewed"),
            ],
            heading=_("Kern"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Thema's en doelgroepen"),
        ),
        FieldPanel("body"),
        FieldPanel("downloads"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_organisation")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact"),
        ),
    ]
    marks_panels = [
        HelpPanel(
            content=_(
                "Beoordeel de methodiek op de zeven kenmerken van een goed voorbeeld. "
                "Bezoekers zien dit als checklist."
            )
        ),
        *[
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel(f"mark_{key}"), FieldPanel(f"mark_{key}_explanation")])],
                heading=name,
                help_text=meaning,
            )
            for key, name, meaning in MARKS
        ],
    ]
    promote_panels = BasePage.promote_panels_without_summary  # summary is under "Kern"

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhoud")),
            ObjectList(marks_panels, heading=_("Zeven kenmerken")),
            ObjectList(promote_panels, heading=_("Promoten")),
        ]
    )

    search_fields = [
        *BasePage.search_fields,
        # What the page is about: counts more than the body (no boost), less than the title
        # (boost 2); see docs/search.md.
        index.SearchField("summary", boost=0.5),
        index.SearchField("plain_summary"),
        index.SearchField("body"),
        index.FilterField("last_reviewed"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
    ]

    parent_page_types = ["methods.MethodIndexPage"]
    # Local groups add their experiences with the method under the method page.
    subpage_types = ["localgroups.ExperiencePage"]
    base_form_class = MethodPageForm

    class Meta:
        verbose_name = _("methodiek")
        verbose_name_plural = _("methodieken")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Other apps (initiatives, experiences) add sections with this hook, like the home page.
        context["method_sections"] = get_sections("register_method_page_section", self, request)
        context["json_ld"] = self.json_ld(request)
        return context

    @path("handreiking/", name="handout")
    def handout(self, request):
        """A printable handout: summary, points of attention and the step-by-step plan.
        Page.get_context, not ours: the handout shows no sections from other apps and no
        JSON-LD, so it doesn't query for them."""
        context = Page.get_context(self, request)
        context.update(
            route_suffix="handreiking/",
            page_breadcrumbs=navigation.breadcrumbs(self),
            handout_blocks=self.handout_blocks,
            method_full_url=request.build_absolute_uri(self.get_url(request)),
        )
        return TemplateResponse(request, "methods/method_handout.html", context)

    @cached_property
    def handout_blocks(self):
        kinds = {"guide", "points_of_attention", "step_plan"}
        return [block for block in self.body if block.block_type in kinds]

    @property
    def marks(self):
        """The seven marks with this method's rating and explanation, in order."""
        labels = dict(RATING_CHOICES)
        return [
            {
                "key": key,
                "name": name,
                "meaning": meaning,
                "rating": getattr(self, f"mark_{key}"),
                "rating_label": labels.get(getattr(self, f"mark_{key}"), ""),
                "explanation": getattr(self, f"mark_{key}_explanation"),
            }
            for key, name, meaning in MARKS
        ]

    @property
    def has_marks(self):
        return any(mark["rating"] for mark in self.marks)

    def localized_taxonomy(self, relation, model):
        return model.names_in(self.locale_id)(getattr(self, relation).all())

    @cached_property
    def theme_names(self):
        return self.localized_taxonomy("themes", Theme)

    @cached_property
    def target_group_names(self):
        return self.localized_taxonomy("target_groups", TargetGroup)

    def json_ld(self, request=None):
        """schema.org HowTo: the plan van aanpak as steps (written out by the template's
        `json_ld_script` filter)."""
        steps = [
            {
                "@type": "HowToStep",
                "position": position,
                "name": step["title"],
                "text": html.unescape(strip_tags(step["description"].source)).strip(),
            }
            for block in self.body
            if block.block_type == "step_plan"
            for position, step in enumerate(block.value["steps"], start=1)
        ]
        data = {
            "@context": "https://schema.org",
            "@type": "HowTo",
            "name": self.title,
            "description": self.summary,
            "inLanguage": locale_of(self).language_code,
            "url": request.build_absolute_uri(self.get_url(request))
            if request
            else self.get_full_url(),
        }
        if self.last_reviewed:
            data["dateModified"] = self.last_reviewed.isoformat()
        if hero := self.hero_image_with_renditions:  # after the body: fetched with its photos
            spec = "fill-1200x800|format-jpeg"
            image_url = hero.get_renditions(spec)[spec].url
            data["image"] = request.build_absolute_uri(image_url) if request else image_url
        if steps:
            data["step"] = steps
        return data
