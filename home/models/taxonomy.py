"""Taxonomies shared by methods, initiatives and news: themes and target groups.

Both are translatable snippets that editors manage. Pages link to them; listings filter on the
translation key, so an English page that still links the Dutch theme filters and shows right.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home import versions
from home.localization import active_locale


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=80)
    slug = models.SlugField(
        _("korte naam in webadressen"),
        max_length=80,
        help_text=_("Kleine letters en streepjes, bijvoorbeeld ‘werk-en-inkomen’."),
    )
    description = models.TextField(
        _("omschrijving"),
        max_length=300,
        blank=True,
        help_text=_("Optioneel: één zin over wat onder dit onderwerp valt."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def names_in(cls, locale=None):
        """A function giving the sorted names, in the given locale (a Locale or its id;
        default: the active one), of terms linked in any language. The names come from the
        cache, or one query, however often the function is called; any change to a term
        (a site-wide change, `home.versions.GENERATION_KEY`) reads them again."""
        locale_id = getattr(locale, "pk", locale) or active_locale().pk
        names = versions.versioned(
            f"{versions.PREFIX}:names:{cls._meta.label_lower}:{locale_id}",
            [versions.GENERATION_KEY],
            lambda: {
                str(key): name
                for key, name in cls.objects.filter(locale_id=locale_id).values_list(
                    "translation_key", "name"
                )
            },
        )

        def names_of(terms):
            found = (names.get(str(term.translation_key)) for term in terms)
            return sorted(name for name in found if name is not None)

        return names_of


class Theme(Taxonomy):
    """A theme such as income, work, housing, care, education, debts or neighbourhood."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")
        ]


class TargetGroup(Taxonomy):
    """Who a method is for, such as people on benefits, young people or families with children."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_target_group_slug_per_locale"
            )
        ]
