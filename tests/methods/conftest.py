import pytest

from methods.models import MethodIndexPage


@pytest.fixture
def method_index(home_nl):
    return MethodIndexPage.objects.get(locale=home_nl.locale)
