"""News and the agenda: news items with RSS/Atom feeds, meetings with an .ics download."""

import secrets
from datetime import datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models.functions import Lower
from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import versions
from home.blocks import CommonStreamBlock
from home.cards import with_card_images
from home.facets import Facet, FacetedListing, Option
from home.localization import locale_of, visible_versions
from home.models import BasePage, HeroImageMixin, Theme

from . import ical
from .forms import NewsPageForm

# Meetings happen in the Netherlands: times are entered and shown in Dutch time, stored in UTC.
EVENT_TIMEZONE = ZoneInfo("Europe/Amsterdam")

EVENT_KINDS = [
    ("training", _("Scholingsbijeenkomst")),
    ("regional", _("Regionale bijeenkomst")),
    ("alliance_day", _("Alliantiedag")),
    ("national", _("Landelijke bijeenkomst")),
    ("project_visit", _("Projectbezoek")),
    ("online_talk", _("Online talk")),
]

AUDIENCES = [
    ("for_local_groups", _("Lokale groepen")),
    ("for_municipalities", _("Gemeenten")),
    ("for_organisations", _("Maatschappelijke organisaties")),
]


def _promote_panels():
    """Promote panels whose summary may stay empty: the introduction fills it."""
    return [
        MultiFieldPanel(
            [
                FieldPanel("teaser_title"),
                FieldPanel("teaser_image"),
                FieldPanel(
                    "summary",
                    help_text=_(
                        "Eén of twee zinnen voor kaarten en zoekresultaten. Laat leeg om het "
                        "begin van de introductie te gebruiken."
                    ),
                ),
            ],
            heading=_("In overzichten en zoekresultaten"),
        ),
        *Page.promote_panels,
    ]


class IntroductionMixin(models.Model):
    """A lead paragraph that also fills an empty summary for cards and search results."""

    introduction = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Twee of drie zinnen die groter boven de tekst staan: waar gaat het over?"),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if not self.summary.strip() and self.introduction.strip():
            self.summary = Truncator(" ".join(self.introduction.split())).chars(300)


# News ---------------------------------------------------------------------------------------


class NewsIndexPage(RoutablePageMixin, BasePage):
    """All news, newest first, with a theme filter and RSS and Atom feeds."""

    introduction = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Een korte inleiding boven het overzicht."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    # One per home page, so one per language.
    max_count_per_parent = 1

    PER_PAGE = 12
    FEED_ITEMS = 20
    ORDER = (models.F("date").desc(), models.F("first_published_at").desc(nulls_last=True))

    class Meta:
        verbose_name = _("nieuwsoverzicht")
        verbose_name_plural = _("nieuwsoverzichten")

    def get_news(self):
        return NewsPage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        facets = FacetedListing(
            self.get_news(),
            [
                Facet(
                    name="themes",
                    parameter="thema",
                    lookup="themes__translation_key",
                    label=_("Thema"),
                    options=[
                        Option(value=t.translation_key, slug=t.slug, label=t.name, item=t)
                        for t in Theme.objects.filter(locale_id=self.locale_id)
                    ],
                )
            ],
            request.GET,
            order_by=self.ORDER,
            cache_for=self,
        )
        paginator = Paginator(facets.matching_ids(), self.PER_PAGE)
        page_of_news = paginator.get_page(request.GET.get("pagina"))
        # Fetch only this page's items, keeping the sorted order of their ids.
        found = NewsPage.objects.in_bulk(page_of_news.object_list)
        page_of_news.object_list = with_card_images([found[pk] for pk in page_of_news.object_list])
        for item in page_of_news.object_list:
            item.theme_names = facets.labels_of(item.pk, "themes")
        context.update(
            news_items=page_of_news,
            paginator=paginator,
            is_filtered=facets.is_filtered,
            theme_facets=facets.options("themes"),
        )
        return context

    def feed_items(self):
        return list(
            self.get_news()
            .order_by(*self.ORDER)
            .select_related("locale")
            .prefetch_related("themes")[: self.FEED_ITEMS]
        )

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(IntroductionMixin, HeroImageMixin, BasePage):  # noqa: DJ008 - Page gives __str__
    """One news item."""

    date = models.DateField(
        _("datum"),
        default=timezone.localdate,
        help_text=_("De datum van het bericht. Het nieuwste bericht staat bovenaan."),
    )
    author = models.CharField(
        _("auteur"),
        max_length=120,
        blank=True,
        help_text=_("Wie schreef het? Bijvoorbeeld ‘Redactie Sociale Alliantie’."),
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("thema's"), blank=True, related_name="+")
    body = StreamField(
        CommonStreamBlock(),
        verbose_name=_("tekst"),
        blank=True,
        help_text=_("Het bericht zelf, opgebouwd uit blokken: tekst, tussenkop, foto, citaat."),
    )
    related_methods = ParentalManyToManyField(
        "methods.MethodPage",
        verbose_name=_("methodieken"),
        blank=True,
        related_name="+",
        help_text=_("Over welke methodieken gaat dit bericht? Ze staan onder het bericht."),
    )
    related_initiatives = ParentalManyToManyField(
        "initiatives.InitiativePage",
        verbose_name=_("initiatieven"),
        blank=True,
        related_name="+",
        help_text=_("Over welke initiatieven gaat dit bericht? Ze staan onder het bericht."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("author")]),
                FieldPanel("introduction"),
                HeroImageMixin.hero_image_panel,
            ],
            heading=_("Kern"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("related_methods", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_initiatives", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Lees verder"),
        ),
    ]
    promote_panels = _promote_panels()

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("author"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    override_translatable_fields = [SynchronizedField("date", overridable=False)]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    base_form_class = NewsPageForm

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")
        # The newest news first (home page, listings, feeds) without sorting every item.
        indexes = [models.Index(fields=["date"], name="news_newspage_date")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_pages"] = self.related_pages()
        return context

    @property
    def card_meta(self):
        return date_format(self.date, "j F Y")

    @cached_property
    def theme_names(self):
        return Theme.names_in(self.locale_id)(self.themes.all())

    def related_pages(self):
        """The linked methods and initiatives that visitors may see, in their language."""
        pages = [*self.related_methods.all(), *self.related_initiatives.all()]
        return [page for page in visible_versions(pages, specific=True) if page is not None]

    @property
    def published_at(self):
        """The news date as an aware datetime (start of the day, Dutch time), for feeds."""
        return datetime.combine(self.date, time(), tzinfo=EVENT_TIMEZONE)


# Agenda -------------------------------------------------------------------------------------


def _holds_until_one_ends(events):
    """A list of upcoming meetings holds until the first of them ends (`home.versions`)."""
    if events:
        versions.expire_at(min(event.end for event in events))


class EventIndexPage(RoutablePageMixin, BasePage):
    """The agenda: upcoming meetings (soonest first) and past ones (most recent first)."""

    introduction = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Een korte inleiding boven de agenda."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage"]
    max_count_per_parent = 1

    PER_PAGE = 12

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agenda's")

    def get_events(self):
        return EventPage.objects.live().public().child_of(self)

    def upcoming_events(self, now=None):
        """Meetings that have not ended yet, soonest first."""
        return self.get_events().filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past_events(self, now=None):
        return self.get_events().filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        paginator = Paginator(self.past_events(now), self.PER_PAGE)
        past = paginator.get_page(request.GET.get("pagina"))
        past.object_list = list(past.object_list)
        upcoming = list(self.upcoming_events(now))
        _holds_until_one_ends(upcoming)
        with_card_images([*upcoming, *past.object_list])
        context.update(
            upcoming=upcoming,
            past=past,
            paginator=paginator,
        )
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        """All upcoming meetings as one calendar file."""
        events = list(self.upcoming_events())
        _holds_until_one_ends(events)
        return _ics_response(
            request, [event.vevent(request) for event in events], self.slug, name=self.title
        )


class EventPage(IntroductionMixin, RoutablePageMixin, HeroImageMixin, BasePage):  # noqa: DJ008
    """One meeting: a training, regional meeting, Alliantiedag, project visit or online talk."""

    kind = models.CharField(
        _("soort bijeenkomst"), max_length=20, choices=EVENT_KINDS, default="regional"
    )
    start = models.DateTimeField(
        _("begin"), help_text=_("Datum en tijd waarop de bijeenkomst begint, in Nederlandse tijd.")
    )
    end = models.DateTimeField(
        _("einde"), help_text=_("Datum en tijd waarop de bijeenkomst afloopt, in Nederlandse tijd.")
    )
    venue = models.CharField(
        _("locatie"),
        max_length=120,
        blank=True,
        help_text=_("Naam van het gebouw, bijvoorbeeld ‘Pauluskerk’."),
    )
    address = models.CharField(
        _("adres"),
        max_length=200,
        blank=True,
        help_text=_("Straat en huisnummer, bijvoorbeeld ‘Mauritsweg 20’."),
    )
    place = models.CharField(
        _("plaats"),
        max_length=80,
        blank=True,
        help_text=_("De plaats waar de bijeenkomst is. Vul een plaats of een online link in."),
    )
    online_url = models.URLField(
        _("link voor online deelname"),
        blank=True,
        help_text=_("Bijvoorbeeld de link naar de videovergadering. Vul een plaats of link in."),
    )
    for_local_groups = models.BooleanField(_("lokale groepen"), default=False)
    for_municipalities = models.BooleanField(_("gemeenten"), default=False)
    for_organisations = models.BooleanField(_("maatschappelijke organisaties"), default=False)
    registration = models.TextField(
        _("aanmelden"),
        max_length=600,
        blank=True,
        help_text=_(
            "Hoe meld je je aan? Bijvoorbeeld ‘Aanmelden kan tot 1 oktober. Deelname is "
            "gratis.’ Laat leeg als aanmelden niet nodig is."
        ),
    )
    registration_url = models.URLField(
        _("link om je aan te melden"),
        blank=True,
        help_text=_("Het webadres van een aanmeldformulier, als dat er is."),
    )
    registration_email = models.EmailField(
        _("e-mailadres om je aan te melden"),
        blank=True,
        help_text=_("Of: het e-mailadres waar bezoekers zich aanmelden."),
    )
    registration_form = models.BooleanField(
        _("aanmelden via deze site"),
        default=False,
        help_text=_(
            "Bezoekers melden zich aan met een formulier op deze pagina en krijgen een "
            "bevestiging per e-mail. De aanmeldingen staan in het beheer onder ‘Aanmeldingen’."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"),
        null=True,
        blank=True,
        help_text=_("Hoeveel mensen kunnen er komen? Laat leeg als er geen grens is."),
    )
    waiting_list = models.BooleanField(
        _("wachtlijst"),
        default=True,
        help_text=_(
            "Als de bijeenkomst vol is, komen nieuwe aanmeldingen op een wachtlijst. Meldt "
            "iemand zich af, dan krijgt de eerste op de wachtlijst de plaats en een e-mail."
        ),
    )
    registration_closes_at = models.DateTimeField(
        _("aanmelden kan tot"),
        null=True,
        blank=True,
        help_text=_(
            "Datum en tijd waarop het formulier sluit, in Nederlandse tijd. Laat leeg om "
            "aanmelden mogelijk te houden tot het begin van de bijeenkomst."
        ),
    )
    body = StreamField(
        CommonStreamBlock(),
        verbose_name=_("programma en meer"),
        blank=True,
        help_text=_("Het programma, de sprekers en wat je verder moet weten."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("introduction"),
                HeroImageMixin.hero_image_panel,
            ],
            heading=_("Kern"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("venue"), FieldPanel("address"), FieldPanel("place")]),
                FieldPanel("online_url"),
            ],
            heading=_("Waar"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("for_local_groups"),
                FieldPanel("for_municipalities"),
                FieldPanel("for_organisations"),
            ],
            heading=_("Voor wie"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldRowPanel([FieldPanel("registration_url"), FieldPanel("registration_email")]),
                FieldPanel("registration_form"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_closes_at")]),
                FieldPanel("waiting_list"),
            ],
            heading=_("Aanmelden"),
        ),
        FieldPanel("body"),
    ]
    promote_panels = _promote_panels()

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("venue"),
        index.SearchField("place"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    # Times, kind and registration details are the same in every language.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in [
            "kind",
            "start",
            "end",
            "online_url",
            "for_local_groups",
            "for_municipalities",
            "for_organisations",
            "registration_url",
            "registration_email",
            "registration_form",
            "capacity",
            "waiting_list",
            "registration_closes_at",
        ]
    ]
    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        # The next meetings (home page, agenda: those not over yet) and the past ones without
        # reading every meeting.
        indexes = [
            models.Index(fields=["start"], name="news_eventpage_start"),
            models.Index(fields=["end"], name="news_eventpage_end"),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _(
                "Het einde moet na het begin liggen. Controleer de datum en de tijd van het einde."
            )
        self.place = " ".join(self.place.split())
        if not self.place and not self.online_url:
            message = _("Vul een plaats in, of een link voor online deelname.")
            errors["place"] = message
            errors["online_url"] = message
        if self.registration_closes_at and self.end and self.registration_closes_at > self.end:
            errors["registration_closes_at"] = _(
                "Aanmelden moet sluiten voordat de bijeenkomst afloopt. Kies een eerder moment."
            )
        if self.capacity == 0:
            errors["capacity"] = _(
                "Vul minstens 1 plaats in, of laat het veld leeg als er geen grens is."
            )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = self.json_ld(request)
        if self.registration_form:
            context["seats"] = self.seats()
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        """This meeting as a calendar file, to add to one's own agenda."""
        return _ics_response(request, [self.vevent(request)], self.slug)

    @path("aanmelden/", name="register")
    def register(self, request):
        from .views import register

        return register(request, self)

    @path("aanmelden/bedankt/", name="registered")
    def registered(self, request):
        from .views import registered

        return registered(request, self)

    @path("afmelden/<str:token>/", name="cancel_registration")
    def cancel_registration(self, request, token):
        from .views import cancel

        return cancel(request, self, token)

    # On-site registration ----------------------------------------------------------------

    @cached_property
    def registration_event(self):
        """The meeting that registrations belong to: the original of its translations, so that
        the Dutch and English pages share one list and one capacity."""
        if not self.pk:
            return self
        original = (
            EventPage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
        )
        return original or self

    @property
    def registration_deadline(self):
        return self.registration_closes_at or self.start

    def registration_is_open(self, now=None):
        is_open = self.registration_form and (now or timezone.now()) < self.registration_deadline
        if is_open:
            versions.expire_at(self.registration_deadline)  # a cached page closes it in time
        return is_open

    def seats(self):
        """Counts for the page and the admin, in one query whatever the number of registrants."""
        event = self.registration_event
        counts = event.registrations.aggregate(
            confirmed=models.Count("pk", filter=models.Q(status=Registration.Status.CONFIRMED)),
            waiting=models.Count("pk", filter=models.Q(status=Registration.Status.WAITING)),
        )
        capacity = event.capacity
        left = None if capacity is None else max(capacity - counts["confirmed"], 0)
        return {
            **counts,
            "capacity": capacity,
            "left": left,
            "full": left == 0,
            "waiting_list": event.waiting_list,
            "open": event.registration_is_open(),
            "deadline": timezone.localtime(event.registration_deadline, EVENT_TIMEZONE),
        }

    # Display ------------------------------------------------------------------------------

    @property
    def local_start(self):
        return timezone.localtime(self.start, EVENT_TIMEZONE)

    @property
    def local_end(self):
        return timezone.localtime(self.end, EVENT_TIMEZONE)

    @property
    def same_day(self):
        return self.local_start.date() == self.local_end.date()

    @property
    def is_past(self):
        if self.end < timezone.now():
            return True
        versions.expire_at(self.end)  # a cached page that shows it as coming holds until then
        return False

    @property
    def audiences(self):
        return [label for field, label in AUDIENCES if getattr(self, field)]

    @property
    def location_line(self):
        """Where, in one line: venue, address, place; or ‘Online’."""
        parts = [part for part in (self.venue, self.address, self.place) if part]
        return ", ".join(parts) if parts else str(_("Online"))

    @property
    def card_meta(self):
        when = date_format(self.local_start, "j F Y")
        return f"{self.get_kind_display()} · {when} · {self.place or _('Online')}"

    # Calendar and structured data ----------------------------------------------------------

    @property
    def ics_location(self):
        parts = [part for part in (self.venue, self.address, self.place) if part]
        return ", ".join(parts) or self.online_url

    @property
    def ics_description(self):
        lines = [self.introduction or self.summary]
        if self.online_url and self.place:
            lines.append(f"{_('Online deelnemen')}: {self.online_url}")
        if self.registration:
            lines.append(f"{_('Aanmelden')}: {self.registration}")
        lines += [value for value in (self.registration_url, self.registration_email) if value]
        return "\n\n".join(line for line in lines if line)

    def vevent(self, request=None):
        """One VEVENT. Without a request (an e-mail attachment), the site's own address."""
        if request is not None:
            host = request.get_host().split(":")[0]
            url = request.build_absolute_uri(self.get_url(request))
        else:
            url = self.get_full_url()
            host = urlsplit(url).hostname or "localhost"
        return ical.event(
            self, uid=f"{self.translation_key}@{host}", url=url, stamp=self.last_published_at
        )

    def json_ld(self, request=None):
        """schema.org Event (written out by the template's `json_ld_script` filter)."""
        url = request.build_absolute_uri(self.get_url(request)) if request else self.get_full_url()
        if self.place and self.online_url:
            mode = "MixedEventAttendanceMode"
        elif self.place:
            mode = "OfflineEventAttendanceMode"
        else:
            mode = "OnlineEventAttendanceMode"
        locations = []
        if self.place:
            locations.append(
                {
                    "@type": "Place",
                    "name": self.venue or self.place,
                    "address": {
                        "@type": "PostalAddress",
                        "streetAddress": self.address,
                        "addressLocality": self.place,
                        "addressCountry": "NL",
                    },
                }
            )
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.introduction or self.summary,
            "startDate": self.local_start.isoformat(),
            "endDate": self.local_end.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": locations[0] if len(locations) == 1 else locations,
            "inLanguage": locale_of(self).language_code,
            "url": url,
            "organizer": {"@type": "Organization", "name": "Sociale Alliantie"},
        }
        if hero := self.hero_image_with_renditions:
            spec = "fill-1200x800|format-jpeg"
            image_url = hero.get_renditions(spec)[spec].url
            data["image"] = request.build_absolute_uri(image_url) if request else image_url
        return data


def _ics_response(request, vevents, slug, name=""):
    response = HttpResponse(
        ical.calendar(vevents, name=name), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{slug}.ics"'
    return response


# Registrations ------------------------------------------------------------------------------


def _cancel_token():
    return secrets.token_urlsafe(24)


def retention_days():
    """Days that registrants' personal data is kept after a meeting ends."""
    return getattr(settings, "KENNISBANK_REGISTRATION_RETENTION_DAYS", 30)


class Registration(models.Model):
    """Someone who registered for a meeting through the form on the site."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("aangemeld")
        WAITING = "waiting", _("wachtlijst")
        CANCELLED = "cancelled", pgettext_lazy("meeting registration", "afgemeld")

    event = models.ForeignKey(
        EventPage,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("bijeenkomst"),
        help_text=_("De bijeenkomst waarvoor iemand zich aanmeldt."),
    )
    name = models.CharField(_("naam"), max_length=120, help_text=_("Voor- en achternaam."))
    email = models.EmailField(
        _("e-mailadres"), help_text=_("Hier komen de bevestiging en eventuele wijzigingen.")
    )
    organisation = models.CharField(
        _("organisatie"),
        max_length=160,
        blank=True,
        help_text=_("De lokale groep, gemeente of organisatie waarvoor iemand komt."),
    )
    remarks = models.TextField(
        _("opmerkingen"),
        max_length=1000,
        blank=True,
        help_text=_("Bijvoorbeeld over een dieet, toegankelijkheid of een vraag vooraf."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.CONFIRMED,
        help_text=_("Aangemeld, op de wachtlijst of afgemeld."),
    )
    language = models.CharField(
        _("taal"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="nl",
        help_text=_("De taal van de e-mails aan deze persoon."),
    )
    created_at = models.DateTimeField(
        _("aangemeld op"), default=timezone.now, help_text=_("Wanneer iemand zich aanmeldde.")
    )
    cancelled_at = models.DateTimeField(
        pgettext_lazy("meeting registration", "afgemeld op"),
        null=True,
        blank=True,
        help_text=_("Wanneer iemand zich afmeldde."),
    )
    promoted_at = models.DateTimeField(
        _("van de wachtlijst op"),
        null=True,
        blank=True,
        help_text=_("Wanneer iemand van de wachtlijst een plaats kreeg."),
    )
    mail_sent_at = models.DateTimeField(
        _("e-mail verstuurd op"),
        null=True,
        blank=True,
        help_text=_("Leeg als de laatste e-mail niet verstuurd kon worden."),
    )
    cancel_token = models.CharField(  # noqa: DJ001 - NULL after erasing: unique, unlike ""
        _("afmeldcode"),
        max_length=64,
        unique=True,
        null=True,
        default=_cancel_token,
        editable=False,
        help_text=_("Het geheime deel van de afmeldlink in de e-mail."),
    )
    anonymised_at = models.DateTimeField(
        _("persoonsgegevens gewist op"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Na de bewaartermijn blijven alleen de status en de datum over."),
    )

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                "event",
                Lower("email"),
                condition=~models.Q(email=""),
                name="news_registration_one_per_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        return self.name or str(_("(gewist)"))

    @property
    def mail_sent(self):
        return self.mail_sent_at is not None

    @property
    def retention_ends(self):
        return self.event.end + timedelta(days=retention_days())
