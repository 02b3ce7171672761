"""Demo content of the home app: the home page, general pages, site settings and footer.

Facts from the project brief (the Sociale Alliantie and its project); the page for
municipalities is the landing app's. The sentences are written for this site. Dutch first, with
English translations of the key pages made through wagtail-localize.
"""

from wagtail.models import Locale, Site

from home.demo import Texts, get_or_create_child_page, get_or_create_placeholder_image, translate
from home.models import FooterText, HomePage, HomePageHighlight, SiteSettings, StandardPage


def load(stdout=None):
    texts = Texts()
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.get(pk=site.root_page.pk)

    images = {
        "hero": get_or_create_placeholder_image(
            "Buurtbewoners samen op het plein", "Een groep buurtbewoners staat samen op een plein."
        ),
        "about": get_or_create_placeholder_image(
            "Bijeenkomst van de Sociale Alliantie", "Deelnemers van een regionale bijeenkomst."
        ),
        "contact": get_or_create_placeholder_image(
            "Vrijwilligers bij de koffietafel", "Vrijwilligers drinken samen koffie."
        ),
    }

    about = _about_page(home, texts, images)
    # The page for municipalities ("voor-gemeenten") is a landing.MunicipalitiesPage: the
    # landing app's demo loader adds it to the menu and the highlights after this one.
    contact = _contact_page(home, texts, images)
    _privacy_page(home, texts)
    _fill_home_page(home, texts, images, about, [about, contact])
    _site_settings(site)
    footer = _footer_text(texts)

    for instance in (home, about, contact, footer):
        translate(instance, "en", texts.english)
    if stdout:
        stdout.write("Home, general pages, settings and footer are in place (nl, en).")


def _fill_home_page(home, texts, images, about, highlighted):
    """Fill the home page created by the migration, once: an edited home page is left alone."""
    if home.introduction:
        return
    home.title = texts("Home", "Home")
    home.slug = texts("home", "home-en")
    home.hero_heading = texts("Samen sterker tegen armoede", "Stronger together against poverty")
    home.introduction = texts(
        "Overal in Nederland nemen mensen met een laag inkomen zelf het initiatief: een "
        "weggeefwinkel, een sociale coöperatie, een bewonersbedrijf. Hier vindt u hoe zij "
        "het aanpakken, zodat u het in uw eigen buurt of gemeente ook kunt doen.",
        "All over the Netherlands, people on low incomes take the lead themselves: a give-away "
        "shop, a social cooperative, a residents' company. Here you find how they do it, so "
        "that you can do the same in your own neighbourhood or municipality.",
    )
    home.hero_image = images["hero"]
    home.hero_image_alt = texts(
        "Buurtbewoners van verschillende leeftijden staan samen op een plein.",
        "Residents of different ages stand together on a square.",
    )
    home.hero_cta_page = about
    home.hero_cta_text = texts("Lees hoe het werkt", "Read how it works")
    home.highlights_heading = texts("Begin hier", "Start here")
    home.search_description = texts(
        "Kennisbank van de Sociale Alliantie: methodieken en initiatieven van onderop tegen "
        "armoede, om te leren en na te doen.",
        "Knowledge base of the Sociale Alliantie: bottom-up methods and initiatives against "
        "poverty, to learn from and copy.",
    )
    home.highlights = [HomePageHighlight(page=page) for page in highlighted]
    home.body = [
        (
            "quote",
            {
                "text": texts(
                    "Wij wachten niet tot iemand ons komt redden. We doen het samen, en we "
                    "laten zien dat het kan.",
                    "We don't wait for someone to come and rescue us. We do it together, and "
                    "we show that it can be done.",
                ),
                "attribution": texts("Anouk", "Anouk"),
                "role": texts(
                    "vrijwilliger bij een weggeefwinkel", "volunteer at a give-away shop"
                ),
            },
        ),
        (
            "call_to_action",
            {
                "title": texts(
                    "Wilt u een initiatief starten in uw gemeente?",
                    "Would you like to start an initiative in your municipality?",
                ),
                "text": texts(
                    "Wij brengen u in contact met groepen die u voorgingen, en helpen met een "
                    "plan van aanpak.",
                    "We put you in touch with groups who went before you, and help with a "
                    "step-by-step plan.",
                ),
                "page": about,
                "external_url": "",
                "link_text": texts("Neem contact op", "Get in touch"),
            },
        ),
    ]
    home.save_revision().publish()


def _about_page(home, texts, images):
    page, _ = get_or_create_child_page(
        home,
        StandardPage,
        slug=texts("over-de-kennisbank", "about-the-knowledge-base"),
        title=texts("Over de kennisbank", "About the knowledge base"),
        show_in_menus=True,
        teaser_image=images["about"],
        summary=texts(
            "Wie de Sociale Alliantie is, wat deze kennisbank wil en hoe een goed voorbeeld "
            "eruitziet.",
            "Who the Sociale Alliantie is, what this knowledge base wants and what a good "
            "example looks like.",
        ),
        introduction=texts(
            "De Sociale Alliantie is een netwerk van ongeveer vijftig landelijke, provinciale en "
            "lokale organisaties die samen armoede en sociale uitsluiting tegengaan.",
            "The Sociale Alliantie is a network of about fifty national, provincial and local "
            "organisations that work together against poverty and social exclusion.",
        ),
        body=[
            ("heading", {"text": texts("Wie wij zijn", "Who we are"), "level": "h2"}),
            (
                "paragraph",
                texts.paragraphs(
                    (
                        "In de Sociale Alliantie werken vakbonden, kerken, cliëntenraden, "
                        "fondsen, belangenorganisaties en armoedegroepen samen. Het netwerk "
                        "heeft geen eigen rechtsvorm; Stichting Stimulansz in Utrecht is "
                        "penvoerder van het project.",
                        "Trade unions, churches, client councils, funds, advocacy organisations "
                        "and anti-poverty groups work together in the Sociale Alliantie. The "
                        "network has no legal entity of its own; Stichting Stimulansz in "
                        "Utrecht holds the project.",
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": texts(
                        "De kracht van verbinden en versterken",
                        "The power of connecting and strengthening",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                texts.paragraphs(
                    (
                        "Met dit project willen we initiatieven van onderop bekend maken, met "
                        "elkaar verbinden en op nieuwe plekken laten beginnen. Het gaat om "
                        "initiatieven waarin mensen met een laag inkomen zelf hun situatie "
                        "verbeteren.",
                        "With this project we want to make bottom-up initiatives known, "
                        "connect them and help them start in new places. These are initiatives "
                        "in which people on low incomes improve their own situation.",
                    ),
                    (
                        "De kennisbank beschrijft tien methodieken zo dat een groep elders "
                        "ermee aan de slag kan, laat zien waar initiatieven actief zijn en "
                        "koppelt vergelijkbare projecten in projectenbanden, zodat ze van "
                        "elkaar leren.",
                        "The knowledge base describes ten methods in such a way that a group "
                        "elsewhere can get started with them, shows where initiatives are "
                        "active and links similar projects in project partnerships, so that "
                        "they learn from each other.",
                    ),
                ),
            ),
            (
                "image",
                {
                    "image": images["about"],
                    "alt_text": texts(
                        "Deelnemers zitten in een kring tijdens een regionale bijeenkomst.",
                        "Participants sit in a circle during a regional meeting.",
                    ),
                    "caption": texts(
                        "Op de Alliantiedagen delen groepen uit het hele land hun ervaringen.",
                        "At the Alliantiedagen, groups from all over the country share their "
                        "experiences.",
                    ),
                    "credit": "",
                },
            ),
            (
                "heading",
                {
                    "text": texts(
                        "Zeven kenmerken van een goed voorbeeld",
                        "Seven marks of a good example",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                texts.paragraphs(
                    (
                        "Eigen regie: mensen met een laag inkomen houden zelf het stuur.",
                        "Own direction: people on low incomes stay in charge.",
                    ),
                    (
                        "Eigen kracht: het begint bij wat mensen zelf kunnen en willen.",
                        "Own strength: it starts from what people can and want to do.",
                    ),
                    (
                        "Armoede: het initiatief helpt actief tegen armoede.",
                        "Poverty: the initiative actively helps against poverty.",
                    ),
                    (
                        "Participatie: mensen doen mee in de samenleving.",
                        "Participation: people take part in society.",
                    ),
                    (
                        "Integraal: het kijkt naar het hele leven, naar de vraag achter de vraag.",
                        "Integral: it looks at the whole of life, at the question behind the "
                        "question.",
                    ),
                    (
                        "Samenwerking: met de gemeente en maatschappelijke organisaties.",
                        "Cooperation: with the municipality and civil-society organisations.",
                    ),
                    (
                        "Duurzaam: het is gebouwd om door te gaan.",
                        "Lasting: it is built to continue.",
                    ),
                    tag="li",
                ),
            ),
        ],
    )
    return page


def _contact_page(home, texts, images):
    page, _ = get_or_create_child_page(
        home,
        StandardPage,
        slug=texts("contact", "contact"),
        title=texts("Contact", "Contact"),
        show_in_menus=True,
        teaser_image=images["contact"],
        summary=texts(
            "Een vraag, een initiatief aanmelden of meedoen aan een projectenband? Wij horen "
            "graag van u.",
            "A question, an initiative to register or joining a project partnership? We would "
            "like to hear from you.",
        ),
        introduction=texts(
            "De redactie van de kennisbank beantwoordt vragen van initiatieven, gemeenten en "
            "organisaties. Meestal hoort u binnen een week van ons.",
            "The editors of the knowledge base answer questions from initiatives, "
            "municipalities and organisations. You usually hear from us within a week.",
        ),
        body=[
            (
                "paragraph",
                texts.paragraphs(
                    (
                        "Mail naar de redactie of bel op werkdagen. Ons adres staat onderaan "
                        "elke pagina.",
                        "Email the editors or call on working days. Our address is at the "
                        "bottom of every page.",
                    ),
                ),
            ),
        ],
    )
    return page


def _privacy_page(home, texts):
    page, _ = get_or_create_child_page(
        home,
        StandardPage,
        slug="privacy",
        title="Privacyverklaring",
        show_in_menus=False,
        summary="Welke gegevens de kennisbank bewaart en waarom.",
        introduction=(
            "De kennisbank bewaart zo weinig mogelijk gegevens. Deze site gebruikt geen "
            "volgcookies en laadt niets van andere websites zonder dat u daarvoor kiest."
        ),
        body=[
            (
                "paragraph",
                "<p>Meldt u zich aan voor de nieuwsbrief, dan bewaren we uw e-mailadres tot u "
                "zich afmeldt. Afmelden kan met één klik onderaan elke nieuwsbrief.</p>",
            ),
        ],
    )
    return page


def _site_settings(site):
    settings = SiteSettings.for_site(site)
    if settings.email:
        return
    settings.organisation_name = "Sociale Alliantie"
    settings.email = "redactie@socialealliantie.example"
    settings.phone = "030 000 00 00"
    settings.address = "p/a Stichting Stimulansz\nUtrecht"
    settings.linkedin_url = "https://www.linkedin.com/company/sociale-alliantie-example"
    settings.youtube_url = "https://www.youtube.com/@socialealliantie-example"
    settings.save()


def _footer_text(texts):
    body = texts.paragraphs(
        (
            "Een netwerk van ongeveer vijftig organisaties tegen armoede en sociale uitsluiting. "
            "Samen maken we initiatieven van onderop bekend en sterker.",
            "A network of about fifty organisations against poverty and social exclusion. "
            "Together we make bottom-up initiatives known and stronger.",
        ),
    )
    dutch = Locale.objects.get(language_code="nl")
    footer = FooterText.objects.filter(locale=dutch).first()
    if footer is None:
        footer = FooterText(locale=dutch, body=body)
        footer.save()
        footer.save_revision().publish()
    return footer
