"""The search index is filled by Wagtail's signal handlers when pages are published (the demo
loader included), so no `update_index` is needed after `load_demo_content`."""

import pytest

from django.db import connection

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from methods.models import MethodPage
from search.backend import SearchBackend


@pytest.mark.django_db
def test_every_live_page_is_in_the_index():
    live = Page.objects.live().filter(depth__gt=1)
    indexed = live.filter(index_entries__isnull=False).distinct()
    assert live.count() == indexed.count()


@pytest.mark.django_db
def test_a_newly_published_page_is_found_at_once(client):
    method = MethodPage.objects.get(slug="noodfonds", locale__language_code="nl")
    method.title = "Noodfonds Zeldzaamwoord"
    method.save_revision().publish()
    response = client.get("/nl/zoeken/", {"q": "zeldzaamwoord"})
    assert response.context["paginator"].count == 1


@pytest.mark.django_db
def test_backend_uses_dutch_without_accents_on_postgresql():
    backend = get_search_backend()
    if connection.vendor != "postgresql":
        pytest.skip("The text search configurations exist on PostgreSQL only")
    assert backend.config == "dutch_unaccent"
    assert backend.autocomplete_config == "simple_unaccent"
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension WHERE extname = 'unaccent'")
        assert cursor.fetchone(), "CREATE EXTENSION unaccent failed in search/migrations/0001"
        cursor.execute("SELECT to_tsvector('dutch_unaccent', 'Coöperatie')::text")
        assert cursor.fetchone()[0] == "'cooperatie':1"


def test_backend_module_is_what_the_settings_name(settings):
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.backend"
    assert callable(SearchBackend)
