"""The journeys of editors, volunteers and visitors, through the real UI in Chromium.

Each journey only clicks and types in the browser (and reads the captured e-mail), and asserts
on what the browser shows. The journeys share one server; none relies on another having run.
"""

import re
import time
import urllib.request

from playwright.sync_api import expect

from tests.e2e.conftest import TIMEOUT_MS

METHOD_TITLE = "Samen koken in de buurt"


def open_actions_menu(page):
    """The page editor's footer: the arrow next to 'Bewaar concept' opens the other actions."""
    page.get_by_role("button", name="Meer acties").click()


def wait_for_editor(page):
    """A title typed before the editor's scripts are running does not reach the slug (on the
    Promote tab, required): on a slow machine the page was then refused on submit."""
    expect(page.get_by_role("textbox", name="Titel*")).to_be_visible()
    page.wait_for_load_state("networkidle")


def wait_for_autosave(page):
    """The editor autosaves half a second after a change: a new page becomes a draft and the
    form then posts to the draft's edit view. Publishing or submitting before that answer is in
    posts to the create view again and creates the page twice (the second time refused: the
    slug is taken), so where autosave runs, wait for the edit address and the indicator's
    "saved", on a slow machine too."""
    page.wait_for_timeout(1000)
    indicator = page.locator("#w-autosave-indicator[data-w-autosave-state-value]")
    if indicator.count():
        expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"), timeout=TIMEOUT_MS)
        expect(indicator).to_have_attribute(
            "data-w-autosave-state-value", "saved", timeout=TIMEOUT_MS
        )
    page.wait_for_load_state("networkidle")


def type_rich_text(page, name, text):
    """Type into the Draftail editor of field `name`; wait until its hidden input has the text."""
    field = page.locator(f":has(> input[name='{name}'])").first
    editor = field.locator("[contenteditable=true]").first
    editor.click()
    page.keyboard.type(text)
    expect(editor).to_contain_text(text)
    # Draftail copies its content to the form's hidden input a moment later.
    expect(page.locator(f"input[name='{name}']")).to_have_value(re.compile(re.escape(text)))


def form_errors(page):
    """The fields the admin marked as wrong, for a readable failure message."""
    return page.locator(
        "[data-field-wrapper]:has(.error-message), [data-contentpath]:has(> * .error-message)"
    ).evaluate_all("els => els.map(e => e.innerText.replace(/\\s+/g, ' ').slice(0, 200))")


def wait_for_mail(inbox, to, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = [m["message"] for m in inbox.messages if to in m["to"]]
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"No e-mail to {to}; got mail to {[m['to'] for m in inbox.messages]}")


def mail_text(message):
    part = message.get_body(preferencelist=("plain", "html"))
    return part.get_content() if part else ""


def test_editor_builds_previews_and_publishes_a_method_page(browsing):
    page = browsing.page(user="redacteur")

    # Pagina's → Home → Methodieken → add a child page (a method is the only kind allowed there).
    page.goto("/admin/pages/")
    page.locator("tr", has=page.locator("a[href='/nl/']")).get_by_role(
        "link", name="Bekijk de onderliggende pagina's van 'Home'"
    ).click()
    page.get_by_role("link", name="Bekijk de onderliggende pagina's van 'Methodieken'").click()
    page.get_by_role("link", name="Voeg onderliggende pagina toe").click()
    expect(page.get_by_role("heading", name="Nieuw: Methodiek").first).to_be_visible()
    wait_for_editor(page)
    page.get_by_role("textbox", name="Titel*").fill(METHOD_TITLE)
    page.get_by_role("textbox", name="Samenvatting").fill(
        "Buurtbewoners koken één avond per week samen en eten samen voor weinig geld."
    )
    body = page.locator("#body-root")

    # Fotoimpressie: a photo from the image library, with its description.
    body.get_by_role("button", name="Blok invoegen").last.click()
    page.get_by_role("option", name="Fotoimpressie").click()
    body.get_by_role("button", name="Kies een afbeelding").first.click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("textbox", name="Zoekterm").fill("Zutphen")
    expect(chooser.locator("a.image-choice").first).to_be_visible()
    chooser.locator("a.image-choice").first.click()
    expect(chooser).to_be_hidden()
    page.locator("#body-0-value-photos-0-value-alt_text").fill(
        "Buurtbewoners scheppen samen op aan een lange tafel"
    )

    # Aandachtspunten: one point, marked as a tip.
    body.get_by_role("button", name="Blok invoegen").last.click()
    page.get_by_role("option", name="Aandachtspunten").click()
    page.locator("#body-1-value-points-0-value-title").fill("Begin klein")
    page.locator("#body-1-value-points-0-value-text").fill(
        "Start met een paar vaste koks en breid pas uit als het loopt."
    )
    page.locator("#body-1-value-points-0-value-kind").select_option(label="Tip")

    # Plan van aanpak: one step with its description.
    body.get_by_role("button", name="Blok invoegen").last.click()
    page.get_by_role("option", name="Plan van aanpak").click()
    page.locator("#body-2-value-steps-0-value-title").fill("Zoek een keuken")
    type_rich_text(
        page,
        "body-2-value-steps-0-value-description",
        "Vraag een buurthuis of kerk om de keuken een avond per week te gebruiken.",
    )

    # Preview in the side panel.
    page.get_by_role("button", name="Toon/verberg voorvertoning").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text(METHOD_TITLE)
    expect(
        preview.get_by_role("img", name="Buurtbewoners scheppen samen op aan een lange tafel")
    ).to_be_attached()
    expect(preview.locator("main")).to_contain_text("Begin klein")
    expect(preview.locator("main")).to_contain_text("Zoek een keuken")

    wait_for_autosave(page)
    open_actions_menu(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Publiceren").click()
    assert "validatiefouten" not in page.locator(".messages").inner_text(), form_errors(page)
    expect(page.locator(".messages")).to_contain_text(f"'{METHOD_TITLE}' is gepubliceerd")

    # A visitor finds it in the method index and opens it.
    visitor = browsing.page()
    visitor.goto("/nl/methodieken/")
    visitor.get_by_role("link", name=METHOD_TITLE).first.click()
    expect(visitor.locator("h1")).to_have_text(METHOD_TITLE)
    main = visitor.locator("main")
    expect(
        main.get_by_role("img", name="Buurtbewoners scheppen samen op aan een lange tafel")
    ).to_be_attached()
    expect(main).to_contain_text("Aandachtspunten")
    expect(main).to_contain_text("Begin klein")
    expect(main).to_contain_text("Plan van aanpak")
    expect(main).to_contain_text("Vraag een buurthuis of kerk")


def test_volunteer_changes_are_moderated_by_an_editor(browsing, mailbox):
    new_summary = "Gratis kleding, speelgoed en huisraad voor iedereen, nu ook op zaterdag."
    experience = "Een kledingruilmiddag met de buurtschool"
    comment = "Noem ook de openingstijden op zaterdag, dan keuren we het goed."

    # The volunteer changes the initiative's page and sends it for approval.
    volunteer = browsing.page(user="vrijwilliger")
    expect(volunteer.locator("main")).to_contain_text("Mijn initiatief")
    volunteer.get_by_role("link", name="Pagina bewerken").click()
    volunteer.get_by_role("textbox", name="Samenvatting").fill(new_summary)
    open_actions_menu(volunteer)
    with volunteer.expect_navigation():
        volunteer.get_by_role("button", name="Stuur door naar Goedkeuring door de redactie").click()
    expect(volunteer.locator(".messages")).to_contain_text("ingediend")

    # ... and writes an experience with the method they used.
    volunteer.goto("/admin/")
    volunteer.get_by_label("Bij welke methodiek hoort je ervaring?").select_option(
        label="Weggeefwinkel"
    )
    volunteer.get_by_role("button", name="Ervaring schrijven").click()
    wait_for_editor(volunteer)
    volunteer.get_by_role("textbox", name="Titel*").fill(experience)
    type_rich_text(
        volunteer,
        "what_we_did",
        "We hielden met ouders van de buurtschool een ruilmiddag voor kinderkleding.",
    )
    wait_for_autosave(volunteer)
    open_actions_menu(volunteer)
    with volunteer.expect_navigation():
        volunteer.get_by_role("button", name="Stuur door naar Goedkeuring door de redactie").click()
    assert "validatiefouten" not in volunteer.locator(".messages").inner_text(), form_errors(
        volunteer
    )
    expect(volunteer.locator(".messages")).to_contain_text("ingediend")

    volunteer.goto("/admin/")
    waiting = volunteer.locator("main")
    expect(waiting).to_contain_text("Wat wacht op goedkeuring")
    expect(waiting).to_contain_text(experience)

    # The editor finds both on the dashboard: approves the experience, rejects the page change.
    editor = browsing.page(user="redacteur")
    review = editor.locator("section", has_text="In afwachting van jouw beoordeling").first
    expect(review).to_contain_text(experience)
    review.get_by_role("link", name=experience).click()
    open_actions_menu(editor)
    with editor.expect_navigation():
        editor.get_by_role("button", name="Goedkeuren en publiceren").click()

    editor.goto("/admin/")
    review.get_by_role("link", name="Weggeefwinkel Amersfoort").click()
    open_actions_menu(editor)
    editor.get_by_role("button", name="Wijzigingsverzoek").click()
    dialog = editor.get_by_role("dialog")
    dialog.get_by_label("Opmerking").fill(comment)
    with editor.expect_navigation():
        dialog.get_by_role("button", name="Wijzigingsverzoek").click()

    # The volunteer sees the comment on the dashboard and in the e-mail.
    volunteer.goto("/admin/")
    expect(volunteer.locator("main")).to_contain_text("De redactie vraagt om aanpassingen")
    expect(volunteer.locator("main")).to_contain_text(comment)
    mails = wait_for_mail(mailbox, "vrijwilliger@localhost")
    assert any(comment in mail_text(mail) for mail in mails)

    # A visitor sees the approved experience, and the initiative as it was.
    visitor = browsing.page()
    visitor.goto("/nl/methodieken/weggeefwinkel/")
    visitor.get_by_role("link", name=experience).click()
    expect(visitor.locator("h1")).to_have_text(experience)
    expect(visitor.locator("main")).to_contain_text("ruilmiddag voor kinderkleding")
    visitor.goto("/nl/initiatieven/weggeefwinkel-amersfoort/")
    expect(visitor.locator("main")).to_contain_text("Een winkel zonder kassa")
    expect(visitor.locator("main")).not_to_contain_text("nu ook op zaterdag")


def test_visitor_filters_initiatives_with_map_and_filters_on_a_phone(browsing):
    page = browsing.page(phone=True)
    page.goto("/nl/initiatieven/")
    filters = page.locator("details[data-filters]")
    # On a phone the filters fold away until a filter is in use.
    assert not filters.evaluate("details => details.open")

    # The province tile map: tap Utrecht.
    page.get_by_role("link", name=re.compile(r"^Utrecht: \d+ initiatie")).click()
    expect(page).to_have_url(re.compile(r"provincie=utrecht"))
    cards = page.locator("main article")
    utrecht_count = cards.count()
    assert utrecht_count > 1
    for card in cards.all():
        expect(card).to_contain_text("Utrecht")

    # Now a filter is in use they are open; tick a theme and show the result.
    if not filters.evaluate("details => details.open"):
        filters.locator("summary").click()
    page.locator("label[for='thema-werk']").click()
    page.get_by_role("button", name="Toon initiatieven").click()
    expect(page).to_have_url(re.compile(r"thema=werk"))
    expect(page).to_have_url(re.compile(r"provincie=utrecht"))
    count = cards.count()
    assert 0 < count < utrecht_count
    for card in cards.all():
        expect(card).to_contain_text("Utrecht")
        expect(card).to_contain_text("Werk")
    expect(page.locator("main")).to_contain_text(f"{count} initiatie")
    # Nothing sticks out sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def wait_for_mails(inbox, to, count, seconds=10):
    """The first `count` messages to `to`, waiting until that many have arrived."""
    deadline = time.monotonic() + seconds
    found = []
    while time.monotonic() < deadline:
        found = [m["message"] for m in inbox.messages if to in m["to"]]
        if len(found) >= count:
            return found[:count]
        time.sleep(0.2)
    raise AssertionError(f"Fewer than {count} e-mails to {to}; got {len(found)}")


def subscriber_status(site, address):
    return site.shell(
        "from newsletter.models import Subscriber; "
        f"print(Subscriber.objects.get(email={address!r}).status)"
    )


def subscribe_and_confirm(page, mailbox, base_url, address, mail_number):
    """Subscribe `address` on the archive page and follow the link in the confirmation mail."""
    page.goto("/nl/nieuwsbrief/")
    expect(page.locator("h1")).to_have_text("Nieuwsbrief")
    page.get_by_label("Je e-mailadres").fill(address)
    expect(page.get_by_role("radio", name="Nederlands")).to_be_checked()
    with page.expect_navigation():
        page.get_by_role("button", name="Inschrijven").click()
    done = page.get_by_role("region", name="Inschrijven").get_by_role("status")
    expect(done).to_contain_text("Kijk in je mailbox: we sturen een e-mail met een link.")
    sentence = done.inner_text()

    mail = wait_for_mails(mailbox, address, mail_number)[-1]
    assert mail["Subject"] == "Bevestig je inschrijving voor de nieuwsbrief"
    text = mail_text(mail)
    assert "Klik op de link om dat te bevestigen" in text
    links = re.findall(r"https?://\S+", text)
    assert len(links) == 1, text
    assert links[0].startswith(f"{base_url}/nl/nieuwsbrief/bevestigen/?code=")

    page.goto(links[0])
    expect(page.locator("h1")).to_have_text("Je bent ingeschreven")
    expect(page.locator("main")).to_contain_text("Je krijgt de volgende nieuwsbrief")
    return sentence


def test_visitor_subscribes_confirms_and_unsubscribes_from_the_newsletter(browsing, mailbox, site):
    address = "nieuwe.lezer@voorbeeld.nl"
    page = browsing.page()
    sentence = subscribe_and_confirm(page, mailbox, site.url, address, 1)
    assert subscriber_status(site, address) == "confirmed"

    # An address that is already subscribed gets exactly the same answer (and no mail).
    page.goto("/nl/nieuwsbrief/")
    page.get_by_label("Je e-mailadres").fill("jan.devries@example.org")
    with page.expect_navigation():
        page.get_by_role("button", name="Inschrijven").click()
    expect(page.get_by_role("region", name="Inschrijven").get_by_role("status")).to_have_text(
        sentence
    )
    # (The confirmation mail is sent within the request, so it would be there by now.)
    assert not [m for m in mailbox.messages if "jan.devries@example.org" in m["to"]]

    # The unsubscribe link is only in the newsletter mails, and those go out from the admin
    # through the background worker, which this server does not run: build the subscriber's
    # link the way each newsletter mail does.
    link = site.shell(
        "from newsletter.mail import unsubscribe_url; "
        "from newsletter.models import Subscriber; "
        f"print(unsubscribe_url(Subscriber.objects.get(email={address!r})))"
    )
    assert link.startswith(f"{site.url}/nl/nieuwsbrief/afmelden/"), link

    # Opening the link only asks; nothing changes until the button is pressed.
    page.goto(link)
    expect(page.locator("h1")).to_have_text("Afmelden voor de nieuwsbrief")
    expect(page.locator("main")).to_contain_text(
        f"Wil je dat {address} de nieuwsbrief niet meer krijgt?"
    )
    assert subscriber_status(site, address) == "confirmed"
    with page.expect_navigation():
        page.get_by_role("button", name="Ja, meld mij af").click()
    expect(page.locator("h1")).to_have_text("Je bent afgemeld")
    expect(page.locator("main")).to_contain_text(f"{address} krijgt de nieuwsbrief niet meer.")
    assert subscriber_status(site, address) == "unsubscribed"

    # Subscribing again needs a new confirmation; then a mail client's one-click unsubscribe
    # (RFC 8058: a POST without cookies or CSRF token) works on the same link.
    assert subscribe_and_confirm(page, mailbox, site.url, address, 2) == sentence
    assert subscriber_status(site, address) == "confirmed"
    request = urllib.request.Request(  # noqa: S310 - our own local server
        link, data=b"List-Unsubscribe=One-Click", method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert response.status == 200
        assert "Je bent afgemeld" in response.read().decode()
    assert subscriber_status(site, address) == "unsubscribed"

    # A link that was tampered with does not work.
    page.goto(link.replace("/afmelden/", "/afmelden/x"))
    expect(page.locator("h1")).to_have_text("Deze afmeldlink werkt niet")


def test_visitor_switches_between_dutch_and_english_on_a_method_page(browsing):
    page = browsing.page()
    page.goto("/nl/methodieken/weggeefwinkel/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("h1")).to_have_text("Weggeefwinkel")

    switcher = page.get_by_role("navigation", name="Taal")
    switcher.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/methods/give-away-shop/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("Give-away shop")
    expect(page.get_by_role("navigation", name="Language")).to_be_visible()

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()
    expect(page).to_have_url(re.compile(r"/nl/methodieken/weggeefwinkel/$"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("h1")).to_have_text("Weggeefwinkel")


def test_visitor_searches_narrows_with_a_facet_and_opens_a_result(browsing):
    # Written against the search page as it is while its facets are being finished.
    page = browsing.page()
    page.goto("/nl/")
    search = (
        page.get_by_role("search")
        .get_by_role("combobox")
        .or_(page.get_by_role("search").get_by_role("searchbox"))
    )
    search.first.fill("weggeefwinkel")
    search.first.press("Enter")
    expect(page).to_have_url(re.compile(r"/nl/zoeken/\?q=weggeefwinkel"))
    expect(page.locator("main")).to_contain_text("resultaten voor ‘weggeefwinkel’")

    page.locator("main").get_by_label(re.compile(r"^Initiatief")).check()
    page.get_by_role("button", name="Toon resultaten").click()
    expect(page).to_have_url(re.compile(r"soort=initiatief"))
    results = page.locator("main .search-results > li")
    expect(results.first).to_be_visible()
    for result in results.all():
        expect(result.locator(".search-result__type")).to_contain_text("Initiatief")

    page.locator("main").get_by_role("link", name="Weggeefwinkel Amersfoort").click()
    expect(page).to_have_url(re.compile(r"/nl/initiatieven/weggeefwinkel-amersfoort/$"))
    expect(page.locator("h1")).to_have_text("Weggeefwinkel Amersfoort")


def test_dutch_method_page_lists_only_dutch_initiatives(browsing):
    page = browsing.page()
    page.goto("/nl/methodieken/weggeefwinkel/")
    section = page.locator("section", has_text="Hier wordt het al gedaan").last
    expect(section).to_contain_text("Weggeefwinkel Amersfoort")
    expect(section).not_to_contain_text("A shop without a till")
