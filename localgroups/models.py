"""Local groups: one Django group per initiative, the invitations that bring volunteers into
it, and the experiences (ervaringen) that volunteers add to method pages.

Who may do what is plain Wagtail permission data (group page and collection permissions,
kept in step by `localgroups.roles`); moderation is a Wagtail workflow. Nothing here decides
access by itself except `ExperiencePage.permissions_for_user`, which lets every member of an
initiative's group edit that initiative's experiences, not only the member who wrote them.
"""

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PagePermissionTester
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import ImageBlock
from home.models import BasePage

from .forms import ExperiencePageForm

# What volunteers can use in their texts: no headings, no embeds, no raw HTML.
VOLUNTEER_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class LocalGroup(models.Model):
    """The Django group and upload collection of one initiative (its Dutch source page)."""

    initiative = models.OneToOneField(
        "initiatives.InitiativePage",
        verbose_name=_("initiatief"),
        on_delete=models.CASCADE,
        related_name="local_group",
    )
    group = models.OneToOneField(
        Group, verbose_name=_("groep"), on_delete=models.CASCADE, related_name="local_group"
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("map voor foto's en documenten"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    active = models.BooleanField(
        _("actief"),
        default=True,
        help_text=_("Een gestopt initiatief heeft geen schrijfrechten meer."),
    )

    class Meta:
        verbose_name = _("lokale groep")
        verbose_name_plural = _("lokale groepen")
        ordering = ["group__name"]

    def __str__(self):
        return self.group.name

    @property
    def members(self):
        return self.group.user_set.filter(is_active=True).order_by("first_name", "email")


class Invitation(models.Model):
    """An invitation to join a local group, pending until the invitee opens the mailed link.

    The link holds a random token of which only a hash is stored; it works once and until
    `expires_at`. Only then does an account join the group: a new one made through the link,
    or the logged-in account whose e-mail address is the invited one (see
    `localgroups.invitations`). `user` is the account that accepted."""

    email = models.EmailField(_("e-mailadres"))
    name = models.CharField(_("naam"), max_length=120, blank=True)
    local_group = models.ForeignKey(
        LocalGroup,
        verbose_name=_("lokale groep"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uitgenodigd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("verstuurd op"), default=timezone.now)
    accepted_at = models.DateTimeField(_("geaccepteerd op"), null=True, blank=True)
    token_hash = models.CharField(max_length=64, blank=True, editable=False, db_index=True)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} ({self.local_group})"

    @property
    def expires_at(self):
        return self.created_at + timezone.timedelta(seconds=settings.KENNISBANK_INVITATION_TIMEOUT)

    @property
    def status(self):
        if self.accepted_at:
            return _("geaccepteerd")
        if timezone.now() > self.expires_at:
            return _("verlopen")
        return _("wacht op antwoord")


class EmailChange(models.Model):
    """A new e-mail address for an account, waiting until the link mailed to it is opened.

    Until then the account keeps its old address (see `localgroups.account`): an address
    counts only once its mailbox has answered, because invitations trust it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    email = models.EmailField(_("nieuw e-mailadres"))
    token_hash = models.CharField(max_length=64, editable=False, db_index=True)
    created_at = models.DateTimeField(_("aangevraagd op"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("wijziging van e-mailadres")
        verbose_name_plural = _("wijzigingen van e-mailadres")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.user} → {self.email}"

    @property
    def expires_at(self):
        return self.created_at + timezone.timedelta(
            seconds=settings.KENNISBANK_EMAIL_CONFIRMATION_TIMEOUT
        )


class ExperiencePermissionTester(PagePermissionTester):
    """Members of the initiative's group may edit its experiences, whoever wrote them.

    Adding "change" is all: publishing still needs the publish permission that local groups
    never have, so their edits go through the moderation workflow like every other change."""

    def __init__(self, user, page):
        from .roles import member_initiative_ids

        super().__init__(user, page)
        initiative_id = getattr(page, "initiative_id", None)
        if (
            initiative_id
            and user.is_active
            and not user.is_superuser
            and "change" not in self.permissions
            and initiative_id in member_initiative_ids(user)
        ):
            self.permissions = self.permissions | {"change"}


class ExperiencePage(BasePage):
    """What a local group did with a method: shown on the method page and on the initiative."""

    initiative = models.ForeignKey(
        "initiatives.InitiativePage",
        verbose_name=_("initiatief"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="experiences",
        help_text=_("Van welk initiatief komt deze ervaring? Wordt ingevuld vanuit je groep."),
    )
    date = models.DateField(
        _("datum"),
        default=timezone.localdate,
        help_text=_("Wanneer gebeurde het? Bijvoorbeeld de dag van de activiteit."),
    )
    what_we_did = RichTextField(
        _("wat hebben jullie gedaan?"),
        features=VOLUNTEER_TEXT_FEATURES,
        help_text=_("Vertel in een paar zinnen wat jullie deden, met wie en voor wie."),
    )
    what_worked = RichTextField(
        _("wat werkte goed?"),
        features=VOLUNTEER_TEXT_FEATURES,
        blank=True,
        help_text=_("Wat zou je een andere groep zeker aanraden?"),
    )
    points_of_attention = RichTextField(
        _("wat werkte niet? (aandachtspunten)"),
        features=VOLUNTEER_TEXT_FEATURES,
        blank=True,
        help_text=_("Waar liepen jullie tegenaan? Wat zou je de volgende keer anders doen?"),
    )
    photos = StreamField(
        [("photo", ImageBlock())],
        verbose_name=_("foto's"),
        blank=True,
        help_text=_("Foto's van de activiteit. Beschrijf bij elke foto wat erop staat."),
    )
    contact_name = models.CharField(
        _("contactpersoon"),
        max_length=120,
        blank=True,
        help_text=_("Wie mogen andere groepen bellen of mailen met vragen?"),
    )
    contact_email = models.EmailField(_("e-mailadres van de contactpersoon"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("initiative", widget=forms.Select), FieldPanel("date")]),
        FieldPanel("summary"),
        FieldPanel("what_we_did"),
        FieldPanel("what_worked"),
        FieldPanel("points_of_attention"),
        FieldPanel("photos"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")])],
            heading=_("Contact"),
        ),
    ]
    promote_panels = BasePage.promote_panels_without_summary

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("what_we_did"),
        index.SearchField("what_worked"),
        index.SearchField("points_of_attention"),
        index.FilterField("initiative"),
        index.RelatedFields("initiative", [index.SearchField("title")]),
    ]

    override_translatable_fields = [
        SynchronizedField("date", overridable=False),
        SynchronizedField("initiative", overridable=False),
        SynchronizedField("contact_email", overridable=False),
    ]

    base_form_class = ExperiencePageForm
    parent_page_types = ["methods.MethodPage", "initiatives.InitiativePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("ervaring")
        verbose_name_plural = _("ervaringen")

    def clean(self):
        super().clean()
        if self.initiative_id is None:
            raise ValidationError(
                {"initiative": _("Kies het initiatief waar deze ervaring vandaan komt.")}
            )

    def permissions_for_user(self, user):
        return ExperiencePermissionTester(user, self)

    @property
    def card_meta(self):
        parts = [str(self.initiative.title) if self.initiative else "", self.date.strftime("%Y")]
        return " · ".join(part for part in parts if part)

    @property
    def card_image(self):
        if self.teaser_image:
            return self.teaser_image
        first = next(iter(self.photos), None)
        return first.value["image"] if first else None

    @property
    def gallery(self):
        """The photos in the shape of the common photo gallery block."""
        return {"heading": _("Foto's"), "photos": [block.value for block in self.photos]}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        initiative = self.initiative
        if initiative is not None:
            # The initiative in the reader's language when it is translated and live.
            initiative = initiative.get_translation_or_none(self.locale) or initiative
            if not initiative.live:
                initiative = None
        context.update(initiative=initiative, method=self.method)
        return context

    @property
    def method(self):
        """The method page this experience belongs to, when it was added under one."""
        parent = self.get_parent()
        return (
            parent.specific if parent and parent.specific_class.__name__ == "MethodPage" else None
        )
