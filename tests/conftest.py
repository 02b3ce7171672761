from io import StringIO

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from wagtail.models import Locale, Site

from home.models import HomePage
from tests.smtp import broken_smtp, smtp_server  # noqa: F401 - fixtures


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo content (each test's changes are rolled back)."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", force=True, stdout=StringIO())


@pytest.fixture(autouse=True)
def empty_cache():
    """The database is rolled back after each test; cached navigation must go with it."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def dutch(settings):
    """Tests start in Dutch, like a visitor without a language in the URL."""
    with translation.override("nl"):
        yield


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_nl(site):
    return HomePage.objects.get(locale__language_code="nl")


@pytest.fixture
def home_en(db):
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def locale_en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def method(db):
    """The demo's Dutch Weggeefwinkel method page."""
    from methods.models import MethodPage

    return MethodPage.objects.get(slug="weggeefwinkel", locale__language_code="nl")


@pytest.fixture
def initiative(db):
    """The demo's Dutch Weggeefwinkel Amersfoort, which applies that method."""
    from initiatives.models import InitiativePage

    return InitiativePage.objects.get(slug="weggeefwinkel-amersfoort", locale__language_code="nl")
