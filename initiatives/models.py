import csv

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import versions
from home.blocks import CommonStreamBlock
from home.cards import with_card_images
from home.exports import spreadsheet_text
from home.facets import Facet, FacetedListing, Option
from home.funding import FUNDER_KINDS, FUNDING_FORMS
from home.localization import active_locale, localized
from home.models import BasePage, HeroImageMixin, Theme
from home.sections import get_sections

PROVINCES = [
    ("groningen", "Groningen"),
    ("friesland", "Fryslân"),
    ("drenthe", "Drenthe"),
    ("overijssel", "Overijssel"),
    ("flevoland", "Flevoland"),
    ("gelderland", "Gelderland"),
    ("utrecht", "Utrecht"),
    ("noord-holland", "Noord-Holland"),
    ("zuid-holland", "Zuid-Holland"),
    ("zeeland", "Zeeland"),
    ("noord-brabant", "Noord-Brabant"),
    ("limburg", "Limburg"),
]
PROVINCE_NAMES = dict(PROVINCES)

STATUS_CHOICES = [
    ("idea", _("Idee")),
    ("starting", _("In oprichting")),
    ("running", _("Actief")),
    ("stopped", _("Gestopt")),
]
PARTNER_TYPES = [
    ("municipality", _("Gemeente")),
    ("fund", _("Fonds")),
    ("company", _("Bedrijf")),
    ("housing", _("Woningcorporatie")),
    ("school", _("School of opleiding")),
    ("civil", _("Maatschappelijke organisatie")),
]
NEW_PLACES_TARGET = 20


class InitiativePage(HeroImageMixin, BasePage):
    """One local initiative: where, which methods, partners and how it is financed."""

    place = models.CharField(
        _("gemeente"), max_length=80, help_text=_("De gemeente waar het initiatief actief is.")
    )
    province = models.CharField(_("provincie"), max_length=20, choices=PROVINCES)
    latitude = models.DecimalField(
        _("breedtegraad"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(50.7), MaxValueValidator(53.6)],
        help_text=_("Optioneel, bijvoorbeeld 52.15610."),
    )
    longitude = models.DecimalField(
        _("lengtegraad"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(3.3), MaxValueValidator(7.3)],
        help_text=_("Optioneel, bijvoorbeeld 5.38780."),
    )
    methods = ParentalManyToManyField(
        "methods.MethodPage",
        verbose_name=_("methodieken"),
        blank=True,
        related_name="initiatives",
        help_text=_("Welke methodieken past dit initiatief toe?"),
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("thema's"), blank=True, related_name="+")
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default="running")
    year_started = models.PositiveSmallIntegerField(
        _("gestart in"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )
    new_place = models.BooleanField(
        _("nieuwe plek"),
        default=False,
        help_text=_("Aanvinken als dit een van de nieuwe plekken van het project is."),
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("e-mailadres voor contact"), blank=True)
    body = StreamField(CommonStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("summary"),
                HeroImageMixin.hero_image_panel,
            ],
            heading=_("Kern"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("place"), FieldPanel("province")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Waar"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("year_started")]),
                FieldPanel("new_place"),
                FieldPanel("methods", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Wat"),
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("website"), FieldPanel("contact_email")], heading=_("Contact")),
    ]
    partner_panels = [
        InlinePanel("partners", label=_("Partner"), heading=_("Partners")),
        InlinePanel("funding", label=_("Financiering"), heading=_("Hoe wordt het betaald?")),
    ]
    promote_panels = BasePage.promote_panels_without_summary
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhoud")),
            ObjectList(partner_panels, heading=_("Partners en financiering")),
            ObjectList(promote_panels, heading=_("Promoten")),
        ]
    )

    search_fields = [
        *BasePage.search_fields,
        # What the page is about: counts more than the body (no boost), less than the title
        # (boost 2); see docs/search.md.
        index.SearchField("summary", boost=0.5),
        index.SearchField("place"),
        index.SearchField("province_name"),  # "weggeefwinkel in Utrecht"
        index.SearchField("body"),
        index.FilterField("province"),
        index.FilterField("status"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    # Where and how far along an initiative is, is the same in every language: these follow the
    # Dutch page on every sync and translators don't see them.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in [
            "place",
            "province",
            "latitude",
            "longitude",
            "status",
            "year_started",
            "new_place",
            "website",
            "contact_email",
        ]
    ]

    parent_page_types = ["initiatives.InitiativeIndexPage"]
    subpage_types = ["localgroups.ExperiencePage"]

    class Meta:
        verbose_name = _("initiatief")
        verbose_name_plural = _("initiatieven")

    def clean(self):
        super().clean()
        self.place = " ".join(self.place.split())
        if not slugify(self.place):
            raise ValidationError(
                {"place": _("Vul de naam van een gemeente in, bijvoorbeeld Utrecht.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index = self.get_parent()  # the initiative index, as a plain Page
        context.update(
            methods=self.live_methods,
            partners=self.partners.all(),
            funding=self.funding.all(),
            initiative_sections=get_sections("register_initiative_page_section", self, request),
            municipality_url=index.url
            + InitiativeIndexPage.municipality_path(self.province, self.place)
            if self.place_slug
            else None,
        )
        return context

    def project_bands(self):
        """The projectenbanden this initiative is in, each with its partner initiatives."""
        bands = {}
        candidates = (
            ProjectBand.objects.filter(members__initiative__translation_key=self.translation_key)
            .distinct()
            .prefetch_related("members__initiative")
        )
        active_locale_id = active_locale().pk
        for band in candidates:
            if band.translation_key not in bands or band.locale_id == active_locale_id:
                bands[band.translation_key] = band
        members = [member.initiative for band in bands.values() for member in band.members.all()]
        # The members in the visitor's language, where translated, in one query.
        translated = {
            page.translation_key: page
            for page in InitiativePage.objects.live()
            .public()
            .filter(locale_id=active_locale_id)
            .filter(translation_key__in=[m.translation_key for m in members])
        }
        for band in bands.values():
            band.partner_initiatives = [
                translated.get(member.initiative.translation_key, member.initiative)
                for member in band.members.all()
                if member.initiative.translation_key != self.translation_key
                and member.initiative.live
            ]
        return sorted(bands.values(), key=lambda band: band.name)

    def similar_initiatives(self, limit=3):
        """Initiatives elsewhere (another province) with the same methods or themes, best
        first: a shared method counts 2, a shared theme 1. The database counts the shared
        methods and themes per initiative from the link tables (one query), the best are
        fetched in one more."""
        mine = {
            "methods": {m.translation_key for m in self.method_list},
            "themes": {t.translation_key for t in self.theme_list},
        }
        candidates = (
            InitiativePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exclude(province=self.province)
            .values("pk")
        )
        parts = []
        for relation, weight in (("methods", 2), ("themes", 1)):
            if not mine[relation]:
                continue
            field = InitiativePage._meta.get_field(relation)
            own, other = field.m2m_field_name(), field.m2m_reverse_field_name()
            parts.append(
                field.remote_field.through.objects.filter(
                    **{f"{own}__in": candidates, f"{other}__translation_key__in": mine[relation]}
                )
                .order_by()
                .values(own)
                .annotate(score=Count(f"{other}__translation_key", distinct=True) * weight)
                .values_list(own, "score")
            )
        if not parts:
            return []
        scores = {}
        for pk, score in parts[0].union(*parts[1:], all=True):
            scores[pk] = scores.get(pk, 0) + score
        best = sorted(scores, key=lambda pk: (-scores[pk], pk))[:limit]
        found = InitiativePage.objects.prefetch_related("themes").in_bulk(best)
        return with_card_images([found[pk] for pk in best if pk in found])

    @property
    def card_meta(self):
        parts = [self.place, self.province_name]
        if self.new_place:
            parts.append(str(_("Nieuwe plek")))
        return " · ".join(parts)

    @property
    def province_name(self):
        return PROVINCE_NAMES.get(self.province, "")

    @property
    def place_slug(self):
        return slugify(self.place)

    @cached_property
    def method_list(self):
        """Its methods, read once (the page and its similar initiatives both use them)."""
        return list(self.methods.all())

    @cached_property
    def theme_list(self):
        return list(self.themes.all())

    @cached_property
    def live_methods(self):
        """The methods it applies, in the visitor's language where translated."""
        return [localized(method) for method in self.method_list if method.live]

    @cached_property
    def theme_names(self):
        return Theme.names_in(self.locale_id)(self.theme_list)


class InitiativePartner(Orderable):
    page = ParentalKey(InitiativePage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("naam"), max_length=120)
    type = models.CharField(_("soort"), max_length=20, choices=PARTNER_TYPES)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("type")]), FieldPanel("website")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")


class InitiativeFunding(Orderable):
    page = ParentalKey(InitiativePage, on_delete=models.CASCADE, related_name="funding")
    funder = models.CharField(
        _("van wie"),
        max_length=120,
        help_text=_("Bijvoorbeeld ‘Gemeente Breda’ of ‘buurtbewoners’."),
    )
    kind = models.CharField(_("soort bijdrage"), max_length=20, choices=FUNDER_KINDS)
    form = models.CharField(_("vorm"), max_length=10, choices=FUNDING_FORMS, default="money")
    description = models.CharField(
        _("waarvoor"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld ‘huur van de ruimte’ of ‘een bestelbus’."),
    )

    panels = [
        FieldRowPanel([FieldPanel("funder"), FieldPanel("kind"), FieldPanel("form")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("financiering")
        verbose_name_plural = _("financiering")


class ProjectBand(TranslatableMixin, index.Indexed, ClusterableModel):
    """A projectenband: similar initiatives linked to exchange experiences."""

    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(_("korte naam in webadressen"), max_length=120)
    description = models.TextField(
        _("omschrijving"),
        max_length=600,
        help_text=_("Wie zijn verbonden en wat wisselen ze uit?"),
    )
    since = models.DateField(_("sinds"), null=True, blank=True)
    method = models.ForeignKey(
        "methods.MethodPage",
        verbose_name=_("gedeelde methodiek"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("gedeeld thema"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("since"), FieldPanel("method"), FieldPanel("theme")]),
        InlinePanel(
            "members", label=_("Initiatief"), heading=_("Verbonden initiatieven"), min_num=2
        ),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("projectenband")
        verbose_name_plural = _("projectenbanden")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ProjectBandMember(Orderable):
    band = ParentalKey(ProjectBand, on_delete=models.CASCADE, related_name="members")
    initiative = models.ForeignKey(
        InitiativePage, verbose_name=_("initiatief"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("initiative")]

    class Meta(Orderable.Meta):
        verbose_name = _("verbonden initiatief")
        verbose_name_plural = _("verbonden initiatieven")


class InitiativeIndexPage(RoutablePageMixin, BasePage):
    """All initiatives: filters, a map of the provinces, municipality pages, open data and the
    sign-up form."""

    introduction = models.TextField(_("introductie"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["initiatives.InitiativePage"]
    max_count = 1

    PER_PAGE = 12
    SORTS = {
        "naam": ("title",),
        "plaats": ("place", "title"),
        "nieuw": (models.F("year_started").desc(nulls_last=True), "title"),
    }

    class Meta:
        verbose_name = _("overzicht initiatieven")
        verbose_name_plural = _("overzichten initiatieven")

    def get_initiatives(self):
        return InitiativePage.objects.live().public().child_of(self)

    def municipality_url(self, province, place):
        return self.url + self.municipality_path(province, place)

    @classmethod
    def municipality_path(cls, province, place):
        """The municipality page's address below the index (`reverse_subpage` without an
        index object: an initiative page knows its parent only as a plain `Page`)."""
        return cls.get_resolver().reverse(
            "municipality", province=province, place_slug=slugify(place)
        )

    def municipalities(self):
        """Every municipality with initiatives: name, province, number and page address.
        Kept in the cache until one of the initiatives changes (`home.versions.versioned`)."""
        return versions.versioned(
            f"{versions.PREFIX}:municipalities:{self.pk}",
            versions.listing_deps(self),
            self._municipalities,
        )

    def _municipalities(self):
        base_url = self.url  # once: each page's address costs a lookup of the site's roots
        counts = {}
        for province, place in self.get_initiatives().order_by().values_list("province", "place"):
            key = (province, slugify(place))
            name, number = counts.get(key, (place, 0))
            counts[key] = (name, number + 1)
        return sorted(
            (
                {
                    "label": name,
                    "province_name": PROVINCE_NAMES.get(province, ""),
                    "count": number,
                    "url": base_url + self.municipality_path(province, name),
                }
                for (province, slug), (name, number) in counts.items()
                if slug
            ),
            key=lambda m: (m["label"].casefold(), m["province_name"]),
        )

    def facets(self, query, sort="naam"):
        from methods.models import MethodPage

        methods = (
            MethodPage.objects.live()
            .filter(locale_id=self.locale_id)
            .order_by("title")
            .values_list("translation_key", "slug", "title")
        )
        themes = Theme.objects.filter(locale_id=self.locale_id)
        return FacetedListing(
            self.get_initiatives(),
            [
                Facet(
                    "province",
                    "provincie",
                    "province",
                    _("Provincie"),
                    [Option(key, key, name) for key, name in PROVINCES],
                ),
                Facet("place", "gemeente", "place", _("Gemeente"), None),
                Facet(
                    "method",
                    "methodiek",
                    "methods__translation_key",
                    _("Methodiek"),
                    [Option(key, slug, title) for key, slug, title in methods],
                ),
                Facet(
                    "theme",
                    "thema",
                    "themes__translation_key",
                    _("Thema"),
                    [Option(t.translation_key, t.slug, t.name, t) for t in themes],
                ),
                Facet(
                    "status",
                    "status",
                    "status",
                    _("Status"),
                    [Option(key, key, str(name)) for key, name in STATUS_CHOICES],
                ),
                Facet(
                    "funding",
                    "financiering",
                    # "In kind" covers in-kind help from anyone, whatever kind of funder gave it.
                    ("funding__kind", "funding__form"),
                    _("Financiering"),
                    [Option(key, key, str(name)) for key, name in FUNDER_KINDS],
                ),
            ],
            query,
            order_by=self.SORTS.get(sort, self.SORTS["naam"]),
            cache_for=self,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sort = request.GET.get("sorteer", "naam")
        if sort not in self.SORTS:
            sort = "naam"
        facets = self.facets(request.GET, sort)
        paginator = Paginator(facets.matching_ids(), self.PER_PAGE)
        page_of_initiatives = paginator.get_page(request.GET.get("pagina"))
        by_id = InitiativePage.objects.in_bulk(page_of_initiatives.object_list)
        page_of_initiatives.object_list = with_card_images(
            [by_id[pk] for pk in page_of_initiatives.object_list]
        )
        for initiative in page_of_initiatives.object_list:
            initiative.theme_names = facets.labels_of(initiative.pk, "theme")
        provinces = facets.options("province")
        context.update(
            initiatives=page_of_initiatives,
            paginator=paginator,
            sort=sort,
            is_filtered=facets.is_filtered,
            facet_groups=[
                (
                    name,
                    facets.facets[name].label,
                    facets.facets[name].parameter,
                    facets.options(name),
                )
                for name in ("method", "theme", "status", "funding", "place")
            ],
            province_options=provinces,
            municipalities=self.municipalities(),
            province_map=province_map(provinces),
            open_data_query=request.GET.urlencode(),
        )
        return context

    @path("gemeente/<slug:province>/<slug:place_slug>/", name="municipality")
    def municipality(self, request, province, place_slug):
        """What happens in one municipality: its initiatives, their methods, and nearby ones.
        Keyed by province too: Bergen (Noord-Holland) and Bergen (Limburg) are different."""
        initiatives = [
            initiative
            for initiative in self.get_initiatives()
            .filter(province=province)
            .order_by("title")
            .prefetch_related("methods")
            if initiative.place_slug == place_slug
        ]
        if not initiatives:
            raise Http404
        place, province = initiatives[0].place, initiatives[0].province
        methods = {}
        for initiative in initiatives:
            for method in initiative.methods.all():
                if method.live:
                    methods.setdefault(method.translation_key, localized(method))
        nearby = [
            initiative
            for initiative in self.get_initiatives()
            .filter(province=province)
            .order_by("place", "title")
            if initiative.place_slug != place_slug
        ][:12]
        return self.render(
            request,
            template="initiatives/municipality.html",
            context_overrides={
                "place": place,
                "province_name": PROVINCE_NAMES[province],
                "place_initiatives": initiatives,
                "place_methods": sorted(methods.values(), key=lambda m: m.title),
                "nearby": nearby,
            },
        )

    SIGNUPS_PER_HOUR = 5

    @path("aanmelden/", name="signup")
    def signup(self, request):
        """A group registers its initiative: an unpublished draft for the editors to moderate."""
        from home import faults, limits
        from methods.models import MethodPage

        from .forms import InitiativeSignupForm
        from .signup import create_signup

        methods = MethodPage.objects.live().filter(locale_id=self.locale_id).order_by("title")
        choices = [(str(method.pk), method.title) for method in methods]
        thanks = self.url + self.reverse_subpage("signup_thanks")
        fault = ""
        if request.method == "POST":
            form = InitiativeSignupForm(request.POST, method_choices=choices)
            if form.is_spam:
                return redirect(thanks)  # pretend all went well; nothing is stored
            if form.is_valid():
                # Only complete sign-ups count: a visitor correcting typing errors is not limited.
                if wait := limits.over_limit(
                    request, "initiative-signup", f"{self.SIGNUPS_PER_HOUR}/h"
                ):
                    return limits.too_many_requests(
                        request,
                        wait,
                        message=_(
                            "Er zijn vanaf dit adres al veel aanmeldingen gedaan. Wilt u er nog "
                            "meer aanmelden? Mail ons dan."
                        ),
                    )
                with faults.saving("an initiative sign-up") as attempt:
                    create_signup(self, form.cleaned_data, methods)
                if not attempt.failed:
                    # Redirect, so that reloading the thank-you page does not send it again.
                    return redirect(thanks)
                fault = attempt.message  # the same form, with what was typed
        else:
            form = InitiativeSignupForm(method_choices=choices)
        response = self.render(
            request,
            template="initiatives/signup.html",
            context_overrides={"form": form, "fault": fault},
        )
        return faults.unavailable(response) if fault else response

    @path("aanmelden/bedankt/", name="signup_thanks")
    def signup_thanks(self, request):
        return self.render(request, template="initiatives/signup_thanks.html")

    @path("open-data/csv/", name="data_csv")
    def data_csv(self, request):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="initiatieven.csv"'
        response.write("\ufeff")  # BOM: spreadsheet programs then read UTF-8 correctly
        writer = csv.writer(response)
        writer.writerow(OPEN_DATA_COLUMNS)
        for row in self.open_data(request):
            writer.writerow(
                [
                    spreadsheet_text("; ".join(row[c]) if isinstance(row[c], list) else row[c])
                    for c in OPEN_DATA_COLUMNS
                ]
            )
        return response

    @path("open-data/json/", name="data_json")
    def data_json(self, request):
        return JsonResponse(
            {"initiatives": self.open_data(request)}, json_dumps_params={"ensure_ascii": False}
        )

    def open_data(self, request):
        """The published initiatives matching the request's filters, as plain data."""
        ids = self.facets(request.GET).matching_ids()
        initiatives = (
            InitiativePage.objects.filter(pk__in=ids)
            .order_by("title")
            .prefetch_related("partners", "funding", "themes", "methods")
        )
        theme_names = Theme.names_in(self.locale_id)
        return [
            {
                "title": i.title,
                "url": request.build_absolute_uri(i.get_url(request)),
                "place": i.place,
                "province": i.province_name,
                "status": i.get_status_display(),
                "year_started": i.year_started,
                "new_place": i.new_place,
                "methods": [m.title for m in i.methods.all() if m.live],
                "themes": theme_names(i.themes.all()),
                "partners": [f"{p.name} ({p.get_type_display()})" for p in i.partners.all()],
                "funding": [
                    f"{f.funder} ({f.get_kind_display()}, {f.get_form_display()})"
                    for f in i.funding.all()
                ],
                "website": i.website,
                "latitude": float(i.latitude) if i.latitude is not None else None,
                "longitude": float(i.longitude) if i.longitude is not None else None,
            }
            for i in initiatives
        ]


OPEN_DATA_COLUMNS = (
    "title",
    "url",
    "place",
    "province",
    "status",
    "year_started",
    "new_place",
    "methods",
    "themes",
    "partners",
    "funding",
    "website",
    "latitude",
    "longitude",
)

# A tile-grid cartogram of the twelve provinces: (column, row) of each tile.
MAP_TILES = {
    "friesland": (2, 0),
    "groningen": (3, 0),
    "noord-holland": (1, 1),
    "flevoland": (2, 1),
    "drenthe": (3, 1),
    "zuid-holland": (1, 2),
    "utrecht": (2, 2),
    "overijssel": (3, 2),
    "zeeland": (0, 3),
    "noord-brabant": (1, 3),
    "gelderland": (2, 3),
    "limburg": (2, 4),
}
MAP_SHORT_NAMES = {
    "noord-holland": "N-Holland",
    "zuid-holland": "Z-Holland",
    "noord-brabant": "N-Brabant",
}
TILE = 96
GAP = 6


def province_map(province_options):
    """Tiles for the SVG map: position, count and a shade from 0 (none) to 4 (most)."""
    most = max((option["count"] for option in province_options), default=0)
    tiles = []
    for option in province_options:
        column, row = MAP_TILES[option["slug"]]
        count = option["count"]
        shade = 0 if not count else 1 + round(3 * count / most) if most else 0
        tiles.append(
            {
                **option,
                "short_label": MAP_SHORT_NAMES.get(option["slug"], option["label"]),
                # Whole numbers: templates would write decimals with a Dutch comma.
                "x": column * (TILE + GAP),
                "y": row * (TILE + GAP),
                "cx": column * (TILE + GAP) + TILE // 2,
                "shade": min(shade, 4),
            }
        )
    return {"tiles": tiles, "size": TILE, "width": 4 * (TILE + GAP), "height": 5 * (TILE + GAP)}


class InitiativeSignup(models.Model):
    """Everything a group sent with the sign-up form, kept as it was typed."""

    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)
    name = models.CharField(_("naam van het initiatief"), max_length=120)
    place = models.CharField(_("gemeente"), max_length=80)
    province = models.CharField(_("provincie"), max_length=20, choices=PROVINCES)
    description = models.TextField(_("wat doen jullie"))
    methods = models.TextField(_("methodieken"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("naam contactpersoon"), max_length=120)
    contact_email = models.EmailField(_("e-mailadres contactpersoon"))
    page = models.ForeignKey(
        InitiativePage,
        verbose_name=_("conceptpagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notified = models.BooleanField(_("redactie gemaild"), default=False)

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.place})"
