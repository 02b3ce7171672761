import re

import pytest

from home.models import FooterText, StandardPage


def menu_items(html):
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)


@pytest.mark.django_db
class TestNavigation:
    def test_main_menu_is_built_from_the_page_tree_in_the_visitors_language(self, client):
        items = menu_items(client.get("/nl/").content.decode())
        assert ("/nl/over-de-kennisbank/", "Over de kennisbank") in items
        assert ("/nl/voor-gemeenten/", "Voor gemeenten") in items
        assert not any("privacy" in href for href, _ in items)  # not shown in menus
        english = menu_items(client.get("/en/").content.decode())
        assert ("/en/for-municipalities/", "For municipalities") in english
        assert not any(href.startswith("/nl/") for href, _ in english)

    def test_menu_marks_the_current_page(self, client):
        html = client.get("/nl/voor-gemeenten/").content.decode()
        assert '<a href="/nl/voor-gemeenten/" aria-current="page">Voor gemeenten</a>' in html

    def test_unpublished_pages_leave_the_menu(self, client):
        StandardPage.objects.get(slug="contact", locale__language_code="nl").unpublish()
        items = menu_items(client.get("/nl/").content.decode())
        assert not any(href == "/nl/contact/" for href, _ in items)

    def test_private_pages_leave_the_cached_menu(self, client):
        from wagtail.models import PageViewRestriction

        assert any(
            href == "/nl/contact/" for href, _ in menu_items(client.get("/nl/").content.decode())
        )
        page = StandardPage.objects.get(slug="contact", locale__language_code="nl")
        PageViewRestriction.objects.create(page=page, restriction_type="login")
        items = menu_items(client.get("/nl/").content.decode())
        assert not any(href == "/nl/contact/" for href, _ in items)

    def test_breadcrumbs_lead_home_and_mark_the_current_page(self, client, home_nl):
        parent = StandardPage.objects.get(slug="over-de-kennisbank")
        child = StandardPage(title="Ons bestuur", slug="ons-bestuur")
        parent.add_child(instance=child)
        child.save_revision().publish()
        html = client.get(child.url).content.decode()
        crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
        assert re.findall(r'<a href="([^"]+)"', crumbs) == [
            "/nl/",
            "/nl/over-de-kennisbank/",
            "/nl/over-de-kennisbank/ons-bestuur/",
        ]
        assert 'aria-current="page">Ons bestuur</a>' in crumbs

    def test_home_page_has_no_breadcrumbs(self, client):
        assert 'class="breadcrumbs' not in client.get("/nl/").content.decode()

    def test_footer_text_follows_the_language(self, client):
        assert (
            "Een netwerk van ongeveer vijftig organisaties" in client.get("/nl/").content.decode()
        )
        english = client.get("/en/").content.decode()
        assert "A network of about fifty organisations" in english
        assert "Een netwerk van ongeveer vijftig organisaties" not in english

    def test_draft_footer_text_is_not_shown(self, client):
        footer = FooterText.objects.get(locale__language_code="nl")
        footer.body = "<p>Nog niet klaar</p>"
        footer.save_revision()
        assert "Nog niet klaar" not in client.get("/nl/").content.decode()

    def test_skip_link_and_landmarks(self, client):
        html = client.get("/nl/over-de-kennisbank/").content.decode()
        assert '<a class="skip-link" href="#main-content">' in html
        assert '<main id="main-content"' in html
        assert "<header" in html and "<footer" in html
        assert html.count("<h1") == 1

    def test_home_page_shows_highlights_in_the_editors_order(self, client, home_nl):
        html = client.get("/nl/").content.decode()
        section = re.search(r'id="highlights-heading".*?</section>', html, re.S).group(0)
        titles = re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', section)
        assert titles == ["Over de kennisbank", "Voor gemeenten", "Contact"]
        english = client.get("/en/").content.decode()
        assert '<a href="/en/for-municipalities/">For municipalities</a>' in english


@pytest.mark.django_db
def test_sitemap_lists_every_language(client):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/nl/voor-gemeenten/</loc>" in xml
    assert "/en/for-municipalities/</loc>" in xml


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain"
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
    assert "Disallow: /nl/zoeken/" in response.content.decode()
    assert "Disallow: /en/search/" in response.content.decode()
