import pytest

from django.urls import reverse


@pytest.mark.django_db
class TestSearch:
    def test_finds_pages_in_the_visitors_language_only(self, client):
        response = client.get("/nl/zoeken/", {"q": "gemeenten"})
        assert response.status_code == 200
        results = [page.title for page in response.context["search_results"]]
        assert "Voor gemeenten" in results
        assert "For municipalities" not in results
        english = client.get("/en/search/", {"q": "municipalities"})
        titles = [page.title for page in english.context["search_results"]]
        assert "For municipalities" in titles
        assert all(page.locale.language_code == "en" for page in english.context["search_results"])

    def test_empty_query_shows_the_form_without_results(self, client):
        response = client.get(reverse("search"))
        assert response.status_code == 200
        assert response.context["search_query"] == ""
        assert 'name="q"' in response.content.decode()

    def test_nothing_found_says_so_in_dutch(self, client):
        html = client.get("/nl/zoeken/", {"q": "xyzzyonbekend"}).content.decode()
        assert "0 resultaten" in html
        assert "Niets gevonden" in html

    def test_bad_page_numbers_fall_back_gracefully(self, client):
        assert client.get("/nl/zoeken/", {"q": "armoede", "pagina": "abc"}).status_code == 200
        assert client.get("/nl/zoeken/", {"q": "armoede", "pagina": "999"}).status_code == 200

    def test_long_queries_are_cut(self, client):
        response = client.get("/nl/zoeken/", {"q": "armoede " * 100})
        assert response.status_code == 200
        assert len(response.context["search_query"]) <= 200
