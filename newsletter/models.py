"""The newsletter: subscribers (double opt-in), newsletter pages with a public archive, and the
delivery record of each mailing, so that a restarted sending never mails anyone twice."""

from datetime import timedelta

from django.core.paginator import Paginator
from django.db import IntegrityError, models, transaction
from django.db.models.functions import Lower
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from home import faults, limits
from home.models import BasePage

from .emails import (
    read_confirm_token,
    read_unsubscribe_token,
    render_newsletter,
    send_confirmation,
    unsubscribe_placeholder_url,
)
from .forms import LANGUAGES, SubscribeForm

# Subscribe attempts per visitor address per hour, and confirmation mails per e-mail address
# per day.
SUBSCRIBES_PER_HOUR = 10
CONFIRMATIONS_PER_DAY = 3


# Subscribers --------------------------------------------------------------------------------


class Subscriber(models.Model):
    """One e-mail address. Only confirmed addresses receive the newsletter."""

    class Status(models.TextChoices):
        PENDING = "pending", _("wacht op bevestiging")
        CONFIRMED = "confirmed", _("ingeschreven")
        UNSUBSCRIBED = "unsubscribed", _("afgemeld")

    email = models.EmailField(
        _("e-mailadres"), unique=True, help_text=_("Het adres waar de nieuwsbrief heen gaat.")
    )
    language = models.CharField(
        _("taal"),
        max_length=2,
        choices=LANGUAGES,
        default="nl",
        help_text=_("In welke taal ontvangt deze persoon de nieuwsbrief?"),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.PENDING,
        help_text=_("Alleen bevestigde adressen krijgen de nieuwsbrief."),
    )
    consent_at = models.DateTimeField(
        _("toestemming gegeven op"),
        null=True,
        blank=True,
        help_text=_("Wanneer gaf deze persoon toestemming? Leeg: nog geen toestemming."),
    )
    consent_source = models.CharField(
        _("bron van de toestemming"),
        max_length=200,
        blank=True,
        help_text=_("Waar kwam de toestemming vandaan, bijvoorbeeld ‘inschrijfformulier’."),
    )
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("abonnee")
        verbose_name_plural = _("abonnees")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="newsletter_subscriber_email_ci"),
        ]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalize_email(self.email)
        super().save(*args, **kwargs)

    def confirm(self, source=""):
        now = timezone.now()
        self.status = self.Status.CONFIRMED
        self.confirmed_at = now
        self.consent_at = now
        if source:
            self.consent_source = source
        self.unsubscribed_at = None
        self.save()

    def unsubscribe(self):
        if self.status != self.Status.UNSUBSCRIBED:
            self.status = self.Status.UNSUBSCRIBED
            self.unsubscribed_at = timezone.now()
            self.save(update_fields=["status", "unsubscribed_at"])

    @classmethod
    def sign_up(cls, email, language):
        """The subscribe form's step: the subscriber who must confirm by mail, or None when the
        address is already confirmed (nothing changes, nothing is revealed)."""
        email = normalize_email(email)
        try:
            with transaction.atomic():
                subscriber, created = cls.objects.get_or_create(
                    email=email,
                    defaults={"language": language, "consent_source": "inschrijfformulier"},
                )
        except IntegrityError:  # two requests at once: the other one created it
            subscriber, created = cls.objects.get(email=email), False
        if subscriber.status == cls.Status.CONFIRMED:
            return None
        if not created and subscriber.language != language:
            subscriber.language = language
            subscriber.save(update_fields=["language"])
        return subscriber

    @classmethod
    def from_confirm_token(cls, token):
        """The subscriber of a valid confirmation link; None when tampered with or expired."""
        found = read_confirm_token(token)
        return cls.objects.filter(pk=found[0], email=found[1]).first() if found else None

    @classmethod
    def from_unsubscribe_token(cls, token):
        found = read_unsubscribe_token(token)
        return cls.objects.filter(pk=found[0], email=found[1]).first() if found else None


def normalize_email(address):
    """Addresses are compared without regard to case: store them in lower case."""
    return (address or "").strip().lower()


# Pages --------------------------------------------------------------------------------------


class NewsletterIndexPage(RoutablePageMixin, BasePage):
    """The archive of sent newsletters with the subscribe form."""

    introduction = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Een korte inleiding boven het inschrijfformulier: wat staat erin, hoe vaak?"),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsletter.NewsletterPage"]
    max_count_per_parent = 1

    PER_PAGE = 12

    class Meta:
        verbose_name = _("nieuwsbriefarchief")
        verbose_name_plural = _("nieuwsbriefarchieven")

    def sent_newsletters(self):
        """The published newsletters of this archive that went out, newest first."""
        sent_keys = Mailing.objects.values("newsletter__translation_key")
        return (
            NewsletterPage.objects.live()
            .public()
            .child_of(self)
            .filter(translation_key__in=sent_keys)
            .order_by("-first_published_at")
        )

    @path("", name="index")
    def index_route(self, request):
        """The archive with the subscribe form. Whatever the address, the answer is the same:
        it never tells whether an address was already known."""
        initial = {"language": self.locale.language_code}
        if request.method != "POST":
            return self.render(request, context_overrides={"form": SubscribeForm(initial=initial)})
        form = SubscribeForm(request.POST)
        if wait := limits.over_limit(request, "newsletter-subscribe", f"{SUBSCRIBES_PER_HOUR}/h"):
            return limits.too_many_requests(request, wait)
        if form.is_spam:
            # Pretend all went well; nothing is stored or sent.
            form = SubscribeForm(initial=initial)
            return self.render(request, context_overrides={"form": form, "submitted": True})
        if not form.is_valid():
            return self.render(request, context_overrides={"form": form, "submitted": False})
        email = form.cleaned_data["email"]
        # At most a few confirmation mails per address a day, whoever asks: the form cannot be
        # used to flood someone's mailbox. The answer stays the same.
        with faults.saving("a newsletter subscription") as attempt:
            if not limits.over_limit(
                request,
                "newsletter-confirmation",
                f"{CONFIRMATIONS_PER_DAY}/d",
                value=normalize_email(email),
            ):
                subscriber = Subscriber.sign_up(email, form.cleaned_data["language"])
                if subscriber is not None:
                    send_confirmation(subscriber, self)
        if attempt.failed:
            # The same form, with what was typed, and the message at the top.
            return faults.unavailable(
                self.render(request, context_overrides={"form": form, "fault": attempt.message})
            )
        form = SubscribeForm(initial=initial)
        return self.render(request, context_overrides={"form": form, "submitted": True})

    @path("bevestigen/", name="confirm")
    def confirm_route(self, request):
        # The token goes in the query string: Wagtail's page paths allow no ':'.
        subscriber = Subscriber.from_confirm_token(request.GET.get("code", ""))
        if subscriber is not None and subscriber.status != Subscriber.Status.CONFIRMED:
            subscriber.confirm(source="inschrijfformulier (bevestigd via e-mail)")
        return self.render(
            request,
            template="newsletter/confirmed.html",
            context_overrides={"valid": subscriber is not None},
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.sent_newsletters(), self.PER_PAGE)
        context["newsletters"] = paginator.get_page(request.GET.get("pagina"))
        context["paginator"] = paginator
        return context


class NewsletterPage(BasePage):  # noqa: DJ008 - Page gives __str__
    """One newsletter: an introduction and a list of news items and meetings, in the editor's
    order. Its web version is a normal page; the e-mail is rendered from the same content."""

    subject = models.CharField(
        _("onderwerpregel"),
        max_length=150,
        blank=True,
        help_text=_("Het onderwerp van de e-mail. Laat leeg om de titel te gebruiken."),
    )
    introduction = models.TextField(
        _("introductie"),
        max_length=1500,
        blank=True,
        help_text=_("De openingswoorden van de nieuwsbrief, boven de berichten."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("subject"),
        FieldPanel("introduction"),
        MultipleChooserPanel(
            "items",
            chooser_field_name="item",
            heading=_("Berichten en bijeenkomsten"),
            label=_("Bericht of bijeenkomst"),
            help_text=_(
                "Staat al klaar: alles wat sinds de vorige nieuwsbrief verscheen. Sleep om de "
                "volgorde te veranderen, verwijder wat niet mee hoeft of voeg iets toe."
            ),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["newsletter.NewsletterIndexPage"]
    subpage_types = []

    preview_modes = [("", _("Webversie")), ("email", _("E-mail"))]

    class Meta:
        verbose_name = _("nieuwsbrief")
        verbose_name_plural = _("nieuwsbrieven")

    def get_subject(self):
        return self.subject or self.title

    def entries(self):
        """The chosen pages that visitors may see, in the editor's order, in this newsletter's
        language where they have a published translation."""
        pages = []
        for entry in self.items.select_related("item"):
            page = entry.item
            if page is None:
                continue
            if page.locale_id != self.locale_id:
                translated = page.get_translation_or_none(self.locale)
                if translated is not None and translated.live:
                    page = translated
            if page.live:
                pages.append(page.specific)
        return pages

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = self.entries()
        context["index"] = self.get_parent().specific
        return context

    def serve_preview(self, request, mode_name):
        if mode_name == "email":
            rendered = render_newsletter(self, self.locale.language_code)
            return HttpResponse(rendered.personal_html(unsubscribe_placeholder_url()))
        return super().serve_preview(request, mode_name)

    def source_newsletter(self):
        """The Dutch original: mailings are recorded against it, whatever language is edited."""
        if self.locale.language_code == "nl":
            return self
        source = self.get_translations().filter(locale__language_code="nl").first()
        return source.specific if source else self

    def in_language(self, language):
        """This newsletter in a subscriber's language: the published translation, else the
        Dutch original."""
        source = self.source_newsletter()
        if language != source.locale.language_code:
            translated = (
                NewsletterPage.objects.live()
                .filter(translation_key=source.translation_key, locale__language_code=language)
                .first()
            )
            if translated is not None:
                return translated
        return source

    @classmethod
    def proposed_items(cls, locale, since=None):
        """What the next newsletter proposes: news published since the previous sent newsletter
        (or the last 30 days), newest first, then the upcoming meetings published since then;
        nothing that a sent newsletter already carried."""
        from news.models import EventPage, NewsPage

        if since is None:
            last = Mailing.objects.order_by("-started_at").first()
            since = last.started_at if last else timezone.now() - timedelta(days=30)
        news = (
            NewsPage.objects.live()
            .public()
            .filter(locale=locale, first_published_at__gt=since)
            .order_by("-date", "-first_published_at")
        )
        events = (
            EventPage.objects.live()
            .public()
            .filter(locale=locale, first_published_at__gt=since, start__gte=timezone.now())
            .order_by("start")
        )
        # What a sent newsletter already carried is not proposed again.
        already = NewsletterItem.objects.filter(newsletter__mailing__isnull=False).values("item_id")
        return [*news.exclude(pk__in=already), *events.exclude(pk__in=already)]


class NewsletterItem(Orderable):
    """A news item or meeting in a newsletter."""

    newsletter = ParentalKey(NewsletterPage, on_delete=models.CASCADE, related_name="items")
    item = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("bericht of bijeenkomst"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Kies een nieuwsbericht of een bijeenkomst."),
    )

    panels = [PageChooserPanel("item", page_type=["news.NewsPage", "news.EventPage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("bericht in de nieuwsbrief")
        verbose_name_plural = _("berichten in de nieuwsbrief")


# Sending ------------------------------------------------------------------------------------


class Mailing(models.Model):
    """The sending of one newsletter (recorded on the Dutch original) to its subscribers."""

    newsletter = models.OneToOneField(
        NewsletterPage,
        verbose_name=_("nieuwsbrief"),
        on_delete=models.CASCADE,
        related_name="mailing",
    )
    started_at = models.DateTimeField(_("verzending gestart op"), default=timezone.now)
    started_by = models.ForeignKey(
        "auth.User",
        verbose_name=_("gestart door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    finished_at = models.DateTimeField(_("verzending klaar op"), null=True, blank=True)
    last_progress_at = models.DateTimeField(_("laatste voortgang"), null=True, blank=True)
    retry_at = models.DateTimeField(
        _("volgende poging om"),
        null=True,
        blank=True,
        help_text=_("Wanneer het versturen opnieuw wordt geprobeerd, als er nog iets wacht."),
    )
    server_error = models.TextField(
        _("foutmelding van de mailserver"),
        blank=True,
        help_text=_("Waarom de mailserver bij de laatste poging niets aannam."),
    )
    server_failures = models.PositiveIntegerField(_("mislukte pogingen achter elkaar"), default=0)

    class Meta:
        verbose_name = _("verzending")
        verbose_name_plural = _("verzendingen")

    def __str__(self):
        return str(self.newsletter)

    def counts(self):
        """Sent, failed, still to go (of which `deferred`: refused for now by the recipient's
        server, waiting for their next try) and the total."""
        found = dict(
            self.deliveries.values_list("status").annotate(n=models.Count("pk")).order_by()
        )
        deferred = self.deliveries.filter(
            status=Delivery.Status.QUEUED, retry_at__isnull=False
        ).count()
        return {
            "sent": found.get(Delivery.Status.SENT, 0),
            "failed": found.get(Delivery.Status.FAILED, 0),
            "to_go": found.get(Delivery.Status.QUEUED, 0) + found.get(Delivery.Status.SENDING, 0),
            "deferred": deferred,
            "total": sum(found.values()),
        }

    @property
    def is_finished(self):
        return self.finished_at is not None


class Delivery(models.Model):
    """Whether one subscriber got one newsletter. Unique per pair: nobody gets it twice."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("in de wachtrij")
        SENDING = "sending", _("wordt verzonden")
        SENT = "sent", _("verzonden")
        FAILED = "failed", _("mislukt")

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    batch = models.CharField(_("partij"), max_length=32, blank=True)
    error = models.TextField(_("foutmelding"), blank=True)
    sent_at = models.DateTimeField(_("verzonden op"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(
        _("tijdelijk geweigerd"),
        default=0,
        help_text=_("Hoe vaak de mailserver van de ontvanger zei: probeer het later nog eens."),
    )
    retry_at = models.DateTimeField(_("volgende poging om"), null=True, blank=True)

    class Meta:
        verbose_name = _("bezorging")
        verbose_name_plural = _("bezorgingen")
        constraints = [
            models.UniqueConstraint(
                fields=["mailing", "subscriber"], name="newsletter_one_delivery_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["mailing", "status"])]

    def __str__(self):
        return f"{self.mailing} → {self.subscriber}"
