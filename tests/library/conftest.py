import pytest

from wagtail.documents import get_document_model

from home.demo import make_pdf
from library.models import LibraryIndexPage


@pytest.fixture
def library_nl(home_nl):
    return LibraryIndexPage.objects.get(locale=home_nl.locale)


@pytest.fixture
def library_en(home_en):
    return LibraryIndexPage.objects.get(locale=home_en.locale)


@pytest.fixture
def make_document(db):
    """Create a library document with a small PDF; keyword arguments are model fields."""
    from django.core.files.base import ContentFile

    from wagtail.models import Collection

    def make(title="Testdocument", themes=(), collection=None, **fields):
        document = get_document_model()(
            title=title, collection=collection or Collection.get_first_root_node(), **fields
        )
        content = make_pdf(title, ["Tekst."])
        document.file.save("test.pdf", ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
        if themes:
            document.themes.set(themes)
        return document

    return make
