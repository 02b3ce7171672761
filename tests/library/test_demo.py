"""The library's demo content: what it makes, and running it again changes nothing."""

import pytest

from wagtail.documents import get_document_model

from library import demo
from library.models import LibraryIndexPage, TalkPage, TalkSpeaker

pytestmark = pytest.mark.django_db


def _state():
    Document = get_document_model()
    return (
        sorted(Document.objects.values_list("title", "kind", "description", "date", "language")),
        sorted(Document.objects.values_list("title", "themes__slug")),
        LibraryIndexPage.objects.count(),
        sorted(TalkPage.objects.values_list("title", "live")),
        TalkSpeaker.objects.count(),
    )


def test_demo_library_in_both_languages():
    Document = get_document_model()
    assert Document.objects.filter(
        kind="stappenplan", title__icontains="Bijzonder Statuut"
    ).exists()
    assert Document.objects.filter(title__icontains="buurtraad").exists()
    assert Document.objects.filter(kind="standpunt").exists()
    assert Document.objects.filter(kind="verslag").count() >= 2
    assert Document.objects.filter(kind="werkboek").exists()
    assert Document.objects.exclude(description="").count() >= 8
    # The methods' step plans got a kind, a description and themes too.
    plan = Document.objects.get(title="Stappenplan weggeefwinkel")
    assert plan.kind == "stappenplan" and plan.description and plan.themes.exists()
    assert set(LibraryIndexPage.objects.values_list("locale__language_code", flat=True)) == {
        "nl",
        "en",
    }
    assert TalkPage.objects.filter(locale__language_code="nl").count() == 2
    assert TalkPage.objects.filter(locale__language_code="en").count() == 2
    talk = TalkPage.objects.get(slug="social-talk-bijzonder-statuut")
    assert talk.slides is not None and talk.speakers.count() == 2
    assert talk.video[0].value.provider == "YouTube"


def test_loading_again_changes_nothing():
    before = _state()
    demo.load()
    assert _state() == before
