"""Every public page type checked with axe-core in Chromium, at phone and desktop width; the
keyboard reaches what matters and always shows where it is.

Screenshots of each page go to test-artifacts/e2e-screenshots/ for a person to look at.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from django.apps import apps

# One page of every public page type in the demo content: (name, address, expected status).
PAGES = [
    ("home", "/nl/", 200),
    ("method-index", "/nl/methodieken/", 200),
    ("method", "/nl/methodieken/weggeefwinkel/", 200),
    ("handout", "/nl/methodieken/weggeefwinkel/handreiking/", 200),
    (
        "experience",
        "/nl/methodieken/weggeefwinkel/stagiairs-draaien-mee-in-de-weggeefwinkel/",
        200,
    ),
    ("initiative-index", "/nl/initiatieven/", 200),
    ("initiative-index-filtered", "/nl/initiatieven/?provincie=utrecht&thema=werk", 200),
    ("initiative", "/nl/initiatieven/weggeefwinkel-amersfoort/", 200),
    ("news-index", "/nl/nieuws/", 200),
    ("news", "/nl/nieuws/kennisbank-online/", 200),
    ("agenda", "/nl/agenda/", 200),
    ("meeting", "/nl/agenda/alliantiedag-2013-zutphen/", 200),
    ("newsletter-archive", "/nl/nieuwsbrief/", 200),
    ("search", "/nl/zoeken/", 200),
    ("search-results", "/nl/zoeken/?q=weggeefwinkel", 200),
    ("standard", "/nl/over-de-kennisbank/", 200),
    ("not-found", "/nl/deze-pagina-bestaat-niet/", 404),
    ("home-en", "/en/", 200),
    ("method-en", "/en/methods/give-away-shop/", 200),
]
SERIOUS = {"serious", "critical"}

axe = Axe()


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(
            f"    {node['target']}: {node['html'][:160]}" for node in violation["nodes"][:5]
        )
    return "\n".join(lines)


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
@pytest.mark.parametrize(("name", "path", "status"), PAGES, ids=[page[0] for page in PAGES])
def test_page_has_no_serious_accessibility_violations(
    browsing, screenshots, name, path, status, phone
):
    if name == "newsletter-archive" and not apps.is_installed("newsletter"):
        pytest.skip("newsletter not built yet")
    page = browsing.page(phone=phone)
    response = page.goto(path)
    assert response.status == status, f"{path} answered {response.status}"
    page.wait_for_load_state("load")
    page.screenshot(
        path=screenshots / f"{name}-{'phone' if phone else 'desktop'}.png", full_page=True
    )

    results = axe.run(page).response
    assert results["testEngine"]["name"] == "axe-core"
    serious = [v for v in results["violations"] if v["impact"] in SERIOUS]
    assert not serious, f"{path}:\n{describe(serious)}"


FOCUS_STYLE = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return {
        outline: outline,
        shadow: style.boxShadow !== "none",
        focusVisible: element.matches(":focus-visible"),
        html: element.outerHTML.slice(0, 160),
    };
}"""


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching the selector has focus; return how it looks."""
    target = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return page.evaluate(FOCUS_STYLE)
    raise AssertionError(f"Tab never reached {selector} ({target.count()} on the page)")


def assert_visible_focus(style, what):
    assert style["focusVisible"], f"{what} has focus but not :focus-visible: {style['html']}"
    assert style["outline"] or style["shadow"], f"{what} shows no focus: {style['html']}"


def test_keyboard_reaches_skip_link_menu_languages_search_and_filters(browsing):
    page = browsing.page()
    page.goto("/nl/initiatieven/")

    # The first Tab lands on the skip link, which then shows; Enter moves to the content.
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    assert_visible_focus(page.evaluate(FOCUS_STYLE), "the skip link")
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["width"] > 1, "the focused skip link is not on screen"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"

    page.goto("/nl/initiatieven/")
    for what, selector in [
        ("the search box", "#header-search"),
        ("the language switcher", "nav.language-switcher a"),
        ("the main menu", "nav.main-nav a"),
        ("the province map", "main a[href*='provincie=']"),
        ("the filters", "form.filters summary, form.filters select, form.filters input"),
    ]:
        assert_visible_focus(tab_to(page, selector), what)


def test_keyboard_reaches_the_menu_and_filters_on_a_phone(browsing):
    page = browsing.page(phone=True)
    page.goto("/nl/initiatieven/")
    assert_visible_focus(tab_to(page, "nav.main-nav button"), "the menu button")
    page.keyboard.press("Enter")
    assert page.locator("nav.main-nav button").get_attribute("aria-expanded") == "true"
    assert_visible_focus(tab_to(page, "nav.main-nav a"), "the main menu")
    assert_visible_focus(tab_to(page, "form.filters summary"), "the filters")
    page.keyboard.press("Enter")
    assert_visible_focus(tab_to(page, "form.filters select"), "the province filter")


def test_keyboard_reaches_the_search_facets(browsing):
    page = browsing.page()
    page.goto("/nl/zoeken/?q=weggeefwinkel")
    assert_visible_focus(tab_to(page, "main input[type=search], main input[name=q]"), "search")
    assert_visible_focus(tab_to(page, "main input[type=checkbox]"), "the search facets")
