"""Demo content for local initiatives (initiatieven) and projectenbanden.

Read by the initiatives demo loader. The initiatives and their places are real examples from the
network (see the method descriptions in methods/demo_data.py), plus a few fictional "new places"
where a good example was copied in 2025-2026, one idea and one stopped initiative. Years, partners
and financing are illustrative. People are fictional first names only; websites and e-mail
addresses use the reserved .example domain and there are no phone numbers. Texts are plain text
without HTML.

Each initiative lists its methods and themes by the slugs used in methods/demo_data.py, its
partners as (name, type) and its financing as a mix of public and private means. BANDS links
similar initiatives so they can learn from each other, like town twinning.
"""

PROVINCES = [
    "groningen",
    "friesland",
    "drenthe",
    "overijssel",
    "flevoland",
    "gelderland",
    "utrecht",
    "noord-holland",
    "zuid-holland",
    "zeeland",
    "noord-brabant",
    "limburg",
]

INITIATIVES = [
    {
        "slug": "weggeefwinkel-amersfoort",
        "title": "Weggeefwinkel Amersfoort",
        "summary": (
            "Een winkel zonder kassa: wie iets nodig heeft, neemt het mee, en wie iets over heeft, "
            "brengt het. De winkel draait volledig op vrijwilligers en stagiairs."
        ),
        "place": "Amersfoort",
        "province": "utrecht",
        "latitude": 52.1561,
        "longitude": 5.3878,
        "methods": ["weggeefwinkel"],
        "themes": ["buurt", "inkomen"],
        "status": "running",
        "year_started": 2011,
        "new_place": False,
        "website": "https://weggeefwinkel-amersfoort.example",
        "contact_email": "info@weggeefwinkel-amersfoort.example",
        "intro": [
            (
                "In de Weggeefwinkel liggen kleren, pannen, boeken en speelgoed die buurtbewoners "
                "hebben gebracht. Iedereen mag binnenlopen en meenemen wat van pas komt, zonder te "
                "betalen en zonder te hoeven uitleggen waarom. Er werkt niemand in loondienst: "
                "vrijwilligers en stagiairs van het mbo houden de winkel samen open."
            ),
            (
                "Voor veel bezoekers is de winkel meer dan een plek om spullen te halen. Aan de "
                "koffietafel raken mensen aan de praat, en wie vaker komt, gaat vaak zelf een "
                "middag meedraaien. Zo is de winkel in de loop der jaren uitgegroeid tot een vaste "
                "ontmoetingsplek, waar mensen met weinig geld niet als klant van de hulpverlening "
                "worden gezien, maar als buurtgenoot."
            ),
        ],
        "partners": [
            ("Gemeente Amersfoort", "municipality"),
            ("Portaal", "housing"),
            ("MBO Amersfoort", "school"),
        ],
        "financing": [
            {
                "funder": "Gemeente Amersfoort",
                "kind": "municipality",
                "form": "money",
                "description": "bijdrage in de huur en de vaste lasten",
            },
            {
                "funder": "Portaal",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "winkelruimte tegen een lage huur",
            },
            {
                "funder": "Buurtbewoners",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "gebrachte spullen en de inzet van vrijwilligers",
            },
        ],
    },
    {
        "slug": "duurzaam-soesterkwartier",
        "title": "Vereniging Duurzaam Soesterkwartier",
        "summary": (
            "Een broedplaats in de Amersfoortse wijk Soesterkwartier, waar bewoners hun eigen "
            "projecten opzetten, van hulp bij het cv tot zonnepanelen op de school."
        ),
        "place": "Amersfoort",
        "province": "utrecht",
        "latitude": 52.1612,
        "longitude": 5.3741,
        "methods": ["bewonersbedrijf"],
        "themes": ["buurt", "werk", "meedoen"],
        "status": "running",
        "year_started": 2009,
        "new_place": False,
        "website": "https://soesterkwartier.example",
        "contact_email": "bestuur@soesterkwartier.example",
        "intro": [
            (
                "De vereniging is een thuisbasis voor ideeën van bewoners. Wie in de wijk iets wil "
                "beginnen, vindt hier mensen om mee te overleggen, een plek om te werken en hulp "
                "bij het regelen. Zo ontstonden onder meer Mijn CV is Oké!, waar buurtgenoten "
                "elkaar helpen met sollicitatiebrieven, Zon Op School en de Werkplaats "
                "Soesterkwartier."
            ),
            (
                "Tussen de 40 en 60 vrijwilligers houden de projecten draaiende. Ze werken samen "
                "met de gemeente en met woningcorporatie Portaal, die meedenkt over ruimte en over "
                "werk dat bewoners zelf in de wijk kunnen doen. Het bestuur zorgt vooral dat de "
                "projecten van de bewoners blijven en niet van de vereniging."
            ),
        ],
        "partners": [
            ("Gemeente Amersfoort", "municipality"),
            ("Portaal", "housing"),
            ("Basisschool in het Soesterkwartier", "school"),
        ],
        "financing": [
            {
                "funder": "Gemeente Amersfoort",
                "kind": "municipality",
                "form": "money",
                "description": "wijkbudget voor bewonersinitiatieven",
            },
            {
                "funder": "Portaal",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "ruimte voor de werkplaats",
            },
            {
                "funder": "Oranje Fonds",
                "kind": "fund",
                "form": "money",
                "description": "startbijdrage voor nieuwe projecten",
            },
        ],
    },
    {
        "slug": "future-of-fame",
        "title": "Future of Fame",
        "summary": (
            "Jongeren in Amersfoort krijgen hulp bij hun huiswerk, een werkplek en een tweede kans "
            "op werk, onder meer door websites, animaties en apps te maken voor echte klanten."
        ),
        "place": "Amersfoort",
        "province": "utrecht",
        "latitude": 52.1524,
        "longitude": 5.3962,
        "methods": [],
        "themes": ["onderwijs", "werk"],
        "status": "running",
        "year_started": 2008,
        "new_place": False,
        "website": "https://futureoffame.example",
        "contact_email": "hallo@futureoffame.example",
        "intro": [
            (
                "Future of Fame is er voor jongeren die op school of op weg naar werk zijn "
                "vastgelopen. Na schooltijd kunnen ze terecht voor huiswerkbegeleiding, en wie "
                "verder wil, krijgt een werkplek in de eigen multimediastudio. Daar leren ze "
                "websites bouwen, animaties maken en apps ontwikkelen."
            ),
            (
                "Het werk is echt: de jongeren maken producten voor klanten uit de stad en krijgen "
                "daar ook waardering voor. Voor een deel van hen is dat de eerste keer dat iemand "
                "op hun werk rekent. Begeleiders met een eigen achtergrond in de buurt helpen bij "
                "de stap naar een opleiding of een baan."
            ),
        ],
        "partners": [
            ("Gemeente Amersfoort", "municipality"),
            ("MBO Amersfoort", "school"),
            ("Ondernemers uit Amersfoort", "company"),
        ],
        "financing": [
            {
                "funder": "Gemeente Amersfoort",
                "kind": "municipality",
                "form": "money",
                "description": "re-integratietrajecten voor jongeren",
            },
            {
                "funder": "Opdrachtgevers uit de stad",
                "kind": "company",
                "form": "money",
                "description": "betaalde opdrachten voor websites en animaties",
            },
            {
                "funder": "Lokaal bedrijfsleven",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "gebruikte computers en software",
            },
        ],
    },
    {
        "slug": "kies-en-co",
        "title": "Vereniging Kies en Co",
        "summary": (
            "Landelijke vereniging van begeleiders van kinderwijkraden in kwetsbare wijken. Ze "
            "geeft ook democratielessen op basisscholen, met Amersfoort als thuisbasis."
        ),
        "place": "Amersfoort",
        "province": "utrecht",
        "latitude": 52.159,
        "longitude": 5.393,
        "methods": ["kinderwijkraad"],
        "themes": ["meedoen", "onderwijs"],
        "status": "running",
        "year_started": 2012,
        "new_place": False,
        "website": "https://kiesenco.example",
        "contact_email": "info@kiesenco.example",
        "intro": [
            (
                "Kies en Co brengt de mensen samen die in verschillende steden een kinderwijkraad "
                "begeleiden. In zo'n raad praten kinderen uit groep 6 tot en met 8 mee over hun "
                "eigen wijk, vaak in buurten waar veel gezinnen weinig te besteden hebben. De "
                "vereniging deelt werkvormen, traint nieuwe begeleiders en helpt gemeenten die een "
                "raad willen starten."
            ),
            (
                "Daarnaast geeft de vereniging democratielessen op basisscholen. Kinderen leren "
                "stemmen, een plan maken en het woord voeren tegenover een wethouder. Juist voor "
                "kinderen die thuis merken dat er weinig geld is, is het een ervaring die blijft: "
                "hun stem telt."
            ),
        ],
        "partners": [
            ("Gemeente Amersfoort", "municipality"),
            ("Basisscholen in de deelnemende wijken", "school"),
            ("Welzijnsorganisaties in de deelnemende steden", "civil"),
        ],
        "financing": [
            {
                "funder": "Deelnemende gemeenten",
                "kind": "municipality",
                "form": "money",
                "description": "vergoeding voor begeleiding van een kinderwijkraad",
            },
            {
                "funder": "Kinderpostzegels",
                "kind": "fund",
                "form": "money",
                "description": "ontwikkeling van lesmateriaal",
            },
            {
                "funder": "Basisscholen",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "lokalen voor de vergaderingen van de raden",
            },
        ],
    },
    {
        "slug": "de-vrije-uitloop-breda",
        "title": "Coöperatie De Vrije Uitloop",
        "summary": (
            "Een sociale coöperatie in Breda met weinig regels en gelijke stemmen, waar mensen met "
            "een uitkering als parttime ondernemer een deel van hun uitkering terugverdienen."
        ),
        "place": "Breda",
        "province": "noord-brabant",
        "latitude": 51.5719,
        "longitude": 4.7683,
        "methods": ["sociale-cooperatie", "ondernemen-met-uitkering"],
        "themes": ["werk", "inkomen"],
        "status": "running",
        "year_started": 2015,
        "new_place": False,
        "website": "https://devrijeuitloop.example",
        "contact_email": "leden@devrijeuitloop.example",
        "intro": [
            (
                "De Vrije Uitloop geeft mensen die lang aan de kant stonden de ruimte om zelf iets "
                "op te bouwen. Leden beginnen kleine ondernemingen, bijvoorbeeld in reparatie, "
                "koken of vormgeving, en verdienen daarmee een deel van hun uitkering terug. De "
                "afspraken daarover zijn vooraf met de gemeente gemaakt, zodat niemand achteraf "
                "voor verrassingen komt te staan."
            ),
            (
                "Er is geen directeur die de koers bepaalt. Ieder lid heeft één stem, en besluiten "
                "worden samen genomen in de ledenvergadering. Dat kost soms tijd, maar het maakt "
                "ook dat mensen zich eigenaar voelen van wat ze doen. Andere groepen die een "
                "sociale coöperatie willen beginnen, komen regelmatig in Breda kijken."
            ),
        ],
        "partners": [
            ("Gemeente Breda", "municipality"),
            ("Stimulansz", "civil"),
            ("Lokale ondernemers", "company"),
        ],
        "financing": [
            {
                "funder": "Gemeente Breda",
                "kind": "municipality",
                "form": "in_kind",
                "description": "ruimte in de regels voor bijverdienen met een uitkering",
            },
            {
                "funder": "Opdrachtgevers",
                "kind": "company",
                "form": "money",
                "description": "betaalde opdrachten voor de leden",
            },
            {
                "funder": "Kansfonds",
                "kind": "fund",
                "form": "money",
                "description": "bijdrage in de opstartkosten",
            },
        ],
    },
    {
        "slug": "lucas-community",
        "title": "Lucas Community",
        "summary": (
            "Een zorggemeenschap van ondernemende bewoners in Amsterdam Nieuw-West, die zelf zorg "
            "en ondersteuning biedt aan buurtgenoten."
        ),
        "place": "Amsterdam",
        "province": "noord-holland",
        "latitude": 52.3633,
        "longitude": 4.8018,
        "methods": ["sociale-cooperatie"],
        "themes": ["zorg", "werk", "buurt"],
        "status": "running",
        "year_started": 2013,
        "new_place": False,
        "website": "https://lucascommunity.example",
        "contact_email": "contact@lucascommunity.example",
        "intro": [
            (
                "In Nieuw-West hebben bewoners met Lucas Zorg hun eigen zorggemeenschap opgezet. "
                "Buurtgenoten helpen ouderen met boodschappen, bieden gezelschap en ondersteunen "
                "gezinnen die het zwaar hebben. Een deel van de mensen die hier werken, stond "
                "eerder zelf langs de kant en vond via de community een betaalde rol."
            ),
            (
                "De community werkt samen met het stadsdeel, de Hogeschool van Amsterdam en het "
                "ROC, die studenten en kennis leveren. Er is altijd behoefte aan praktische "
                "middelen: fietsen om bij mensen thuis te komen, een bus voor vervoer en computers "
                "voor de administratie."
            ),
        ],
        "partners": [
            ("Stadsdeel Nieuw-West", "municipality"),
            ("Hogeschool van Amsterdam", "school"),
            ("ROC van Amsterdam", "school"),
        ],
        "financing": [
            {
                "funder": "Gemeente Amsterdam, stadsdeel Nieuw-West",
                "kind": "municipality",
                "form": "money",
                "description": "subsidie voor informele zorg in de wijk",
            },
            {
                "funder": "Stichting Het R.C. Maagdenhuis",
                "kind": "fund",
                "form": "money",
                "description": "bijdrage in de ondersteuning van gezinnen",
            },
            {
                "funder": "Bedrijven en particulieren",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "gedoneerde fietsen en computers",
            },
        ],
    },
    {
        "slug": "buurtmoeders-catering-amsterdam",
        "title": "Buurtmoeders Catering",
        "summary": (
            "Een coöperatie van Amsterdamse buurtmoeders die catering verzorgt voor gemeentelijke "
            "instellingen, organisaties en particulieren, en zo een eigen inkomen opbouwt."
        ),
        "place": "Amsterdam",
        "province": "noord-holland",
        "latitude": 52.3676,
        "longitude": 4.9041,
        "methods": ["buurtmoeders", "sociale-cooperatie"],
        "themes": ["werk", "inkomen", "meedoen"],
        "status": "running",
        "year_started": 2014,
        "new_place": False,
        "website": "https://buurtmoederscatering.example",
        "contact_email": "bestellen@buurtmoederscatering.example",
        "intro": [
            (
                "De buurtmoeders kookten al jaren voor buurtfeesten en bijeenkomsten. Met de "
                "coöperatie maakten ze er werk van: ze verzorgen lunches, hapjes en buffetten voor "
                "gemeentelijke diensten, maatschappelijke organisaties en particulieren. Elke "
                "moeder brengt recepten uit haar eigen keuken mee."
            ),
            (
                "Omdat de vrouwen samen eigenaar zijn, beslissen ze ook samen over prijzen, "
                "werkverdeling en wat er met de opbrengst gebeurt. Voor veel van hen is dit het "
                "eerste eigen inkomen in Nederland. Daarnaast leren ze plannen, offertes maken en "
                "met klanten onderhandelen."
            ),
        ],
        "partners": [
            ("Gemeente Amsterdam", "municipality"),
            ("Buurthuizen in Oost en Noord", "civil"),
            ("Vaste zakelijke klanten", "company"),
        ],
        "financing": [
            {
                "funder": "Klanten",
                "kind": "company",
                "form": "money",
                "description": "betaalde cateringopdrachten",
            },
            {
                "funder": "Gemeente Amsterdam",
                "kind": "municipality",
                "form": "money",
                "description": "opdrachten voor bijeenkomsten van de gemeente",
            },
            {
                "funder": "Buurthuis",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "gebruik van een professionele keuken",
            },
        ],
    },
    {
        "slug": "amargi-den-haag",
        "title": "Amargi",
        "summary": (
            "Een Haagse vereniging van mensen die elkaar uit de geldzorgen helpen. Ze grijpen "
            "vroeg in, voordat een betalingsachterstand uitgroeit tot schulden."
        ),
        "place": "Den Haag",
        "province": "zuid-holland",
        "latitude": 52.0705,
        "longitude": 4.3007,
        "methods": ["noodfonds"],
        "themes": ["schulden", "inkomen"],
        "status": "running",
        "year_started": 2015,
        "new_place": False,
        "website": "https://amargi.example",
        "contact_email": "info@amargi.example",
        "intro": [
            (
                "Bij Amargi zitten mensen die zelf weten hoe het is als de rekeningen zich "
                "opstapelen. Ze zoeken buurtgenoten op die net in de problemen raken, helpen "
                "brieven openen, bellen mee met schuldeisers en zoeken samen naar een regeling. "
                "Omdat ze er zelf ook hebben gestaan, durven mensen sneller om hulp te vragen."
            ),
            (
                "Vroeg erbij zijn is de kern. Een kleine gift of lening uit het eigen fonds kan "
                "voorkomen dat een afsluiting of incasso volgt. De vereniging werkt samen met het "
                "wijkteam en de schuldhulp van de gemeente, maar blijft een club van en voor "
                "bewoners."
            ),
        ],
        "partners": [
            ("Gemeente Den Haag", "municipality"),
            ("Fonds 1818", "fund"),
            ("Kerken in Den Haag", "civil"),
        ],
        "financing": [
            {
                "funder": "Fonds 1818",
                "kind": "fund",
                "form": "money",
                "description": "aanvulling van het eigen noodfonds",
            },
            {
                "funder": "Gemeente Den Haag",
                "kind": "municipality",
                "form": "money",
                "description": "bijdrage voor vroegsignalering",
            },
            {
                "funder": "Diaconieën van Haagse kerken",
                "kind": "fund",
                "form": "money",
                "description": "giften voor acute noodsituaties",
            },
        ],
    },
    {
        "slug": "talent-in-actie-gereedschapskist",
        "title": "Talent in Actie: Mijn Gereedschapskist",
        "summary": (
            "Bewoners in Groningen lenen elkaar gereedschap uit een gezamenlijke voorraad. Wie "
            "iets komt lenen, leert ook de buren kennen."
        ),
        "place": "Groningen",
        "province": "groningen",
        "latitude": 53.2194,
        "longitude": 6.5665,
        "methods": ["gereedschapskist"],
        "themes": ["buurt", "meedoen"],
        "status": "running",
        "year_started": 2016,
        "new_place": False,
        "website": "https://talentinactie.example",
        "contact_email": "gereedschap@talentinactie.example",
        "intro": [
            (
                "Mijn Gereedschapskist begon met een paar boormachines en een trapladder die "
                "bewoners zelf hadden ingebracht. Inmiddels staat er een flinke voorraad, van "
                "verfspullen tot tuingereedschap. Twee keer per week is er een uitleenmoment, en "
                "vrijwilligers uit de buurt geven uitleg bij het gebruik."
            ),
            (
                "Het gereedschap is vooral een aanleiding om elkaar te ontmoeten. Mensen vragen of "
                "iemand wil helpen met een klusje, en zo ontstaan nieuwe contacten in de straat. "
                "Voor bewoners die weinig geld hebben, scheelt het bovendien de aanschaf van dure "
                "spullen."
            ),
        ],
        "partners": [
            ("Gemeente Groningen", "municipality"),
            ("Lefier", "housing"),
            ("Bouwmarkt in de wijk", "company"),
        ],
        "financing": [
            {
                "funder": "Gemeente Groningen",
                "kind": "municipality",
                "form": "money",
                "description": "wijkbudget voor de aanschaf van gereedschap",
            },
            {
                "funder": "Bouwmarkt in de wijk",
                "kind": "company",
                "form": "in_kind",
                "description": "korting op nieuw gereedschap en onderdelen",
            },
            {
                "funder": "Buurtbewoners",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "ingebracht gereedschap en tijd van vrijwilligers",
            },
        ],
    },
    {
        "slug": "new-life-choir-groningen",
        "title": "New Life Choir",
        "summary": (
            "Een koor in Groningen waar mensen met heel verschillende achtergronden samen zingen. "
            "Meedoen kost niets, en niemand hoeft noten te kunnen lezen."
        ),
        "place": "Groningen",
        "province": "groningen",
        "latitude": 53.2142,
        "longitude": 6.5731,
        "methods": [],
        "themes": ["meedoen"],
        "status": "running",
        "year_started": 2016,
        "new_place": False,
        "website": "https://newlifechoir.example",
        "contact_email": "zingen@newlifechoir.example",
        "intro": [
            (
                "Elke week komen in Groningen mensen bij elkaar om te zingen: nieuwkomers, "
                "studenten, ouderen en buurtbewoners die weinig te besteden hebben. Er wordt "
                "gezongen in allerlei talen, en de liederen komen vaak van de leden zelf."
            ),
            (
                "Het koor gaat om meer dan muziek. Wie geïsoleerd leeft, vindt hier een vaste "
                "groep mensen die op je rekent. Na de repetitie blijft een deel hangen voor "
                "koffie, en zo worden ook vragen over werk, wonen of de taal gedeeld."
            ),
        ],
        "partners": [
            ("Gemeente Groningen", "municipality"),
            ("Kerk in de binnenstad", "civil"),
        ],
        "financing": [
            {
                "funder": "Kerk in de binnenstad",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "repetitieruimte",
            },
            {
                "funder": "Prins Bernhard Cultuurfonds",
                "kind": "fund",
                "form": "money",
                "description": "vergoeding voor de dirigent",
            },
        ],
    },
    {
        "slug": "edasu-oost-groningen",
        "title": "EDASU",
        "summary": (
            "Opleiding tot ervaringsdeskundige in armoede en sociale uitsluiting in "
            "Oost-Groningen. Wie slaagt, slaat een brug tussen mensen in armoede en professionals."
        ),
        "place": "Veendam",
        "province": "groningen",
        "latitude": 53.1063,
        "longitude": 6.8755,
        "methods": ["ervaringsdeskundigen-armoede"],
        "themes": ["inkomen", "meedoen", "onderwijs"],
        "status": "running",
        "year_started": 2008,
        "new_place": False,
        "website": "https://edasu.example",
        "contact_email": "opleiding@edasu.example",
        "intro": [
            (
                "EDASU staat voor ErvaringsDeskundigheid in Armoede en Sociale Uitsluiting. In "
                "Oost-Groningen leiden ze mensen die zelf armoede hebben meegemaakt op tot "
                "ervaringsdeskundige, samen met ROC Noorderpoort. De deelnemers leren hun eigen "
                "verhaal te gebruiken en te luisteren naar dat van een ander."
            ),
            (
                "Na de opleiding werken veel deelnemers bij sociale diensten, het Leger des Heils "
                "of de kredietbank. Daar helpen ze mensen die het wantrouwen voorbij moeten, en "
                "laten ze professionals zien hoe regels en brieven overkomen bij wie weinig heeft. "
                "Zo verandert er ook iets aan de kant van de instanties."
            ),
        ],
        "partners": [
            ("ROC Noorderpoort", "school"),
            ("Gemeente Veendam", "municipality"),
            ("Leger des Heils", "civil"),
        ],
        "financing": [
            {
                "funder": "Gemeenten in Oost-Groningen",
                "kind": "municipality",
                "form": "money",
                "description": "opleidingsplaatsen voor inwoners",
            },
            {
                "funder": "ROC Noorderpoort",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "lesruimte en docenten",
            },
            {
                "funder": "Leger des Heils",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "stageplekken voor deelnemers",
            },
        ],
    },
    {
        "slug": "bewonersbedrijf-heechterp-schieringen",
        "title": "Bewonersbedrijf Heechterp-Schieringen",
        "summary": (
            "Het eerste bewonersbedrijf van Nederland, in Leeuwarden. Bewoners doen zelf het werk "
            "dat hun wijk beter maakt en verminderen zo samen de armoede."
        ),
        "place": "Leeuwarden",
        "province": "friesland",
        "latitude": 53.2004,
        "longitude": 5.8183,
        "methods": ["bewonersbedrijf"],
        "themes": ["buurt", "werk", "inkomen"],
        "status": "running",
        "year_started": 2006,
        "new_place": False,
        "website": "https://bewonersbedrijf-heechterp.example",
        "contact_email": "info@bewonersbedrijf-heechterp.example",
        "intro": [
            (
                "In Heechterp-Schieringen wachtten bewoners niet langer tot anderen hun wijk "
                "zouden opknappen. Ze richtten een eigen bedrijf op dat werk in de buurt uitvoert: "
                "groen bijhouden, schoonmaken, kleine klussen en activiteiten voor buurtgenoten. "
                "Wie meewerkt, verdient iets bij of doet werkervaring op."
            ),
            (
                "Het bedrijf heeft twee doelen die bij elkaar horen: de wijk verbeteren en armoede "
                "terugdringen. De gemeente en woningcorporaties geven opdrachten die ze vroeger "
                "aan bedrijven van buiten gaven. Andere wijken in het land kwamen kijken hoe het "
                "werkt en begonnen een eigen bewonersbedrijf."
            ),
        ],
        "partners": [
            ("Gemeente Leeuwarden", "municipality"),
            ("Elkien", "housing"),
            ("WoonFriesland", "housing"),
        ],
        "financing": [
            {
                "funder": "Gemeente Leeuwarden",
                "kind": "municipality",
                "form": "money",
                "description": "opdrachten voor groenonderhoud en schoonmaak",
            },
            {
                "funder": "Woningcorporaties",
                "kind": "company",
                "form": "money",
                "description": "opdrachten voor klussen en onderhoud in de wijk",
            },
            {
                "funder": "Fonds Sluyterman van Loo",
                "kind": "fund",
                "form": "money",
                "description": "bijdrage in de begeleiding van bewoners",
            },
        ],
    },
    {
        "slug": "fort-vreeswijk",
        "title": "Fort Vreeswijk",
        "summary": (
            "Bewoners van Vreeswijk in Nieuwegein zorgen er samen voor dat zorg en ondersteuning "
            "dichtbij blijven, in de eigen buurt."
        ),
        "place": "Nieuwegein",
        "province": "utrecht",
        "latitude": 52.009,
        "longitude": 5.0962,
        "methods": [],
        "themes": ["zorg", "buurt"],
        "status": "running",
        "year_started": 2012,
        "new_place": False,
        "website": "https://fortvreeswijk.example",
        "contact_email": "info@fortvreeswijk.example",
        "intro": [
            (
                "Toen zorgvoorzieningen uit Vreeswijk dreigden te verdwijnen, kwamen bewoners in "
                "actie. Fort Vreeswijk is hun antwoord: een plek en een netwerk waar ouderen, "
                "mensen met een beperking en gezinnen terechtkunnen voor hulp, gezelschap en een "
                "goed gesprek."
            ),
            (
                "Vrijwilligers en beroepskrachten werken er naast elkaar. Bewoners bepalen mee "
                "welke activiteiten er zijn, van een gezamenlijke maaltijd tot hulp bij "
                "formulieren. Zo hoeven mensen met weinig geld of weinig vervoer niet naar de "
                "andere kant van de stad voor ondersteuning."
            ),
        ],
        "partners": [
            ("Gemeente Nieuwegein", "municipality"),
            ("Jutphaas Wonen", "housing"),
            ("Zorgaanbieders in de regio", "civil"),
        ],
        "financing": [
            {
                "funder": "Gemeente Nieuwegein",
                "kind": "municipality",
                "form": "money",
                "description": "bijdrage vanuit de Wmo voor ontmoeting en ondersteuning",
            },
            {
                "funder": "Jutphaas Wonen",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "gebruik van een ontmoetingsruimte",
            },
        ],
    },
    {
        "slug": "de-fietsbank-zutphen",
        "title": "De Fietsbank",
        "summary": (
            "Vrijwilligers knappen gedoneerde fietsen op en geven ze aan kinderen en volwassenen "
            "die zelf geen fiets kunnen betalen."
        ),
        "place": "Zutphen",
        "province": "gelderland",
        "latitude": 52.1386,
        "longitude": 6.2014,
        "methods": [],
        "themes": ["inkomen", "meedoen"],
        "status": "running",
        "year_started": 2013,
        "new_place": False,
        "website": "https://fietsbank-zutphen.example",
        "contact_email": "fietsen@fietsbank-zutphen.example",
        "intro": [
            (
                "Wie geen fiets heeft, komt lastig op school, op het werk of bij de sportclub. De "
                "Fietsbank haalt afgedankte fietsen op, maakt ze in de eigen werkplaats weer "
                "rijklaar en geeft ze weg aan mensen die via het wijkteam, de school of de "
                "voedselbank worden aangemeld."
            ),
            (
                "In de werkplaats sleutelen gepensioneerde vakmensen samen met mensen die "
                "werkervaring willen opdoen. Een aantal van hen vond via de Fietsbank de weg naar "
                "een baan in een fietsenwinkel. De werkplaats is zo ook een plek waar mensen weer "
                "ritme en zelfvertrouwen opbouwen."
            ),
        ],
        "partners": [
            ("Gemeente Zutphen", "municipality"),
            ("Voedselbank", "civil"),
            ("Fietsenmakers uit de stad", "company"),
        ],
        "financing": [
            {
                "funder": "Gemeente Zutphen",
                "kind": "municipality",
                "form": "money",
                "description": "huur van de werkplaats",
            },
            {
                "funder": "Inwoners van Zutphen",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "gedoneerde fietsen",
            },
            {
                "funder": "Fietsenmakers uit de stad",
                "kind": "company",
                "form": "in_kind",
                "description": "onderdelen tegen inkoopprijs",
            },
        ],
    },
    {
        "slug": "speelgoedbank-de-grabbelton",
        "title": "Speelgoedbank De Grabbelton",
        "summary": (
            "Ouders met weinig geld kiezen hier gratis speelgoed uit voor hun kinderen, zoals een "
            "cadeau voor de verjaardag of voor de feestdagen."
        ),
        "place": "Roermond",
        "province": "limburg",
        "latitude": 51.1942,
        "longitude": 5.987,
        "methods": [],
        "themes": ["inkomen", "buurt"],
        "status": "running",
        "year_started": 2010,
        "new_place": False,
        "website": "https://grabbelton.example",
        "contact_email": "info@grabbelton.example",
        "intro": [
            (
                "Bij De Grabbelton kunnen ouders die krap zitten een paar keer per jaar speelgoed "
                "uitzoeken voor hun kinderen. Het speelgoed is gedoneerd en door vrijwilligers "
                "nagekeken en schoongemaakt. Ouders kiezen zelf, zodat het cadeau echt van hen "
                "komt."
            ),
            (
                "De vrijwilligers zijn deels ouders die zelf ooit via de speelgoedbank een cadeau "
                "haalden. Ze weten hoe het voelt als je kind niets kan meebrengen naar een "
                "verjaardag, en zorgen dat niemand zich bekeken voelt. Via de speelgoedbank komen "
                "ouders ook in contact met andere hulp in de stad."
            ),
        ],
        "partners": [
            ("Gemeente Roermond", "municipality"),
            ("Wonen Limburg", "housing"),
            ("Basisscholen in Roermond", "school"),
        ],
        "financing": [
            {
                "funder": "Inwoners en bedrijven",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "gedoneerd speelgoed",
            },
            {
                "funder": "Wonen Limburg",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "opslagruimte in een leegstaand pand",
            },
            {
                "funder": "Lokale ondernemers",
                "kind": "company",
                "form": "money",
                "description": "bijdrage voor nieuwe cadeaus rond de feestdagen",
            },
        ],
    },
    {
        "slug": "onze-nieuwe-buren-rotterdam",
        "title": "Onze Nieuwe Buren",
        "summary": (
            "Een gevluchte familie en een Rotterdamse familie trekken een half jaar met elkaar op, "
            "om wegwijs te worden in de stad en elkaar echt te leren kennen."
        ),
        "place": "Rotterdam",
        "province": "zuid-holland",
        "latitude": 51.9244,
        "longitude": 4.4777,
        "methods": [],
        "themes": ["meedoen", "buurt"],
        "status": "running",
        "year_started": 2016,
        "new_place": False,
        "website": "https://onzenieuweburen.example",
        "contact_email": "koppelen@onzenieuweburen.example",
        "intro": [
            (
                "Onze Nieuwe Buren koppelt een gevluchte familie aan een Nederlandse familie in "
                "Rotterdam. Zes maanden lang zien ze elkaar regelmatig: ze eten samen, gaan naar "
                "de markt, helpen bij een brief van de gemeente of zoeken samen een zwemclub voor "
                "de kinderen."
            ),
            (
                "Het gaat om gelijkwaardig contact, niet om hulpverlening. Beide families leren "
                "van elkaar, en vaak blijft het contact ook na het half jaar bestaan. De "
                "koppelaars zijn vrijwilligers, van wie een deel zelf ooit nieuw in Nederland was."
            ),
        ],
        "partners": [
            ("Gemeente Rotterdam", "municipality"),
            ("VluchtelingenWerk", "civil"),
        ],
        "financing": [
            {
                "funder": "Gemeente Rotterdam",
                "kind": "municipality",
                "form": "money",
                "description": "vergoeding voor de coördinatie",
            },
            {
                "funder": "Deelnemende families",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "tijd en gastvrijheid",
            },
        ],
    },
    {
        "slug": "stand-by-hoorn",
        "title": "Stand-by",
        "summary": (
            "Vrijwillige maatjes in Hoorn staan naast mensen met weinig geld en weinig netwerk, op "
            "weg naar werk, vrijwilligerswerk of een opleiding."
        ),
        "place": "Hoorn",
        "province": "noord-holland",
        "latitude": 52.6425,
        "longitude": 5.0597,
        "methods": ["maatjes-naar-werk"],
        "themes": ["werk", "meedoen"],
        "status": "running",
        "year_started": 2015,
        "new_place": False,
        "website": "https://standby-hoorn.example",
        "contact_email": "maatjes@standby-hoorn.example",
        "intro": [
            (
                "Bij Stand-by krijgt iemand die al lang thuis zit een maatje: een vrijwilliger die "
                "een tijd meeloopt. Samen kijken ze wat iemand kan en wil, oefenen ze een "
                "sollicitatiegesprek of gaan ze langs bij een bedrijf. Het maatje controleert "
                "niets en beslist niets, het doel ligt bij de deelnemer."
            ),
            (
                "De maatjes brengen hun eigen netwerk mee, en dat opent deuren die voor een "
                "werkzoekende lang dicht bleven. Deelnemers die hun weg gevonden hebben, worden "
                "soms zelf maatje. De coördinator houdt contact met het werkplein en met "
                "organisaties voor schuldhulp, voor wanneer er meer speelt."
            ),
        ],
        "partners": [
            ("Gemeente Hoorn", "municipality"),
            ("Intermaris", "housing"),
            ("Werkgevers uit West-Friesland", "company"),
        ],
        "financing": [
            {
                "funder": "Gemeente Hoorn",
                "kind": "municipality",
                "form": "money",
                "description": "vergoeding voor de coördinator",
            },
            {
                "funder": "Oranje Fonds",
                "kind": "fund",
                "form": "money",
                "description": "training van nieuwe maatjes",
            },
            {
                "funder": "Werkgevers uit West-Friesland",
                "kind": "company",
                "form": "in_kind",
                "description": "snuffelstages en meeloopdagen",
            },
        ],
    },
    {
        "slug": "huis-van-compassie-nijmegen",
        "title": "Huis van Compassie",
        "summary": (
            "Een open huis in Nijmegen waar mensen in een moeilijke periode terechtkunnen voor een "
            "maaltijd, aandacht en hulp bij de vragen die op hun pad komen."
        ),
        "place": "Nijmegen",
        "province": "gelderland",
        "latitude": 51.8126,
        "longitude": 5.8372,
        "methods": [],
        "themes": ["zorg", "meedoen", "buurt"],
        "status": "running",
        "year_started": 2014,
        "new_place": False,
        "website": "https://huisvancompassie.example",
        "contact_email": "welkom@huisvancompassie.example",
        "intro": [
            (
                "Het Huis van Compassie staat open voor iedereen die het even niet redt: mensen "
                "met schulden, mensen die eenzaam zijn of net uit een instelling komen. Er is "
                "koffie, een gezamenlijke maaltijd en altijd iemand die tijd heeft om te "
                "luisteren."
            ),
            (
                "Vrijwilligers kijken met bezoekers naar de vraag achter de vraag en lopen zo "
                "nodig mee naar een instantie. Wie een tijd komt, gaat vaak zelf helpen in de "
                "keuken of bij de ontvangst. Zo wordt het huis gedragen door de mensen die er zelf "
                "ook steun vonden."
            ),
        ],
        "partners": [
            ("Gemeente Nijmegen", "municipality"),
            ("Kerken in Nijmegen", "civil"),
            ("Talis", "housing"),
        ],
        "financing": [
            {
                "funder": "Kerken in Nijmegen",
                "kind": "fund",
                "form": "money",
                "description": "giften voor maaltijden en vaste lasten",
            },
            {
                "funder": "Gemeente Nijmegen",
                "kind": "municipality",
                "form": "money",
                "description": "bijdrage voor de inloop",
            },
            {
                "funder": "Supermarkten in de wijk",
                "kind": "company",
                "form": "in_kind",
                "description": "levensmiddelen voor de maaltijden",
            },
        ],
    },
    {
        "slug": "weggeefwinkel-zwolle",
        "title": "Weggeefwinkel Zwolle-Zuid",
        "summary": (
            "Sinds 2025 een weggeefwinkel in Zwolle-Zuid, opgezet naar het voorbeeld van "
            "Amersfoort. Bewoners brengen en halen spullen, zonder kassa en zonder formulieren."
        ),
        "place": "Zwolle",
        "province": "overijssel",
        "latitude": 52.5168,
        "longitude": 6.083,
        "methods": ["weggeefwinkel"],
        "themes": ["buurt", "inkomen", "meedoen"],
        "status": "running",
        "year_started": 2025,
        "new_place": True,
        "website": "https://weggeefwinkel-zwolle.example",
        "contact_email": "info@weggeefwinkel-zwolle.example",
        "intro": [
            (
                "Een groep bewoners uit Zwolle-Zuid ging in 2024 op bezoek bij de Weggeefwinkel in "
                "Amersfoort en wilde daarna hetzelfde in de eigen wijk. Ze gebruikten het plan van "
                "aanpak van de methodiek, vonden een leeg winkelpand en openden in het voorjaar "
                "van 2025 de deur."
            ),
            (
                "De winkel is twee middagen per week open en draait op een vaste groep van acht "
                "vrijwilligers, onder wie Annelies en Youssef, die allebei zelf lang met weinig "
                "geld rondkwamen. Via een projectenband houden ze contact met Amersfoort, "
                "bijvoorbeeld over wat je doet met spullen die niemand meeneemt."
            ),
        ],
        "partners": [
            ("Gemeente Zwolle", "municipality"),
            ("deltaWonen", "housing"),
            ("Kringloopbedrijf uit de regio", "company"),
        ],
        "financing": [
            {
                "funder": "Gemeente Zwolle",
                "kind": "municipality",
                "form": "money",
                "description": "startbijdrage voor inrichting en verzekering",
            },
            {
                "funder": "deltaWonen",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "leeg winkelpand zonder huur voor twee jaar",
            },
            {
                "funder": "Diaconie van de Protestantse Gemeente",
                "kind": "fund",
                "form": "money",
                "description": "bijdrage in energie en schoonmaak",
            },
        ],
    },
    {
        "slug": "gereedschapskist-emmen",
        "title": "Gereedschapskist Emmerhout",
        "summary": (
            "Bewoners van Emmerhout in Emmen lenen elkaar gereedschap, naar het voorbeeld van Mijn "
            "Gereedschapskist in Groningen. Gestart in 2025."
        ),
        "place": "Emmen",
        "province": "drenthe",
        "latitude": 52.7858,
        "longitude": 6.8976,
        "methods": ["gereedschapskist"],
        "themes": ["buurt", "wonen"],
        "status": "running",
        "year_started": 2025,
        "new_place": True,
        "website": "",
        "contact_email": "gereedschap-emmerhout@buurtpost.example",
        "intro": [
            (
                "In Emmerhout hoorden een paar bewoners op een bijeenkomst van de Sociale "
                "Alliantie over Mijn Gereedschapskist in Groningen. Een middag later stonden ze "
                "daar zelf in het uitleenhok. Terug in Emmen zamelden ze gereedschap in bij "
                "buurtgenoten en richtten ze een oude garagebox in als uitleenpunt."
            ),
            (
                "Elke zaterdagochtend is het uitleenpunt open. Vaak blijft het niet bij lenen: "
                "buren helpen elkaar met behangen of een kapotte kraan. De groep wil het komend "
                "jaar ook een paar klusdagen organiseren voor bewoners die het zelf niet kunnen."
            ),
        ],
        "partners": [
            ("Gemeente Emmen", "municipality"),
            ("Lefier", "housing"),
        ],
        "financing": [
            {
                "funder": "Lefier",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "garagebox als uitleenpunt",
            },
            {
                "funder": "Gemeente Emmen",
                "kind": "municipality",
                "form": "money",
                "description": "bewonersbudget voor aanschaf van gereedschap",
            },
            {
                "funder": "Rabobank Clubsupport",
                "kind": "company",
                "form": "money",
                "description": "bijdrage voor een tweede boormachine en een ladder",
            },
        ],
    },
    {
        "slug": "buurtmoeders-tilburg",
        "title": "Buurtmoeders Tilburg-Noord",
        "summary": (
            "Moeders uit Tilburg-Noord zetten naar Amsterdams voorbeeld een eigen "
            "cateringcoöperatie op. De eerste opdrachten zijn in 2026 uitgevoerd."
        ),
        "place": "Tilburg",
        "province": "noord-brabant",
        "latitude": 51.5555,
        "longitude": 5.0913,
        "methods": ["buurtmoeders"],
        "themes": ["werk", "inkomen"],
        "status": "starting",
        "year_started": 2026,
        "new_place": True,
        "website": "",
        "contact_email": "buurtmoeders-tilburg@buurtpost.example",
        "intro": [
            (
                "In Tilburg-Noord kookten moeders al lang samen voor buurtfeesten in het "
                "wijkcentrum. Na een bezoek aan Buurtmoeders Catering in Amsterdam besloten ze er "
                "een eigen coöperatie van te maken. Ze zijn nu bezig met de oprichting en met de "
                "afspraken met de gemeente over bijverdienen naast een uitkering."
            ),
            (
                "De eerste opdrachten, lunches voor bijeenkomsten in het wijkcentrum, liepen goed. "
                "De groep van negen vrouwen, met Nadia als aanspreekpunt, volgt nu samen een "
                "hygiënecursus en oefent met het maken van offertes. Een van de Amsterdamse "
                "moeders komt regelmatig meekijken."
            ),
        ],
        "partners": [
            ("Gemeente Tilburg", "municipality"),
            ("Wijkcentrum in Tilburg-Noord", "civil"),
            ("ROC Tilburg", "school"),
        ],
        "financing": [
            {
                "funder": "Gemeente Tilburg",
                "kind": "municipality",
                "form": "money",
                "description": "budget voor de oprichting en de hygiënecursus",
            },
            {
                "funder": "Wijkcentrum in Tilburg-Noord",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "gebruik van de keuken",
            },
            {
                "funder": "Kansfonds",
                "kind": "fund",
                "form": "money",
                "description": "aanschaf van keukenmateriaal en vervoer",
            },
        ],
    },
    {
        "slug": "noodfonds-maastricht",
        "title": "Noodfonds Maastricht-Oost",
        "summary": (
            "Een lokaal noodfonds in Maastricht dat snel bijspringt bij een acute tegenvaller. "
            "Opgezet in 2025 met hulp van de mensen achter Amargi in Den Haag."
        ),
        "place": "Maastricht",
        "province": "limburg",
        "latitude": 50.8514,
        "longitude": 5.691,
        "methods": ["noodfonds"],
        "themes": ["schulden", "inkomen"],
        "status": "starting",
        "year_started": 2025,
        "new_place": True,
        "website": "https://noodfonds-maastricht.example",
        "contact_email": "aanvraag@noodfonds-maastricht.example",
        "intro": [
            (
                "Een kapotte koelkast of een onverwachte naheffing kan voor een gezin met weinig "
                "geld het begin zijn van een lange reeks problemen. Het noodfonds in "
                "Maastricht-Oost springt dan binnen een paar dagen bij, met een gift of een "
                "renteloze lening. Aanvragen lopen via mensen die dicht bij de aanvrager staan, "
                "zoals het wijkteam of een maatje."
            ),
            (
                "Het fonds is in 2025 opgezet door een groep bewoners en kerken, met Ruben en "
                "Marloes als kartrekkers. Ze leerden veel van Amargi in Den Haag, vooral over "
                "vroeg erbij zijn en over de vraag wat er achter een aanvraag zit. De eerste "
                "aanvragen zijn inmiddels behandeld."
            ),
        ],
        "partners": [
            ("Gemeente Maastricht", "municipality"),
            ("Parochies in Maastricht-Oost", "civil"),
            ("Servatius", "housing"),
        ],
        "financing": [
            {
                "funder": "Gemeente Maastricht",
                "kind": "municipality",
                "form": "money",
                "description": "eenmalige startstorting in het fonds",
            },
            {
                "funder": "Parochies in Maastricht-Oost",
                "kind": "fund",
                "form": "money",
                "description": "jaarlijkse bijdrage uit de collecte",
            },
            {
                "funder": "Ondernemers uit Maastricht",
                "kind": "company",
                "form": "money",
                "description": "giften aan het fonds",
            },
        ],
    },
    {
        "slug": "ervaringsdeskundigen-walcheren",
        "title": "Ervaringsdeskundigen Walcheren",
        "summary": (
            "In Middelburg volgt een eerste groep Zeeuwen de opleiding tot ervaringsdeskundige in "
            "armoede, naar het voorbeeld van EDASU in Oost-Groningen."
        ),
        "place": "Middelburg",
        "province": "zeeland",
        "latitude": 51.4988,
        "longitude": 3.6136,
        "methods": ["ervaringsdeskundigen-armoede"],
        "themes": ["inkomen", "meedoen", "onderwijs"],
        "status": "running",
        "year_started": 2025,
        "new_place": True,
        "website": "https://ervaringsdeskundigen-walcheren.example",
        "contact_email": "info@ervaringsdeskundigen-walcheren.example",
        "intro": [
            (
                "Op Walcheren bestond geen opleiding voor mensen die hun ervaring met armoede "
                "willen inzetten. Een groep van twaalf inwoners begon in 2025 met een eigen "
                "traject, met het lesprogramma van EDASU als basis. Docenten uit Groningen gaven "
                "de eerste lessen, daarna nam het Zeeuwse team het over."
            ),
            (
                "De deelnemers lopen stage bij het sociaal team en bij de schuldhulpverlening. Ze "
                "bekijken ook brieven van de gemeente op begrijpelijkheid, en sommige brieven zijn "
                "al herschreven. Via de projectenband met Oost-Groningen wisselen ze ervaringen "
                "uit over hoe je zo'n opleiding blijvend financiert."
            ),
        ],
        "partners": [
            ("Gemeente Middelburg", "municipality"),
            ("Scalda", "school"),
            ("EDASU", "civil"),
        ],
        "financing": [
            {
                "funder": "Gemeenten op Walcheren",
                "kind": "municipality",
                "form": "money",
                "description": "financiering van de eerste opleidingsgroep",
            },
            {
                "funder": "Scalda",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "lesruimte en een vaste docent",
            },
            {
                "funder": "Samenwerkende Fondsen Urgente Noden",
                "kind": "fund",
                "form": "money",
                "description": "reiskosten en materiaal van deelnemers",
            },
        ],
    },
    {
        "slug": "bewonersbedrijf-almere-haven",
        "title": "Bewonersbedrijf Almere Haven",
        "summary": (
            "Een groep bewoners in Almere Haven onderzoekt of een eigen bewonersbedrijf haalbaar "
            "is, naar het voorbeeld van Heechterp-Schieringen in Leeuwarden."
        ),
        "place": "Almere",
        "province": "flevoland",
        "latitude": 52.334,
        "longitude": 5.217,
        "methods": ["bewonersbedrijf"],
        "themes": ["buurt", "werk"],
        "status": "idea",
        "year_started": None,
        "new_place": False,
        "website": "",
        "contact_email": "bewonersbedrijf-almerehaven@buurtpost.example",
        "intro": [
            (
                "Bewoners van Almere Haven zien dat veel werk in hun wijk door bedrijven van "
                "buiten wordt gedaan, terwijl er buurtgenoten thuis zitten die het graag zouden "
                "doen. Ze willen uitzoeken of een bewonersbedrijf voor groenonderhoud en kleine "
                "klussen kan werken."
            ),
            (
                "Het is nog een idee. De groep praat met de gemeente en de woningcorporatie over "
                "mogelijke opdrachten en gaat op werkbezoek in Leeuwarden en Amersfoort. Wie mee "
                "wil denken, is welkom op de maandelijkse bewonersavond."
            ),
        ],
        "partners": [
            ("Gemeente Almere", "municipality"),
            ("Ymere", "housing"),
        ],
        "financing": [
            {
                "funder": "Gemeente Almere",
                "kind": "municipality",
                "form": "money",
                "description": "budget voor een haalbaarheidsonderzoek",
            },
            {
                "funder": "Buurthuis in Almere Haven",
                "kind": "in_kind",
                "form": "in_kind",
                "description": "vergaderruimte voor de bewonersavonden",
            },
        ],
    },
    {
        "slug": "klusbedrijf-deventer",
        "title": "Buurtklusbedrijf Rivierenwijk",
        "summary": (
            "Een klusbedrijf van bewoners in de Deventer Rivierenwijk dat tussen 2017 en 2023 "
            "kleine klussen deed voor buurtgenoten. Het stopte toen de vaste kern uit elkaar viel."
        ),
        "place": "Deventer",
        "province": "overijssel",
        "latitude": 52.2551,
        "longitude": 6.1639,
        "methods": ["bewonersbedrijf"],
        "themes": ["buurt", "werk"],
        "status": "stopped",
        "year_started": 2017,
        "new_place": False,
        "website": "",
        "contact_email": "oud-bestuur@klusbedrijf-rivierenwijk.example",
        "intro": [
            (
                "Het buurtklusbedrijf hielp ouderen en gezinnen in de Rivierenwijk met schilderen, "
                "tuinonderhoud en kleine reparaties. Bewoners die lang zonder werk zaten, deden "
                "het werk en bouwden zo ervaring en zelfvertrouwen op. Op het hoogtepunt werkten "
                "er vijftien mensen mee."
            ),
            (
                "Het bedrijf dreef sterk op twee initiatiefnemers. Toen zij in 2023 stopten en een "
                "belangrijke subsidie afliep, lukte het niet om het werk over te dragen. De lessen "
                "zijn gedeeld met andere bewonersbedrijven: verdeel de taken op tijd en zorg voor "
                "meer dan één geldbron. Het gereedschap ging naar een uitleenpunt in de wijk."
            ),
        ],
        "partners": [
            ("Gemeente Deventer", "municipality"),
            ("Rentree", "housing"),
        ],
        "financing": [
            {
                "funder": "Gemeente Deventer",
                "kind": "municipality",
                "form": "money",
                "description": "subsidie voor begeleiding, tot 2023",
            },
            {
                "funder": "Oranje Fonds",
                "kind": "fund",
                "form": "money",
                "description": "startbijdrage voor gereedschap en een bus",
            },
        ],
    },
]

BANDS = [
    {
        "slug": "weggeefwinkels-in-verbinding",
        "name": "Weggeefwinkels in verbinding",
        "description": (
            "De Weggeefwinkel in Amersfoort, de nieuwe weggeefwinkel in Zwolle-Zuid en "
            "Speelgoedbank De Grabbelton in Roermond wisselen ervaringen uit over geven zonder "
            "kassa. Ze bespreken onder meer huisregels, het afvoeren van spullen die blijven "
            "liggen en hoe je vrijwilligers vasthoudt."
        ),
        "since": "2025-04-01",
        "method": "weggeefwinkel",
        "theme": "buurt",
        "initiatives": [
            "weggeefwinkel-amersfoort",
            "weggeefwinkel-zwolle",
            "speelgoedbank-de-grabbelton",
        ],
    },
    {
        "slug": "ervaringsdeskundigen-noord-en-zuid",
        "name": "Ervaringsdeskundigen van Groningen tot Zeeland",
        "description": (
            "EDASU in Oost-Groningen helpt de nieuwe opleiding op Walcheren op weg met "
            "lesmateriaal, gastlessen en advies. Amargi in Den Haag sluit aan met ervaring in het "
            "vroeg opsporen van geldzorgen. Twee keer per jaar komen de deelnemers bij elkaar."
        ),
        "since": "2025-09-15",
        "method": "ervaringsdeskundigen-armoede",
        "theme": "inkomen",
        "initiatives": [
            "edasu-oost-groningen",
            "ervaringsdeskundigen-walcheren",
            "amargi-den-haag",
        ],
    },
    {
        "slug": "bewonersbedrijven-leren-van-elkaar",
        "name": "Bewonersbedrijven leren van elkaar",
        "description": (
            "Het Bewonersbedrijf Heechterp-Schieringen in Leeuwarden en Duurzaam Soesterkwartier "
            "in Amersfoort delen hoe bewoners zelf werk in hun wijk organiseren. De groep in "
            "Almere Haven, die nog aan het begin staat, leest mee en komt op werkbezoek."
        ),
        "since": "2025-06-01",
        "method": "bewonersbedrijf",
        "theme": "buurt",
        "initiatives": [
            "bewonersbedrijf-heechterp-schieringen",
            "duurzaam-soesterkwartier",
            "bewonersbedrijf-almere-haven",
        ],
    },
]

# English versions of three initiatives (Dutch text → English), translated with wagtail-localize
# by the demo loader. Names of people, organisations and places stay as they are.
ENGLISH = {
    "weggeefwinkel-amersfoort": {
        "Een winkel zonder kassa: wie iets nodig heeft, neemt het mee, en wie iets over heeft, "
        "brengt het. De winkel draait volledig op vrijwilligers en stagiairs.": (
            "A shop without a till: whoever needs something takes it, and whoever has something "
            "to spare brings it. The shop runs entirely on volunteers and interns."
        ),
        "In de Weggeefwinkel liggen kleren, pannen, boeken en speelgoed die buurtbewoners "
        "hebben gebracht. Iedereen mag binnenlopen en meenemen wat van pas komt, zonder te "
        "betalen en zonder te hoeven uitleggen waarom. Er werkt niemand in loondienst: "
        "vrijwilligers en stagiairs van het mbo houden de winkel samen open.": (
            "The give-away shop holds clothes, pans, books and toys brought in by people from "
            "the neighbourhood. Anyone may walk in and take what they can use, without paying "
            "and without having to explain why. Nobody is on the payroll: volunteers and "
            "vocational students keep the shop open together."
        ),
        "Voor veel bezoekers is de winkel meer dan een plek om spullen te halen. Aan de "
        "koffietafel raken mensen aan de praat, en wie vaker komt, gaat vaak zelf een "
        "middag meedraaien. Zo is de winkel in de loop der jaren uitgegroeid tot een vaste "
        "ontmoetingsplek, waar mensen met weinig geld niet als klant van de hulpverlening "
        "worden gezien, maar als buurtgenoot.": (
            "For many visitors the shop is more than a place to pick things up. People get "
            "talking at the coffee table, and regulars often end up helping out for an "
            "afternoon. Over the years the shop has become a meeting place where people on a "
            "low income are seen as neighbours, not as clients of social services."
        ),
        "bijdrage in de huur en de vaste lasten": "a contribution to rent and running costs",
        "winkelruimte tegen een lage huur": "shop space at a low rent",
        "gebrachte spullen en de inzet van vrijwilligers": "donated goods and volunteers' time",
        "Deelnemers van Weggeefwinkel Amersfoort in Amersfoort.": (
            "Participants of Weggeefwinkel Amersfoort in Amersfoort."
        ),
    },
    "amargi-den-haag": {
        "Een Haagse vereniging van mensen die elkaar uit de geldzorgen helpen. Ze grijpen "
        "vroeg in, voordat een betalingsachterstand uitgroeit tot schulden.": (
            "An association in The Hague of people who help each other out of money worries. "
            "They step in early, before a missed payment grows into debt."
        ),
        "Bij Amargi zitten mensen die zelf weten hoe het is als de rekeningen zich "
        "opstapelen. Ze zoeken buurtgenoten op die net in de problemen raken, helpen brieven "
        "openen, bellen mee met schuldeisers en zoeken samen naar een regeling. Omdat ze er "
        "zelf ook hebben gestaan, durven mensen sneller om hulp te vragen.": (
            "Amargi's members know from experience what it is like when the bills pile up. "
            "They visit neighbours who are just getting into trouble, help open letters, join "
            "calls with creditors and look for an arrangement together. Because they have been "
            "there themselves, people dare to ask for help sooner."
        ),
        "Vroeg erbij zijn is de kern. Een kleine gift of lening uit het eigen fonds kan "
        "voorkomen dat een afsluiting of incasso volgt. De vereniging werkt samen met het "
        "wijkteam en de schuldhulp van de gemeente, maar blijft een club van en voor "
        "bewoners.": (
            "Being there early is the heart of it. A small gift or loan from their own fund can "
            "prevent a disconnection or a debt collector. The association works with the "
            "neighbourhood team and the municipality's debt counselling, but remains a club of "
            "and for residents."
        ),
        "aanvulling van het eigen noodfonds": "topping up the association's own emergency fund",
        "bijdrage voor vroegsignalering": "a contribution to early detection",
        "giften voor acute noodsituaties": "gifts for acute emergencies",
        "Deelnemers van Amargi in Den Haag.": "Participants of Amargi in The Hague.",
    },
    "buurtmoeders-catering-amsterdam": {
        "Een coöperatie van Amsterdamse buurtmoeders die catering verzorgt voor gemeentelijke "
        "instellingen, organisaties en particulieren, en zo een eigen inkomen opbouwt.": (
            "A cooperative of neighbourhood mothers in Amsterdam that caters for municipal "
            "services, organisations and private clients, and so earns an income of its own."
        ),
        "De buurtmoeders kookten al jaren voor buurtfeesten en bijeenkomsten. Met de "
        "coöperatie maakten ze er werk van: ze verzorgen lunches, hapjes en buffetten voor "
        "gemeentelijke diensten, maatschappelijke organisaties en particulieren. Elke moeder "
        "brengt recepten uit haar eigen keuken mee.": (
            "The neighbourhood mothers had cooked for street parties and meetings for years. "
            "The cooperative turned it into work: they cater lunches, snacks and buffets for "
            "municipal services, civil-society organisations and private clients. Every mother "
            "brings recipes from her own kitchen."
        ),
        "Omdat de vrouwen samen eigenaar zijn, beslissen ze ook samen over prijzen, "
        "werkverdeling en wat er met de opbrengst gebeurt. Voor veel van hen is dit het "
        "eerste eigen inkomen in Nederland. Daarnaast leren ze plannen, offertes maken en met "
        "klanten onderhandelen.": (
            "Because the women own the cooperative together, they also decide together on "
            "prices, the division of work and what happens with the income. For many of them it "
            "is their first own income in the Netherlands. They also learn to plan, write "
            "quotes and negotiate with clients."
        ),
        "betaalde cateringopdrachten": "paid catering orders",
        "opdrachten voor bijeenkomsten van de gemeente": "orders for the municipality's meetings",
        "gebruik van een professionele keuken": "use of a professional kitchen",
        "Deelnemers van Buurtmoeders Catering in Amsterdam.": (
            "Participants of Buurtmoeders Catering in Amsterdam."
        ),
    },
}
