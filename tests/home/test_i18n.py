"""Both languages, the language switcher, hreflang and the friendly 404 per language."""

import re

import pytest

from home.models import StandardPage


def switcher_links(html):
    """{language code: href} of the language switcher's links."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', nav)}


@pytest.mark.django_db
class TestLanguages:
    def test_bare_domain_opens_the_dutch_home_page(self, client):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 302
        assert response["Location"] == "/nl/"

    def test_dutch_home_page_speaks_dutch(self, client):
        response = client.get("/nl/")
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="nl">' in html
        assert "Samen sterker tegen armoede" in html
        assert "Naar de inhoud" in html  # interface string, skip link

    def test_english_home_page_speaks_english(self, client):
        response = client.get("/en/")
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="en">' in html
        assert "Stronger together against poverty" in html
        assert "Skip to content" in html  # interface string from the English .po
        assert "Samen sterker tegen armoede" not in html

    def test_switcher_links_a_page_to_its_translation(self, client):
        page = StandardPage.objects.get(slug="over-de-kennisbank")
        english = StandardPage.objects.get(slug="about-the-knowledge-base")
        html = client.get(page.url).content.decode()
        assert switcher_links(html) == {"en": english.url}
        html = client.get(english.url).content.decode()
        assert switcher_links(html) == {"nl": page.url}

    def test_untranslated_page_switches_to_the_other_home_page(self, client, home_en):
        page = StandardPage.objects.get(slug="privacy")
        assert page.get_translations().count() == 0
        html = client.get(page.url).content.decode()
        assert switcher_links(html) == {"en": home_en.url}
        assert "(deze pagina is nog niet vertaald: naar de voorpagina)" in html
        assert '<span lang="en">English</span>' in html

    def test_hreflang_names_every_translation_and_a_default(self, client):
        html = client.get("/nl/voor-gemeenten/").content.decode()
        assert (
            '<link rel="alternate" hreflang="nl" href="http://testserver/nl/voor-gemeenten/">'
            in html
        )
        assert (
            '<link rel="alternate" hreflang="en" href="http://testserver/en/for-municipalities/">'
            in html
        )
        assert (
            '<link rel="alternate" hreflang="x-default" href="http://testserver/nl/voor-gemeenten/">'
            in html
        )

    def test_untranslated_page_has_no_hreflang_to_a_page_that_does_not_exist(self, client):
        html = client.get("/nl/privacy/").content.decode()
        assert 'hreflang="en" href' not in html.split("</head>")[0]

    def test_unpublished_translation_is_not_linked(self, client, home_en):
        page = StandardPage.objects.get(slug="over-de-kennisbank")
        english = StandardPage.objects.get(slug="about-the-knowledge-base")
        english.unpublish()
        html = client.get(page.url).content.decode()
        assert switcher_links(html) == {"en": home_en.url}

    def test_search_view_switches_to_the_same_search_in_english(self, client):
        html = client.get("/nl/zoeken/?q=armoede").content.decode()
        assert switcher_links(html) == {"en": "/en/search/?q=armoede"}
        assert "hreflang=" not in html.split("</head>")[0]  # not a page to index


@pytest.mark.django_db
class TestNotFound:
    def test_dutch_404(self, client):
        response = client.get("/nl/bestaat-echt-niet/")
        assert response.status_code == 404
        html = response.content.decode()
        assert '<html lang="nl">' in html
        assert "Deze pagina bestaat niet (meer)" in html
        assert 'action="/nl/zoeken/"' in html

    def test_english_404(self, client):
        response = client.get("/en/does-not-exist/")
        assert response.status_code == 404
        html = response.content.decode()
        assert '<html lang="en">' in html
        assert "This page does not exist (any more)" in html
        assert 'action="/en/search/"' in html

    def test_500_page_renders_without_the_database(self, rf, django_assert_num_queries):
        from django.utils import translation

        from home.views import server_error

        with translation.override("en"), django_assert_num_queries(0):
            response = server_error(rf.get("/en/"))
        assert response.status_code == 500
        assert "Something went wrong" in response.content.decode()
