"""Translation as an editorial workflow: translate, change the source, sync, and the editors'
overview of what is translated, outdated or missing."""

import datetime

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home import translation_status
from methods.models import MethodIndexPage, MethodPage

ENGLISH = {
    "Ruilen in de wijk": "Swapping in the neighbourhood",
    "Ruilen zonder geld.": "Swapping without money.",
    "Begin met vijf buren.": "Start with five neighbours.",
}


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("hoofdredacteur", "hr@example.org", "x")
    client.force_login(user)
    return client


@pytest.fixture
def method(db):
    index = MethodIndexPage.objects.get(locale__language_code="nl")
    page = MethodPage(
        title="Ruilen in de wijk",
        slug="ruilen-in-de-wijk",
        summary="Ruilen zonder geld.",
        last_reviewed=datetime.date(2025, 1, 1),
        body=[("guide", {"title": "Korte handreiking", "text": "<p>Begin met vijf buren.</p>"})],
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate_segments(page, locale, capture):
    """Translate the known segments and publish, as the translation editor's Publish does
    (wagtail-localize publishes once the transaction commits)."""
    source = TranslationSource.objects.get_for_instance(page)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        english = ENGLISH.get(segment.string.data)
        if english:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": english},
            )
    with capture(execute=True):
        Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)


def test_translate_change_source_and_sync(
    editor_client, method, locale_en, django_capture_on_commit_callbacks
):
    # An editor submits the page for translation and translates it.
    response = editor_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[method.pk]),
        {"locales": [locale_en.pk]},
    )
    assert response.status_code == 302
    translate_segments(method, locale_en, django_capture_on_commit_callbacks)
    english = method.get_translation(locale_en).specific
    html = editor_client.get(english.url).content.decode()
    assert "Swapping in the neighbourhood" in html and "Start with five neighbours." in html
    assert row_for(method, locale_en).status == translation_status.TRANSLATED

    # The Dutch page changes: a step is added and the review date moves.
    method.body.append(("guide", {"title": "Tweede stap", "text": "<p>Daarna de buurt.</p>"}))
    method.last_reviewed = datetime.date(2026, 6, 1)
    method.save_revision().publish()
    assert row_for(method, locale_en).status == translation_status.OUTDATED

    # Sync: translated segments stay, the new block arrives (in Dutch until translated), and
    # the synchronised date follows the source.
    source = TranslationSource.objects.get_for_instance(method)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    english = Page.objects.get(pk=english.pk).specific
    assert english.title == "Swapping in the neighbourhood"
    assert [block.value["text"].source for block in english.body] == [
        "<p>Start with five neighbours.</p>",
        "<p>Daarna de buurt.</p>",
    ]
    assert english.last_reviewed == datetime.date(2026, 6, 1)
    assert row_for(method, locale_en).status == translation_status.TRANSLATED


def test_sync_after_the_source_lost_a_block_keeps_the_translation(
    editor_client, method, locale_en, django_capture_on_commit_callbacks
):
    editor_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[method.pk]),
        {"locales": [locale_en.pk]},
    )
    translate_segments(method, locale_en, django_capture_on_commit_callbacks)
    method.body = []
    method.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(method)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    english = method.get_translation(locale_en).specific
    assert english.title == "Swapping in the neighbourhood"  # translated text is kept
    assert list(english.body) == []
    # The translation of the removed block stays in the translation memory.
    assert StringTranslation.objects.filter(data="Start with five neighbours.").exists()


def test_translating_a_page_whose_parent_is_not_translated(editor_client, locale_en):
    """wagtail-localize creates the missing parents along (documented behaviour); no 500."""
    experience = Page.objects.get(
        slug="onze-eerste-grote-cateringopdracht", locale__language_code="nl"
    )
    parent = experience.get_parent()
    assert parent.get_translation_or_none(locale_en) is None
    response = editor_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[experience.pk]),
        {"locales": [locale_en.pk]},
    )
    assert response.status_code == 302
    assert experience.get_translation_or_none(locale_en) is not None
    assert parent.get_translation_or_none(locale_en) is not None


def row_for(page, locale):
    return next(row for row in translation_status.overview(locale) if row.source.pk == page.pk)


def test_overview_lists_missing_translations_with_links(editor_client, locale_en):
    response = editor_client.get(reverse("kennisbank_translation_overview"), {"status": "missing"})
    assert response.status_code == 200
    html = response.content.decode()
    missing = Page.objects.get(slug="bewonersbedrijf", locale__language_code="nl")
    assert missing.title in html
    assert reverse("wagtail_localize:submit_page_translation", args=[missing.pk]) in html
    translated = Page.objects.get(slug="weggeefwinkel", locale__language_code="nl")
    assert reverse("wagtailadmin_pages:edit", args=[translated.pk]) not in html


def test_overview_costs_the_same_queries_for_more_pages(db, locale_en, method):
    def count():
        with CaptureQueriesContext(connection) as queries:
            translation_status.overview(locale_en)
        return len(queries)

    before = count()
    index = MethodIndexPage.objects.get(locale__language_code="nl")
    for n in range(5):
        index.add_child(instance=MethodPage(title=f"Extra {n}", slug=f"extra-{n}", summary="x"))
    assert count() == before <= 6


def test_overview_is_for_editors_only(client, db):
    user = get_user_model().objects.create_user("gast", "gast@example.org", "x")
    client.force_login(user)
    assert client.get(reverse("kennisbank_translation_overview")).status_code in (302, 403)


def test_po_file_for_outside_translators(editor_client, method, locale_en):
    editor_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[method.pk]),
        {"locales": [locale_en.pk]},
    )
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(method), target_locale=locale_en
    )
    response = editor_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert 'msgid "Ruilen zonder geld."' in response.content.decode()


def test_machine_translation_is_off_by_default():
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    assert get_machine_translator() is None


def test_every_page_type_can_be_translated_and_renders_in_english(client, db, locale_en):
    """One page of every type that exists in the demo content, translated if it isn't yet."""
    from wagtail.models import get_page_models
    from wagtail_localize.operations import TranslationCreator

    dutch = Locale.get_default()
    checked = set()
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.filter(locale=dutch, live=True).first()
        if page is None:
            continue
        english = page.get_translation_or_none(locale_en)
        if english is None:
            TranslationCreator(user=None, target_locales=[locale_en]).create_translations(page)
            english = page.get_translation(locale_en)
            english.save_revision().publish()
        english = Page.objects.get(pk=english.pk)
        assert english.live
        response = client.get(english.url)
        assert response.status_code == 200, (model, english.url)
        assert '<html lang="en"' in response.content.decode()
        checked.add(model.__name__)
    assert {"HomePage", "MethodPage", "InitiativePage", "ExperiencePage"} <= checked
