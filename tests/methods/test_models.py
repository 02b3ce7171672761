import json
import re

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage, Theme
from localgroups.models import ExperiencePage
from methods.models import MethodIndexPage, MethodPage
from tests.factories import ImageFactory, MethodPageFactory, method_body


class MethodPageTreeTests(WagtailPageTestCase):
    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(MethodIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(MethodIndexPage, {MethodPage})
        self.assertAllowedParentPageTypes(MethodPage, {MethodIndexPage})
        self.assertAllowedSubpageTypes(MethodPage, {ExperiencePage})
        # Home names no subpage types; each index names HomePage as its parent.
        self.assertIn(MethodIndexPage, HomePage.creatable_subpage_models())
        self.assertIn(StandardPage, HomePage.creatable_subpage_models())

    def test_one_method_index(self):
        home = HomePage.objects.get(locale__language_code="nl")
        self.assertFalse(MethodIndexPage.can_create_at(home))


class MethodPageRenderEditTests(WagtailPageTestCase):
    def setUp(self):
        self.index = MethodIndexPage.objects.get(locale__language_code="nl")
        self.method = MethodPage.objects.get(slug="weggeefwinkel")

    def method_form_data(self, **overrides):
        data = {
            "title": "Repair café",
            "slug": "repair-cafe",
            "summary": "Samen spullen repareren.",
            "plain_summary": "Je maakt kapotte spullen samen weer heel.",
            "body": streamfield(
                [
                    ("heading", {"text": "Zo werkt het", "level": "h2"}),
                    (
                        "step_plan",
                        {
                            "heading": "Plan van aanpak",
                            "introduction": "",
                            "steps": streamfield(
                                [
                                    (
                                        "item",
                                        {
                                            "title": "Zoek een ruimte",
                                            "description": rich_text("<p>Buurthuis.</p>"),
                                            "phase": "",
                                            "duration": "",
                                            "who": "",
                                            "needs": "",
                                        },
                                    )
                                ]
                            ),
                        },
                    ),
                ]
            ),
            "downloads": streamfield([]),
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_index_page(self):
        data = nested_form_data(
            {"title": self.index.title, "slug": self.index.slug, "introduction": "Intro"}
        )
        self.assertPageIsRenderable(self.index)
        self.assertPageIsEditable(self.index, post_data=data)
        self.assertPageIsPreviewable(self.index, post_data=data)

    def test_method_page(self):
        data = self.method_form_data(title=self.method.title, slug=self.method.slug)
        self.assertPageIsRenderable(self.method)
        self.assertPageIsRenderable(self.method, route_path="/handreiking/")
        self.assertPageIsEditable(self.method, post_data=data)
        self.assertPageIsPreviewable(self.method, post_data=data)

    def test_editor_creates_a_method_from_blocks(self):
        self.login()
        self.assertCanCreate(self.index, MethodPage, self.method_form_data())
        page = MethodPage.objects.get(slug="repair-cafe")
        plan = [block for block in page.body if block.block_type == "step_plan"][0]
        self.assertEqual([step["title"] for step in plan.value["steps"]], ["Zoek een ruimte"])


@pytest.mark.django_db
class TestBadInput:
    """Publishing incomplete content is refused with field-level messages, and what the editor
    typed comes back in the form. (Saving a *draft* may be incomplete: Wagtail defers required
    checks for drafts so that half-finished work can be kept; see test_incomplete_draft_*.)"""

    def post_new_method(self, admin_client, method_index, body, **fields):
        url = reverse("wagtailadmin_pages:add", args=("methods", "methodpage", method_index.pk))
        data = nested_form_data(
            {
                "title": "Nieuwe methodiek",
                "slug": "nieuwe-methodiek",
                "summary": "Samenvatting die bewaard moet blijven.",
                "body": streamfield(body),
                "downloads": streamfield([]),
                "action-publish": "publish",
                **fields,
            }
        )
        count = MethodPage.objects.count()
        response = admin_client.post(url, data)
        assert response.status_code == 200, "the form should come back with errors"
        assert MethodPage.objects.count() == count
        html = response.content.decode()
        assert "Samenvatting die bewaard moet blijven." in html
        return response

    @staticmethod
    def block_errors(response):
        """The StreamField's error data, as the admin sends it to the block editor."""
        form = response.context["form"]
        return form.errors

    def test_photo_without_alt_text(self, admin_client, method_index):
        image = ImageFactory()
        body = [
            (
                "photo_gallery",
                {
                    "heading": "",
                    "photos": streamfield(
                        [("item", {"image": image.pk, "alt_text": "", "caption": "", "credit": ""})]
                    ),
                },
            )
        ]
        response = self.post_new_method(admin_client, method_index, body)
        errors = self.block_errors(response)
        assert "body" in errors
        error = errors.as_data()["body"][0]
        photo_error = error.block_errors[0].block_errors["photos"].block_errors[0]
        assert "alt_text" in photo_error.block_errors

    def test_empty_step(self, admin_client, method_index):
        body = [
            (
                "step_plan",
                {
                    "heading": "Plan van aanpak",
                    "introduction": "",
                    "steps": streamfield(
                        [
                            (
                                "item",
                                {
                                    "title": "",
                                    "description": rich_text(""),
                                    "phase": "",
                                    "duration": "",
                                    "who": "",
                                    "needs": "",
                                },
                            )
                        ]
                    ),
                },
            )
        ]
        response = self.post_new_method(admin_client, method_index, body)
        error = self.block_errors(response).as_data()["body"][0]
        step_error = error.block_errors[0].block_errors["steps"].block_errors[0]
        assert {"title", "description"} <= set(step_error.block_errors)

    def test_step_plan_without_steps(self, admin_client, method_index):
        body = [
            (
                "step_plan",
                {"heading": "Plan van aanpak", "introduction": "", "steps": streamfield([])},
            )
        ]
        response = self.post_new_method(admin_client, method_index, body)
        error = self.block_errors(response).as_data()["body"][0]
        steps_error = error.block_errors[0].block_errors["steps"]
        assert "1" in " ".join(str(message) for message in steps_error.non_block_errors)

    def test_incomplete_draft_is_kept_as_a_draft_not_published(self, admin_client, method_index):
        url = reverse("wagtailadmin_pages:add", args=("methods", "methodpage", method_index.pk))
        data = nested_form_data(
            {
                "title": "Half af",
                "slug": "half-af",
                "summary": "Nog niet klaar.",
                "body": streamfield(
                    [
                        (
                            "step_plan",
                            {
                                "heading": "Plan van aanpak",
                                "introduction": "",
                                "steps": streamfield([]),
                            },
                        )
                    ]
                ),
                "downloads": streamfield([]),
            }
        )
        response = admin_client.post(url, data)
        assert response.status_code == 302
        page = MethodPage.objects.get(slug="half-af")
        assert not page.live
        assert page.summary == "Nog niet klaar."

    def test_too_long_summary(self, admin_client, method_index):
        url = reverse("wagtailadmin_pages:add", args=("methods", "methodpage", method_index.pk))
        data = nested_form_data(
            {
                "title": "Nieuwe methodiek",
                "slug": "nieuwe-methodiek",
                "summary": "x" * 301,
                "plain_summary": "Deze tekst blijft staan.",
                "body": streamfield([]),
                "downloads": streamfield([]),
                # Not even a draft: a length limit is no "required" check that drafts defer.
            }
        )
        response = admin_client.post(url, data)
        assert response.status_code == 200
        assert "summary" in response.context["form"].errors
        assert "Deze tekst blijft staan." in response.content.decode()
        assert not MethodPage.objects.filter(slug="nieuwe-methodiek").exists()

    def test_hero_image_needs_a_description(self, admin_client, method_index):
        image = ImageFactory()
        response = self.post_new_method(
            admin_client, method_index, [], hero_image=image.pk, hero_image_alt=""
        )
        assert "hero_image_alt" in response.context["form"].errors


@pytest.mark.django_db
class TestMethodPage:
    def test_shows_summary_plain_language_marks_and_review_date(self, client):
        page = MethodPage.objects.get(slug="weggeefwinkel")
        html = client.get(page.url).content.decode()
        assert page.summary in html
        assert "In gewone taal" in html
        assert page.plain_summary.split(".")[0] in html
        assert "Zeven kenmerken van een goed voorbeeld" in html
        assert html.count('class="marks__item ') == 7
        assert "Laatst gecontroleerd op" in html

    def test_downloads_show_title_type_and_size(self, client):
        page = MethodPage.objects.get(slug="weggeefwinkel")
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")
        link = soup.select_one(".method__aside .download__link")
        assert link.get_text(strip=True) == "Stappenplan weggeefwinkel"
        assert "PDF" in soup.select_one(".method__aside .download__meta").get_text()
        response = client.get(link["href"])
        content = b"".join(response.streaming_content) if response.streaming else response.content
        assert content.startswith(b"%PDF-1.4") and b"%%EOF" in content

    def test_steps_are_numbered_in_order(self, client, method_index):
        page = MethodPageFactory(parent=method_index, body=method_body(steps=5))
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")
        steps = soup.select("ol.steps__list > li .steps__title")
        assert [s.get_text(" ", strip=True) for s in steps] == [
            f"Stap {n}: Stap nummer {n}" for n in range(1, 6)
        ]

    def test_points_mark_tips_and_pitfalls(self, client, method_index):
        page = MethodPageFactory(parent=method_index, body=method_body())
        html = client.get(page.url).content.decode()
        assert "points__item--pitfall" in html and "Valkuil" in html
        assert "points__item--tip" in html

    def test_gallery_links_to_large_photos_without_javascript(self, client, method_index):
        images = [ImageFactory() for _ in range(2)]
        page = MethodPageFactory(parent=method_index, body=method_body(photos=images))
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")
        links = soup.select("[data-gallery] a.gallery__link")
        assert len(links) == 2
        for link in links:
            assert link["href"].endswith(".jpg")
            assert link.img["alt"].startswith("Foto ")
        assert soup.select("[data-gallery] source[type='image/webp']")

    def test_json_ld_describes_the_plan_as_howto_steps(self, client, method_index):
        page = MethodPageFactory(parent=method_index, body=method_body(steps=4))
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")
        data = json.loads(soup.find("script", type="application/ld+json").string)
        assert data["@type"] == "HowTo"
        assert data["name"] == page.title
        assert [step["name"] for step in data["step"]] == [f"Stap nummer {n}" for n in range(1, 5)]
        assert data["step"][0]["text"] == "Wat je doet in stap 1."

    def test_json_ld_cannot_break_out_of_its_script(self, client, method_index):
        title = "</script><script>alert(1)</script>"
        page = MethodPageFactory(parent=method_index, title=title)
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")
        scripts = soup.find_all("script", type="application/ld+json")
        assert len(scripts) == 1
        assert json.loads(scripts[0].string)["name"] == title
        # The title is data inside the one JSON-LD element, not a script of its own.
        assert [s for s in soup.find_all("script") if "alert(1)" in (s.string or "")] == scripts

    def test_handout_holds_guide_points_and_plan_only(self, client):
        page = MethodPage.objects.get(slug="weggeefwinkel")
        response = client.get(page.url + "handreiking/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Plan van aanpak" in html and "Aandachtspunten" in html
        assert "Korte handreiking" in html
        assert "data-gallery" not in html
        assert 'media="print"' in html
        assert '<meta name="robots" content="noindex">' in html

    def test_method_page_links_to_its_handout(self, client):
        page = MethodPage.objects.get(slug="weggeefwinkel")
        assert f'href="{page.url}handreiking/"' in client.get(page.url).content.decode()

    def test_summary_field_appears_once_in_the_editor(self, admin_client):
        """A field twice in one form: the browser sends both and the last one silently wins."""
        page = MethodPage.objects.get(slug="weggeefwinkel")
        html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
        assert html.count('name="summary"') == 1

    def test_translated_page_offers_terms_in_its_own_language(self, admin_user):
        # Synced translations are edited in wagtail-localize's editor; once an editor stops
        # syncing, the ordinary form below is what they get.
        english = MethodPage.objects.get(slug="give-away-shop")
        assert {t.locale.language_code for t in english.themes.all()} == {"nl"}  # copied links
        form_class = MethodPage.get_edit_handler().get_form_class()
        form = form_class(instance=english, parent_page=english.get_parent(), for_user=admin_user)
        field = form["themes"]
        offered = {choice.choice_label for choice in field}
        assert "Neighbourhood" in offered and "Buurt" not in offered
        chosen = set(Theme.objects.filter(pk__in=field.value()).values_list("name", flat=True))
        assert chosen == {"Income", "Neighbourhood", "Participation"}

    def test_handout_breadcrumb_and_language_switch_stay_on_the_handout(self, client):
        page = MethodPage.objects.get(slug="weggeefwinkel")
        soup = BeautifulSoup(client.get(page.url + "handreiking/").content, "html.parser")
        current = soup.select_one(".breadcrumbs a[aria-current='page']")
        assert current.get_text(strip=True) == "Handreiking"
        english = soup.select_one(".language-switcher a[hreflang='en']")
        assert english["href"] == "/en/methods/give-away-shop/handreiking/"

    def test_english_method_page(self, client):
        english = MethodPage.objects.get(locale__language_code="en", slug="give-away-shop")
        html = client.get(english.url).content.decode()
        assert '<html lang="en">' in html
        assert "Points of attention" in html
        assert "Step-by-step plan" in html
        assert "In plain language" in html  # interface string
        themes = re.search(r"<dt>Themes</dt><dd>(.*?)</dd>", html, re.S).group(1)
        assert "Neighbourhood" in themes


@pytest.mark.django_db
class TestQueryBudgets:
    @staticmethod
    def count_queries(client, page):
        """Queries of a view with cold caches; the renditions exist from an earlier view."""
        from django.core.cache import cache
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        assert client.get(page.url).status_code == 200  # makes the renditions
        cache.clear()  # renditions and navigation must come from the database again
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert response.status_code == 200
        return len(queries)

    @staticmethod
    def body_with(photos, calls_to_action, contact_page):
        body = method_body(photos=photos)
        body += [
            (
                "call_to_action",
                {
                    "title": f"Doe mee {n}",
                    "text": "",
                    "page": contact_page,
                    "external_url": "",
                    "link_text": "",
                },
            )
            for n in range(calls_to_action)
        ]
        return body

    def test_method_page_queries_do_not_grow_with_photos_or_blocks(self, client, method_index):
        contact = StandardPage.objects.get(slug="contact", locale=method_index.locale)
        few = MethodPageFactory(
            parent=method_index, body=self.body_with(ImageFactory.create_batch(2), 1, contact)
        )
        many = MethodPageFactory(
            parent=method_index, body=self.body_with(ImageFactory.create_batch(40), 10, contact)
        )
        few_count = self.count_queries(client, few)
        many_count = self.count_queries(client, many)
        assert many_count == few_count, (few_count, many_count)

    def test_method_index_with_200_methods_in_at_most_15_queries(
        self, client, method_index, django_assert_max_num_queries
    ):
        themes = list(Theme.objects.filter(locale=method_index.locale)[:3])
        image = ImageFactory()
        for n in range(200 - method_index.get_children().count()):
            page = MethodPage(
                title=f"Methode {n:03}",
                slug=f"methode-{n:03}",
                summary="Kort.",
                teaser_image=image,
            )
            method_index.add_child(instance=page)
            page.themes.set(themes[: n % 4])
            page.save()
        assert MethodPage.objects.live().child_of(method_index).count() == 200
        client.get(method_index.url)  # renditions
        with django_assert_max_num_queries(15):
            response = client.get(method_index.url + "?thema=" + themes[0].slug)
        assert response.status_code == 200
        assert len(response.context["methods"]) == 12
