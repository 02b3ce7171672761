"""The news listing, feeds, the agenda and the home page section."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree as ET

from django.utils import timezone

from home.models import Theme
from news.models import NewsIndexPage, NewsPage
from tests.factories import ImageFactory

from .factories import EventPageFactory, NewsPageFactory

ATOM = "{http://www.w3.org/2005/Atom}"


def titles(response, key="news_items"):
    return [page.title for page in response.context[key]]


@pytest.mark.django_db
class TestNewsIndex:
    def test_newest_first(self, client, news_index):
        response = client.get(news_index.url)
        assert response.status_code == 200
        dates = [item.date for item in response.context["news_items"]]
        assert dates == sorted(dates, reverse=True)
        assert titles(response)[0] == "De kennisbank is online"
        assert response.context["paginator"].count == 10

    def test_pagination_keeps_the_order_and_the_filter(self, client, news_index):
        work = Theme.objects.get(locale=news_index.locale, slug="werk")
        for n in range(14):
            NewsPageFactory(parent=news_index, date=date(2020, 1, 1 + n), themes=[work])
        response = client.get(news_index.url, {"thema": "werk"})
        assert response.context["paginator"].num_pages == 2
        soup = BeautifulSoup(response.content, "html.parser")
        assert (
            soup.select_one(".pagination a[aria-current='page']").get_text(" ", strip=True)
            == "Pagina 1"
        )
        next_link = soup.select_one(".pagination a[rel='next']")["href"]
        assert "thema=werk" in next_link and "pagina=2" in next_link
        second = client.get(news_index.url + next_link)
        first_dates = [item.date for item in response.context["news_items"]]
        second_dates = [item.date for item in second.context["news_items"]]
        assert len(first_dates) == 12
        assert len(second_dates) == response.context["paginator"].count - 12
        assert min(first_dates) >= max(second_dates)

    def test_theme_filter(self, client, news_index):
        debts = Theme.objects.get(locale=news_index.locale, slug="schulden")
        expected = set(
            NewsPage.objects.live()
            .child_of(news_index)
            .filter(themes=debts)
            .values_list("title", flat=True)
        )
        assert expected
        response = client.get(news_index.url, {"thema": "schulden"})
        assert set(titles(response)) == expected
        counts = {o["slug"]: o["count"] for o in response.context["theme_facets"]}
        assert counts["schulden"] == len(expected)
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.find("input", {"name": "thema", "value": "schulden"}).has_attr("checked")

    def test_bad_parameters_are_harmless(self, client, news_index):
        response = client.get(news_index.url, {"thema": "onbekend", "pagina": "x"})
        assert response.status_code == 200
        assert response.context["paginator"].count == 10
        assert client.get(news_index.url, {"pagina": "99"}).status_code == 200

    def test_cards_show_date_and_themes(self, client, news_index):
        soup = BeautifulSoup(client.get(news_index.url).content, "html.parser")
        card = soup.select_one(".listing__results .card")
        assert card.select_one(".card__meta").get_text(strip=True) == "12 oktober 2026"
        assert card.select(".tag")

    def test_feeds_are_linked_from_the_index(self, client, news_index):
        soup = BeautifulSoup(client.get(news_index.url).content, "html.parser")
        links = {
            link["type"]: link["href"] for link in soup.select("head link[rel='alternate'][type]")
        }
        assert links["application/rss+xml"] == news_index.url + "rss/"
        assert links["application/atom+xml"] == news_index.url + "atom/"

    def test_index_with_many_items_in_a_fixed_number_of_queries(
        self, client, news_index, django_assert_max_num_queries
    ):
        themes = list(Theme.objects.filter(locale=news_index.locale)[:3])
        image = ImageFactory()
        for n in range(60):
            NewsPageFactory(
                parent=news_index,
                date=date(2021, 1, 1) + timedelta(days=n),
                teaser_image=image,
                themes=themes[: n % 4],
            )
        client.get(news_index.url)  # renditions and navigation are cached after this
        with django_assert_max_num_queries(12):
            response = client.get(news_index.url, {"thema": themes[0].slug})
        assert len(response.context["news_items"]) == 12


@pytest.mark.django_db
class TestFeeds:
    def test_rss(self, client, news_index):
        response = client.get(news_index.url + "rss/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/rss+xml")
        channel = ET.fromstring(response.content).find("channel")
        assert channel.findtext("language") == "nl"
        items = channel.findall("item")
        assert len(items) == 10
        assert items[0].findtext("title") == "De kennisbank is online"
        assert items[0].findtext("link") == "http://testserver/nl/nieuws/kennisbank-online/"
        assert items[0].findtext("pubDate").startswith("Mon, 12 Oct 2026")
        assert "Meedoen" in [c.text for c in items[0].findall("category")]

    def test_atom(self, client, news_index):
        response = client.get(news_index.url + "atom/")
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = ET.fromstring(response.content)
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
        entries = feed.findall(f"{ATOM}entry")
        assert len(entries) == 10
        assert entries[0].findtext(f"{ATOM}title") == "De kennisbank is online"
        assert entries[0].find(f"{ATOM}author").findtext(f"{ATOM}name") == (
            "Redactie Sociale Alliantie"
        )

    def test_english_feed_has_english_items(self, client, home_en):
        english_index = NewsIndexPage.objects.get(locale=home_en.locale)
        response = client.get(english_index.url + "rss/")
        channel = ET.fromstring(response.content).find("channel")
        assert channel.findtext("language") == "en"
        item_titles = [item.findtext("title") for item in channel.findall("item")]
        assert "The knowledge base is online" in item_titles
        assert "De kennisbank is online" not in item_titles
        assert channel.findtext("title").startswith("News")

    def test_draft_news_is_not_in_the_feed(self, client, news_index):
        draft = NewsPageFactory(parent=news_index, title="Nog geheim", date=date(2030, 1, 1))
        draft.unpublish()
        response = client.get(news_index.url + "rss/")
        assert b"Nog geheim" not in response.content


@pytest.mark.django_db
class TestEnglishNews:
    def test_translated_news_item_renders_in_english(self, client):
        page = NewsPage.objects.get(slug="looking-back-on-peerm")
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.url.startswith("/en/")
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "en"
        assert soup.h1.get_text(strip=True) == (
            "Peer'M: twelve initiatives on the way to livelihood security"
        )
        assert "Twelve initiatives presented" in soup.select_one(".news-body").get_text()
        assert "2 October 2017" in soup.select_one(".method__kicker").get_text(" ", strip=True)


@pytest.mark.django_db
class TestAgenda:
    def test_upcoming_soonest_first_and_past_most_recent_first(self, client, agenda):
        now = timezone.now()
        ongoing = EventPageFactory(
            parent=agenda,
            title="Nu bezig",
            start=now - timedelta(hours=1),
            end=now + timedelta(hours=1),
        )
        just_ended = EventPageFactory(
            parent=agenda,
            title="Net voorbij",
            start=now - timedelta(hours=3),
            end=now - timedelta(hours=1),
        )
        response = client.get(agenda.url)
        upcoming = response.context["upcoming"]
        past = list(response.context["past"])
        assert upcoming[0] == ongoing
        starts = [event.start for event in upcoming]
        assert starts == sorted(starts)
        assert all(event.end >= now for event in upcoming)
        assert past[0] == just_ended
        assert [event.start for event in past] == sorted(
            (event.start for event in past), reverse=True
        )
        assert all(event.end < now for event in past)
        assert len(upcoming) == 5  # four demo meetings and the ongoing one

    def test_past_meetings_are_paginated(self, client, agenda):
        start = timezone.now() - timedelta(days=400)
        for n in range(10):
            EventPageFactory(
                parent=agenda,
                start=start + timedelta(days=n),
                end=start + timedelta(days=n, hours=2),
            )
        response = client.get(agenda.url)
        assert response.context["paginator"].count == 16
        assert len(response.context["past"]) == 12
        second = client.get(agenda.url, {"pagina": 2})
        assert len(second.context["past"]) == 4
        assert second.context["upcoming"] == response.context["upcoming"]

    def test_agenda_in_a_fixed_number_of_queries(
        self, client, agenda, django_assert_max_num_queries, settings
    ):
        settings.KENNISBANK_PAGE_CACHE = False  # measure the rendering, not a cache hit
        now = timezone.now()
        for n in range(30):
            offset = timedelta(days=n - 15)
            EventPageFactory(
                parent=agenda, start=now + offset, end=now + offset + timedelta(hours=1)
            )
        client.get(agenda.url)
        # 14 with card images: the images of all meetings shown and their renditions, two
        # queries, whatever the number of meetings.
        with django_assert_max_num_queries(14):
            response = client.get(agenda.url)
        assert len(response.context["upcoming"]) > 10

    def test_meeting_page_shows_when_where_and_json_ld(self, client, agenda):
        event = EventPageFactory(
            parent=agenda,
            title="Alliantiedag Zwolle",
            kind="alliance_day",
            start=datetime(2030, 10, 4, 8, 0, tzinfo=UTC),
            end=datetime(2030, 10, 4, 14, 0, tzinfo=UTC),
            venue="Buurthuis De Pol",
            place="Zwolle",
            for_local_groups=True,
            for_municipalities=True,
        )
        soup = BeautifulSoup(client.get(event.url).content, "html.parser")
        meta = soup.select_one(".method__meta").get_text(" ", strip=True)
        assert "vrijdag 4 oktober 2030, 10:00 – 16:00" in meta  # Dutch time, summer
        assert "Buurthuis De Pol, Zwolle" in meta
        assert "Lokale groepen, Gemeenten" in meta
        data = json.loads(soup.find("script", type="application/ld+json").string)
        assert data["@type"] == "Event"
        assert data["startDate"] == "2030-10-04T10:00:00+02:00"
        assert data["location"]["address"]["addressLocality"] == "Zwolle"
        assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")


@pytest.mark.django_db
def test_home_page_shows_latest_news_and_next_meetings(client):
    soup = BeautifulSoup(client.get("/nl/").content, "html.parser")
    section = soup.find(id="home-news-heading").find_parent("section")
    news_titles = [
        a.get_text(strip=True) for a in section.select(".news-home__news .card__title a")
    ]
    assert news_titles == [
        "De kennisbank is online",
        "Vijf tips voor gemeenten die initiatieven van onderop willen steunen",
        "Nieuwe plek: een weggeefwinkel in Zwolle",
    ]
    events = [a.get_text(strip=True) for a in section.select(".event-list .card__title a")]
    assert events[0] == "Social Talk: kinderen in armoede"
    assert len(events) == 3
