"""Demo content of the library: the library page (Dutch and English), documents with their
kind and themes, and two recorded Social Talks. Facts from the project brief; the sentences
are written for this site. The methods' step plans get their kind and themes here too."""

from datetime import date

from wagtail.models import Locale, Site
from wagtail.search import index

from home.demo import (
    Texts,
    get_or_create_child_page,
    get_or_create_pdf_document,
    place_after,
    translate,
)
from home.models import HomePage, Theme

from .models import LibraryIndexPage, TalkPage, TalkSpeaker

# (title, file name, kind, date, language, themes, description, paragraphs of the PDF)
DOCUMENTS = [
    (
        "Werkboek sociale coöperaties",
        "werkboek-sociale-cooperaties.pdf",
        "werkboek",
        "2019-03-14",
        "nl",
        ["werk", "inkomen"],
        "Negen sociale coöperaties vertellen hoe zij begonnen, hoe zij hun leden laten "
        "meebeslissen en hoe zij aan geld komen. Met vragen om in je eigen groep te bespreken.",
        [
            "Een sociale coöperatie is een groep mensen, vaak met een laag inkomen, die samen "
            "zorgen voor bestaanszekerheid. De leden beslissen zelf en de coöperatie levert "
            "zowel geld als contact op.",
            "In dit werkboek vertellen negen coöperaties over hun eerste jaar, over wat misging "
            "en over wat hen verder hielp. Na elk verhaal staan vragen voor je eigen groep.",
        ],
    ),
    (
        "Stappenplan Bijzonder Statuut",
        "stappenplan-bijzonder-statuut.pdf",
        "stappenplan",
        "2020-06-02",
        "nl",
        ["werk", "inkomen"],
        "Hoe een sociale coöperatie met de gemeente afspraken maakt over een Bijzonder "
        "Statuut: eigen regels voor wie meedoet, met behoud van de publieke waarborgen.",
        [
            "Met een Bijzonder Statuut werkt een sociale coöperatie onder eigen regels, "
            "bijvoorbeeld over bijverdienen met behoud van uitkering.",
            "1. Beschrijf wat jullie doen en welke regel in de weg zit.",
            "2. Zoek een wethouder en een ambtenaar die willen meedenken.",
            "3. Spreek samen de waarborgen af: wat moet voor iedereen gelden?",
            "4. Leg de afspraken vast en kies een proeftijd van een of twee jaar.",
            "5. Kijk samen terug en besluit of het statuut blijft.",
        ],
    ),
    (
        "Zo start je een buurtraad",
        "zo-start-je-een-buurtraad.pdf",
        "handleiding",
        "2021-09-20",
        "nl",
        ["buurt", "meedoen"],
        "Een korte handleiding voor bewoners die samen willen meepraten over hun buurt: wie "
        "je nodig hebt, hoe een eerste bijeenkomst verloopt en hoe je de gemeente betrekt.",
        [
            "Een buurtraad is een groep bewoners die opkomt voor de buurt en meepraat met de "
            "gemeente en de woningcorporatie.",
            "Begin klein: nodig vijf tot tien buren uit voor een kop koffie en vraag wat hen "
            "bezighoudt. Kies daarna samen één onderwerp om mee te beginnen.",
            "Vraag de gemeente om een vaste contactpersoon en een kleine vergoeding voor "
            "zaalhuur en koffie.",
        ],
    ),
    (
        "Standpunt: bestaanszekerheid als sociaal grondrecht",
        "standpunt-bestaanszekerheid.pdf",
        "standpunt",
        "2022-01-17",
        "nl",
        ["inkomen", "schulden"],
        "Het standpunt van de Sociale Alliantie: een bestaansminimum waarvan mensen kunnen "
        "rondkomen, een incassovrije buurt en ruimte voor initiatieven van onderop.",
        [
            "Inkomen, wonen, sociale zekerheid, zorg en onderwijs zijn sociale grondrechten. "
            "Wie in armoede leeft, moet daar in de praktijk ook op kunnen rekenen.",
            "De Sociale Alliantie vraagt het Rijk en de gemeenten om initiatieven van mensen "
            "met een laag inkomen te steunen in plaats van te overvragen.",
        ],
    ),
    (
        "Verslag Alliantiedagen 2013: Groeien in kracht",
        "verslag-alliantiedagen-2013.pdf",
        "verslag",
        "2013-11-15",
        "nl",
        ["meedoen", "werk"],
        "Verslag van de vijf regionale Alliantiedagen in Zutphen, Rotterdam, Amsterdam, "
        "Beilen en Roermond, met de opbrengst van de workshops.",
        [
            "Tussen 4 oktober en 1 november 2013 kwamen groepen uit het hele land samen op "
            "vijf regionale Alliantiedagen, onder de titel Groeien in kracht.",
            "De workshops gingen over noodfondsen, de Participatiewet, Maatjes naar werk, "
            "cliëntenparticipatie, sociale coöperaties en werken met behoud van uitkering.",
        ],
    ),
    (
        "Verslag manifestatie Peer'M! 2017",
        "verslag-peerm-2017.pdf",
        "verslag",
        "2017-10-09",
        "nl",
        ["inkomen", "meedoen"],
        "Verslag van de landelijke manifestatie ‘Peer'M! Uit de armoede, op weg naar "
        "bestaanszekerheid!’ van 29 september 2017, met de twaalf initiatieven die er "
        "zich presenteerden.",
        [
            "Op 29 september 2017 kwamen initiatieven, gemeenten en organisaties samen voor "
            "de manifestatie Peer'M!.",
            "Twaalf initiatieven lieten zien hoe zij armoede van onderop aanpakken.",
        ],
    ),
    (
        "Vrijwilligerswerk in een sociale onderneming",
        "vrijwilligerswerk-sociale-onderneming.pdf",
        "handleiding",
        "2020-11-05",
        "nl",
        ["werk", "meedoen"],
        "Wat mag een vrijwilliger in een sociale onderneming doen, hoe regel je een "
        "vrijwilligersvergoeding en wanneer wordt het betaald werk?",
        [
            "Vrijwilligers zijn het hart van veel sociale ondernemingen. Duidelijke afspraken "
            "voorkomen problemen met de uitkering en onderling.",
            "Leg vast welke taken vrijwilligers doen, wie hen begeleidt en welke vergoeding "
            "zij krijgen.",
        ],
    ),
    (
        "Verkenning: sociale uitsluiting voorkomen",
        "verkenning-sociale-uitsluiting.pdf",
        "onderzoek",
        "2018-12-10",
        "nl",
        ["meedoen", "buurt"],
        "Een verkenning uit 2018 van initiatieven die sociale uitsluiting voorkomen, met tips "
        "voor gemeenten: houd het kleinschalig en geef ruimte om fouten te maken.",
        [
            "Voor deze verkenning spraken we met initiatieven als het New Life Choir in "
            "Groningen, Onze Nieuwe Buren in Rotterdam en het Huis van Compassie in Nijmegen.",
            "Tip voor gemeenten: behandel een initiatief niet als formele organisatie en vraag "
            "een lichte verantwoording.",
        ],
    ),
    (
        "Social cooperatives: a short introduction",
        "social-cooperatives-introduction.pdf",
        "overig",
        "2021-04-12",
        "en",
        ["werk"],
        "Een korte Engelstalige uitleg van wat een sociale coöperatie is, voor partners en "
        "onderzoekers buiten Nederland.",
        [
            "A social cooperative is a collective of people, often on low incomes, who secure "
            "a livelihood together. Members run it themselves.",
        ],
    ),
    (
        "Slides Social Talk: het Bijzonder Statuut",
        "slides-social-talk-bijzonder-statuut.pdf",
        "presentatie",
        "2021-03-11",
        "nl",
        ["werk", "inkomen"],
        "De slides bij de Social Talk over het Bijzonder Statuut en Sociaal Aandeelhouderschap.",
        [
            "Bijzonder Statuut: eigen regels voor een sociale coöperatie.",
            "Sociaal Aandeelhouderschap: de overheid bewaakt als aandeelhouder de publieke "
            "waarborgen.",
        ],
    ),
    (
        "Slides Social Talk: kinderen in armoede",
        "slides-social-talk-kinderen-in-armoede.pdf",
        "presentatie",
        "2021-05-20",
        "nl",
        ["onderwijs", "meedoen"],
        "De slides bij de Social Talk over kinderen in armoede en kinderwijkraden.",
        [
            "Kinderen in armoede: wat zij zelf zeggen.",
            "Kinderwijkraden: democratie leren in je eigen buurt.",
        ],
    ),
]

# The step plans came out with the method descriptions.
STEP_PLANS_PUBLISHED = date(2019, 9, 16)

TALKS = [
    {
        "slug": "social-talk-bijzonder-statuut",
        "slug_en": "social-talk-special-statute",
        "title": ("Social Talk: het Bijzonder Statuut", "Social Talk: the Special Statute"),
        "date": "2021-03-11",
        "themes": ["werk", "inkomen"],
        "summary": (
            "Twee leden van sociale coöperaties vertellen hoe een Bijzonder Statuut hun groep "
            "de ruimte gaf om onder eigen regels te werken, en wat Sociaal "
            "Aandeelhouderschap voor de gemeente betekent.",
            "Two members of social cooperatives tell how a Special Statute gave their group "
            "room to work under its own rules, and what Social Shareholdership means for the "
            "municipality.",
        ),
        "speakers": [
            (
                ("Sanne", "Sanne"),
                (
                    "lid van Coöperatie De Vrije Uitloop, Breda",
                    "member of Coöperatie De Vrije Uitloop, Breda",
                ),
            ),
            (
                ("Karim", "Karim"),
                ("ervaringsdeskundige en gespreksleider", "expert by experience and host"),
            ),
        ],
        "video": "https://www.youtube.com/watch?v=socialtalk01",
        "slides": "Slides Social Talk: het Bijzonder Statuut",
    },
    {
        "slug": "social-talk-kinderen-in-armoede",
        "slug_en": "social-talk-children-in-poverty",
        "title": ("Social Talk: kinderen in armoede", "Social Talk: children in poverty"),
        "date": "2021-05-20",
        "themes": ["onderwijs", "meedoen"],
        "summary": (
            "Hoe kinderen in kwetsbare buurten zelf meepraten in een kinderwijkraad, en wat "
            "ervaringsdeskundigen professionals leren over armoede in gezinnen.",
            "How children in vulnerable neighbourhoods have their say in a children's "
            "neighbourhood council, and what experts by experience teach professionals about "
            "poverty in families.",
        ),
        "speakers": [
            (
                ("Fleur", "Fleur"),
                (
                    "begeleider van kinderwijkraden, Kies&Co",
                    "supervisor of children's neighbourhood councils, Kies&Co",
                ),
            ),
            (("Henk", "Henk"), ("ervaringsdeskundige, EDASU", "expert by experience, EDASU")),
        ],
        "video": "https://vimeo.com/123456789",
        "slides": "Slides Social Talk: kinderen in armoede",
    },
]


def load(stdout=None):
    texts = Texts()
    dutch = Locale.objects.get(language_code="nl")
    themes = {theme.slug: theme for theme in Theme.objects.filter(locale=dutch)}
    home = HomePage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)

    documents = {}
    for title, filename, kind, day, language, theme_slugs, description, paragraphs in DOCUMENTS:
        documents[title] = get_or_create_pdf_document(
            title,
            filename,
            paragraphs,
            themes=[themes[slug] for slug in theme_slugs if slug in themes],
            description=description,
            kind=kind,
            date=date.fromisoformat(day),
            language=language,
        )
    _describe_step_plans(themes)

    library, _ = get_or_create_child_page(
        home,
        LibraryIndexPage,
        slug=texts("bibliotheek", "library"),
        title=texts("Bibliotheek", "Library"),
        show_in_menus=True,
        summary=texts(
            "Werkboeken, stappenplannen, verslagen en opnames van de Social Talks, om te "
            "lezen, te bekijken en te gebruiken.",
            "Workbooks, step-by-step plans, reports and recordings of the Social Talks, to "
            "read, watch and use.",
        ),
        introduction=texts(
            "Alles wat groepen, gemeenten en organisaties uit het netwerk schreven en "
            "vertelden, op één plek. Filter op soort en thema.",
            "Everything that groups, municipalities and organisations in the network wrote "
            "and told, in one place. Filter by kind and theme.",
        ),
    )
    place_after(library, "agenda")
    talks = [_talk(library, spec, texts, themes, documents) for spec in TALKS]

    english = translate(library, "en", texts.english)
    # After the English agenda in the menu, or after the initiatives when it has none.
    english_siblings = set(english.get_siblings().values_list("slug", flat=True))
    place_after(english, "events" if "events" in english_siblings else "initiatives")
    for talk in talks:
        translate(talk, "en", texts.english)
    if stdout:
        stdout.write(f"Library: {len(DOCUMENTS)} documents and {len(TALKS)} recorded talks.")


def _describe_step_plans(themes_by_slug):
    """The methods' step plans (made by the methods' demo content) get their kind, a
    description and the method's themes, once."""
    from methods.models import MethodPage

    dutch = themes_by_slug and next(iter(themes_by_slug.values())).locale
    for method in MethodPage.objects.filter(locale=dutch).prefetch_related("themes"):
        for block in method.downloads:
            document = block.value.get("document")
            if document is None or document.kind != "overig" or document.description:
                continue
            document.kind = "stappenplan"
            document.description = (
                f"Het plan van aanpak en de aandachtspunten van de methodiek "
                f"‘{method.title}’, om te printen en mee te nemen naar je groep."
            )
            document.date = STEP_PLANS_PUBLISHED
            document.save()
            document.themes.set(method.themes.all())
            index.insert_or_update_object(document)


def _talk(library, spec, texts, themes, documents):
    existing = library.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific
    texts(spec["slug"], spec["slug_en"])
    page = TalkPage(
        slug=spec["slug"],
        locale=library.locale,
        title=texts(*spec["title"]),
        summary=texts(*spec["summary"]),
        date=date.fromisoformat(spec["date"]),
        video=[
            (
                "video",
                {
                    "url": spec["video"],
                    "title": spec["title"][0],
                    "poster": None,
                    "caption": "",
                },
            )
        ],
        slides=documents.get(spec["slides"]),
        speakers=[
            TalkSpeaker(name=texts(*name), role=texts(*role)) for name, role in spec["speakers"]
        ],
    )
    page.themes = [themes[slug] for slug in spec["themes"] if slug in themes]
    library.add_child(instance=page)
    page.save_revision().publish()
    return page
