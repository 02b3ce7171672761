"""The method index: filters by theme and target group that live in the URL, with counts."""

import pytest
from bs4 import BeautifulSoup

from home.models import TargetGroup, Theme
from methods.models import MethodPage
from tests.factories import MethodPageFactory


def titles(response):
    return [method.title for method in response.context["methods"]]


def facet_counts(response, name):
    return {facet["item"].slug: facet["count"] for facet in response.context[f"{name}_facets"]}


@pytest.mark.django_db
class TestMethodIndex:
    def test_lists_all_ten_methods_alphabetically(self, client, method_index):
        response = client.get(method_index.url)
        assert response.status_code == 200
        assert response.context["paginator"].count == 10
        assert titles(response) == sorted(titles(response))

    def test_filter_by_theme_narrows_and_keeps_state_in_the_url(self, client, method_index):
        theme = Theme.objects.get(locale=method_index.locale, slug="schulden")
        expected = set(
            MethodPage.objects.live()
            .filter(locale=method_index.locale, themes=theme)
            .values_list("title", flat=True)
        )
        assert expected
        response = client.get(method_index.url, {"thema": "schulden"})
        assert set(titles(response)) == expected
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.find("input", {"name": "thema", "value": "schulden"}).has_attr("checked")

    def test_two_themes_widen_and_a_target_group_narrows(self, client, method_index):
        one = set(titles(client.get(method_index.url, {"thema": "schulden"})))
        two = set(titles(client.get(method_index.url, {"thema": ["schulden", "werk"]})))
        assert one <= two and len(two) > len(one)
        group = TargetGroup.objects.filter(locale=method_index.locale).first()
        narrowed = set(
            titles(
                client.get(
                    method_index.url, {"thema": ["schulden", "werk"], "doelgroep": group.slug}
                )
            )
        )
        assert narrowed <= two

    def test_counts_per_theme_match_what_the_filter_returns(self, client, method_index):
        response = client.get(method_index.url)
        for slug, count in facet_counts(response, "theme").items():
            filtered = client.get(method_index.url, {"thema": slug})
            assert filtered.context["paginator"].count == count, slug

    def test_theme_counts_respect_the_chosen_target_group(self, client, method_index):
        group = TargetGroup.objects.filter(locale=method_index.locale).first()
        response = client.get(method_index.url, {"doelgroep": group.slug})
        total = response.context["paginator"].count
        for slug, count in facet_counts(response, "theme").items():
            assert count <= total
            both = client.get(method_index.url, {"doelgroep": group.slug, "thema": slug})
            assert both.context["paginator"].count == count

    def test_unknown_filter_values_and_bad_pages_are_harmless(self, client, method_index):
        response = client.get(
            method_index.url, {"thema": "bestaat-niet", "pagina": "x", "sorteer": "raar"}
        )
        assert response.status_code == 200
        assert response.context["paginator"].count == 10
        assert client.get(method_index.url, {"pagina": "99"}).status_code == 200

    def test_sort_by_last_reviewed_puts_unreviewed_last(self, client, method_index):
        MethodPageFactory(parent=method_index, title="Nooit nagekeken", last_reviewed=None)
        response = client.get(method_index.url, {"sorteer": "recent"})
        assert response.context["paginator"].count == 11  # all on one page
        dates = [method.last_reviewed for method in response.context["methods"]]
        assert dates[-1] is None
        assert dates[:-1] == sorted(dates[:-1], reverse=True)
        assert titles(response)[-1] == "Nooit nagekeken"

    def test_next_page_keeps_the_filters(self, client, method_index):
        work = Theme.objects.get(locale=method_index.locale, slug="werk")
        for n in range(14):
            MethodPageFactory(parent=method_index, title=f"Extra {n:02}", themes=[work])
        response = client.get(method_index.url, {"thema": "werk"})
        assert response.context["paginator"].num_pages == 2
        soup = BeautifulSoup(response.content, "html.parser")
        next_link = soup.select_one(".pagination a[rel='next']")["href"]
        assert "thema=werk" in next_link and "pagina=2" in next_link
        second = client.get(method_index.url + next_link)
        assert len(second.context["methods"]) == response.context["paginator"].count - 12

    def test_cards_show_photo_summary_and_themes(self, client, method_index):
        soup = BeautifulSoup(client.get(method_index.url).content, "html.parser")
        card = soup.select_one(".listing__results .card")
        assert card.select_one("picture img")["alt"] == ""  # decorative: the title follows
        assert card.select_one(".card__text").get_text(strip=True)
        assert card.select(".tag")

    def test_english_index_filters_with_english_terms(self, client):
        english_index = MethodPage.objects.get(slug="give-away-shop").get_parent()
        response = client.get(english_index.url, {"thema": "neighbourhood"})
        assert response.status_code == 200
        assert titles(response) == ["Give-away shop"]
        names = [facet["label"] for facet in response.context["theme_facets"]]
        assert "Neighbourhood" in names and "Buurt" not in names

    def test_home_page_shows_methods(self, client):
        html = client.get("/nl/").content.decode()
        assert "Methodieken om na te doen" in html
        assert 'href="/nl/methodieken/"' in html


@pytest.mark.django_db
class TestVideoBlock:
    def test_no_third_party_request_until_the_visitor_asks(self):
        from home.blocks import VideoBlock

        block = VideoBlock()
        value = block.to_python(
            {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Social Talk"}
        )
        html = block.render(value)
        assert "<iframe" not in html
        assert (
            'data-embed-url="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
        )
        assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html

    def test_vimeo_and_refusal_of_other_sites(self):
        from wagtail.blocks import StructBlockValidationError

        from home.blocks import VideoBlock, parse_video_url

        assert parse_video_url("https://vimeo.com/123456789") == (
            "Vimeo",
            "https://player.vimeo.com/video/123456789?dnt=1&autoplay=1",
        )
        block = VideoBlock()
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python({"url": "https://example.org/film", "title": "Film"}))
        assert "url" in error.value.block_errors
