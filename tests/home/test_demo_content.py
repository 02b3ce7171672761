from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from home.models import FooterText, HomePage, SiteSettings, StandardPage


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "translations": Translation.objects.count(),
        "footers": FooterText.objects.count(),
    }


@pytest.mark.django_db
def test_load_demo_content_is_idempotent():
    # The session fixture already loaded the demo content once into the empty database.
    before = counts()
    call_command("load_demo_content", force=True, stdout=StringIO())
    assert counts() == before


@pytest.mark.django_db
def test_demo_content_is_refused_outside_development():
    from django.core.management.base import CommandError

    before = counts()
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo_content", stdout=StringIO())
    assert counts() == before


@pytest.mark.django_db
def test_demo_content_fills_both_languages(site):
    dutch_home = HomePage.objects.get(locale__language_code="nl")
    english_home = HomePage.objects.get(locale__language_code="en")
    assert site.root_page_id == dutch_home.pk
    assert english_home.hero_heading == "Stronger together against poverty"
    assert dutch_home.highlights.count() == 3
    dutch_titles = set(
        StandardPage.objects.filter(locale__language_code="nl").values_list("title", flat=True)
    )
    assert {"Over de kennisbank", "Contact", "Privacyverklaring"} <= dutch_titles
    english_titles = set(
        StandardPage.objects.filter(locale__language_code="en").values_list("title", flat=True)
    )
    assert english_titles == {"About the knowledge base", "Contact"}
    assert SiteSettings.for_site(site).email
    assert FooterText.objects.filter(live=True).count() == 2


@pytest.mark.django_db
def test_demo_translations_stay_in_sync_with_wagtail_localize():
    """English demo pages are real wagtail-localize translations, so editors can sync them."""
    page = StandardPage.objects.get(slug="over-de-kennisbank")
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="en"
    )
    assert translation.enabled
    assert translation.get_progress() == (
        translation.source.stringsegment_set.count(),
        translation.source.stringsegment_set.count(),
    )


@pytest.mark.django_db
def test_demo_photos_are_generated_locally_with_descriptions():
    images = get_image_model().objects.all()
    assert images.count() >= 4
    for image in images:
        assert image.description
        assert image.width == 1600 and image.height == 1000
