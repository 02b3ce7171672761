"""Demo content of the landing app: the page "Voor gemeenten" and the campaign page "Peer'M!",
both in Dutch with English translations made through wagtail-localize.

This loader runs after those of methods, initiatives, news and library (the order of
INSTALLED_APPS), so it links their pages and documents, looked up by type name: what is missing
(an app without demo content, a step plan that was never uploaded) is left out.
"""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Page, Site
from wagtail_localize.models import TranslationSource

from home.demo import (
    Texts,
    get_or_create_child_page,
    get_or_create_placeholder_image,
    place_after,
    translate,
)
from home.models import HomePage, HomePageHighlight, Theme

from .models import CampaignPage, MunicipalitiesPage

MUNICIPALITIES_SLUG = "voor-gemeenten"
CAMPAIGN_SLUG = "peerm"


def load(stdout=None):
    texts = Texts()
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.get(pk=site.root_page_id)
    dutch = home.locale

    municipalities = _municipalities_page(home, texts, dutch)
    campaign = _campaign_page(home, texts, dutch)

    if municipalities is not None:
        english = translate(municipalities, "en", texts.english)
        place_after(english, "about-the-knowledge-base")
        _highlight_on_home_page(home, municipalities)
    if campaign is not None:
        translate(campaign, "en", texts.english)
    if stdout:
        stdout.write("Landing pages: for municipalities and the Peer'M! campaign (nl, en).")


# Look-ups in other apps, by type name ---------------------------------------------------------


def _pages(label, locale, **filters):
    """Published pages of the type "app.Model" in a locale; empty when that type is missing."""
    try:
        model = apps.get_model(label)
    except LookupError:
        return Page.objects.none()
    return model.objects.live().filter(locale=locale, **filters)


def _by_slug(label, locale, *slugs):
    pages = {page.slug: page for page in _pages(label, locale, slug__in=slugs)}
    return [pages[slug] for slug in slugs if slug in pages]


def _step_plans():
    """Documents of the kind "stappenplan", when the document model has kinds."""
    model = get_document_model()
    try:
        model._meta.get_field("kind")
    except FieldDoesNotExist:
        return []
    return list(model.objects.filter(kind="stappenplan").order_by("title")[:3])


def _meetings_with_registration(locale):
    """Upcoming meetings for municipalities, those with registration on this site first."""
    meetings = _pages("news.EventPage", locale, end__gte=timezone.now(), for_municipalities=True)
    try:
        meetings.model._meta.get_field("registration_form")
        meetings = meetings.order_by("-registration_form", "start")
    except FieldDoesNotExist:
        meetings = meetings.order_by("start")
    return list(meetings[:2])


# The municipalities page --------------------------------------------------------------------


def _municipalities_page(home, texts, locale):
    slug = texts(MUNICIPALITIES_SLUG, "for-municipalities")
    title = texts("Voor gemeenten", "For municipalities")
    summary = texts(
        "Hoe een gemeente initiatieven van onderop mogelijk maakt en steunt, zonder ze over te "
        "nemen: tips, passende methodieken, voorbeelden van financiering en stappenplannen.",
        "How a municipality enables and supports bottom-up initiatives without taking them "
        "over: tips, suitable methods, financing examples and step plans.",
    )
    introduction = texts(
        "Bent u beleidsmaker of ambtenaar armoede en schulden, participatie of welzijn? Op deze "
        "pagina leest u wat initiatieven van onderop zijn, hoe u ze de ruimte geeft en welke "
        "methodieken bij uw doelen passen.",
        "Are you a policy maker or civil servant for poverty and debt, participation or "
        "welfare? On this page you read what bottom-up initiatives are, how you give them room "
        "and which methods suit your goals.",
    )
    alt = texts(
        "Vrijwilligers van een initiatief en twee ambtenaren praten aan een tafel.",
        "Volunteers of an initiative and two civil servants talk at a table.",
    )
    existing = home.get_children().filter(slug=slug).first()
    if existing is not None:
        if existing.specific_class is not MunicipalitiesPage:
            return None  # a site that still has the old general page: leave it alone
        _body_texts(texts, locale)  # the English of the existing page's texts, for translate
        return existing.specific
    image = get_or_create_placeholder_image(
        "Gesprek met de gemeente", "Vrijwilligers en ambtenaren in gesprek."
    )
    page, _ = get_or_create_child_page(
        home,
        MunicipalitiesPage,
        slug=slug,
        title=title,
        show_in_menus=True,
        teaser_image=image,
        hero_image=image,
        hero_image_alt=alt,
        summary=summary,
        introduction=introduction,
        body=_body_texts(texts, locale),
    )
    place_after(page, "over-de-kennisbank")
    return page


def _body_texts(texts, locale):
    methods = {page.slug: page for page in _pages("methods.MethodPage", locale)}
    initiatives = {page.slug: page for page in _pages("initiatives.InitiativePage", locale)}

    amersfoort = texts("Gemeente Amersfoort", "Municipality of Amersfoort")

    def method_ids(*slugs):
        return [methods[slug] for slug in slugs if slug in methods]

    body = [
        (
            "heading",
            {
                "text": texts(
                    "Wat zijn initiatieven van onderop?", "What are bottom-up initiatives?"
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            texts.paragraphs(
                (
                    "Een initiatief van onderop begint bij mensen die zelf rond moeten komen van "
                    "een laag inkomen. Zij zetten samen iets op: een weggeefwinkel, een sociale "
                    "coöperatie, een noodfonds of een bewonersbedrijf. Ze houden zelf de regie en "
                    "gaan uit van wat mensen wel kunnen.",
                    "A bottom-up initiative starts with people who have to make ends meet on a "
                    "low income themselves. Together they set something up: a give-away shop, a "
                    "social cooperative, an emergency fund or a residents' company. They stay in "
                    "charge and start from what people can do.",
                ),
                (
                    "Zulke initiatieven bereiken mensen die de gemeente met haar eigen loketten "
                    "vaak niet bereikt. Ze kijken naar het hele leven, naar de vraag achter de "
                    "vraag, en ze houden het vol als ze de ruimte krijgen.",
                    "Such initiatives reach people whom the municipality often does not reach "
                    "through its own counters. They look at the whole of life, at the question "
                    "behind the question, and they last when they are given room.",
                ),
            ),
        ),
        (
            "tips",
            {
                "heading": texts(
                    "Zo maakt u initiatieven mogelijk", "How you make initiatives possible"
                ),
                "intro": texts(
                    "Vijf lessen uit gesprekken met initiatieven en gemeenten.",
                    "Five lessons from conversations with initiatives and municipalities.",
                ),
                "tips": [
                    {
                        "title": texts(
                            "Houd het kleinschalig en licht",
                            "Keep it small-scale and light",
                        ),
                        "text": texts(
                            "Een initiatief is geen formele organisatie. Vraag een korte, "
                            "eenvoudige verantwoording in plaats van een jaarverslag.",
                            "An initiative is not a formal organisation. Ask for a short, simple "
                            "account instead of an annual report.",
                        ),
                    },
                    {
                        "title": texts(
                            "Verbind met formele organisaties",
                            "Connect with formal organisations",
                        ),
                        "text": texts(
                            "Bied scholing aan, organiseer één keer per jaar een ontmoeting en "
                            "zorg voor een ruimte waar groepen terecht kunnen.",
                            "Offer training, organise a gathering once a year and provide a "
                            "space where groups can meet.",
                        ),
                    },
                    {
                        "title": texts("Zet mensen voorop", "Put people first"),
                        "text": texts(
                            "Begin bij wat de mensen zelf willen en kunnen, niet bij regels, "
                            "producten of doelgroepen op papier.",
                            "Start from what people themselves want and can do, not from rules, "
                            "products or target groups on paper.",
                        ),
                    },
                    {
                        "title": texts(
                            "Geef ruimte om te vernieuwen en fouten te maken",
                            "Give room to innovate and to make mistakes",
                        ),
                        "text": texts(
                            "Wie iets nieuws probeert, doet soms iets wat niet lukt. Reken een "
                            "initiatief daar niet op af, maar vraag wat het ervan leerde.",
                            "Whoever tries something new sometimes does something that fails. "
                            "Don't hold it against an initiative; ask what it learned.",
                        ),
                    },
                    {
                        "title": texts(
                            "Let op de samenwerking zelf", "Mind the cooperation itself"
                        ),
                        "text": texts(
                            "Bespreek samen de ambitie, ieders belang, het proces, de "
                            "organisatie en de onderlinge relatie. Dan weet iedereen waar hij "
                            "aan toe is.",
                            "Discuss the ambition, each party's interests, the process, the "
                            "organisation and the relationship together. Then everyone knows "
                            "where they stand.",
                        ),
                    },
                ],
            },
        ),
        (
            "methods_for_goals",
            {
                "heading": texts(
                    "Methodieken die passen bij uw doelen", "Methods that suit your goals"
                ),
                "intro": texts(
                    "Elke methodiek is beschreven met aandachtspunten en een plan van aanpak, "
                    "zodat een groep in uw gemeente ermee kan beginnen.",
                    "Each method is described with points of attention and a step-by-step plan, "
                    "so that a group in your municipality can start with it.",
                ),
                "goals": [
                    goal
                    for goal in (
                        {
                            "goal": texts(
                                "Meer mensen doen mee in de buurt",
                                "More people take part in the neighbourhood",
                            ),
                            "text": texts(
                                "Plekken waar mensen elkaar ontmoeten en samen iets doen.",
                                "Places where people meet and do something together.",
                            ),
                            "methods": method_ids(
                                "weggeefwinkel", "gereedschapskist", "buurtmoeders"
                            ),
                        },
                        {
                            "goal": texts(
                                "Werk en inkomen naast een uitkering",
                                "Work and income alongside benefits",
                            ),
                            "text": texts(
                                "Wegen naar werk die beginnen bij wat mensen kunnen.",
                                "Paths to work that start from what people can do.",
                            ),
                            "methods": method_ids(
                                "sociale-cooperatie",
                                "ondernemen-met-uitkering",
                                "maatjes-naar-werk",
                            ),
                        },
                        {
                            "goal": texts(
                                "Schulden voorkomen en mensen eerder bereiken",
                                "Prevent debts and reach people sooner",
                            ),
                            "text": texts(
                                "Hulp van mensen die weten hoe het is om krap te zitten.",
                                "Help from people who know what it is like to be short of money.",
                            ),
                            "methods": method_ids("noodfonds", "ervaringsdeskundigen-armoede"),
                        },
                    )
                    if goal["methods"]
                ],
            },
        ),
        (
            "municipalities",
            {
                "heading": texts("Wat gebeurt er in uw gemeente?", "What happens in your area?"),
                "intro": texts(
                    "In deze gemeenten zijn initiatieven actief. Kies een gemeente om ze te zien.",
                    "Initiatives are active in these municipalities. Choose one to see them.",
                ),
            },
        ),
        (
            "financing",
            {
                "heading": texts("Zo financieren anderen het", "How others finance such work"),
                "intro": texts(
                    "Bijna elk initiatief leeft van een mix: een bijdrage van de gemeente, een "
                    "fonds, en hulp in natura van bedrijven en corporaties.",
                    "Almost every initiative lives on a mix: a contribution from the "
                    "municipality, a fund, and help in kind from companies and housing "
                    "corporations.",
                ),
                "examples": [
                    {
                        "title": texts("Weggeefwinkel Amersfoort", "Give-away shop Amersfoort"),
                        "initiative": initiatives.get("weggeefwinkel-amersfoort"),
                        "text": texts(
                            "De winkel draait op vrijwilligers en stagiairs. De gemeente draagt "
                            "bij in de huur; de woningcorporatie verhuurt de ruimte goedkoop.",
                            "The shop runs on volunteers and interns. The municipality "
                            "contributes to the rent; the housing corporation lets the space "
                            "cheaply.",
                        ),
                        "sources": [
                            {
                                "funder": amersfoort,
                                "kind": "municipality",
                                "form": "money",
                                "description": texts(
                                    "bijdrage in de huur en vaste lasten",
                                    "contribution to rent and fixed costs",
                                ),
                            },
                            {
                                "funder": texts("Portaal", "Portaal"),
                                "kind": "housing",
                                "form": "in_kind",
                                "description": texts(
                                    "winkelruimte tegen een lage huur", "shop space at a low rent"
                                ),
                            },
                        ],
                    },
                    {
                        "title": texts(
                            "Vereniging Duurzaam Soesterkwartier",
                            "Vereniging Duurzaam Soesterkwartier",
                        ),
                        "initiative": initiatives.get("duurzaam-soesterkwartier"),
                        "text": texts(
                            "Bewoners zetten hun eigen projecten op. Een wijkbudget van de "
                            "gemeente betaalt de start; partners helpen met ruimte en kennis.",
                            "Residents set up their own projects. A neighbourhood budget from "
                            "the municipality pays for the start; partners help with space and "
                            "know-how.",
                        ),
                        "sources": [
                            {
                                "funder": amersfoort,
                                "kind": "municipality",
                                "form": "money",
                                "description": texts(
                                    "wijkbudget voor bewonersinitiatieven",
                                    "neighbourhood budget for residents' initiatives",
                                ),
                            },
                            {
                                "funder": texts("Portaal", "Portaal"),
                                "kind": "housing",
                                "form": "in_kind",
                                "description": texts(
                                    "ruimte voor de werkplaats", "space for the workshop"
                                ),
                            },
                        ],
                    },
                ],
            },
        ),
        (
            "heading",
            {
                "text": texts(
                    "Bijzonder Statuut en Sociaal Aandeelhouderschap",
                    "Special Statute and Social Shareholdership",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            texts.paragraphs(
                (
                    "Samen met sociale coöperaties zijn twee instrumenten ontwikkeld. Met een "
                    "Bijzonder Statuut mag een coöperatie volgens eigen regels werken. Bij "
                    "Sociaal Aandeelhouderschap bewaakt de overheid als sociale aandeelhouder de "
                    "publieke waarborgen.",
                    "Two instruments were developed together with social cooperatives. A Special "
                    "Statute lets a cooperative work under its own rules. With Social "
                    "Shareholdership, the government acts as a social shareholder that guards "
                    "the public safeguards.",
                ),
            ),
        ),
    ]
    step_plans = _step_plans()
    if step_plans:
        body.append(
            (
                "downloads",
                {
                    "heading": texts("Stappenplannen", "Step plans"),
                    "intro": texts(
                        "Om te downloaden en te delen met uw collega's en met groepen.",
                        "To download and share with your colleagues and with groups.",
                    ),
                    "documents": [
                        {"document": document, "title": "", "description": ""}
                        for document in step_plans
                    ],
                },
            )
        )
    talks = list(_pages("library.TalkPage", locale).order_by("-first_published_at")[:3])
    if talks:
        body.append(
            (
                "talks",
                {
                    "heading": texts("Terugkijken: Social Talks", "Watch again: Social Talks"),
                    "intro": texts(
                        "Korte gesprekken met initiatieven, gemeenten en ervaringsdeskundigen.",
                        "Short conversations with initiatives, municipalities and experts by "
                        "experience.",
                    ),
                    "talks": talks,
                },
            )
        )
    body.extend(
        [
            (
                "meetings",
                {
                    "heading": texts("Ontmoet andere gemeenten", "Meet other municipalities"),
                    "intro": texts(
                        "Bijeenkomsten waar gemeenten en initiatieven ervaringen uitwisselen. "
                        "Aanmelden kan op de pagina van de bijeenkomst.",
                        "Meetings where municipalities and initiatives exchange experiences. You "
                        "register on the meeting's page.",
                    ),
                    "meetings": _meetings_with_registration(locale),
                },
            ),
            (
                "quote",
                {
                    "text": texts(
                        "Toen de gemeente ophield met controleren en begon met vragen wat we "
                        "nodig hadden, ging het hard.",
                        "When the municipality stopped checking and started asking what we "
                        "needed, things took off.",
                    ),
                    "attribution": texts("Mohamed", "Mohamed"),
                    "role": texts(
                        "initiatiefnemer van een bewonersbedrijf",
                        "founder of a residents' company",
                    ),
                },
            ),
        ]
    )
    contact = _pages("home.StandardPage", locale, slug="contact").first()
    if contact is not None:
        body.append(
            (
                "call_to_action",
                {
                    "title": texts(
                        "Een initiatief in uw gemeente helpen starten?",
                        "Help an initiative start in your municipality?",
                    ),
                    "text": texts(
                        "Wij brengen u in contact met gemeenten en groepen die u voorgingen.",
                        "We put you in touch with municipalities and groups who went before you.",
                    ),
                    "page": contact,
                    "external_url": "",
                    "link_text": texts("Neem contact op", "Get in touch"),
                },
            )
        )
    return body


def _highlight_on_home_page(home, page):
    """Put the page among the home page's highlighted pages (after the first), once, and bring
    the English home page up to date through wagtail-localize, as an editor's sync would."""
    home = HomePage.objects.get(pk=home.pk)
    highlights = list(home.highlights.all())
    if any(highlight.page_id == page.pk for highlight in highlights):
        return
    highlights.insert(min(1, len(highlights)), HomePageHighlight(page=page))
    for position, highlight in enumerate(highlights):
        highlight.sort_order = position
    home.highlights = highlights
    home.save_revision().publish()
    source = TranslationSource.objects.filter(object_id=home.translation_key).first()
    if source is None:
        return
    source.update_from_db()
    for translation in source.translations.filter(enabled=True):
        translation.save_target(publish=True)


# The campaign page --------------------------------------------------------------------------


def _campaign_page(home, texts, locale):
    slug = texts(CAMPAIGN_SLUG, "peerm-campaign")
    title = texts(
        "Peer'M! Uit de armoede, op weg naar bestaanszekerheid",
        "Peer'M! Out of poverty, on the way to livelihood security",
    )
    existing = home.get_children().filter(slug=slug).first()
    body = _campaign_body(texts, locale)
    if existing is not None:
        return existing.specific
    image = get_or_create_placeholder_image(
        "Peer'M! manifestatie", "Deelnemers van de landelijke manifestatie Peer'M!"
    )
    page, _ = get_or_create_child_page(
        home,
        CampaignPage,
        slug=slug,
        title=title,
        show_in_menus=False,
        teaser_image=image,
        summary=texts(
            "Mensen met een laag inkomen laten zien hoe zij samen werken aan bestaanszekerheid: "
            "sociale coöperaties, een werkboek, een reizende tentoonstelling en Social Talks.",
            "People on low incomes show how they work together towards livelihood security: "
            "social cooperatives, a workbook, a travelling exhibition and Social Talks.",
        ),
        body=[("hero", {**body[0][1], "image": image}), *body[1:]],
    )
    return page


def _campaign_body(texts, locale):
    theme = Theme.objects.filter(locale=locale, slug="inkomen").first()
    news = _by_slug(
        "news.NewsPage",
        locale,
        "terugblik-peerm",
        "werkboek-sociale-cooperaties",
        "reizende-tentoonstelling",
    )
    meetings = list(_pages("news.EventPage", locale, end__gte=timezone.now()).order_by("start")[:2])
    cooperative = _by_slug("methods.MethodPage", locale, "sociale-cooperatie")
    body = [
        (
            "hero",
            {
                "title": texts("Peer'M!", "Peer'M!"),
                "subtitle": texts(
                    "Uit de armoede, op weg naar bestaanszekerheid. Mensen met een laag inkomen "
                    "nemen het heft in eigen hand, samen en op hun eigen manier.",
                    "Out of poverty, on the way to livelihood security. People on low incomes "
                    "take matters into their own hands, together and in their own way.",
                ),
                "image": None,
                "alt_text": texts(
                    "Deelnemers van de manifestatie staan bij een spandoek van een sociale "
                    "coöperatie.",
                    "Participants of the manifestation stand by a banner of a social cooperative.",
                ),
            },
        ),
        (
            "message",
            {
                "heading": texts("Waar het om gaat", "What it is about"),
                "text": texts.paragraphs(
                    (
                        "Op 29 september 2017 kwamen initiatieven van onderop uit het hele land "
                        "samen op de landelijke manifestatie Peer'M!. Ze lieten zien hoe zij "
                        "zelf werken aan een bestaan dat zeker is: met werk, inkomen en een "
                        "plek in de buurt.",
                        "On 29 September 2017, bottom-up initiatives from all over the country "
                        "came together at the national manifestation Peer'M!. They showed how "
                        "they themselves work towards a secure livelihood: with work, income and "
                        "a place in the neighbourhood.",
                    ),
                    (
                        "Sociale coöperaties staan daarbij voorop: kleinschalig, van en voor de "
                        "leden, met een financiële en een sociale opbrengst. De campagne gaat "
                        "door met een werkboek, een reizende tentoonstelling en online Social "
                        "Talks.",
                        "Social cooperatives lead the way: small-scale, of and for their "
                        "members, with a financial and a social return. The campaign continues "
                        "with a workbook, a travelling exhibition and online Social Talks.",
                    ),
                ),
            },
        ),
        (
            "figures",
            {
                "heading": texts("Peer'M! in cijfers", "Peer'M! in figures"),
                "figures": [
                    {
                        "number": texts("12", "12"),
                        "label": texts("initiatieven beschreven", "initiatives described"),
                    },
                    {
                        "number": texts("9", "9"),
                        "label": texts(
                            "sociale coöperaties in het werkboek",
                            "social cooperatives in the workbook",
                        ),
                    },
                    {
                        "number": texts("50", "50"),
                        "label": texts(
                            "organisaties in de Sociale Alliantie",
                            "organisations in the Sociale Alliantie",
                        ),
                    },
                ],
            },
        ),
    ]
    if cooperative:
        body.append(
            (
                "call_to_action",
                {
                    "title": texts(
                        "Zelf een sociale coöperatie beginnen?",
                        "Start a social cooperative yourself?",
                    ),
                    "text": texts(
                        "Lees hoe anderen het deden, met aandachtspunten en een plan van aanpak.",
                        "Read how others did it, with points of attention and a step-by-step plan.",
                    ),
                    "page": cooperative[0],
                    "external_url": "",
                    "link_text": texts("Naar de methodiek", "To the method"),
                },
            )
        )
    body.append(
        (
            "related",
            {
                "heading": texts("Nieuws en bijeenkomsten", "News and meetings"),
                "pages": [*news, *meetings],
                "theme": theme,
            },
        )
    )
    return body
