from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PublishingPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin, TranslatableMixin


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
