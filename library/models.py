"""The knowledge library: documents with a description, kind and themes, the library page that
lists them with the recorded talks, and the talks themselves."""

from django import forms
from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.managers import TaggableManager
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.documents.models import DocumentQuerySet as WagtailDocumentQuerySet
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import DocumentBlock, DocumentStructValue, VideoBlock
from home.models import BasePage, Theme

# What kind of document it is. "stappenplan" is referenced by other apps (step plans).
DOCUMENT_KINDS = [
    ("werkboek", _("Werkboek")),
    ("stappenplan", _("Stappenplan")),
    ("handleiding", _("Handleiding")),
    ("standpunt", _("Position paper / standpunt")),
    ("verslag", _("Verslag van een bijeenkomst")),
    ("presentatie", _("Presentatie / slides")),
    ("onderzoek", _("Onderzoek")),
    ("overig", _("Overig")),
]
# The listing's kind filter also offers the recorded talks (pages, not documents).
TALK_KIND = "opname"
TALK_KIND_LABEL = _("Opname van een talk")

LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]

# Moderation (`library.moderation`): what a volunteer uploads waits for an editor.
APPROVED = "approved"
PENDING = "pending"
REJECTED = "rejected"
MODERATION_STATUSES = [
    (APPROVED, _("Goedgekeurd")),
    (PENDING, _("Wacht op goedkeuring")),
    (REJECTED, _("Afgewezen")),
]


class DocumentQuerySet(WagtailDocumentQuerySet):
    def approved(self):
        """The documents an editor has seen: the only ones visitors may find or open."""
        return self.filter(moderation_status=APPROVED)

    def pending(self):
        return self.filter(moderation_status=PENDING)


class Document(AbstractDocument):
    """A document in the library: the file with what a visitor needs to choose it."""

    # Wagtail's own Document model stays installed: give the inherited relations other
    # reverse names than its ones.
    uploaded_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geüpload door"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="library_documents",
    )
    uploaded_by_user.wagtail_reference_index_ignore = True
    tags = TaggableManager(
        help_text=None, blank=True, verbose_name=_("trefwoorden"), related_name="library_documents"
    )

    description = models.TextField(
        _("korte omschrijving"),
        max_length=600,
        blank=True,
        help_text=_(
            "Twee of drie zinnen: wat staat erin en voor wie is het? Staat in de bibliotheek "
            "en in zoekresultaten."
        ),
    )
    kind = models.CharField(
        _("soort document"),
        max_length=20,
        choices=DOCUMENT_KINDS,
        default="overig",
        help_text=_("Bezoekers van de bibliotheek filteren hierop."),
    )
    themes = models.ManyToManyField(
        Theme,
        verbose_name=_("thema's"),
        blank=True,
        related_name="+",
        help_text=_("Kies de Nederlandse thema's; de Engelse bibliotheek toont hun vertaling."),
    )
    date = models.DateField(
        _("datum"),
        default=timezone.localdate,
        help_text=_("Wanneer is het document verschenen? Het nieuwste staat bovenaan."),
    )
    language = models.CharField(
        _("taal"),
        max_length=2,
        choices=LANGUAGES,
        default="nl",
        help_text=_("In welke taal is het document geschreven?"),
    )

    # Not in the form: `library.forms.DocumentForm` sets it (a volunteer's upload or change
    # waits), `library.moderation` approves or rejects. Existing documents count as approved.
    moderation_status = models.CharField(
        _("status"),
        max_length=10,
        choices=MODERATION_STATUSES,
        default=APPROVED,
        editable=False,
        db_index=True,
    )
    moderated_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_by.wagtail_reference_index_ignore = True
    rejection_reason = models.TextField(_("reden van afwijzing"), blank=True, editable=False)

    objects = DocumentQuerySet.as_manager()

    admin_form_fields = (
        *WagtailDocument.admin_form_fields,
        "description",
        "kind",
        "themes",
        "date",
        "language",
    )

    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("language"),
        index.FilterField("date"),
        index.FilterField("moderation_status"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")

    @property
    def kind_label(self):
        return self.get_kind_display()

    @property
    def is_approved(self):
        return self.moderation_status == APPROVED


class LibraryIndexPage(RoutablePageMixin, BasePage):
    """Every public document and recorded talk, newest first, filtered by kind and theme."""

    introduction = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Een korte inleiding boven het overzicht."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["library.TalkPage"]
    # One per home page, so one per language.
    max_count_per_parent = 1

    PER_PAGE = 12

    class Meta:
        verbose_name = _("bibliotheek")
        verbose_name_plural = _("bibliotheken")

    def get_talks(self):
        return TalkPage.objects.live().public().child_of(self)

    def get_sitemap_urls(self, request=None):
        """The library and every public document's entry (one query)."""
        from .listing import public_documents

        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base:
            for document_id in public_documents().order_by("pk").values_list("pk", flat=True):
                path = self.reverse_subpage("document", kwargs={"document_id": document_id})
                urls.append({"location": base + path})
        return urls

    @path("", name="index")
    def index_route(self, request):
        from .listing import library_listing

        return self.render(request, context_overrides=library_listing(self, request))

    @path("document/<int:document_id>/", name="document")
    def document_route(self, request, document_id):
        from .listing import document_detail

        context = document_detail(self, request, document_id)
        if context is None:
            raise Http404(_("Dit document bestaat niet of is niet openbaar."))
        return self.render(
            request,
            template="library/document_detail.html",
            context_overrides=context,
        )


class TalkSpeaker(Orderable):
    """A speaker of a recorded talk, in the editors' order."""

    talk = ParentalKey("library.TalkPage", on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("naam"), max_length=120, help_text=_("Voor- en achternaam."))
    role = models.CharField(
        _("rol of organisatie"),
        max_length=160,
        blank=True,
        help_text=_("Bijvoorbeeld ‘ervaringsdeskundige, EDASU’ of ‘wethouder in Breda’."),
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("spreker")
        verbose_name_plural = _("sprekers")

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name


class TalkPage(BasePage):
    """A recorded talk (for example a Social Talk): video, speakers, summary and slides."""

    date = models.DateField(
        _("datum"),
        default=timezone.localdate,
        help_text=_("Wanneer werd de talk gehouden? De nieuwste staat bovenaan."),
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("thema's"), blank=True, related_name="+")
    video = StreamField(
        [("video", VideoBlock())],
        verbose_name=_("video"),
        blank=True,
        max_num=1,
        help_text=_(
            "De opname op YouTube of Vimeo. Die laadt pas als de bezoeker op afspelen klikt."
        ),
    )
    body = RichTextField(
        _("verslag"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        help_text=_("Optioneel: wat er gezegd werd, vragen uit de zaal, links om verder te lezen."),
    )
    slides = models.ForeignKey(
        "library.Document",
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optioneel: de presentatie als document (kies of upload een PDF)."),
    )

    override_translatable_fields = [SynchronizedField("date", overridable=False)]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel(
                    "summary",
                    help_text=_(
                        "Twee of drie zinnen: waar ging de talk over? Staat ook in de "
                        "bibliotheek en in zoekresultaten."
                    ),
                ),
                FieldPanel("date"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Kern"),
        ),
        InlinePanel(
            "speakers",
            label=_("Sprekers"),
            help_text=_("Wie spraken er? Sleep om de volgorde te wijzigen."),
        ),
        FieldPanel("video"),
        FieldPanel("slides"),
        FieldPanel("body"),
    ]
    promote_panels = BasePage.promote_panels_without_summary

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("speakers", [index.SearchField("name"), index.SearchField("role")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("opname van een talk")
        verbose_name_plural = _("opnames van talks")

    @property
    def card_meta(self):
        from django.utils.formats import date_format

        return f"{TALK_KIND_LABEL} · {date_format(self.date, 'j F Y')}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.theme_names = Theme.names_in(self.locale_id)(self.themes.all())
        context["library"] = self.get_parent().specific
        if self.slides is not None:
            block = DocumentBlock()
            context["slides_block"] = DocumentStructValue(
                block, [("document", self.slides), ("title", ""), ("description", "")]
            )
        return context
