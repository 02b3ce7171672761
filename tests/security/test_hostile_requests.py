"""Hostile requests: too many fields, unrouted image-serve URLs, 10,000-character queries in
every filter, malformed cookies, non-UTF-8 query strings and huge headers. The answer is a 4xx
or a normal page, quickly; never a 500.

Every request goes through one client that does not raise, so a 500 is counted, not hidden
behind a traceback; the figures are printed for the closing note (``-s``)."""

import time
from html.parser import HTMLParser

import pytest

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from wagtail.models import Page

from initiatives.models import InitiativeIndexPage
from newsletter.models import NewsletterIndexPage

pytestmark = pytest.mark.django_db

LONG = "ä<script>'\"%" * 834  # 10,008 characters, with what escaping and parsers dislike
MAX_SECONDS = 30  # generous: the machine running the tests may be busy (slowest is reported)


class Sweep:
    def __init__(self):
        self.client = Client(raise_request_exception=False)
        self.tried = 0
        self.server_errors = []
        self.slowest = 0.0

    def request(self, method, url, data=None, expect=None, follow=False, **extra):
        started = time.monotonic()
        response = getattr(self.client, method)(url, data, follow=follow, **extra)
        elapsed = time.monotonic() - started
        self.tried += 1
        self.slowest = max(self.slowest, elapsed)
        if response.status_code >= 500:
            self.server_errors.append((method, url[:120], response.status_code))
        if expect is not None:
            assert response.status_code in expect, (method, url[:120], response.status_code)
        assert elapsed < MAX_SECONDS, (method, url[:120], elapsed)
        return response

    def report(self, name):
        print(  # noqa: T201 - figures for the closing note
            f"\n{name}: {self.tried} hostile requests, {len(self.server_errors)} server errors, "
            f"slowest {self.slowest:.2f} s"
        )
        assert self.server_errors == []


class GetFormFields(HTMLParser):
    """The names of the fields of the page's GET forms (search and listing filters)."""

    def __init__(self):
        super().__init__()
        self.names, self.in_get_form = set(), False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_get_form = (attrs.get("method") or "get").lower() == "get"
        elif self.in_get_form and tag in {"input", "select", "textarea"} and attrs.get("name"):
            self.names.add(attrs["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_get_form = False


def one_page_per_type(language="nl"):
    """The first live, public page of every page type, in one language."""
    seen, pages = set(), []
    for page in (
        Page.objects.live()
        .public()
        .filter(locale__language_code=language, depth__gt=1)
        .order_by("path")
        .specific()
    ):
        if page.content_type_id not in seen:
            seen.add(page.content_type_id)
            pages.append(page)
    return pages


def test_long_queries_in_search_and_every_listing_filter_give_a_normal_page():
    sweep = Sweep()
    urls = [page.url for page in one_page_per_type()] + [reverse("search")]
    assert len(urls) >= 8
    filters_seen = 0
    for url in urls:
        response = sweep.request("get", url, expect={200})
        parser = GetFormFields()
        parser.feed(response.content.decode())
        names = parser.names | {"q", "pagina", "page", "sort"}
        filters_seen += len(parser.names)
        for name in sorted(names):
            sweep.request("get", url, {name: LONG}, expect={200, 404})
            sweep.request("get", url, {name: [LONG[:200]] * 50}, expect={200, 404})
        sweep.request("get", url, dict.fromkeys(names, LONG), expect={200, 404})
        for page_number in ["-1", "0", "999999999999999999999", "1e9", "NaN", ""]:
            sweep.request("get", url, {"pagina": page_number, "page": page_number}, expect={200})
    sweep.request("get", reverse("search_suggestions"), {"q": LONG}, expect={200})
    assert filters_seen > 10  # the listings' filter forms were found
    search = sweep.request("get", reverse("search"), {"q": LONG}, expect={200})
    assert "<script>'" not in search.content.decode()
    sweep.report("long queries")


def test_too_many_fields_give_400_on_public_forms_and_in_the_admin(settings):
    sweep = Sweep()
    fields = {f"veld{n}": "x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    # Pages without a form ignore a POST body; the forms read it and refuse.
    for page in one_page_per_type():
        sweep.request("post", page.url, fields, expect={200, 400, 405})
    forms = [
        NewsletterIndexPage.objects.get(locale__language_code="nl").url,
        InitiativeIndexPage.objects.get(locale__language_code="nl").url + "aanmelden/",
    ]
    for url in forms:
        sweep.request("post", url, fields, expect={400})
    user = get_user_model().objects.create_superuser("redactie", "r@example.org", "x-wachtwoord")
    sweep.client.force_login(user)
    home = Page.objects.filter(depth=2).first()
    for url in [
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
        reverse("wagtailusers_users:add"),
        reverse("wagtailimages:add"),
        reverse("wagtailadmin_login"),
    ]:
        sweep.request("post", url, fields, expect={400})
    sweep.report("too many fields")


def test_image_serve_urls_and_bad_filter_specs_are_not_found():
    """Wagtail's dynamic image-serve view is not routed: renditions are made when a template
    asks for them, with filter specs written in the templates. Made-up addresses find nothing."""
    from wagtail.images import get_image_model

    sweep = Sweep()
    image = get_image_model().objects.first()
    for url in [
        f"/images/badsignature/{image.pk}/width-100/",
        f"/images/badsignature/{image.pk}/width-99999999/",
        f"/images/x/{image.pk}/fill-0x0-c200/",
        f"/images/x/{image.pk}/{'a' * 5000}/",
        "/images/x/999999999/original/",
        f"/nl/images/x/{image.pk}/max-1x1/",
        f"/documents/{10**18}/bestand.pdf",
        "/documents/abc/bestand.pdf",
        "/media/original_images/../../etc/passwd",
        "/media/%2e%2e/%2e%2e/etc/passwd",
    ]:
        # (addresses outside /nl/ and /en/ are first redirected to the Dutch site)
        sweep.request("get", url, expect={400, 404}, follow=True)
    sweep.report("image serve")


def test_malformed_cookies_bad_encodings_and_huge_headers():
    sweep = Sweep()
    home = "/nl/"
    search = reverse("search")
    for cookie in [
        "sessionid=%%%; csrftoken=\x01\x02",
        "kennisbank_language=../../etc/passwd",
        "kennisbank_language=" + "x" * 4000,
        ";;;=;=x;sessionid",
        "sessionid=" + "A" * 8000,
        'csrftoken="unterminated',
    ]:
        sweep.request("get", home, HTTP_COOKIE=cookie, expect={200})
        sweep.request("post", search, {"q": "x"}, HTTP_COOKIE=cookie, expect={403, 405})
    for query in ["q=%ff%fe%fd", "q=%c0%af", "%ff=%ff", "q=%", "q=%%%zz", "pagina=%00"]:
        sweep.request("get", search, QUERY_STRING=query, expect={200})
        sweep.request("get", home, QUERY_STRING=query, expect={200})
    for path in ["/nl/%ff%fe/", "/nl/%00/", "/nl/" + "a/" * 2000]:
        sweep.request("get", path, expect={404})
    for header, value in [
        ("HTTP_USER_AGENT", "Mozilla " * 20_000),
        ("HTTP_ACCEPT_LANGUAGE", "nl;q=abc," * 5000),
        ("HTTP_ACCEPT_LANGUAGE", "x" * 100_000),
        ("HTTP_REFERER", "https://" + "a" * 100_000),
        ("HTTP_X_FORWARDED_FOR", ", ".join(["not-an-address"] * 5000)),
        ("HTTP_X_FORWARDED_PROTO", "https" * 10_000),
        ("HTTP_IF_MODIFIED_SINCE", "Thu, 99 Foo 99999 99:99:99 GMT"),
        ("HTTP_IF_NONE_MATCH", '"' + "x" * 50_000),
        ("HTTP_RANGE", "bytes=" + "0-1," * 10_000),
    ]:
        sweep.request("get", home, **{header: value}, expect={200, 304})
        sweep.request("get", search, {"q": "armoede"}, **{header: value}, expect={200, 304})
    for host in ["evil.example", "a" * 300, "[::1", "testserver\x00", "testserver@evil.example"]:
        sweep.request("get", home, HTTP_HOST=host, expect={400})
    sweep.report("cookies, encodings and headers")
