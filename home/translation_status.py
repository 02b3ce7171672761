"""Which pages are translated, outdated or missing, per language: the editors' overview.

A translation is *outdated* when the Dutch page was published after wagtail-localize last read
it (its TranslationSource): the new text is not in the translation until someone syncs.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

TRANSLATED = "translated"
OUTDATED = "outdated"
UNPUBLISHED = "unpublished"
MISSING = "missing"

STATUS_LABELS = {
    TRANSLATED: _("Vertaald"),
    OUTDATED: _("Verouderd: Nederlandse tekst gewijzigd"),
    UNPUBLISHED: _("Vertaald, niet gepubliceerd"),
    MISSING: _("Ontbreekt"),
}


@dataclass
class Row:
    source: Page
    status: str
    translation: Page | None = None
    translation_source: TranslationSource | None = None
    translation_record: Translation | None = None

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    @property
    def translate_url(self):
        return reverse("wagtail_localize:submit_page_translation", args=[self.source.pk])

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.translation.pk])

    @property
    def sync_url(self):
        return reverse("wagtail_localize:update_translations", args=[self.translation_source.pk])

    @property
    def po_url(self):
        if self.translation_record is None:
            return None
        return reverse("wagtail_localize:download_pofile", args=[self.translation_record.pk])


def overview(target_locale, status=None):
    """One row per Dutch page (below the root) with the state of its `target_locale` version.
    Five queries, whatever the number of pages."""
    source_locale = Locale.get_default()
    sources = list(
        Page.objects.filter(locale=source_locale, depth__gt=1)
        .select_related("content_type")
        .order_by("path")
        .only(
            "id",
            "title",
            "path",
            "depth",
            "translation_key",
            "last_published_at",
            "live",
            "content_type",
        )
    )
    keys = [page.translation_key for page in sources]
    translations = {
        page.translation_key: page
        for page in Page.objects.filter(locale=target_locale, translation_key__in=keys).only(
            "id", "title", "translation_key", "live", "has_unpublished_changes"
        )
    }
    translation_sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    }
    records = {
        record.source_id: record
        for record in Translation.objects.filter(
            source__in=translation_sources.values(), target_locale=target_locale
        )
    }
    rows = []
    for page in sources:
        translation = translations.get(page.translation_key)
        source = translation_sources.get(page.translation_key)
        row = Row(
            source=page,
            status=MISSING,
            translation=translation,
            translation_source=source,
            translation_record=records.get(source.pk) if source else None,
        )
        if translation is not None:
            if (
                source is not None
                and page.last_published_at
                and page.last_published_at > source.last_updated_at
            ):
                row.status = OUTDATED
            elif not translation.live:
                row.status = UNPUBLISHED
            else:
                row.status = TRANSLATED
        if status is None or row.status == status:
            rows.append(row)
    return rows
