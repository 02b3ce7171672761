import pytest

from news.models import EventIndexPage, NewsIndexPage


@pytest.fixture
def news_index(home_nl):
    return NewsIndexPage.objects.get(locale=home_nl.locale)


@pytest.fixture
def agenda(home_nl):
    return EventIndexPage.objects.get(locale=home_nl.locale)
