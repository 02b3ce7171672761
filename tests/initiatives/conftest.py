import pytest

from initiatives.models import InitiativeIndexPage


@pytest.fixture
def initiative_index(home_nl):
    return InitiativeIndexPage.objects.get(locale=home_nl.locale)
