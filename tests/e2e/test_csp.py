"""The Content-Security-Policy holds in a real browser: the site's own public pages cause no
violations, for visitors and for a logged-in editor with the Wagtail user bar, and the admin
keeps working under its relaxed policy."""

import json

import pytest

# Every securitypolicyviolation event of the page, kept where the test can read it.
LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
    window.__cspViolations.push(
        event.violatedDirective + " " + (event.blockedURI || "inline") + " "
        + (event.sourceFile || "") + ":" + (event.lineNumber || "")
    );
});
"""

FIND_PAGES = """
import json
from methods.models import MethodPage
from initiatives.models import InitiativePage
from news.models import EventPage
pages = [
    MethodPage.objects.live().filter(locale__language_code="nl").order_by("path").first(),
    InitiativePage.objects.live().filter(locale__language_code="nl").order_by("path").first(),
    EventPage.objects.live().filter(locale__language_code="nl").order_by("path").first(),
]
print(json.dumps([page.url for page in pages]))
"""


@pytest.fixture(scope="module")
def public_urls(site, server_url):
    method, initiative, event = json.loads(site.shell(FIND_PAGES))
    return ["/nl/", method, initiative, "/nl/zoeken/?q=armoede", event, "/en/"]


def watch(page):
    """Console messages about the policy, and the violation events, of one page."""
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    page.add_init_script(LISTEN)
    return refused


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    page.wait_for_load_state("load")
    # Start the things that load on demand: videos and stored embeds, the search suggestions.
    for play in page.locator("[data-video-play], [data-embed-play]").all():
        if play.is_visible():
            play.click()
    return response


def violations(page):
    return page.evaluate("window.__cspViolations || []")


def test_public_pages_cause_no_csp_violations(browsing, public_urls):
    page = browsing.page()
    refused = watch(page)
    seen = []
    for url in public_urls:
        response = visit(page, url)
        policy = response.headers.get("content-security-policy", "")
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy, url
        assert response.headers.get("permissions-policy"), url
        seen += [f"{url}: {v}" for v in violations(page)]
    search = page.get_by_role("search").get_by_role("combobox")
    if search.count():
        search.first.fill("armo")
        page.wait_for_timeout(800)
        seen += [f"suggestions: {v}" for v in violations(page)]
    assert refused == []
    assert seen == []


def test_editor_with_user_bar_causes_no_csp_violations(browsing, public_urls):
    page = browsing.page(user="admin")
    refused = watch(page)
    seen = []
    for url in public_urls[:3]:
        visit(page, url)
        userbar = page.locator("wagtail-userbar")
        assert userbar.count() == 1, url
        page.locator("#wagtail-userbar-trigger").click()
        page.wait_for_timeout(500)
        seen += [f"{url}: {v}" for v in violations(page)]
    assert refused == []
    assert seen == []


def test_admin_works_under_its_relaxed_policy(browsing, public_urls):
    page = browsing.page(user="admin")
    refused = watch(page)
    page.goto("/admin/pages/")
    page.wait_for_load_state("load")
    assert page.locator("#wagtail-sidebar, [data-side-panel], .sidebar").count() >= 1
    assert refused == []
    assert violations(page) == []
