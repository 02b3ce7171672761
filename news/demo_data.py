"""Demo texts for news and the agenda, written for this site from the project's facts.

News items have fixed dates. Past meetings have fixed dates; upcoming meetings have an offset in
days from the day the demo content is first loaded (`days_ahead`), so the agenda is never empty
on a fresh site. Items with an "english" entry are also translated into English.
"""

NEWS = [
    {
        "slug": "kennisbank-online",
        "date": "2026-10-12",
        "author": "Redactie Sociale Alliantie",
        "title": "De kennisbank is online",
        "introduction": (
            "Methodieken, initiatieven, nieuws en bijeenkomsten van onderop staan vanaf nu op "
            "één plek. Groepen kunnen hun eigen initiatief aanmelden en bijhouden."
        ),
        "themes": ["meedoen"],
        "methods": [],
        "initiatives": [],
        "body": [
            (
                "Met de kennisbank maakt de Sociale Alliantie zichtbaar wat mensen met een laag "
                "inkomen zelf opzetten: van een weggeefwinkel tot een sociale coöperatie. Elke "
                "methodiek heeft een korte handreiking en een plan van aanpak, zodat een groep "
                "elders er meteen mee aan de slag kan."
            ),
            (
                "In het begin vult het projectteam de site. Daarna vullen lokale groepen hem aan "
                "met hun eigen ervaringen; de redactie kijkt alles na voordat het online komt."
            ),
        ],
        "english": {
            "slug": "knowledge-base-online",
            "title": "The knowledge base is online",
            "introduction": (
                "Bottom-up methods, initiatives, news and meetings are now in one place. Groups "
                "can register their own initiative and keep it up to date."
            ),
            "body": [
                (
                    "With the knowledge base, the Sociale Alliantie shows what people on low "
                    "incomes set up themselves: from a give-away shop to a social cooperative. "
                    "Each method has a short guide and a step-by-step plan, so that a group "
                    "elsewhere can get started straight away."
                ),
                (
                    "At first the project team fills the site. After that, local groups add their "
                    "own experiences; the editors check everything before it goes online."
                ),
            ],
        },
    },
    {
        "slug": "tips-voor-gemeenten",
        "date": "2026-06-18",
        "author": "Redactie Sociale Alliantie",
        "title": "Vijf tips voor gemeenten die initiatieven van onderop willen steunen",
        "introduction": (
            "Hoe geeft een gemeente ruimte aan initiatieven van onderop zonder ze over te nemen? "
            "Uit gesprekken met groepen en ambtenaren komen vijf tips."
        ),
        "themes": ["meedoen", "inkomen"],
        "methods": [],
        "initiatives": ["bewonersbedrijf-heechterp-schieringen"],
        "body": [
            (
                "Houd het kleinschalig. Een initiatief van onderop is geen formele organisatie; "
                "vraag dus geen verantwoording alsof het er een is."
            ),
            (
                "Help bij de samenwerking met formele organisaties: met scholing, een jaarlijkse "
                "ontmoeting of een ruimte om samen te komen."
            ),
            "Zet mensen voorop, niet regels of producten.",
            "Geef ruimte om te vernieuwen, en om fouten te maken.",
            (
                "Let in de samenwerking op ambitie, belangen, het proces, de organisatie en de "
                "relatie. Daar gaat het meestal mis, en daar is ook het meeste te winnen."
            ),
        ],
        "english": {
            "slug": "tips-for-municipalities",
            "title": "Five tips for municipalities that want to support bottom-up initiatives",
            "introduction": (
                "How does a municipality give room to bottom-up initiatives without taking them "
                "over? Conversations with groups and civil servants produced five tips."
            ),
            "body": [
                (
                    "Keep it small-scale. A bottom-up initiative is not a formal organisation, so "
                    "don't ask it to account for itself as if it were one."
                ),
                (
                    "Help with cooperation with formal organisations: with training, a yearly "
                    "gathering or a place to meet."
                ),
                "Put people first, not rules or products.",
                "Give room to innovate, and to make mistakes.",
                (
                    "In cooperation, pay attention to ambition, interests, process, organisation "
                    "and relationship. That is where things usually go wrong, and where there is "
                    "most to gain."
                ),
            ],
        },
    },
    {
        "slug": "weggeefwinkel-in-zwolle",
        "date": "2026-03-05",
        "author": "Redactie Sociale Alliantie",
        "title": "Nieuwe plek: een weggeefwinkel in Zwolle",
        "introduction": (
            "Een groep vrijwilligers in Zwolle heeft de weggeefwinkel uit Amersfoort "
            "nagedaan. Na een projectbezoek en drie maanden voorbereiding ging de deur open."
        ),
        "themes": ["buurt", "inkomen"],
        "methods": ["weggeefwinkel"],
        "initiatives": ["weggeefwinkel-zwolle", "weggeefwinkel-amersfoort"],
        "body": [
            (
                "De vrijwilligers gingen eerst een dag meedraaien in Amersfoort. Daar zagen ze "
                "hoe de winkel zonder kassa werkt en hoe de koffietafel mensen met elkaar in "
                "gesprek brengt."
            ),
            (
                "Met het plan van aanpak uit de kennisbank vonden ze een ruimte bij de "
                "woningcorporatie en maakten ze afspraken over inbreng en ophalen. Zwolle is "
                "daarmee een van de nieuwe plekken van het project."
            ),
        ],
    },
    {
        "slug": "social-talk-schuldenvrije-wijk",
        "date": "2025-11-20",
        "author": "Redactie Sociale Alliantie",
        "title": "Social Talk: op weg naar een incassovrije wijk",
        "introduction": (
            "In de online Social Talks praten initiatieven, gemeenten en fondsen over één "
            "onderwerp. Deze keer: wat als een wijk afspreekt geen incassobureaus meer in te "
            "schakelen?"
        ),
        "themes": ["schulden"],
        "methods": ["noodfonds"],
        "initiatives": [],
        "body": [
            (
                "Schulden groeien vaak door de kosten van invordering, niet door de schuld zelf. "
                "In een incassovrije wijk spreken woningcorporatie, gemeente en "
                "energieleverancier af eerst in gesprek te gaan."
            ),
            (
                "De opname van het gesprek staat online. Eerdere Social Talks gingen over "
                "kinderen in armoede, over solidariteit en over het Bijzonder Statuut."
            ),
        ],
    },
    {
        "slug": "stappenplan-bijzonder-statuut",
        "date": "2025-05-14",
        "author": "Werkgroep sociale coöperaties",
        "title": "Stappenplan voor een Bijzonder Statuut",
        "introduction": (
            "Met een Bijzonder Statuut mag een sociale coöperatie werken onder eigen regels. "
            "Een nieuw stappenplan laat zien hoe je dat met je gemeente regelt."
        ),
        "themes": ["werk", "inkomen"],
        "methods": ["sociale-cooperatie"],
        "initiatives": ["de-vrije-uitloop-breda"],
        "body": [
            (
                "Het stappenplan begint bij de vraag welke regels een coöperatie in de weg "
                "zitten, en eindigt bij een afspraak met de gemeente die beide partijen "
                "ondertekenen."
            ),
            (
                "Het hoort bij het idee van Sociaal Aandeelhouderschap: de overheid als "
                "aandeelhouder die de publieke waarborgen bewaakt, terwijl de leden zelf het "
                "werk organiseren."
            ),
        ],
    },
    {
        "slug": "werkboek-sociale-cooperaties",
        "date": "2019-04-09",
        "author": "Werkgroep sociale coöperaties",
        "title": "Werkboek: negen sociale coöperaties laten zien hoe het kan",
        "introduction": (
            "Een nieuw werkboek beschrijft negen sociale coöperaties: hoe ze begonnen, hoe ze "
            "beslissen en hoe ze hun leden bestaanszekerheid bieden."
        ),
        "themes": ["werk", "inkomen"],
        "methods": ["sociale-cooperatie"],
        "initiatives": ["de-vrije-uitloop-breda"],
        "body": [
            (
                "Een sociale coöperatie is kleinschalig, wordt gerund door en voor de leden en "
                "heeft een echte rechtsvorm. Ze levert een financieel én een sociaal rendement "
                "op."
            ),
            (
                "Het werkboek is bedoeld voor groepen die zelf willen beginnen. Bij elke "
                "coöperatie staan vragen om in je eigen groep te bespreken."
            ),
        ],
        "english": {
            "slug": "workbook-social-cooperatives",
            "title": "Workbook: nine social cooperatives show how it can be done",
            "introduction": (
                "A new workbook describes nine social cooperatives: how they started, how they "
                "decide and how they give their members livelihood security."
            ),
            "body": [
                (
                    "A social cooperative is small-scale, run by and for its members and has a "
                    "real legal form. It yields a financial and a social return."
                ),
                (
                    "The workbook is meant for groups that want to start themselves. Each "
                    "cooperative comes with questions to discuss in your own group."
                ),
            ],
        },
    },
    {
        "slug": "reizende-tentoonstelling",
        "date": "2018-09-03",
        "author": "Redactie Sociale Alliantie",
        "title": "Reizende tentoonstelling over sociale coöperaties",
        "introduction": (
            "Een tentoonstelling van banners over sociale coöperaties reist langs gemeentehuizen, "
            "bibliotheken en buurthuizen."
        ),
        "themes": ["werk"],
        "methods": ["sociale-cooperatie"],
        "initiatives": [],
        "body": [
            (
                "Op elke banner vertelt een coöperatie in een paar zinnen wat ze doet en wat het "
                "de leden oplevert. Wil je de tentoonstelling in jouw gemeente? Neem contact op "
                "met de redactie."
            ),
        ],
    },
    {
        "slug": "terugblik-peerm",
        "date": "2017-10-02",
        "author": "Redactie Sociale Alliantie",
        "title": "Peer'M: twaalf initiatieven op weg naar bestaanszekerheid",
        "introduction": (
            "Op 29 september kwamen initiatieven uit het hele land samen op de landelijke "
            "manifestatie ‘Peer'M! Uit de armoede, op weg naar bestaanszekerheid!’."
        ),
        "themes": ["inkomen", "meedoen"],
        "methods": ["ervaringsdeskundigen-armoede"],
        "initiatives": ["edasu-oost-groningen"],
        "body": [
            (
                "Twaalf initiatieven presenteerden hoe zij mensen met een laag inkomen helpen "
                "om zelf verder te komen. Hun verhalen staan beschreven op het platform "
                "initiatief.nu."
            ),
            (
                "Ervaringsdeskundigen lieten zien hoe zij de brug slaan tussen mensen in armoede "
                "en professionals. Veel bezoekers gingen naar huis met een plan voor hun eigen "
                "gemeente."
            ),
        ],
        "english": {
            "slug": "looking-back-on-peerm",
            "title": "Peer'M: twelve initiatives on the way to livelihood security",
            "introduction": (
                "On 29 September, initiatives from all over the country came together at the "
                "national event ‘Peer'M! Out of poverty, on the way to livelihood security!’."
            ),
            "body": [
                (
                    "Twelve initiatives presented how they help people on low incomes to move "
                    "forward themselves. Their stories are described on the platform "
                    "initiatief.nu."
                ),
                (
                    "Experts by experience showed how they build a bridge between people in "
                    "poverty and professionals. Many visitors went home with a plan for their "
                    "own municipality."
                ),
            ],
        },
    },
    {
        "slug": "terugblik-alliantiedagen-2013",
        "date": "2013-11-08",
        "author": "Redactie Sociale Alliantie",
        "title": "Terugblik: vijf Alliantiedagen, vijf keer ‘Groeien in kracht’",
        "introduction": (
            "Van Zutphen tot Roermond: op de vijf Alliantiedagen van 2013 deelden groepen, "
            "gemeenten en organisaties wat werkt tegen armoede."
        ),
        "themes": ["inkomen", "werk", "schulden"],
        "methods": ["maatjes-naar-werk", "noodfonds"],
        "initiatives": [],
        "body": [
            (
                "De workshops gingen over armoede in de praktijk en noodfondsen, de "
                "Participatiewet, Maatjes naar werk, cliëntenparticipatie, sociale coöperaties "
                "en werken met behoud van uitkering."
            ),
            (
                "Wat opviel: overal zijn mensen die zelf iets opzetten, maar ze weten elkaar nog "
                "te weinig te vinden. Daar wil de Sociale Alliantie de komende jaren aan werken."
            ),
        ],
    },
    {
        "slug": "alliantiedagen-2013-aangekondigd",
        "date": "2013-09-10",
        "author": "Redactie Sociale Alliantie",
        "title": "Alliantiedagen 2013: ‘Groeien in kracht’ in vijf regio's",
        "introduction": (
            "Tussen 4 oktober en 1 november organiseert de Sociale Alliantie vijf regionale "
            "dagen, in Zutphen, Rotterdam, Amsterdam, Beilen en Roermond."
        ),
        "themes": ["meedoen"],
        "methods": [],
        "initiatives": [],
        "body": [
            (
                "Elke dag is er een ochtendprogramma met ervaringen uit de regio en een middag "
                "met workshops. Deelname is gratis; aanmelden kan per regio via de agenda."
            ),
        ],
    },
]

ALLIANCE_DAYS = [
    ("zutphen", "2013-10-04", "Zutphen", "De Hanzehof", "Coehoornsingel 1"),
    ("rotterdam", "2013-10-11", "Rotterdam", "Pauluskerk", "Mauritsweg 20"),
    ("amsterdam", "2013-10-18", "Amsterdam", "De Meevaart", "Balk in 't Oogstraat 3"),
    ("beilen", "2013-10-25", "Beilen", "De Vlasakker", "Mr. H. Smeengestraat 2"),
    ("roermond", "2013-11-01", "Roermond", "ECI Cultuurfabriek", "Oude Kraanweg 1"),
]

ALLIANCE_DAY_PROGRAMME = [
    "10.00 uur: ontvangst met koffie en thee",
    "10.30 uur: ervaringen uit de regio, verteld door de mensen zelf",
    "12.30 uur: lunch",
    "13.30 uur: workshops in twee rondes",
    "15.30 uur: wat nemen we mee? Afsluiting met een drankje",
]

EVENTS = [
    *[
        {
            "slug": f"alliantiedag-2013-{key}",
            "kind": "alliance_day",
            "title": f"Alliantiedag {place}: Groeien in kracht",
            "date": day,
            "start": "10:00",
            "end": "16:00",
            "place": place,
            "venue": venue,
            "address": address,
            "audiences": ["for_local_groups", "for_municipalities", "for_organisations"],
            "introduction": (
                f"Een dag in {place} over wat werkt tegen armoede, met workshops over "
                "noodfondsen, de Participatiewet, Maatjes naar werk, cliëntenparticipatie, "
                "sociale coöperaties en werken met behoud van uitkering."
            ),
            "registration": "Deelname is gratis. Aanmelden per regio bij de Sociale Alliantie.",
            "programme": ALLIANCE_DAY_PROGRAMME,
        }
        for key, day, place, venue, address in ALLIANCE_DAYS
    ],
    {
        "slug": "peerm-manifestatie-2017",
        "kind": "national",
        "title": "Peer'M! Uit de armoede, op weg naar bestaanszekerheid!",
        "date": "2017-09-29",
        "start": "10:00",
        "end": "16:30",
        "place": "Utrecht",
        "venue": "",
        "address": "",
        "audiences": ["for_local_groups", "for_municipalities", "for_organisations"],
        "introduction": (
            "Een landelijke manifestatie waar twaalf initiatieven van onderop laten zien hoe "
            "mensen met een laag inkomen zelf op weg gaan naar bestaanszekerheid."
        ),
        "registration": "",
    },
    {
        "slug": "social-talk-kinderen-in-armoede",
        "kind": "online_talk",
        "title": "Social Talk: kinderen in armoede",
        "days_ahead": 10,
        "start": "19:30",
        "end": "20:45",
        "place": "",
        "online_url": "https://video.example.org/social-talk-kinderen",
        "audiences": ["for_local_groups", "for_organisations"],
        "introduction": (
            "Een online gesprek met ouders, een kinderwijkraad en een gemeente over wat "
            "kinderen in armoede echt helpt."
        ),
        "registration": "Aanmelden is niet nodig. De link werkt vanaf een kwartier van tevoren.",
        "english": {
            "slug": "social-talk-children-in-poverty",
            "title": "Social Talk: children in poverty",
            "introduction": (
                "An online conversation with parents, a children's neighbourhood council and a "
                "municipality about what really helps children in poverty."
            ),
            "registration": "No need to register. The link works from a quarter of an hour "
            "before the start.",
        },
    },
    {
        "slug": "scholing-start-een-weggeefwinkel",
        "kind": "training",
        "title": "Scholing: zo start je een weggeefwinkel",
        "days_ahead": 24,
        "start": "13:30",
        "end": "16:30",
        "place": "Amersfoort",
        "venue": "Weggeefwinkel Amersfoort",
        "address": "",
        "audiences": ["for_local_groups"],
        "introduction": (
            "Een middag voor groepen die zelf een weggeefwinkel willen beginnen: van ruimte "
            "vinden tot vrijwilligers vasthouden, met het plan van aanpak in de hand."
        ),
        "registration": "Deelname is gratis, er is plaats voor twintig mensen. Meld je aan "
        "vóór de week van de bijeenkomst.",
        "registration_email": "redactie@kennisbank.example",
        "programme": [
            "13.30 uur: kennismaken: waarom wil jij een weggeefwinkel?",
            "14.00 uur: rondleiding door de winkel",
            "14.45 uur: het plan van aanpak, stap voor stap",
            "15.45 uur: jouw eerste drie stappen",
        ],
        "english": {
            "slug": "training-start-a-give-away-shop",
            "programme": [
                "1.30 pm: getting to know each other: why do you want a give-away shop?",
                "2.00 pm: a tour of the shop",
                "2.45 pm: the step-by-step plan, one step at a time",
                "3.45 pm: your first three steps",
            ],
            "title": "Training: how to start a give-away shop",
            "introduction": (
                "An afternoon for groups that want to start a give-away shop themselves: from "
                "finding a space to keeping volunteers, with the step-by-step plan in hand."
            ),
            "registration": "Taking part is free; there is room for twenty people. Register "
            "before the week of the meeting.",
        },
    },
    {
        "slug": "projectbezoek-bewonersbedrijf-leeuwarden",
        "kind": "project_visit",
        "title": "Projectbezoek: Bewonersbedrijf Heechterp-Schieringen",
        "days_ahead": 45,
        "start": "11:00",
        "end": "15:00",
        "place": "Leeuwarden",
        "venue": "Bewonersbedrijf Heechterp-Schieringen",
        "address": "",
        "audiences": ["for_local_groups", "for_municipalities"],
        "introduction": (
            "Bezoek het eerste bewonersbedrijf van Nederland. Bewoners vertellen hoe ze hun wijk "
            "verbeteren en tegelijk armoede verminderen."
        ),
        "registration": "Aanmelden is nodig: de groep is maximaal vijftien mensen. Is het vol, "
        "dan kun je op de wachtlijst.",
        # On-site registration: full, with a waiting list.
        "registration_form": {"capacity": 15, "confirmed": 15, "waiting": 3},
    },
    {
        "slug": "regiobijeenkomst-gemeenten-oost",
        "kind": "regional",
        "title": "Regiobijeenkomst: gemeenten en initiatieven in Oost-Nederland",
        "days_ahead": 68,
        "start": "14:00",
        "end": "17:00",
        "place": "Zutphen",
        "venue": "Bibliotheek Zutphen",
        "address": "",
        "online_url": "https://video.example.org/regio-oost",
        "audiences": ["for_municipalities", "for_organisations"],
        "introduction": (
            "Ambtenaren en initiatiefnemers praten over hoe een gemeente ruimte geeft zonder "
            "over te nemen. Ook online te volgen."
        ),
        "registration": "Meld je aan met je naam en je gemeente of organisatie. Deelname is "
        "gratis; er zijn veertig plaatsen.",
        # On-site registration: open, a few people registered.
        "registration_form": {"capacity": 40, "confirmed": 6, "waiting": 0},
    },
]

# Fake people for the demo registrations (example.org addresses only).
DEMO_FIRST_NAMES = [
    "Anouk",
    "Bram",
    "Fatima",
    "Henk",
    "Ingrid",
    "Jeroen",
    "Karim",
    "Lotte",
    "Marieke",
    "Nadia",
    "Pieter",
    "Ria",
    "Sander",
    "Tamara",
    "Willem",
    "Yasmina",
    "Dirk",
    "Esther",
]
DEMO_LAST_NAMES = [
    "de Vries",
    "Jansen",
    "El Amrani",
    "Bakker",
    "Visser",
    "Smit",
    "Yilmaz",
    "Mulder",
    "de Boer",
    "Bos",
    "Hendriks",
    "van Dijk",
    "Kok",
    "Peters",
    "Dekker",
    "Brouwer",
]
DEMO_ORGANISATIONS = [
    "Gemeente Zutphen",
    "Weggeefwinkel Amersfoort",
    "Humanitas Oost",
    "Voedselbank Deventer",
    "Gemeente Apeldoorn",
    "Buurtkamer De Linde",
    "",
]
