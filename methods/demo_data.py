"""Demo content for the ten method descriptions (methodiekbeschrijvingen).

Read by methods/demo.py. Every text is written for the demo: the initiatives and places are real
examples from the network, but the people quoted and the contact details are fictional
(e-mail addresses use the reserved .example domain, phone numbers are zeros). Texts are plain
text without HTML; demo.py adds the paragraph markup itself.

Two methods (weggeefwinkel and sociale-cooperatie) also carry an English version under
"english", with the same structure in the same order: demo.py pairs each Dutch string with the
English string in the same position.
"""

# Themes and target groups: (slug_nl, name_nl, slug_en, name_en).
THEMES = [
    ("inkomen", "Inkomen", "income", "Income"),
    ("werk", "Werk", "work", "Work"),
    ("wonen", "Wonen", "housing", "Housing"),
    ("zorg", "Zorg", "care", "Care"),
    ("onderwijs", "Onderwijs", "education", "Education"),
    ("schulden", "Schulden", "debts", "Debts"),
    ("buurt", "Buurt", "neighbourhood", "Neighbourhood"),
    ("meedoen", "Meedoen", "participation", "Participation"),
]

TARGET_GROUPS = [
    (
        "mensen-met-een-uitkering",
        "Mensen met een uitkering",
        "people-on-benefits",
        "People on benefits",
    ),
    ("jongeren", "Jongeren", "young-people", "Young people"),
    ("kinderen", "Kinderen", "children", "Children"),
    (
        "gezinnen-met-kinderen",
        "Gezinnen met kinderen",
        "families-with-children",
        "Families with children",
    ),
    ("buurtbewoners", "Buurtbewoners", "residents", "Residents"),
    ("nieuwkomers", "Nieuwkomers", "newcomers", "Newcomers"),
]

# Each method: texts, taxonomy, facts, photos (title, alt text, caption), points of
# attention (kind "", "tip" or "pitfall"), steps, a testimony, the seven marks of a good
# example as (rating, explanation) with rating "yes", "partly" or "no", and a contact.
METHODS = [
    {
        "slug": "weggeefwinkel",
        "title": "Weggeefwinkel",
        "summary": (
            "Een winkel waar niets iets kost: je neemt mee wat je nodig hebt en brengt wat je over "
            "hebt. Gerund door vrijwilligers en stagiairs, midden in de buurt."
        ),
        "plain_summary": (
            "In een weggeefwinkel hoef je niet te betalen. Je neemt mee wat je nodig hebt, zoals "
            "kleding of een pan. Heb je zelf iets over? Dan breng je het. De winkel wordt gerund "
            "door vrijwilligers uit de buurt."
        ),
        "themes": ["buurt", "inkomen", "meedoen"],
        "target_groups": ["buurtbewoners", "gezinnen-met-kinderen"],
        "last_reviewed": "2026-03-12",
        "place": "Amersfoort",
        "intro": [
            (
                "Een weggeefwinkel ziet eruit als een gewone tweedehandswinkel, met rekken "
                "kleding, kasten vol servies en een hoek met speelgoed. Het verschil zit bij de "
                "kassa: die is er niet. Iedereen mag meenemen wat hij nodig heeft en brengen wat "
                "hij zelf niet meer gebruikt. In Amersfoort draait de weggeefwinkel helemaal op "
                "vrijwilligers en stagiairs."
            ),
            (
                "De kracht zit in de gelijkwaardigheid. Er is geen loket, geen formulier en geen "
                "inkomenstoets: wie binnenloopt, is klant en gever tegelijk. Daardoor is de "
                "drempel laag voor mensen die krap zitten en zich schamen om hulp te vragen. En "
                "omdat veel vrijwilligers zelf weten wat rondkomen is, wordt de winkel ook een "
                "plek waar mensen elkaar leren kennen en verder helpen."
            ),
        ],
        "guide": [
            (
                "Begin met een kleine groep mensen die het echt willen, het liefst ook mensen die "
                "zelf weten hoe het is om weinig te hebben. Zoek een ruimte die goed bereikbaar is "
                "en die je voor weinig of niets mag gebruiken, bijvoorbeeld via een "
                "woningcorporatie of een buurthuis. Spreek samen een paar eenvoudige huisregels "
                "af: wat neem je aan, hoeveel mag iemand per keer meenemen en wat doe je met "
                "spullen die blijven liggen?"
            ),
            (
                "Start klein, met twee vaste middagen per week, en bouw van daaruit op. Regel "
                "vanaf het begin een afvoer voor spullen die je niet kwijtraakt, anders loopt de "
                "ruimte vol. Praat met de gemeente en met organisaties in de buurt, zodat zij "
                "mensen naar de winkel wijzen en jij mensen met een grotere hulpvraag naar hen "
                "kunt verwijzen."
            ),
        ],
        "facts": [
            ("0 euro", "wat je meeneemt, kost niets"),
            ("2 middagen", "per week open is genoeg om mee te beginnen"),
            ("5 tot 8", "vaste vrijwilligers om de openingstijden te dragen"),
        ],
        "photos": [
            (
                "Weggeefwinkel: kleding sorteren",
                "Twee vrijwilligers sorteren aan een lange tafel stapels kleding in dozen.",
                "Elke dinsdagochtend wordt de nieuwe voorraad gesorteerd.",
            ),
            (
                "Weggeefwinkel: de winkelvloer",
                "Een vrouw met een kinderwagen kijkt tussen rekken met jassen en truien.",
                "Iedereen mag rondkijken en meenemen wat nodig is.",
            ),
            (
                "Weggeefwinkel: koffie bij de ingang",
                "Drie mensen drinken koffie aan een klein tafeltje bij de ingang van de winkel.",
                "De koffietafel is vaak net zo belangrijk als de rekken.",
            ),
        ],
        "points": [
            {
                "title": "Laat mensen die zelf krap zitten meebeslissen",
                "text": (
                    "Vrijwilligers die weten wat rondkomen is, zien sneller wat nodig is en hoe je "
                    "mensen welkom laat voelen. Geef hen ook echt zeggenschap over de regels en de "
                    "openingstijden, niet alleen een taak achter de toonbank."
                ),
                "kind": "tip",
            },
            {
                "title": "De ruimte loopt vol met spullen",
                "text": (
                    "Mensen brengen graag, en niet alles is bruikbaar. Zonder vaste afspraken over "
                    "wat je aanneemt en een kringloop of recyclebedrijf dat de rest ophaalt, sta "
                    "je binnen een paar maanden tussen de dozen."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Vrijwilligerswerk en de uitkering",
                "text": (
                    "Vrijwilligers met een bijstandsuitkering moeten hun vrijwilligerswerk melden "
                    "bij de gemeente; dat hoort bij de inlichtingenplicht. Meestal is dat geen "
                    "probleem, maar vraag na hoe de gemeente met een vrijwilligersvergoeding "
                    "omgaat en help vrijwilligers om het vooraf goed te regelen."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Geen inkomenstoets, wel een paar regels",
                "text": (
                    "De winkel is voor iedereen, dus je vraagt niet naar inkomen. Een eenvoudige "
                    "afspraak, zoals maximaal vijf stuks per bezoek, voorkomt dat een paar mensen "
                    "alles meenemen om door te verkopen."
                ),
                "kind": "",
            },
            {
                "title": "Te veel leunen op een paar mensen",
                "text": (
                    "Vaak draait de winkel op twee of drie mensen die er bijna altijd zijn. Als "
                    "zij uitvallen, gaat de deur dicht. Verdeel de taken, maak een rooster en "
                    "organiseer af en toe iets leuks voor de vrijwilligers zelf."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Let op de vraag achter de vraag",
                "text": (
                    "Wie voor de derde keer kinderkleding komt halen, heeft misschien ook zorgen "
                    "over geld. Zorg dat vrijwilligers weten waar ze mensen naartoe kunnen wijzen, "
                    "zoals een schuldhulpmaatje, het sociaal wijkteam of een noodfonds."
                ),
                "kind": "tip",
            },
        ],
        "steps": [
            {
                "title": "Vorm een kerngroep",
                "description": (
                    "Zoek drie tot vijf mensen die de winkel samen willen opzetten, onder wie "
                    "mensen die zelf met weinig geld rondkomen. Bespreek wat jullie willen "
                    "bereiken en wie welke rol op zich neemt."
                ),
                "phase": "Voorbereiding",
                "duration": "1 maand",
                "who": "Initiatiefnemers en buurtbewoners",
                "needs": "Een plek om bij elkaar te komen, koffie",
            },
            {
                "title": "Zoek een ruimte",
                "description": (
                    "Kijk naar een leegstaande winkel, een buurthuis of een ruimte van een kerk of "
                    "woningcorporatie. Let op bereikbaarheid, opslagruimte en of je er met een "
                    "rolstoel of kinderwagen in kunt."
                ),
                "phase": "Voorbereiding",
                "duration": "1 tot 3 maanden",
                "who": "Kerngroep, woningcorporatie, gemeente",
                "needs": "Een ruimte tegen lage of geen huur",
            },
            {
                "title": "Regel de basis",
                "description": (
                    "Richt een stichting of vereniging op, of sluit aan bij een bestaande "
                    "organisatie. Regel een vrijwilligersverzekering (veel gemeenten hebben er een "
                    "voor alle vrijwilligers) en maak afspraken over het afvoeren van spullen."
                ),
                "phase": "Voorbereiding",
                "duration": "1 maand",
                "who": "Kerngroep, gemeente, kringloopbedrijf",
                "needs": "Een notaris of een organisatie om bij aan te sluiten, een verzekering",
            },
            {
                "title": "Werf vrijwilligers en spreek huisregels af",
                "description": (
                    "Vraag in de buurt, via scholen, het buurthuis en het mbo wie wil meedoen, als "
                    "vrijwilliger of als stagiair. Stel samen huisregels op over innemen, meenemen "
                    "en hoe je met elkaar omgaat."
                ),
                "phase": "Voorbereiding",
                "duration": "1 maand",
                "who": "Kerngroep, nieuwe vrijwilligers, ROC",
                "needs": "Een rooster, een korte kennismaking voor nieuwe vrijwilligers",
            },
            {
                "title": "Open klein",
                "description": (
                    "Begin met twee vaste middagen per week en een beperkt aanbod, zoals kleding "
                    "en huishoudspullen. Maak het bekend met flyers, bij de voedselbank en via het "
                    "wijkteam."
                ),
                "phase": "Start",
                "duration": "Doorlopend",
                "who": "Vrijwilligers",
                "needs": "Rekken, tafels, dozen, flyers",
            },
            {
                "title": "Evalueer na drie maanden",
                "description": (
                    "Bespreek met vrijwilligers en bezoekers wat goed gaat en wat anders moet. "
                    "Kijk naar de openingstijden, de hoeveelheid spullen en hoe het met de "
                    "vrijwilligers gaat."
                ),
                "phase": "Evaluatie",
                "duration": "1 avond",
                "who": "Vrijwilligers en vaste bezoekers",
                "needs": "",
            },
            {
                "title": "Zorg voor de lange termijn",
                "description": (
                    "Zoek een paar vaste geldbronnen naast elkaar, zoals een kleine bijdrage van "
                    "de gemeente, een fonds en giften van kerken of bedrijven. Zo hangt de winkel "
                    "niet af van één subsidie."
                ),
                "phase": "Borging",
                "duration": "",
                "who": "Bestuur, gemeente, lokale fondsen",
                "needs": "Een eenvoudige begroting en een kort jaarverslag",
            },
        ],
        "testimony": {
            "text": (
                "Ik kwam hier eerst voor een winterjas voor mijn zoon. Nu sta ik er zelf twee "
                "middagen per week, en ik weet precies hoe het voelt om voor het eerst binnen te "
                "stappen."
            ),
            "name": "Samira",
            "role": "vrijwilliger sinds 2019",
        },
        "marks": {
            "own_direction": (
                "yes",
                (
                    "Vrijwilligers, onder wie veel mensen met een laag inkomen, bepalen zelf de "
                    "regels en de openingstijden."
                ),
            ),
            "own_strength": (
                "yes",
                (
                    "Iedereen kan iets bijdragen: spullen, tijd of kennis. Zo worden bezoekers ook "
                    "gevers."
                ),
            ),
            "poverty": (
                "yes",
                (
                    "Mensen besparen op kleding en huisraad zonder dat ze hun inkomen hoeven te "
                    "laten zien."
                ),
            ),
            "participation": (
                "yes",
                (
                    "De winkel biedt vrijwilligerswerk en stageplekken en is een ontmoetingsplek "
                    "in de buurt."
                ),
            ),
            "integral": (
                "partly",
                (
                    "Vrijwilligers merken soms zorgen achter een vraag op, maar het doorverwijzen "
                    "is niet altijd goed geregeld."
                ),
            ),
            "cooperation": (
                "yes",
                (
                    "De winkel werkt samen met de gemeente, de woningcorporatie, scholen voor "
                    "stagiairs en de kringloop."
                ),
            ),
            "lasting": (
                "partly",
                (
                    "De winkel kost weinig, maar hangt af van een betaalbare ruimte en een vaste "
                    "kern van vrijwilligers."
                ),
            ),
        },
        "contact": {
            "name": "Marieke",
            "organisation": "Weggeefwinkel Amersfoort",
            "email": "info@weggeefwinkel-amersfoort.example",
            "phone": "033 000 00 00",
        },
        "english": {
            "slug": "give-away-shop",
            "title": "Give-away shop",
            "summary": (
                "A shop where nothing costs a thing: you take what you need and bring what you can "
                "spare. Run by volunteers and interns, right in the neighbourhood."
            ),
            "plain_summary": (
                "In a give-away shop you do not have to pay. You take what you need, like clothes "
                "or a pan. Do you have something you no longer use? Then you bring it in. The shop "
                "is run by volunteers from the neighbourhood."
            ),
            "intro": [
                (
                    "A give-away shop looks like an ordinary second-hand shop, with racks of "
                    "clothes, cupboards full of crockery and a corner with toys. The difference is "
                    "at the till: there isn't one. Everyone may take what they need and bring what "
                    "they no longer use. In Amersfoort the give-away shop runs entirely on "
                    "volunteers and interns."
                ),
                (
                    "Its strength lies in equality. There is no counter, no form and no means "
                    "test: whoever walks in is customer and giver at the same time. That keeps the "
                    "threshold low for people who are short of money and ashamed to ask for help. "
                    "And because many volunteers know from experience what it takes to make ends "
                    "meet, the shop also becomes a place where people get to know each other and "
                    "help each other along."
                ),
            ],
            "guide": [
                (
                    "Start with a small group of people who really want to do this, ideally "
                    "including people who know what it is like to have little. Look for a space "
                    "that is easy to reach and that you can use for little or nothing, for example "
                    "through a housing association or a community centre. Agree together on a few "
                    "simple house rules: what do you accept, how much may someone take per visit "
                    "and what do you do with things nobody takes?"
                ),
                (
                    "Start small, with two fixed afternoons a week, and build up from there. From "
                    "the very beginning, arrange a way to get rid of things you cannot give away, "
                    "or the space will fill up. Talk to the municipality and to organisations in "
                    "the neighbourhood, so that they point people towards the shop and you can "
                    "refer people who need more help to them."
                ),
            ],
            "facts": [
                ("0 euros", "what you take costs nothing"),
                ("2 afternoons", "a week is enough to start with"),
                ("5 to 8", "regular volunteers to cover the opening hours"),
            ],
            "photos": [
                (
                    "Give-away shop: sorting clothes",
                    "Two volunteers at a long table sort piles of clothes into boxes.",
                    "Every Tuesday morning the new stock is sorted.",
                ),
                (
                    "Give-away shop: the shop floor",
                    "A woman with a pushchair looks through racks of coats and jumpers.",
                    "Everyone is welcome to look around and take what they need.",
                ),
                (
                    "Give-away shop: coffee by the door",
                    "Three people drink coffee at a small table by the entrance of the shop.",
                    "The coffee table is often just as important as the racks.",
                ),
            ],
            "points": [
                {
                    "title": "Let people who are short of money have a say",
                    "text": (
                        "Volunteers who know what it is to get by on little see more quickly what "
                        "is needed and how to make people feel welcome. Give them a real say over "
                        "the rules and the opening hours, not just a job behind the counter."
                    ),
                    "kind": "tip",
                },
                {
                    "title": "The space fills up with stuff",
                    "text": (
                        "People love to bring things, and not everything is usable. Without clear "
                        "agreements about what you accept, and a charity shop or recycling firm "
                        "that collects the rest, you will be surrounded by boxes within a few "
                        "months."
                    ),
                    "kind": "pitfall",
                },
                {
                    "title": "Volunteering and benefits",
                    "text": (
                        "Volunteers on social assistance must report their volunteering to the "
                        "municipality; this is part of their duty to provide information. Usually "
                        "that is no problem, but ask how the municipality treats a volunteer "
                        "allowance and help volunteers to sort this out in advance."
                    ),
                    "kind": "pitfall",
                },
                {
                    "title": "No means test, but a few rules",
                    "text": (
                        "The shop is for everyone, so you do not ask about income. A simple "
                        "agreement, such as a maximum of five items per visit, stops a few people "
                        "from taking everything to sell on."
                    ),
                    "kind": "",
                },
                {
                    "title": "Leaning too much on a few people",
                    "text": (
                        "Often the shop runs on two or three people who are nearly always there. "
                        "If they drop out, the door closes. Share out the tasks, make a rota and "
                        "now and then organise something enjoyable for the volunteers themselves."
                    ),
                    "kind": "pitfall",
                },
                {
                    "title": "Look out for the question behind the question",
                    "text": (
                        "Someone who comes for children's clothes for the third time may also be "
                        "worried about money. Make sure volunteers know where they can point "
                        "people, such as a debt buddy, the local social team or an emergency fund."
                    ),
                    "kind": "tip",
                },
            ],
            "steps": [
                {
                    "title": "Form a core group",
                    "description": (
                        "Find three to five people who want to set up the shop together, including "
                        "people who get by on little money themselves. Discuss what you want to "
                        "achieve and who takes on which role."
                    ),
                    "phase": "Preparation",
                    "duration": "1 month",
                    "who": "Initiators and local residents",
                    "needs": "A place to meet, coffee",
                },
                {
                    "title": "Find a space",
                    "description": (
                        "Look at an empty shop, a community centre or a room owned by a church or "
                        "housing association. Check that it is easy to reach, has storage space "
                        "and can be entered with a wheelchair or pushchair."
                    ),
                    "phase": "Preparation",
                    "duration": "1 to 3 months",
                    "who": "Core group, housing association, municipality",
                    "needs": "A space at low or no rent",
                },
                {
                    "title": "Sort out the basics",
                    "description": (
                        "Set up a foundation or association, or join an existing organisation. "
                        "Arrange volunteer insurance (many municipalities have a policy covering "
                        "all volunteers) and make agreements about taking away unwanted goods."
                    ),
                    "phase": "Preparation",
                    "duration": "1 month",
                    "who": "Core group, municipality, charity shop",
                    "needs": "A notary or an organisation to join, insurance",
                },
                {
                    "title": "Recruit volunteers and agree house rules",
                    "description": (
                        "Ask around the neighbourhood, at schools, the community centre and the "
                        "local vocational college who would like to take part, as a volunteer or "
                        "as an intern. Draw up house rules together about taking in goods, taking "
                        "them away and how you treat each other."
                    ),
                    "phase": "Preparation",
                    "duration": "1 month",
                    "who": "Core group, new volunteers, vocational college",
                    "needs": "A rota, a short introduction for new volunteers",
                },
                {
                    "title": "Open on a small scale",
                    "description": (
                        "Start with two fixed afternoons a week and a limited range, such as "
                        "clothes and household goods. Spread the word with flyers, at the food "
                        "bank and through the local social team."
                    ),
                    "phase": "Start",
                    "duration": "Ongoing",
                    "who": "Volunteers",
                    "needs": "Racks, tables, boxes, flyers",
                },
                {
                    "title": "Evaluate after three months",
                    "description": (
                        "Discuss with volunteers and visitors what is going well and what needs to "
                        "change. Look at the opening hours, the amount of goods and how the "
                        "volunteers are doing."
                    ),
                    "phase": "Evaluation",
                    "duration": "1 evening",
                    "who": "Volunteers and regular visitors",
                    "needs": "",
                },
                {
                    "title": "Plan for the long term",
                    "description": (
                        "Find a few steady sources of money side by side, such as a small "
                        "contribution from the municipality, a charitable fund and gifts from "
                        "churches or businesses. That way the shop does not depend on a single "
                        "grant."
                    ),
                    "phase": "Securing the future",
                    "duration": "",
                    "who": "Board, municipality, local funds",
                    "needs": "A simple budget and a short annual report",
                },
            ],
            "testimony": {
                "text": (
                    "I first came here for a winter coat for my son. Now I work here myself two "
                    "afternoons a week, and I know exactly how it feels to walk in for the first "
                    "time."
                ),
                "name": "Samira",
                "role": "volunteer since 2019",
            },
            "marks": {
                "own_direction": (
                    "yes",
                    (
                        "Volunteers, many of them on a low income, set the rules and opening hours "
                        "themselves."
                    ),
                ),
                "own_strength": (
                    "yes",
                    (
                        "Everyone can contribute something: goods, time or know-how. That turns "
                        "visitors into givers too."
                    ),
                ),
                "poverty": (
                    "yes",
                    (
                        "People save on clothes and household goods without having to show their "
                        "income."
                    ),
                ),
                "participation": (
                    "yes",
                    (
                        "The shop offers volunteer work and work placements and is a meeting place "
                        "in the neighbourhood."
                    ),
                ),
                "integral": (
                    "partly",
                    (
                        "Volunteers sometimes notice worries behind a request, but referring "
                        "people on is not always well arranged."
                    ),
                ),
                "cooperation": (
                    "yes",
                    (
                        "The shop works with the municipality, the housing association, schools "
                        "for interns and the charity shop."
                    ),
                ),
                "lasting": (
                    "partly",
                    (
                        "The shop costs little, but depends on an affordable space and a steady "
                        "core of volunteers."
                    ),
                ),
            },
        },
    },
    {
        "slug": "sociale-cooperatie",
        "title": "Sociale coöperatie",
        "summary": (
            "Mensen met een laag inkomen richten samen een coöperatie op die werk en "
            "bestaanszekerheid regelt voor de leden. Kleinschalig, van en voor de leden, met een "
            "echte rechtsvorm."
        ),
        "plain_summary": (
            "Een sociale coöperatie is een groep mensen die samen een bedrijf hebben. Iedereen is "
            "lid en heeft evenveel te zeggen. Samen zorg je voor werk en een beter inkomen. Wat "
            "jullie verdienen, is voor de leden."
        ),
        "themes": ["werk", "inkomen", "meedoen"],
        "target_groups": ["mensen-met-een-uitkering"],
        "last_reviewed": "2026-02-05",
        "place": "Breda",
        "intro": [
            (
                "Een sociale coöperatie is een vereniging van mensen die samen hun "
                "bestaanszekerheid regelen. De leden, vaak mensen met een uitkering of een klein "
                "inkomen, bepalen zelf welk werk ze doen, hoe ze de opbrengst verdelen en hoe ze "
                "elkaar steunen. Het is kleinschalig, het is van de leden zelf, en het levert "
                "zowel geld als sociale waarde op."
            ),
            (
                "In Breda laat Coöperatie De Vrije Uitloop zien hoe dat werkt: een plek met weinig "
                "regels, waar ieder lid een gelijke stem heeft en niemand de baas is. Samen met "
                "andere coöperaties zijn twee instrumenten ontwikkeld die de weg vrijmaken. Met "
                "het Bijzonder Statuut mag een coöperatie onder eigen regels werken, en bij "
                "Sociaal Aandeelhouderschap kijkt de overheid als een soort aandeelhouder mee of "
                "de publieke waarborgen goed geregeld zijn."
            ),
        ],
        "guide": [
            (
                "Een sociale coöperatie begint bij een groep mensen die samen iets willen "
                "ondernemen, niet bij een plan van buitenaf. Neem de tijd om elkaar te leren "
                "kennen en zoek samen uit wat jullie kunnen en willen: koken, klussen, "
                "schoonmaken, repareren of zorgen. Kies pas daarna de rechtsvorm, en laat je bij "
                "de statuten goed adviseren."
            ),
            (
                "Ga vroeg in gesprek met de gemeente. Leden met een uitkering hebben te maken met "
                "regels over bijverdienen en met de inlichtingenplicht, en die regels bepalen of "
                "meedoen loont. Met een Bijzonder Statuut kun je afspraken maken die speciaal voor "
                "jullie coöperatie gelden. Begin met één of twee opdrachten, leer daarvan en bouw "
                "rustig uit."
            ),
        ],
        "facts": [
            ("1 lid, 1 stem", "iedereen heeft evenveel te zeggen"),
            ("5 tot 15", "leden is een goede omvang om mee te starten"),
            ("2 instrumenten", "Bijzonder Statuut en Sociaal Aandeelhouderschap"),
        ],
        "photos": [
            (
                "Sociale coöperatie: de ledenvergadering",
                "Acht mensen zitten in een kring en bespreken plannen die op een flip-over staan.",
                "Op de ledenvergadering heeft iedereen evenveel stem.",
            ),
            (
                "Sociale coöperatie: aan het werk",
                "Twee leden schuren samen een oude houten kast op in een werkplaats.",
                "Meubels opknappen en verkopen is een van de opdrachten.",
            ),
            (
                "Sociale coöperatie: de boeken bijhouden",
                (
                    "Een man en een vrouw kijken samen naar een laptop met een overzicht van uren "
                    "en inkomsten."
                ),
                "Leden houden samen bij wie wat verdient.",
            ),
        ],
        "points": [
            {
                "title": "Gelijke stem, echte zeggenschap",
                "text": (
                    "Het model werkt alleen als leden echt samen beslissen. Spreek af hoe jullie "
                    "besluiten nemen en houd vergaderingen kort, concreet en in gewone taal, zodat "
                    "iedereen kan meepraten."
                ),
                "kind": "tip",
            },
            {
                "title": "Bijverdienen kan de uitkering raken",
                "text": (
                    "Wie een bijstandsuitkering heeft, moet inkomsten melden bij de gemeente (de "
                    "inlichtingenplicht), en die worden vaak verrekend. Zonder goede afspraken "
                    "gaat een lid er soms op achteruit of krijgt het een terugvordering. Regel dit "
                    "met de gemeente voordat er geld wordt verdiend."
                ),
                "kind": "pitfall",
            },
            {
                "title": "De rechtsvorm is een middel, geen doel",
                "text": (
                    "Een coöperatie is een vereniging met eigen statuten. Laat je adviseren door "
                    "een notaris of door een coöperatie die het al gedaan heeft, en houd de "
                    "statuten zo eenvoudig als het kan."
                ),
                "kind": "",
            },
            {
                "title": "Afhankelijk van één opdrachtgever of subsidie",
                "text": (
                    "Een grote eerste opdracht of een startsubsidie voelt als succes, maar als die "
                    "wegvalt, valt alles stil. Zoek vanaf het begin meerdere opdrachtgevers en zet "
                    "een deel van de opbrengst opzij."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Leer van andere coöperaties",
                "text": (
                    "Er zijn al sociale coöperaties die hetzelfde hebben meegemaakt. Een "
                    "projectenband met een coöperatie elders scheelt veel zoekwerk, en ook het "
                    "werkboek met negen sociale coöperaties helpt op weg."
                ),
                "kind": "tip",
            },
            {
                "title": "Let op elkaar",
                "text": (
                    "Leden hebben vaak ook te maken met schulden, gezondheid of spanning thuis. "
                    "Een coöperatie kan een plek zijn om daarover te praten en elkaar verder te "
                    "helpen, zonder dat iemand hulpverlener hoeft te worden."
                ),
                "kind": "",
            },
        ],
        "steps": [
            {
                "title": "Vorm een groep",
                "description": (
                    "Breng mensen bij elkaar die samen iets willen ondernemen. Bespreek in een "
                    "paar bijeenkomsten wat ieder kan, wat ieder nodig heeft en welk werk jullie "
                    "samen zouden kunnen doen."
                ),
                "phase": "Verkennen",
                "duration": "2 tot 3 maanden",
                "who": "Toekomstige leden, eventueel met een begeleider",
                "needs": "Een ruimte om samen te komen",
            },
            {
                "title": "Kies een eerste activiteit",
                "description": (
                    "Zoek werk dat past bij wat de leden kunnen en waar vraag naar is, zoals "
                    "catering, klussen of meubels opknappen. Maak een eenvoudige berekening van "
                    "kosten en opbrengsten."
                ),
                "phase": "Verkennen",
                "duration": "1 maand",
                "who": "Leden",
                "needs": "Zicht op de vraag in de buurt, een rekenvoorbeeld",
            },
            {
                "title": "Bespreek de uitkeringsregels met de gemeente",
                "description": (
                    "Leg uit wat jullie willen doen en vraag hoe inkomsten uit de coöperatie "
                    "worden behandeld. Verken of een Bijzonder Statuut of een proefperiode met "
                    "eigen regels mogelijk is, en leg afspraken schriftelijk vast."
                ),
                "phase": "Voorbereiding",
                "duration": "2 tot 6 maanden",
                "who": "Leden, gemeente (werk en inkomen), wethouder",
                "needs": "Het stappenplan voor een Bijzonder Statuut",
            },
            {
                "title": "Richt de coöperatie op",
                "description": (
                    "Stel samen statuten en een huishoudelijk reglement op en laat de coöperatie "
                    "bij de notaris oprichten. Regel een bankrekening, de inschrijving bij de "
                    "Kamer van Koophandel en een aansprakelijkheidsverzekering."
                ),
                "phase": "Voorbereiding",
                "duration": "1 tot 2 maanden",
                "who": "Leden, notaris, adviseur",
                "needs": "Startgeld voor de notaris en de verzekering",
            },
            {
                "title": "Voer de eerste opdrachten uit",
                "description": (
                    "Begin met een paar overzichtelijke opdrachten. Spreek af wie wat doet, hoe "
                    "jullie de uren bijhouden en hoe de opbrengst wordt verdeeld."
                ),
                "phase": "Start",
                "duration": "3 tot 6 maanden",
                "who": "Leden en de eerste opdrachtgevers",
                "needs": "Gereedschap of materiaal, een eenvoudige administratie",
            },
            {
                "title": "Evalueer na drie maanden",
                "description": (
                    "Kijk samen hoe het gaat met het werk, het geld en de onderlinge samenwerking. "
                    "Pas afspraken aan waar dat nodig is en bespreek met de gemeente hoe de regels "
                    "in de praktijk uitpakken."
                ),
                "phase": "Evaluatie",
                "duration": "1 bijeenkomst",
                "who": "Leden en gemeente",
                "needs": "",
            },
            {
                "title": "Bouw verder en zoek aansluiting",
                "description": (
                    "Zoek meer opdrachtgevers en verken met de gemeente of Sociaal "
                    "Aandeelhouderschap past. Sluit aan bij een projectenband met andere sociale "
                    "coöperaties om ervaringen uit te wisselen."
                ),
                "phase": "Borging",
                "duration": "Doorlopend",
                "who": "Leden, gemeente, andere coöperaties",
                "needs": "",
            },
        ],
        "testimony": {
            "text": (
                "Hier ben ik niet de klant van iemand, ik ben mede-eigenaar. Dat ik evenveel te "
                "zeggen heb als de anderen, maakt dat ik er elke week weer sta."
            ),
            "name": "Johan",
            "role": "lid van een sociale coöperatie",
        },
        "marks": {
            "own_direction": (
                "yes",
                "De leden besluiten samen over werk, geld en regels; ieder lid heeft één stem.",
            ),
            "own_strength": (
                "yes",
                (
                    "De coöperatie bouwt op wat leden zelf kunnen en willen, niet op wat hun "
                    "ontbreekt."
                ),
            ),
            "poverty": (
                "yes",
                (
                    "Leden verdienen samen een deel van hun inkomen en krijgen meer grip op hun "
                    "bestaanszekerheid."
                ),
            ),
            "participation": (
                "yes",
                "Leden doen mee in werk, in besluiten en in de lokale economie.",
            ),
            "integral": (
                "partly",
                (
                    "Leden steunen elkaar ook bij andere zorgen, maar daar zijn niet altijd vaste "
                    "afspraken over."
                ),
            ),
            "cooperation": (
                "yes",
                (
                    "De coöperatie werkt nauw samen met de gemeente, onder meer via het Bijzonder "
                    "Statuut."
                ),
            ),
            "lasting": (
                "partly",
                (
                    "De rechtsvorm geeft houvast, maar de coöperatie blijft kwetsbaar als "
                    "uitkeringsregels of opdrachten veranderen."
                ),
            ),
        },
        "contact": {
            "name": "Ingrid",
            "organisation": "Coöperatie De Vrije Uitloop",
            "email": "leden@devrijeuitloop.example",
            "phone": "076 000 00 00",
        },
        "english": {
            "slug": "social-cooperative",
            "title": "Social cooperative",
            "summary": (
                "People on low incomes set up a cooperative together that provides work and "
                "livelihood security for its members. Small-scale, owned by and run for the "
                "members, with a proper legal form."
            ),
            "plain_summary": (
                "A social cooperative is a group of people who run a business together. Everyone "
                "is a member and everyone has an equal say. Together you create work and a better "
                "income. What you earn goes to the members."
            ),
            "intro": [
                (
                    "A social cooperative is an association of people who secure their livelihood "
                    "together. The members, often people on benefits or a small income, decide for "
                    "themselves what work they do, how they share the proceeds and how they "
                    "support each other. It is small-scale, it belongs to the members themselves, "
                    "and it brings both money and social value."
                ),
                (
                    "In Breda, Coöperatie De Vrije Uitloop shows how this works: a place with few "
                    "rules, where every member has an equal vote and nobody is the boss. Together "
                    "with other cooperatives, two instruments have been developed that clear the "
                    "way. The Bijzonder Statuut (special statute) allows a cooperative to work "
                    "under its own rules, and with Sociaal Aandeelhouderschap (social "
                    "shareholding) the government acts as a kind of shareholder that checks "
                    "whether public safeguards are in place."
                ),
            ],
            "guide": [
                (
                    "A social cooperative starts with a group of people who want to do something "
                    "together, not with a plan from outside. Take the time to get to know each "
                    "other and work out together what you can do and want to do: cooking, odd "
                    "jobs, cleaning, repairs or care. Only then choose the legal form, and get "
                    "good advice on the articles of association."
                ),
                (
                    "Talk to the municipality early on. Members on benefits have to deal with "
                    "rules about earning extra money and with their duty to provide information, "
                    "and those rules decide whether taking part pays off. With a Bijzonder Statuut "
                    "you can make agreements that apply specifically to your cooperative. Start "
                    "with one or two jobs, learn from them and expand at a steady pace."
                ),
            ],
            "facts": [
                ("1 member, 1 vote", "everyone has an equal say"),
                ("5 to 15", "members is a good size to start with"),
                ("2 instruments", "Bijzonder Statuut and Sociaal Aandeelhouderschap"),
            ],
            "photos": [
                (
                    "Social cooperative: the members' meeting",
                    "Eight people sit in a circle and discuss plans written on a flip chart.",
                    "At the members' meeting everyone has an equal vote.",
                ),
                (
                    "Social cooperative: at work",
                    "Two members sand down an old wooden cupboard together in a workshop.",
                    "Doing up and selling furniture is one of the jobs.",
                ),
                (
                    "Social cooperative: keeping the books",
                    "A man and a woman look together at a laptop showing hours worked and income.",
                    "Members keep track together of who earns what.",
                ),
            ],
            "points": [
                {
                    "title": "Equal votes, real control",
                    "text": (
                        "The model only works if members truly decide together. Agree on how you "
                        "make decisions and keep meetings short, concrete and in plain language, "
                        "so that everyone can join in."
                    ),
                    "kind": "tip",
                },
                {
                    "title": "Extra earnings can affect benefits",
                    "text": (
                        "Anyone on social assistance must report income to the municipality (the "
                        "duty to provide information), and it is often deducted. Without clear "
                        "agreements a member may end up worse off or face a claim for repayment. "
                        "Sort this out with the municipality before any money is earned."
                    ),
                    "kind": "pitfall",
                },
                {
                    "title": "The legal form is a means, not an end",
                    "text": (
                        "A cooperative is an association with its own articles. Get advice from a "
                        "notary or from a cooperative that has done it before, and keep the "
                        "articles as simple as possible."
                    ),
                    "kind": "",
                },
                {
                    "title": "Depending on a single client or grant",
                    "text": (
                        "A large first contract or a start-up grant feels like success, but if it "
                        "disappears, everything grinds to a halt. Look for several clients from "
                        "the start and set aside part of the proceeds."
                    ),
                    "kind": "pitfall",
                },
                {
                    "title": "Learn from other cooperatives",
                    "text": (
                        "There are already social cooperatives that have been through the same "
                        "thing. A project link with a cooperative elsewhere saves a lot of "
                        "searching, and the workbook featuring nine social cooperatives also helps "
                        "you on your way."
                    ),
                    "kind": "tip",
                },
                {
                    "title": "Look out for each other",
                    "text": (
                        "Members often also deal with debts, health problems or tension at home. A "
                        "cooperative can be a place to talk about this and help each other along, "
                        "without anyone having to become a care worker."
                    ),
                    "kind": "",
                },
            ],
            "steps": [
                {
                    "title": "Form a group",
                    "description": (
                        "Bring together people who want to start something together. In a few "
                        "meetings, discuss what each person can do, what each person needs and "
                        "what work you could do together."
                    ),
                    "phase": "Exploration",
                    "duration": "2 to 3 months",
                    "who": "Future members, possibly with a facilitator",
                    "needs": "A room to meet in",
                },
                {
                    "title": "Choose a first activity",
                    "description": (
                        "Look for work that suits what the members can do and that people want, "
                        "such as catering, odd jobs or doing up furniture. Make a simple "
                        "calculation of costs and income."
                    ),
                    "phase": "Exploration",
                    "duration": "1 month",
                    "who": "Members",
                    "needs": "A picture of local demand, a worked example",
                },
                {
                    "title": "Discuss the benefit rules with the municipality",
                    "description": (
                        "Explain what you want to do and ask how income from the cooperative will "
                        "be treated. Explore whether a Bijzonder Statuut or a trial period with "
                        "its own rules is possible, and put agreements in writing."
                    ),
                    "phase": "Preparation",
                    "duration": "2 to 6 months",
                    "who": "Members, municipality (work and income), alderman",
                    "needs": "The step plan for a Bijzonder Statuut",
                },
                {
                    "title": "Set up the cooperative",
                    "description": (
                        "Draw up articles of association and internal rules together and have the "
                        "cooperative founded by a notary. Open a bank account, register with the "
                        "Chamber of Commerce and take out liability insurance."
                    ),
                    "phase": "Preparation",
                    "duration": "1 to 2 months",
                    "who": "Members, notary, adviser",
                    "needs": "Start-up money for the notary and insurance",
                },
                {
                    "title": "Carry out the first jobs",
                    "description": (
                        "Start with a few manageable jobs. Agree who does what, how you record "
                        "hours and how the proceeds are shared."
                    ),
                    "phase": "Start",
                    "duration": "3 to 6 months",
                    "who": "Members and the first clients",
                    "needs": "Tools or materials, simple bookkeeping",
                },
                {
                    "title": "Evaluate after three months",
                    "description": (
                        "Look together at how things are going with the work, the money and "
                        "working with each other. Adjust agreements where needed and discuss with "
                        "the municipality how the rules work out in practice."
                    ),
                    "phase": "Evaluation",
                    "duration": "1 meeting",
                    "who": "Members and municipality",
                    "needs": "",
                },
                {
                    "title": "Keep building and connect",
                    "description": (
                        "Look for more clients and explore with the municipality whether Sociaal "
                        "Aandeelhouderschap is a good fit. Join a project link with other social "
                        "cooperatives to exchange experiences."
                    ),
                    "phase": "Securing the future",
                    "duration": "Ongoing",
                    "who": "Members, municipality, other cooperatives",
                    "needs": "",
                },
            ],
            "testimony": {
                "text": (
                    "Here I am nobody's client, I am a co-owner. Having as much say as everyone "
                    "else is what keeps me coming back every week."
                ),
                "name": "Johan",
                "role": "member of a social cooperative",
            },
            "marks": {
                "own_direction": (
                    "yes",
                    (
                        "Members decide together about work, money and rules; each member has one "
                        "vote."
                    ),
                ),
                "own_strength": (
                    "yes",
                    (
                        "The cooperative builds on what members can and want to do, not on what "
                        "they lack."
                    ),
                ),
                "poverty": (
                    "yes",
                    (
                        "Members jointly earn part of their income and gain more control over "
                        "their livelihood."
                    ),
                ),
                "participation": (
                    "yes",
                    "Members take part in work, in decisions and in the local economy.",
                ),
                "integral": (
                    "partly",
                    (
                        "Members also support each other with other worries, but there are not "
                        "always fixed agreements about this."
                    ),
                ),
                "cooperation": (
                    "yes",
                    (
                        "The cooperative works closely with the municipality, including through "
                        "the Bijzonder Statuut."
                    ),
                ),
                "lasting": (
                    "partly",
                    (
                        "The legal form gives stability, but the cooperative stays vulnerable if "
                        "benefit rules or contracts change."
                    ),
                ),
            },
        },
    },
    {
        "slug": "gereedschapskist",
        "title": "Gereedschap delen in de buurt",
        "summary": (
            "Buren lenen elkaar gereedschap uit een gedeelde gereedschapskist. Dat scheelt geld, "
            "en wie een boormachine komt lenen, leert de buren kennen."
        ),
        "plain_summary": (
            "Niet iedereen heeft geld voor een boormachine of een trap. In de buurt kun je "
            "gereedschap lenen uit een gedeelde gereedschapskist. Lenen is gratis. Zo help je "
            "elkaar en leer je je buren kennen."
        ),
        "themes": ["buurt", "wonen", "meedoen"],
        "target_groups": ["buurtbewoners"],
        "last_reviewed": "2025-11-20",
        "place": "Groningen",
        "intro": [
            (
                "Een boormachine, een trapladder, een behangtafel: spullen die je een paar keer "
                "per jaar nodig hebt, maar die samen al snel honderden euro's kosten. Bij Talent "
                "in Actie in Groningen bedachten bewoners daarom Mijn Gereedschapskist, een "
                "voorraad gereedschap in de buurt waaruit iedereen kan lenen."
            ),
            (
                "Het gereedschap is het middel, het contact tussen buren het doel. Wie iets komt "
                "lenen, krijgt uitleg van een buurtgenoot, vraagt of iemand even wil helpen met "
                "ophangen, of ontdekt dat de buurman goed is met fietsen. Zo ontstaat een netwerk "
                "van mensen die elkaar weten te vinden, ook als het om iets anders gaat dan "
                "gereedschap."
            ),
        ],
        "guide": [
            (
                "Begin met een kleine, goede basisset: een boormachine, een waterpas, een trapje, "
                "verfspullen, een behangtafel en tuingereedschap. Vraag buurtbewoners om "
                "gereedschap dat ze zelf weinig gebruiken en zoek een bouwmarkt of "
                "woningcorporatie die wil bijdragen. Kies een vaste plek om uit te lenen, zoals "
                "het buurthuis, een berging van de corporatie of de garage van een bewoner."
            ),
            (
                "Houd het uitlenen eenvoudig: een schrift met naam, telefoonnummer en datum is "
                "genoeg. Spreek vaste uitleenmomenten af, bijvoorbeeld twee keer per week een uur, "
                "en zorg dat er dan altijd iemand is die uitleg kan geven. Laat bewoners die "
                "handig zijn zich aanmelden als klushulp, zodat lenen ook samen klussen kan "
                "worden."
            ),
        ],
        "facts": [
            ("25 tot 40", "stuks gereedschap in een goede basisset"),
            ("2 keer per week", "een uur uitlenen, met koffie"),
            ("0 euro", "lenen is gratis"),
        ],
        "photos": [
            (
                "Gereedschap delen: de uitleenkast",
                "Een open kast met boormachines, zagen en verfrollers, met labels op de planken.",
                "Elk stuk gereedschap heeft een vaste plek en een label.",
            ),
            (
                "Gereedschap delen: uitleg bij het lenen",
                "Een oudere man laat een jonge vrouw zien hoe een boormachine werkt.",
                "Bij het lenen hoort uitleg van een buurtgenoot.",
            ),
            (
                "Gereedschap delen: samen klussen",
                "Twee buren hangen samen een plank op in een woonkamer.",
                "Soms gaat een buurtgenoot even mee om te helpen.",
            ),
        ],
        "points": [
            {
                "title": "Maak van uitlenen een ontmoeting",
                "text": (
                    "Zet koffie klaar op de uitleenmomenten en neem de tijd voor een praatje. "
                    "Juist dan hoor je wie nog meer hulp kan gebruiken, of wie iets te bieden "
                    "heeft."
                ),
                "kind": "tip",
            },
            {
                "title": "Gereedschap komt niet terug of gaat kapot",
                "text": (
                    "Het gebeurt, en het is geen ramp. Spreek een redelijke uitleentermijn af, bel "
                    "mensen vriendelijk na en houd rekening met slijtage. Een hoge borg houdt "
                    "juist de mensen weg voor wie het bedoeld is."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Veiligheid en verzekering",
                "text": (
                    "Geef korte uitleg bij elektrisch gereedschap en leen zware of gevaarlijke "
                    "machines, zoals een kettingzaag, niet uit. Vraag de gemeente of de "
                    "vrijwilligersverzekering ook geldt voor het uitlenen."
                ),
                "kind": "",
            },
            {
                "title": "Persoonsgegevens in het uitleenschrift",
                "text": (
                    "Het schrift bevat namen en telefoonnummers van buren. Laat het niet open op "
                    "tafel liggen, bewaar gegevens niet langer dan nodig en gebruik ze alleen voor "
                    "het uitlenen."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Werk samen met de corporatie en de bouwmarkt",
                "text": (
                    "Een woningcorporatie heeft er belang bij dat bewoners zelf kleine klussen "
                    "doen en kan vaak opslagruimte bieden. Een bouwmarkt in de buurt wil soms "
                    "gereedschap schenken of repareren."
                ),
                "kind": "tip",
            },
        ],
        "steps": [
            {
                "title": "Peil de belangstelling",
                "description": (
                    "Vraag bij buren, in het buurthuis en via de bewonerscommissie wie gereedschap "
                    "zou willen lenen en wie iets wil uitlenen of helpen. Vraag ook welke klussen "
                    "mensen nu laten liggen."
                ),
                "phase": "Verkennen",
                "duration": "1 maand",
                "who": "Initiatiefnemers en bewoners",
                "needs": "Een paar vragen op papier, of gewoon langs de deuren",
            },
            {
                "title": "Verzamel een basisset",
                "description": (
                    "Vraag gereedschap op bij bewoners en benader een bouwmarkt of de corporatie "
                    "voor een bijdrage. Controleer alles op veiligheid en geef elk stuk een label."
                ),
                "phase": "Voorbereiding",
                "duration": "1 tot 2 maanden",
                "who": "Initiatiefnemers, bouwmarkt, woningcorporatie",
                "needs": "Een kast, labels, een klein budget om aan te vullen",
            },
            {
                "title": "Regel een plek en afspraken",
                "description": (
                    "Zoek een droge, afsluitbare plek die makkelijk te bereiken is. Spreek af hoe "
                    "lang je iets mag lenen, wat er gebeurt bij schade en wie de sleutel heeft."
                ),
                "phase": "Voorbereiding",
                "duration": "1 maand",
                "who": "Initiatiefnemers, buurthuis of corporatie",
                "needs": "Een ruimte, een uitleenschrift, de huisregels op één A4",
            },
            {
                "title": "Start met vaste uitleenmomenten",
                "description": (
                    "Begin met twee vaste momenten per week en maak het bekend met een flyer, in "
                    "de buurtapp en bij de school. Zorg dat er altijd iemand is die uitleg kan "
                    "geven."
                ),
                "phase": "Start",
                "duration": "Doorlopend",
                "who": "Vrijwillige uitleners",
                "needs": "Koffie, flyers",
            },
            {
                "title": "Koppel lenen aan samen klussen",
                "description": (
                    "Maak een lijstje van buren die willen helpen bij een klus. Leg bij het "
                    "uitlenen de verbinding als iemand er alleen niet uitkomt."
                ),
                "phase": "Start",
                "duration": "",
                "who": "Klushulpen uit de buurt",
                "needs": "",
            },
            {
                "title": "Evalueer na drie maanden",
                "description": (
                    "Kijk wat het meest geleend wordt, wat er ontbreekt en wie je nog niet "
                    "bereikt. Pas de uitleentijden en de voorraad daarop aan."
                ),
                "phase": "Evaluatie",
                "duration": "1 avond",
                "who": "Vrijwilligers en een paar vaste leners",
                "needs": "",
            },
        ],
        "testimony": {
            "text": (
                "Ik kwam een trapje lenen om te schilderen en ging naar huis met de buurman erbij. "
                "Nu sta ik zelf op woensdag bij de uitleenkast."
            ),
            "name": "Erik",
            "role": "vrijwilliger bij het uitlenen",
        },
        "marks": {
            "own_direction": (
                "yes",
                "Bewoners beheren de gereedschapskist zelf en bepalen samen de regels.",
            ),
            "own_strength": (
                "yes",
                "Het gebruikt de kennis en handigheid die al in de buurt aanwezig zijn.",
            ),
            "poverty": (
                "partly",
                (
                    "Het scheelt uitgaven aan gereedschap en klussen, maar het effect op het "
                    "inkomen is bescheiden."
                ),
            ),
            "participation": (
                "yes",
                "Bewoners leren elkaar kennen en helpen elkaar, ook buiten het lenen om.",
            ),
            "integral": (
                "partly",
                (
                    "Bij het uitlenen komen soms andere zorgen boven, maar doorverwijzen is geen "
                    "vast onderdeel."
                ),
            ),
            "cooperation": (
                "yes",
                (
                    "Er wordt samengewerkt met de woningcorporatie, het buurthuis en soms een "
                    "bouwmarkt."
                ),
            ),
            "lasting": (
                "yes",
                (
                    "De kosten zijn laag en gereedschap gaat jaren mee, zolang er een vaste groep "
                    "uitleners is."
                ),
            ),
        },
        "contact": {
            "name": "Anouk",
            "organisation": "Talent in Actie",
            "email": "gereedschapskist@talentinactie.example",
            "phone": "050 000 00 00",
        },
        "english": None,
    },
    {
        "slug": "bewonersbedrijf",
        "title": "Bewonersbedrijf",
        "summary": (
            "Een bedrijf van en voor de bewoners van een wijk. Bewoners doen zelf het werk dat de "
            "buurt beter maakt, zoals groenonderhoud, schoonmaak of een wijkrestaurant, en de "
            "opbrengst blijft in de wijk."
        ),
        "plain_summary": (
            "Een bewonersbedrijf is een bedrijf van de mensen in de wijk. Bewoners doen zelf werk "
            "dat de buurt beter maakt. Bijvoorbeeld het groen onderhouden of koken voor buren. Het "
            "geld dat je verdient, blijft in de wijk."
        ),
        "themes": ["buurt", "werk", "wonen"],
        "target_groups": ["buurtbewoners", "mensen-met-een-uitkering"],
        "last_reviewed": "2025-10-08",
        "place": "Leeuwarden",
        "intro": [
            (
                "In de Leeuwarder wijk Heechterp-Schieringen ontstond het eerste bewonersbedrijf "
                "van Nederland. Bewoners besloten niet langer te wachten tot anderen hun wijk "
                "zouden opknappen, maar het werk zelf te doen en er ook iets aan te verdienen. Het "
                "bedrijf heeft twee doelen die bij elkaar horen: de buurt verbeteren en armoede "
                "verminderen."
            ),
            (
                "Een bewonersbedrijf doet werk waar in de wijk behoefte aan is, zoals "
                "groenonderhoud, schoonmaak, kleine klussen, een wijkrestaurant of een "
                "buurtwinkel. Opdrachtgevers zijn vaak de gemeente en de woningcorporatie, die dat "
                "werk anders aan bedrijven van buiten geven. Zo blijven geld en werk in de wijk, "
                "en krijgen bewoners die lang aan de kant stonden weer een plek."
            ),
        ],
        "guide": [
            (
                "Begin bij wat de wijk nodig heeft en wat bewoners kunnen. Zoek uit welk werk nu "
                "door bedrijven van buiten wordt gedaan en welk werk blijft liggen. Kies één of "
                "twee activiteiten om mee te beginnen, het liefst werk dat je ziet, zodat de buurt "
                "merkt wat het bewonersbedrijf doet."
            ),
            (
                "Maak vroeg afspraken met de gemeente en de woningcorporatie, want zij zijn de "
                "belangrijkste opdrachtgevers. Leg vast dat bewoners de zeggenschap houden, ook "
                "als professionals helpen met de administratie. Zorg dat er naast betaald werk ook "
                "ruimte is voor vrijwilligers en voor mensen die stap voor stap willen beginnen."
            ),
        ],
        "facts": [
            ("Het eerste", "bewonersbedrijf van Nederland staat in Heechterp-Schieringen"),
            ("2 doelen", "de buurt verbeteren en armoede verminderen"),
            ("1 wijk", "als werkgebied: klein genoeg om elkaar te kennen"),
        ],
        "photos": [
            (
                "Bewonersbedrijf: groenonderhoud",
                (
                    "Drie bewoners in werkkleding snoeien struiken langs een stoep tussen "
                    "flatgebouwen."
                ),
                "Het groenonderhoud in de wijk is een vaste opdracht.",
            ),
            (
                "Bewonersbedrijf: het wijkrestaurant",
                "Een man en een vrouw scheppen maaltijden op in de keuken van een buurthuis.",
                "In het wijkrestaurant eet je samen voor een kleine prijs.",
            ),
            (
                "Bewonersbedrijf: overleg over de wijk",
                (
                    "Vijf bewoners zitten rond een tafel met een plattegrond van de wijk en wijzen "
                    "plekken aan."
                ),
                "Bewoners bepalen samen welk werk de wijk nodig heeft.",
            ),
        ],
        "points": [
            {
                "title": "Eerst werk dat je ziet",
                "text": (
                    "Begin met werk dat bewoners kunnen zien, zoals het groen, de portieken of een "
                    "opgeknapt pleintje. Dat geeft vertrouwen en trekt nieuwe mensen aan."
                ),
                "kind": "tip",
            },
            {
                "title": "Professionals nemen het over",
                "text": (
                    "Als de administratie, de contracten en de subsidies groeien, komen er vaak "
                    "professionals bij. Dat is nuttig, maar let erop dat bewoners blijven "
                    "beslissen. Leg de zeggenschap vast in de statuten."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Werk en uitkering botsen",
                "text": (
                    "Bewoners met een uitkering moeten werk en inkomsten melden bij de gemeente. "
                    "Maak afspraken over bijverdienen, proefplaatsingen en "
                    "vrijwilligersvergoedingen, zodat meedoen niet eindigt met een terugvordering."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Ondernemers in de wijk",
                "text": (
                    "Een bewonersbedrijf neemt soms werk over dat eerst door bedrijven werd "
                    "gedaan. Praat daar open over met ondernemers in de wijk; vaak kun je "
                    "samenwerken in plaats van concurreren."
                ),
                "kind": "",
            },
            {
                "title": "Zorg voor meerdere opdrachtgevers",
                "text": (
                    "Leun niet op één contract met de gemeente of de corporatie. Een mix van "
                    "opdrachten, een wijkrestaurant en kleine diensten voor bewoners maakt het "
                    "bedrijf sterker."
                ),
                "kind": "tip",
            },
        ],
        "steps": [
            {
                "title": "Breng de wijk in kaart",
                "description": (
                    "Zoek met bewoners uit welk werk er in de wijk wordt gedaan, door wie, en wat "
                    "er blijft liggen. Vraag ook wie wat kan en wie graag aan de slag wil."
                ),
                "phase": "Verkennen",
                "duration": "2 maanden",
                "who": "Bewoners, wijkteam, opbouwwerker",
                "needs": "Een plattegrond, een paar buurtgesprekken",
            },
            {
                "title": "Zoek opdrachtgevers",
                "description": (
                    "Ga in gesprek met de gemeente en de woningcorporatie over werk dat het "
                    "bewonersbedrijf kan overnemen, zoals groenonderhoud of het schoonhouden van "
                    "portieken."
                ),
                "phase": "Voorbereiding",
                "duration": "2 tot 4 maanden",
                "who": "Kerngroep, gemeente, woningcorporatie",
                "needs": "Een kort plan van wat jullie willen doen",
            },
            {
                "title": "Kies een rechtsvorm en regel de basis",
                "description": (
                    "Richt een stichting, vereniging of coöperatie op waarin bewoners de "
                    "meerderheid hebben. Regel verzekeringen, een bankrekening en een eenvoudige "
                    "boekhouding."
                ),
                "phase": "Voorbereiding",
                "duration": "2 maanden",
                "who": "Kerngroep, notaris, boekhouder",
                "needs": "Startgeld, bijvoorbeeld van een fonds",
            },
            {
                "title": "Maak afspraken over werk en uitkering",
                "description": (
                    "Bespreek met de gemeente hoe bewoners met een uitkering kunnen meewerken en "
                    "bijverdienen. Leg de afspraken vast, zodat iedereen weet waar hij aan toe is."
                ),
                "phase": "Voorbereiding",
                "duration": "1 tot 3 maanden",
                "who": "Kerngroep, gemeente (werk en inkomen)",
                "needs": "",
            },
            {
                "title": "Start met één activiteit",
                "description": (
                    "Begin met een goed afgebakende opdracht en een vaste ploeg. Houd bij wat het "
                    "oplevert, in geld en in contact in de wijk."
                ),
                "phase": "Start",
                "duration": "6 maanden",
                "who": "Bewoners, een ploegleider uit de wijk",
                "needs": "Werkkleding, gereedschap, een plek om te verzamelen",
            },
            {
                "title": "Evalueer en breid uit",
                "description": (
                    "Kijk na drie en na zes maanden wat werkt. Voeg een tweede activiteit toe als "
                    "de eerste stevig staat, en zoek contact met andere bewonersbedrijven voor een "
                    "projectenband."
                ),
                "phase": "Evaluatie",
                "duration": "",
                "who": "Bewoners en opdrachtgevers",
                "needs": "",
            },
        ],
        "testimony": {
            "text": (
                "Vroeger keek ik naar de rommel op straat en dacht ik: daar doet niemand iets aan. "
                "Nu doen we er zelf iets aan, en de buren zien dat."
            ),
            "name": "Sietske",
            "role": "bewoner en lid van de groenploeg",
        },
        "marks": {
            "own_direction": (
                "yes",
                (
                    "Bewoners bepalen welk werk het bedrijf doet en hebben de meerderheid in het "
                    "bestuur."
                ),
            ),
            "own_strength": (
                "yes",
                (
                    "Het bedrijf bouwt op de vaardigheden van bewoners en hun betrokkenheid bij de "
                    "eigen wijk."
                ),
            ),
            "poverty": (
                "yes",
                "Bewoners verdienen geld, en het budget voor werk in de wijk blijft in de wijk.",
            ),
            "participation": (
                "yes",
                "Mensen die lang aan de kant stonden, krijgen werk en een rol in de buurt.",
            ),
            "integral": (
                "yes",
                "Werk, leefbaarheid en contact tussen buren worden in samenhang aangepakt.",
            ),
            "cooperation": (
                "yes",
                "De gemeente en de woningcorporatie zijn partners en opdrachtgevers.",
            ),
            "lasting": (
                "partly",
                (
                    "Het bedrijf draait op opdrachten en komt in de problemen als een grote "
                    "opdrachtgever afhaakt."
                ),
            ),
        },
        "contact": {
            "name": "Hendrik",
            "organisation": "Bewonersbedrijf Heechterp-Schieringen",
            "email": "info@bewonersbedrijf-heechterp.example",
            "phone": "058 000 00 00",
        },
        "english": None,
    },
    {
        "slug": "kinderwijkraad",
        "title": "Kinderwijkraad",
        "summary": (
            "Kinderen uit de bovenbouw van de basisschool vormen samen een raad voor hun wijk. Ze "
            "bedenken plannen, praten met de gemeente en leren zo hoe democratie werkt."
        ),
        "plain_summary": (
            "In een kinderwijkraad praten kinderen mee over hun eigen wijk. Ze zitten in groep 6, "
            "7 of 8. Samen bedenken ze plannen, bijvoorbeeld voor een speelplek. Daarover praten "
            "ze met de gemeente. Zo leren ze dat hun stem telt."
        ),
        "themes": ["onderwijs", "meedoen", "buurt"],
        "target_groups": ["kinderen"],
        "last_reviewed": "2026-01-15",
        "place": "Amersfoort",
        "intro": [
            (
                "Een kinderwijkraad is een raad van kinderen uit groep 6 tot en met 8 die meedenkt "
                "en meebeslist over hun eigen wijk. Klasgenoten kiezen de leden, de raad vergadert "
                "een paar keer per maand en voert eigen plannen uit, met een klein budget. In "
                "Amersfoort verenigden de begeleiders van kinderwijkraden zich in Vereniging Kies "
                "en Co, die ook elders in het land helpt om raden op te zetten."
            ),
            (
                "Kinderwijkraden werken vooral in wijken waar veel gezinnen het krap hebben en "
                "waar kinderen weinig merken dat volwassenen naar hen luisteren. Op de "
                "basisscholen horen er democratielessen bij: wat is stemmen, hoe voer je campagne, "
                "hoe overtuig je een wethouder? Kinderen ontdekken dat ze invloed hebben, en "
                "ouders raken via hun kinderen meer betrokken bij de buurt."
            ),
        ],
        "guide": [
            (
                "Een kinderwijkraad heeft een vaste begeleider nodig, een school die meedoet en "
                "een gemeente die de kinderen serieus neemt. Begin met één of twee scholen in één "
                "wijk. Geef in de klassen democratielessen en houd daarna echte verkiezingen, met "
                "kandidaten, campagnes en een stembus."
            ),
            (
                "Laat de raad zelf de onderwerpen kiezen en zorg dat er iets met de plannen "
                "gebeurt. Een klein eigen budget en een vast gesprek met de wethouder of de "
                "wijkmanager maken het verschil, want kinderen haken af als er niets verandert. "
                "Sluit het jaar af met een moment waarop de raad laat zien wat er bereikt is."
            ),
        ],
        "facts": [
            ("Groep 6 tot en met 8", "daaruit komen de raadsleden"),
            ("1 schooljaar", "zittingsperiode, daarna zijn er nieuwe verkiezingen"),
            ("2 keer per maand", "vergadert de raad, op school"),
        ],
        "photos": [
            (
                "Kinderwijkraad: verkiezingen in de klas",
                (
                    "Een meisje stopt een stembriefje in een kartonnen stembus terwijl klasgenoten "
                    "toekijken."
                ),
                "Klasgenoten kiezen wie hen vertegenwoordigt.",
            ),
            (
                "Kinderwijkraad: de vergadering",
                "Zes kinderen zitten rond een tafel en schrijven ideeën op gekleurde briefjes.",
                "De raad kiest zelf welke plannen voorgaan.",
            ),
            (
                "Kinderwijkraad: schouw in de wijk",
                (
                    "Een groep kinderen met een begeleider wijst naar een kapot speeltoestel op "
                    "een pleintje."
                ),
                "Tijdens een wijkschouw verzamelen de kinderen hun punten.",
            ),
        ],
        "points": [
            {
                "title": "Neem de plannen serieus",
                "text": (
                    "Kinderen merken snel of er iets met hun ideeën gebeurt. Spreek vooraf met de "
                    "gemeente af dat de raad binnen een paar maanden antwoord krijgt en dat "
                    "minstens één plan echt wordt uitgevoerd."
                ),
                "kind": "tip",
            },
            {
                "title": "Alleen de mondige kinderen",
                "text": (
                    "Zonder aandacht kiezen klassen vaak de kinderen die al veel praten. Leg in de "
                    "democratielessen uit dat iedereen zich kandidaat mag stellen en help stillere "
                    "kinderen met hun campagne."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Afhankelijk van één begeleider",
                "text": (
                    "Als de begeleider stopt, verdwijnt de raad vaak mee. Schrijf de werkwijze en "
                    "de contacten op en zorg dat school en gemeente weten wie het kan overnemen."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Privacy van kinderen",
                "text": (
                    "Vraag ouders om toestemming voor foto's en voor het noemen van namen op een "
                    "website of in de krant. Gebruik bij voorkeur alleen voornamen."
                ),
                "kind": "",
            },
            {
                "title": "Betrek de ouders",
                "text": (
                    "Nodig ouders uit bij de installatie en bij de afsluiting. Voor ouders die "
                    "zelf weinig contact hebben met school of gemeente is dat vaak een eerste stap "
                    "om ook zelf mee te praten."
                ),
                "kind": "tip",
            },
        ],
        "steps": [
            {
                "title": "Zoek partners",
                "description": (
                    "Vind een school in de wijk die wil meedoen en een contactpersoon bij de "
                    "gemeente die de raad serieus neemt. Bespreek wat ieder bijdraagt en wie de "
                    "raad begeleidt."
                ),
                "phase": "Voorbereiding",
                "duration": "2 tot 3 maanden",
                "who": "Initiatiefnemer, schooldirectie, gemeente",
                "needs": "Een kort plan en een vaste begeleider",
            },
            {
                "title": "Geef democratielessen",
                "description": (
                    "Geef in groep 6 tot en met 8 een paar lessen over meebeslissen: wat is een "
                    "raad, hoe werkt stemmen, wat speelt er in de wijk? Laat kinderen meteen hun "
                    "eigen ideeën noemen."
                ),
                "phase": "Start",
                "duration": "3 tot 4 weken",
                "who": "Begeleider en leerkrachten",
                "needs": "Lesmateriaal, een stembus",
            },
            {
                "title": "Houd verkiezingen",
                "description": (
                    "Kinderen stellen zich kandidaat, voeren campagne met posters en een praatje "
                    "in de klas, en de klasgenoten stemmen. Maak er een feestelijk moment van."
                ),
                "phase": "Start",
                "duration": "2 weken",
                "who": "Kinderen, leerkrachten, begeleider",
                "needs": "Stembiljetten, posters",
            },
            {
                "title": "Installeer de raad",
                "description": (
                    "De wethouder of wijkmanager installeert de raad in het bijzijn van de ouders. "
                    "Spreek meteen af wanneer de raad de gemeente weer spreekt."
                ),
                "phase": "Start",
                "duration": "1 middag",
                "who": "Raadsleden, ouders, wethouder",
                "needs": "Een zaal, iets te drinken",
            },
            {
                "title": "Vergader en voer plannen uit",
                "description": (
                    "De raad vergadert twee keer per maand, doet een wijkschouw en kiest een paar "
                    "plannen. Met een klein budget voeren de kinderen zelf iets uit, zoals een "
                    "opruimactie of een voorstel voor een speelplek."
                ),
                "phase": "Uitvoering",
                "duration": "Het hele schooljaar",
                "who": "Raadsleden en begeleider",
                "needs": "Een klein budget, een vergaderruimte op school",
            },
            {
                "title": "Sluit het jaar af en evalueer",
                "description": (
                    "De raad laat zien wat er bereikt is. Bespreek met kinderen, school en "
                    "gemeente wat beter kan en bereid de nieuwe verkiezingen voor."
                ),
                "phase": "Evaluatie",
                "duration": "1 maand",
                "who": "Raadsleden, school, gemeente",
                "needs": "",
            },
        ],
        "testimony": {
            "text": (
                "Je ziet kinderen groeien als ze merken dat een wethouder echt luistert. Een "
                "meisje dat eerst geen woord zei, zat aan het eind van het jaar de vergadering "
                "voor."
            ),
            "name": "Fatima",
            "role": "begeleider van een kinderwijkraad",
        },
        "marks": {
            "own_direction": (
                "yes",
                "De kinderen kiezen zelf hun onderwerpen en beslissen over hun eigen budget.",
            ),
            "own_strength": (
                "yes",
                "De raad gaat uit van wat kinderen zelf zien en willen in hun wijk.",
            ),
            "poverty": (
                "partly",
                (
                    "De raad bestrijdt armoede niet direct, maar geeft kinderen in kwetsbare "
                    "wijken een stem en zelfvertrouwen."
                ),
            ),
            "participation": (
                "yes",
                (
                    "Kinderen, en via hen ook ouders, doen mee in hun buurt en leren hoe inspraak "
                    "werkt."
                ),
            ),
            "integral": (
                "partly",
                (
                    "Soms komen zorgen van kinderen of gezinnen naar boven; de begeleider weet dan "
                    "waar hulp te vinden is."
                ),
            ),
            "cooperation": (
                "yes",
                "Scholen, gemeente en wijkorganisaties werken samen om de raad mogelijk te maken.",
            ),
            "lasting": (
                "yes",
                (
                    "Elk jaar komen er nieuwe raadsleden; met een vaste begeleider en partners "
                    "loopt het jaren door."
                ),
            ),
        },
        "contact": {
            "name": "Lotte",
            "organisation": "Vereniging Kies en Co",
            "email": "info@kiesenco.example",
            "phone": "033 000 00 00",
        },
        "english": None,
    },
    {
        "slug": "ervaringsdeskundigen-armoede",
        "title": "Ervaringsdeskundigen in armoede",
        "summary": (
            "Mensen die zelf armoede hebben meegemaakt, volgen een opleiding tot "
            "ervaringsdeskundige. Daarna slaan ze een brug tussen mensen in armoede en de "
            "professionals die hen willen helpen."
        ),
        "plain_summary": (
            "Heb je zelf armoede meegemaakt? Dan weet je hoe dat voelt. Met een opleiding kun je "
            "die ervaring gebruiken om anderen te helpen. Je praat met mensen die het nu moeilijk "
            "hebben. En je legt hulpverleners uit wat echt helpt."
        ),
        "themes": ["onderwijs", "zorg", "schulden"],
        "target_groups": ["mensen-met-een-uitkering", "jongeren"],
        "last_reviewed": "2025-12-03",
        "place": "Oost-Groningen",
        "intro": [
            (
                "Wie jarenlang heeft moeten rondkomen van te weinig geld, weet dingen die je niet "
                "uit een boek leert: hoe schaamte werkt, waarom een brief van de gemeente "
                "ongeopend blijft liggen, wat het betekent als je kind niet mee kan op schoolreis. "
                "EDASU, dat staat voor ErvaringsDeskundigheid in Armoede en Sociale Uitsluiting, "
                "leidt in Oost-Groningen mensen op om die kennis bewust in te zetten."
            ),
            (
                "De opleiding is opgezet samen met ROC Noorderpoort. Deelnemers leren hun eigen "
                "verhaal te verwerken en te gebruiken, zonder zichzelf voorbij te lopen. "
                "Afgestudeerden werken onder meer bij sociale diensten, het Leger des Heils en "
                "kredietbanken. Daar vormen ze een brug: mensen in armoede voelen zich eerder "
                "begrepen, en professionals leren anders kijken."
            ),
        ],
        "guide": [
            (
                "Zoek een onderwijsinstelling, zoals een ROC, die samen met ervaringsdeskundigen "
                "een opleiding wil opzetten. Het programma hoort in handen te zijn van mensen die "
                "zelf armoede kennen, want zij weten wat deelnemers nodig hebben. Werk met groepen "
                "van acht tot twaalf deelnemers en plan ruim tijd in voor het verwerken van het "
                "eigen verhaal: dat is de basis."
            ),
            (
                "Regel vooraf plekken waar deelnemers na de opleiding aan de slag kunnen, zoals "
                "een sociale dienst, een kredietbank of een welzijnsorganisatie. Maak afspraken "
                "over betaling, want ervaringsdeskundigheid is werk. En bespreek met de gemeente "
                "hoe de opleiding en een eventuele vergoeding zich verhouden tot de uitkering van "
                "deelnemers."
            ),
        ],
        "facts": [
            ("8 tot 12", "deelnemers per opleidingsgroep"),
            ("ROC Noorderpoort", "is de onderwijspartner in Oost-Groningen"),
            ("3 soorten werkplekken", "sociale diensten, het Leger des Heils en kredietbanken"),
        ],
        "photos": [
            (
                "Ervaringsdeskundigen: in de les",
                (
                    "Een groep volwassenen zit in een halve kring in een lokaal en luistert naar "
                    "een vrouw die vertelt."
                ),
                "Het eigen verhaal is het beginpunt van de opleiding.",
            ),
            (
                "Ervaringsdeskundigen: aan de keukentafel",
                (
                    "Een ervaringsdeskundige zit met een man aan een keukentafel, met een stapel "
                    "brieven tussen hen in."
                ),
                "Samen de post doornemen is vaak een eerste stap.",
            ),
            (
                "Ervaringsdeskundigen: training voor professionals",
                (
                    "Een man staat voor een groep medewerkers van een sociale dienst en wijst naar "
                    "een whiteboard."
                ),
                "Ervaringsdeskundigen leren professionals anders kijken.",
            ),
        ],
        "points": [
            {
                "title": "Eerst verwerken, dan inzetten",
                "text": (
                    "Je ervaring gebruiken voor een ander vraagt dat je er zelf wat afstand van "
                    "hebt. Geef in de opleiding ruimte voor dat proces en laat deelnemers zelf "
                    "bepalen wanneer ze klaar zijn voor de praktijk."
                ),
                "kind": "tip",
            },
            {
                "title": "Ervaringsdeskundigen als gratis kracht",
                "text": (
                    "Organisaties vragen graag om ervaringsdeskundigen, maar willen er niet altijd "
                    "voor betalen. Dat is niet eerlijk, en het houdt mensen in armoede. Maak "
                    "afspraken over een passende beloning of een betaalde baan."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Inkomsten en de uitkering",
                "text": (
                    "Een vergoeding voor een training of gastles moet bij de gemeente gemeld "
                    "worden en kan worden verrekend. Zoek samen met de gemeente naar een regeling, "
                    "zodat deelnemers er niet op achteruitgaan."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Steun na de opleiding",
                "text": (
                    "Het werk kan zwaar zijn, juist omdat het dichtbij komt. Zorg voor intervisie "
                    "met andere ervaringsdeskundigen en een vast aanspreekpunt bij de organisatie "
                    "waar iemand werkt."
                ),
                "kind": "",
            },
            {
                "title": "Wat in de groep gedeeld wordt, blijft in de groep",
                "text": (
                    "Deelnemers vertellen persoonlijke verhalen en horen die van anderen. Maak "
                    "duidelijke afspraken over wat gedeeld mag worden, binnen en buiten de groep, "
                    "en vraag altijd toestemming voordat een verhaal ergens anders wordt gebruikt."
                ),
                "kind": "",
            },
            {
                "title": "Laat professionals meedoen",
                "text": (
                    "Nodig medewerkers van sociale diensten en kredietbanken uit voor een les of "
                    "een gezamenlijke dag. De brug werkt naar twee kanten."
                ),
                "kind": "tip",
            },
        ],
        "steps": [
            {
                "title": "Vorm een kerngroep van ervaringsdeskundigen",
                "description": (
                    "Breng een paar mensen bij elkaar die zelf armoede hebben meegemaakt en iets "
                    "met hun ervaring willen doen. Zij bepalen mee hoe de opleiding eruitziet."
                ),
                "phase": "Voorbereiding",
                "duration": "2 maanden",
                "who": "Ervaringsdeskundigen en een initiatiefnemer",
                "needs": "Een ruimte om samen te komen, vergoeding van reiskosten",
            },
            {
                "title": "Zoek een onderwijspartner",
                "description": (
                    "Benader een ROC of hogeschool om de opleiding samen op te zetten. Bespreek "
                    "erkenning, lesruimte en wie de lessen geeft."
                ),
                "phase": "Voorbereiding",
                "duration": "3 tot 6 maanden",
                "who": "Kerngroep en ROC",
                "needs": "Een lesprogramma in grote lijnen",
            },
            {
                "title": "Regel werkplekken en geld",
                "description": (
                    "Zoek organisaties die afgestudeerden willen inzetten en betalen, zoals de "
                    "sociale dienst, de kredietbank of het welzijnswerk. Vraag de gemeente en "
                    "fondsen om de opleiding mee te betalen."
                ),
                "phase": "Voorbereiding",
                "duration": "3 maanden",
                "who": "Kerngroep, gemeente, maatschappelijke organisaties, fondsen",
                "needs": "Een begroting en een paar toezeggingen",
            },
            {
                "title": "Werf deelnemers",
                "description": (
                    "Zoek deelnemers via voedselbanken, buurthuizen, cliëntenraden en het netwerk "
                    "van de kerngroep. Voer met iedereen een kennismakingsgesprek om te kijken of "
                    "de opleiding nu past."
                ),
                "phase": "Start",
                "duration": "2 maanden",
                "who": "Kerngroep en ROC",
                "needs": "Een folder in eenvoudige taal",
            },
            {
                "title": "Geef de opleiding",
                "description": (
                    "Combineer lessen over het eigen verhaal, over armoede en regels en over "
                    "gespreksvaardigheden met een stage. Werk met vaste groepen en vaste docenten."
                ),
                "phase": "Uitvoering",
                "duration": "Enkele maanden tot een jaar",
                "who": "Deelnemers, docenten, stageplekken",
                "needs": "Lesruimte, begeleiding tijdens de stage",
            },
            {
                "title": "Blijf steunen na de opleiding",
                "description": (
                    "Zorg voor intervisie, een netwerk van afgestudeerden en contact met "
                    "werkgevers. Evalueer elke groep en pas het programma daarop aan."
                ),
                "phase": "Borging",
                "duration": "Doorlopend",
                "who": "Afgestudeerden, ROC, werkgevers",
                "needs": "",
            },
        ],
        "testimony": {
            "text": (
                "Ik heb me jarenlang geschaamd voor mijn schulden. Nu zit ik naast iemand die "
                "dezelfde brieven krijgt, en zie ik dat hij zich eindelijk een beetje ontspant."
            ),
            "name": "Gerda",
            "role": "ervaringsdeskundige, opgeleid in Oost-Groningen",
        },
        "marks": {
            "own_direction": (
                "yes",
                (
                    "Ervaringsdeskundigen bepalen mee hoe de opleiding eruitziet en hoe ze hun "
                    "ervaring inzetten."
                ),
            ),
            "own_strength": (
                "yes",
                "De methode maakt van een moeilijke ervaring een kracht en een vak.",
            ),
            "poverty": (
                "yes",
                (
                    "Mensen in armoede worden beter bereikt en geholpen, en deelnemers maken kans "
                    "op betaald werk."
                ),
            ),
            "participation": ("yes", "Deelnemers krijgen een opleiding, een rol en vaak ook werk."),
            "integral": (
                "yes",
                (
                    "Ervaringsdeskundigen kijken naar het hele leven van mensen, niet alleen naar "
                    "het geldprobleem."
                ),
            ),
            "cooperation": (
                "yes",
                (
                    "Er wordt samengewerkt met een ROC, sociale diensten, kredietbanken en het "
                    "Leger des Heils."
                ),
            ),
            "lasting": (
                "partly",
                (
                    "Er is een vaste onderwijspartner, maar betaald werk voor afgestudeerden is "
                    "nog niet overal vanzelfsprekend."
                ),
            ),
        },
        "contact": {
            "name": "Harm",
            "organisation": "EDASU",
            "email": "info@edasu.example",
            "phone": "050 000 00 00",
        },
        "english": None,
    },
    {
        "slug": "ondernemen-met-uitkering",
        "title": "Parttime ondernemen met een uitkering",
        "summary": (
            "Mensen met een uitkering beginnen samen met anderen een kleine onderneming en "
            "verdienen zo een deel van hun uitkering terug, met afspraken die vooraf met de "
            "gemeente zijn gemaakt."
        ),
        "plain_summary": (
            "Heb je een uitkering en een goed idee? Dan kun je een paar uur per week ondernemen. "
            "Je verdient dan zelf een deel van je geld. Je doet het samen met anderen en je krijgt "
            "hulp. Met de gemeente maak je vooraf goede afspraken."
        ),
        "themes": ["werk", "inkomen"],
        "target_groups": ["mensen-met-een-uitkering"],
        "last_reviewed": "2026-04-09",
        "place": "Breda",
        "intro": [
            (
                "Veel mensen met een uitkering hebben ideeën en vaardigheden waar ze iets mee "
                "willen: fietsen repareren, naaien, koken, fotograferen. Maar een eigen bedrijf "
                "beginnen voelt als een sprong in het diepe, en de regels van de uitkering maken "
                "het ingewikkeld. Bij Coöperatie De Vrije Uitloop in Breda kunnen leden parttime "
                "ondernemen en zo een deel van hun uitkering terugverdienen."
            ),
            (
                "De coöperatie is een plek met zo weinig mogelijk regels: alle leden hebben een "
                "gelijke stem en er is niet één baas. Leden ondernemen onder de paraplu van de "
                "coöperatie, zodat ze niet meteen alles alleen hoeven te regelen. Met de gemeente "
                "zijn afspraken gemaakt over hoe verdiensten worden verrekend. Zo kunnen mensen "
                "oefenen met ondernemen, zonder dat één slechte maand hen in de problemen brengt."
            ),
        ],
        "guide": [
            (
                "De basis is een goede afspraak met de gemeente. Leg uit wat jullie willen: dat "
                "mensen met een uitkering kleinschalig mogen ondernemen en dat een deel van wat ze "
                "verdienen bij hen blijft of hun uitkering vervangt. Vraag naar de ruimte die de "
                "regels bieden, zoals een proefperiode of de regeling voor startende ondernemers, "
                "en leg de afspraken schriftelijk vast."
            ),
            (
                "Maak een gezamenlijke paraplu, bijvoorbeeld een coöperatie, zodat leden samen "
                "facturen, verzekeringen en administratie regelen. Zorg voor steun aan elkaar: een "
                "vaste bijeenkomst waar leden vertellen hoe het gaat, waar ze tegenaan lopen en "
                "wat ze van elkaar kunnen leren. Begin met een paar leden en groei pas als de "
                "administratie op orde is."
            ),
        ],
        "facts": [
            ("1 paraplu", "de coöperatie regelt facturen en verzekering voor alle leden"),
            ("Gelijke stem", "voor ieder lid, want er is niet één baas"),
            ("Elke maand", "bereiden leden samen de opgave van inkomsten aan de gemeente voor"),
        ],
        "photos": [
            (
                "Parttime ondernemen: de fietsenwerkplaats",
                "Een man repareert een fietsband in een kleine werkplaats vol onderdelen.",
                "Een van de leden repareert fietsen voor buurtbewoners.",
            ),
            (
                "Parttime ondernemen: samen de administratie",
                "Twee vrouwen zitten met een map en een rekenmachine aan een tafel vol bonnetjes.",
                "Eens per maand zetten leden samen de cijfers op een rij.",
            ),
            (
                "Parttime ondernemen: op de markt",
                "Een vrouw verkoopt zelfgemaakte tassen aan een marktkraam.",
                "Klein beginnen, bijvoorbeeld op een buurtmarkt.",
            ),
        ],
        "points": [
            {
                "title": "De inlichtingenplicht",
                "text": (
                    "Wie een uitkering heeft, moet alle inkomsten en werkzaamheden melden bij de "
                    "gemeente. Wie dat vergeet, krijgt al snel een terugvordering of een boete. "
                    "Maak het melden een vast onderdeel van de maandelijkse bijeenkomst."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Afspraken op papier",
                "text": (
                    "Mondelinge toezeggingen van een consulent verdwijnen als die persoon "
                    "vertrekt. Leg de afspraken met de gemeente vast in een brief of convenant, "
                    "met daarin hoe verdiensten worden verrekend."
                ),
                "kind": "tip",
            },
            {
                "title": "Ondernemen is niet voor iedereen",
                "text": (
                    "Sommige leden merken dat ondernemen hun te veel stress geeft. Dat is geen "
                    "mislukking. Zorg dat ze zonder gezichtsverlies kunnen stoppen of een andere "
                    "rol kunnen nemen."
                ),
                "kind": "",
            },
            {
                "title": "Schulden en ondernemen",
                "text": (
                    "Wie schulden heeft, raakt snel in de problemen als er onverwachte kosten zijn "
                    "of als de inkomsten tegenvallen. Kijk vooraf samen naar de geldzaken en houd "
                    "investeringen klein."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Leer van elkaar",
                "text": (
                    "Leden kunnen verschillende dingen: de een rekent goed, de ander verkoopt "
                    "goed. Laat ze elkaar helpen en nodig af en toe een ervaren ondernemer uit als "
                    "gast."
                ),
                "kind": "tip",
            },
        ],
        "steps": [
            {
                "title": "Verzamel mensen met plannen",
                "description": (
                    "Organiseer een paar bijeenkomsten voor mensen met een uitkering die iets "
                    "willen ondernemen. Laat iedereen vertellen wat hij kan en wat hij wil "
                    "proberen."
                ),
                "phase": "Verkennen",
                "duration": "1 tot 2 maanden",
                "who": "Initiatiefnemers en belangstellenden",
                "needs": "Een ruimte, koffie",
            },
            {
                "title": "Maak afspraken met de gemeente",
                "description": (
                    "Bespreek met de afdeling werk en inkomen hoe leden mogen ondernemen en hoe "
                    "inkomsten worden verrekend. Vraag om een proefperiode en leg alles "
                    "schriftelijk vast."
                ),
                "phase": "Voorbereiding",
                "duration": "3 tot 6 maanden",
                "who": "Kerngroep, gemeente, wethouder",
                "needs": "Een kort voorstel, voorbeelden uit andere gemeenten",
            },
            {
                "title": "Richt een gezamenlijke paraplu op",
                "description": (
                    "Kies een rechtsvorm waaronder leden kunnen werken, bijvoorbeeld een "
                    "coöperatie. Regel de inschrijving bij de Kamer van Koophandel, een "
                    "bankrekening, een aansprakelijkheidsverzekering en een eenvoudige "
                    "boekhouding."
                ),
                "phase": "Voorbereiding",
                "duration": "2 maanden",
                "who": "Kerngroep, notaris, boekhouder",
                "needs": "Startgeld",
            },
            {
                "title": "Start met een paar leden",
                "description": (
                    "Begin met drie tot vijf leden met een concreet idee. Ieder lid maakt een "
                    "eenvoudig plan: wat ga ik doen, wat kost het en wat levert het op?"
                ),
                "phase": "Start",
                "duration": "6 maanden",
                "who": "De eerste leden",
                "needs": "Een ondernemersplan op één A4",
            },
            {
                "title": "Houd elke maand een ledenbijeenkomst",
                "description": (
                    "Bespreek omzet, kosten en de opgave aan de gemeente. Deel ervaringen en help "
                    "elkaar als er problemen zijn."
                ),
                "phase": "Uitvoering",
                "duration": "Elke maand",
                "who": "Alle leden",
                "needs": "",
            },
            {
                "title": "Evalueer met de gemeente",
                "description": (
                    "Kijk na drie en na zes maanden samen met de gemeente wat de afspraken "
                    "opleveren, voor de leden en voor de gemeente. Pas ze aan en verleng de "
                    "proefperiode als het werkt."
                ),
                "phase": "Evaluatie",
                "duration": "",
                "who": "Leden en gemeente",
                "needs": "",
            },
        ],
        "testimony": {
            "text": (
                "Ik zat thuis met mijn naaimachine en durfde niets. Nu verkoop ik tassen op de "
                "markt, en elke euro die ik zelf verdien, voelt als een stukje van mezelf terug."
            ),
            "name": "Yvonne",
            "role": "lid sinds 2021",
        },
        "marks": {
            "own_direction": (
                "yes",
                "Leden bepalen zelf wat ze ondernemen en beslissen samen over de coöperatie.",
            ),
            "own_strength": ("yes", "Het begint bij de ideeën en vaardigheden van de leden zelf."),
            "poverty": (
                "yes",
                (
                    "Leden verdienen een deel van hun inkomen zelf en werken aan een weg uit de "
                    "uitkering."
                ),
            ),
            "participation": (
                "yes",
                "Leden doen mee in de lokale economie en hebben een vaste groep om zich heen.",
            ),
            "integral": (
                "partly",
                "Er is aandacht voor schulden en stress, maar de nadruk ligt op werk en inkomen.",
            ),
            "cooperation": (
                "yes",
                (
                    "Zonder afspraken met de gemeente werkt de methode niet; die samenwerking is "
                    "de kern."
                ),
            ),
            "lasting": (
                "partly",
                (
                    "De afspraken hangen af van de gemeente en kunnen veranderen als beleid of "
                    "wetgeving verandert."
                ),
            ),
        },
        "contact": {
            "name": "Ruud",
            "organisation": "Coöperatie De Vrije Uitloop",
            "email": "ondernemen@devrijeuitloop.example",
            "phone": "076 000 00 00",
        },
        "english": None,
    },
    {
        "slug": "buurtmoeders",
        "title": "Buurtmoeders",
        "summary": (
            "Moeders uit de buurt vormen samen een coöperatie die maaltijden en hapjes verzorgt "
            "voor organisaties en particulieren. Zo verdienen ze een eigen inkomen met iets wat ze "
            "goed kunnen."
        ),
        "plain_summary": (
            "Buurtmoeders zijn vrouwen uit de buurt die samen koken. Ze maken eten voor "
            "vergaderingen, feesten en organisaties. Daar krijgen ze geld voor. Ze hebben samen "
            "een eigen bedrijf. Zo verdienen ze zelf geld en leren ze veel van elkaar."
        ),
        "themes": ["werk", "zorg", "meedoen"],
        "target_groups": ["nieuwkomers", "gezinnen-met-kinderen"],
        "last_reviewed": "2025-09-24",
        "place": "Amsterdam",
        "intro": [
            (
                "In Amsterdam zetten moeders uit verschillende buurten samen Buurtmoeders Catering "
                "op, een coöperatie die catering verzorgt voor publieke instellingen, organisaties "
                "en particulieren. Veel van hen koken al jaren voor grote gezinnen en feesten, "
                "maar verdienden daar nooit iets mee. In de coöperatie wordt die vaardigheid werk."
            ),
            (
                "De kracht zit in de combinatie van werk en netwerk. De vrouwen verdienen geld, "
                "oefenen Nederlands in de praktijk, leren plannen, werken volgens hygiëneregels en "
                "omgaan met klanten, en staan er niet alleen voor. Voor een deel van hen is het de "
                "eerste stap naar werk buiten de deur, en een plek waar ze met andere moeders "
                "kunnen praten over opvoeding, school en geld."
            ),
        ],
        "guide": [
            (
                "Begin met een groep vrouwen die al voor anderen koken, bijvoorbeeld voor "
                "buurtmaaltijden of feesten in het buurthuis, de moskee of de kerk. Zoek een "
                "keuken die aan de hygiëne-eisen voldoet, zoals die van een buurthuis of school, "
                "en zorg dat een paar vrouwen een hygiënecursus volgen. Begin met kleine "
                "opdrachten van organisaties die jullie al kennen."
            ),
            (
                "Kies een vorm waarin de vrouwen zelf eigenaar zijn, zoals een coöperatie, zodat "
                "zij beslissen over prijzen, menu's en de verdeling van de opbrengst. Zoek vroeg "
                "een paar vaste opdrachtgevers, zoals de gemeente of welzijnsorganisaties, die een "
                "eerlijke prijs willen betalen. En maak met de gemeente afspraken over inkomsten "
                "naast een uitkering."
            ),
        ],
        "facts": [
            ("10 tot 15", "vrouwen is een goede groep om mee te beginnen"),
            ("1 keuken", "die aan de hygiëne-eisen voldoet"),
            ("2 tot 3", "vaste opdrachtgevers geven rust in het werk"),
        ],
        "photos": [
            (
                "Buurtmoeders: samen koken",
                (
                    "Vier vrouwen met schorten snijden groenten aan een roestvrijstalen werkbank "
                    "in een grote keuken."
                ),
                "Voor elke opdracht koken de buurtmoeders samen.",
            ),
            (
                "Buurtmoeders: het buffet",
                "Een vrouw zet schalen met hapjes klaar op een lange tafel in een vergaderzaal.",
                "Een buffet voor een bijeenkomst bij de gemeente.",
            ),
            (
                "Buurtmoeders: de planning",
                "Drie vrouwen bekijken samen een weekplanning die op de koelkast hangt.",
                "Samen plannen wie welke opdracht doet.",
            ),
        ],
        "points": [
            {
                "title": "Vraag een eerlijke prijs",
                "text": (
                    "Het is verleidelijk om goedkoop te zijn om opdrachten binnen te halen, maar "
                    "de vrouwen moeten er ook aan verdienen. Reken kosten en uren eerlijk door en "
                    "leg opdrachtgevers uit waarom."
                ),
                "kind": "tip",
            },
            {
                "title": "Hygiëne en vergunningen",
                "text": (
                    "Wie voor anderen kookt, moet zich aan de hygiëneregels houden en heeft soms "
                    "een vergunning nodig. Zoek dit vooraf uit bij de gemeente en zorg dat er "
                    "steeds iemand met een hygiënecertificaat aanwezig is."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Inkomsten en de uitkering",
                "text": (
                    "Deelnemers hebben soms zelf een uitkering, of een partner met een uitkering. "
                    "Inkomsten moeten gemeld worden en kunnen worden verrekend. Help de vrouwen om "
                    "dit goed te regelen, zodat niemand schrikt van een terugvordering."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Werk en de zorg voor kinderen",
                "text": (
                    "Opdrachten vallen vaak op momenten dat de kinderen thuis zijn. Plan samen, "
                    "verdeel taken en zoek naar oplossingen voor opvang, zodat niet steeds "
                    "dezelfde vrouwen afhaken."
                ),
                "kind": "",
            },
            {
                "title": "Meer dan koken",
                "text": (
                    "De coöperatie is ook een plek om te praten over opvoeding, school en geld. "
                    "Nodig af en toe iemand uit, bijvoorbeeld van het wijkteam of de bibliotheek, "
                    "maar laat de vrouwen zelf bepalen waarover het gaat."
                ),
                "kind": "tip",
            },
        ],
        "steps": [
            {
                "title": "Breng de vrouwen bij elkaar",
                "description": (
                    "Nodig vrouwen uit die graag koken en iets willen verdienen. Organiseer een "
                    "paar kookmiddagen om elkaar en elkaars keuken te leren kennen."
                ),
                "phase": "Verkennen",
                "duration": "1 tot 2 maanden",
                "who": "Initiatiefnemers, vrouwen uit de buurt, buurthuis",
                "needs": "Een keuken, geld voor boodschappen",
            },
            {
                "title": "Regel een keuken en hygiëne",
                "description": (
                    "Zoek een keuken die aan de eisen voldoet en maak afspraken over het gebruik. "
                    "Laat een paar vrouwen een hygiënecursus volgen."
                ),
                "phase": "Voorbereiding",
                "duration": "2 maanden",
                "who": "Kerngroep, buurthuis of school, gemeente",
                "needs": "Een hygiënecursus, een huurafspraak",
            },
            {
                "title": "Kies een vorm en maak afspraken over inkomen",
                "description": (
                    "Richt een coöperatie op of sluit aan bij een bestaande organisatie. Bespreek "
                    "met de gemeente hoe inkomsten uit de catering zich verhouden tot de "
                    "uitkeringen van deelnemers."
                ),
                "phase": "Voorbereiding",
                "duration": "2 tot 4 maanden",
                "who": "Kerngroep, notaris, gemeente",
                "needs": "Startgeld, bijvoorbeeld van een fonds",
            },
            {
                "title": "Stel een menukaart en prijzen op",
                "description": (
                    "Kies samen gerechten die jullie goed kunnen maken en die goed te vervoeren "
                    "zijn. Reken per gerecht de kosten en de uren uit."
                ),
                "phase": "Voorbereiding",
                "duration": "1 maand",
                "who": "Alle deelnemers",
                "needs": "Een rekenvoorbeeld, foto's van de gerechten",
            },
            {
                "title": "Doe de eerste opdrachten",
                "description": (
                    "Begin met een paar kleine opdrachten van bekende organisaties, zoals een "
                    "lunch bij een vergadering. Bespreek na elke opdracht wat goed ging en wat "
                    "beter kan."
                ),
                "phase": "Start",
                "duration": "3 maanden",
                "who": "Deelnemers en de eerste opdrachtgevers",
                "needs": "Vervoer, schalen, warmhoudbakken",
            },
            {
                "title": "Evalueer en zoek vaste klanten",
                "description": (
                    "Kijk na drie maanden naar de opbrengst, de werkdruk en de samenwerking. Zoek "
                    "daarna twee of drie vaste opdrachtgevers, zoals de gemeente of "
                    "welzijnsorganisaties."
                ),
                "phase": "Evaluatie",
                "duration": "",
                "who": "Deelnemers, gemeente, maatschappelijke organisaties",
                "needs": "",
            },
        ],
        "testimony": {
            "text": (
                "Thuis kookte ik altijd voor twaalf mensen, maar niemand noemde dat werk. Nu staat "
                "mijn naam op de factuur."
            ),
            "name": "Hanan",
            "role": "buurtmoeder en lid van de coöperatie",
        },
        "marks": {
            "own_direction": (
                "yes",
                (
                    "De vrouwen zijn zelf eigenaar en beslissen over menu's, prijzen en de "
                    "verdeling van de opbrengst."
                ),
            ),
            "own_strength": (
                "yes",
                "Het bouwt op iets wat de vrouwen al goed kunnen: koken voor veel mensen.",
            ),
            "poverty": ("yes", "De vrouwen verdienen een eigen inkomen en bouwen werkervaring op."),
            "participation": (
                "yes",
                (
                    "Voor veel deelnemers is het een eerste stap naar werk en contact buiten de "
                    "eigen kring."
                ),
            ),
            "integral": (
                "yes",
                "Naast het werk is er ruimte voor taal, opvoeding en gesprekken over geld.",
            ),
            "cooperation": (
                "yes",
                (
                    "Gemeente en maatschappelijke organisaties zijn opdrachtgevers en helpen met "
                    "ruimte en scholing."
                ),
            ),
            "lasting": (
                "partly",
                "De coöperatie draait op opdrachten; zonder vaste klanten wordt het snel onzeker.",
            ),
        },
        "contact": {
            "name": "Latifa",
            "organisation": "Buurtmoeders Catering",
            "email": "info@buurtmoederscatering.example",
            "phone": "020 000 00 00",
        },
        "english": None,
    },
    {
        "slug": "noodfonds",
        "title": "Noodfonds",
        "summary": (
            "Een lokaal fonds dat snel en zonder gedoe helpt als iemand acuut geld nodig heeft. "
            "Vroeg bijspringen voorkomt dat een kleine tegenvaller uitgroeit tot schulden."
        ),
        "plain_summary": (
            "Soms heb je ineens geld nodig. Bijvoorbeeld als je koelkast kapot is of als je de "
            "huur niet kunt betalen. Een noodfonds helpt je dan snel. Je hoeft niet weken te "
            "wachten. Samen kijken we ook hoe het daarna verder kan."
        ),
        "themes": ["schulden", "inkomen"],
        "target_groups": ["gezinnen-met-kinderen", "buurtbewoners"],
        "last_reviewed": "2026-05-06",
        "place": "Den Haag",
        "intro": [
            (
                "Een kapotte wasmachine, een hoge eindafrekening, een maand waarin het geld te "
                "laat binnenkomt: voor wie krap zit, kan één tegenvaller het begin zijn van een "
                "reeks schulden. Een noodfonds springt dan snel bij, met een gift of een renteloze "
                "lening, zonder wekenlange aanvraagprocedure. Het geld komt van kerken, fondsen, "
                "bedrijven en de gemeente."
            ),
            (
                "In Den Haag laat Amargi zien wat er gebeurt als mensen elkaar uit de geldzorgen "
                "helpen: vroeg ingrijpen, voordat het misgaat, door mensen die weten hoe zoiets "
                "voelt. Een goed noodfonds werkt in dezelfde geest. Het lost het acute probleem op "
                "en kijkt samen met de aanvrager naar wat erachter zit, zodat het niet volgende "
                "maand opnieuw gebeurt."
            ),
        ],
        "guide": [
            (
                "Een noodfonds heeft drie dingen nodig: geld, een snelle en eerlijke manier van "
                "beslissen, en mensen die dicht bij de aanvragers staan. Werk daarom samen met "
                "wijkteams, kerken, voedselbanken en groepen van ervaringsdeskundigen. Zij kunnen "
                "aanvragen doen of begeleiden, zodat niemand in zijn eentje een formulier hoeft in "
                "te vullen."
            ),
            (
                "Maak een paar duidelijke regels: welke kosten vergoed je, tot welk bedrag en hoe "
                "snel beslis je? Betaal waar het kan rechtstreeks aan de winkel of de verhuurder. "
                "Zorg dat er na elke aanvraag een gesprek is over de vraag achter de vraag, en "
                "spreek met de gemeente af dat het fonds geen vervanging wordt van de bijzondere "
                "bijstand."
            ),
        ],
        "facts": [
            ("Binnen een week", "een besluit over een aanvraag, bij spoed sneller"),
            ("Gift of lening", "afhankelijk van de situatie, en een lening is altijd renteloos"),
            ("Een vast maximum", "per aanvraag, zodat het geld eerlijk verdeeld wordt"),
        ],
        "photos": [
            (
                "Noodfonds: de aanvraag bespreken",
                "Een vrijwilliger en een vrouw zitten samen aan tafel en vullen een formulier in.",
                "Niemand hoeft een aanvraag alleen in te vullen.",
            ),
            (
                "Noodfonds: de commissie",
                "Vier mensen van verschillende leeftijden overleggen rond een tafel met mappen.",
                "De commissie beslist snel, met ervaringsdeskundigen aan tafel.",
            ),
            (
                "Noodfonds: een nieuwe wasmachine",
                "Een man draagt samen met een buurman een nieuwe wasmachine een portiek in.",
                "Het geld gaat rechtstreeks naar de winkel.",
            ),
        ],
        "points": [
            {
                "title": "Ervaringsdeskundigen aan tafel",
                "text": (
                    "Laat mensen die zelf geldzorgen hebben gehad meebeslissen over aanvragen. Zij "
                    "zien sneller wat er speelt en zorgen ervoor dat aanvragers zich niet "
                    "beoordeeld voelen."
                ),
                "kind": "tip",
            },
            {
                "title": "Het fonds vult de gaten van de gemeente",
                "text": (
                    "Als het noodfonds steeds kosten betaalt die onder de bijzondere bijstand "
                    "vallen, is het geld snel op en verandert er niets. Verwijs eerst naar "
                    "regelingen waar mensen recht op hebben en bespreek terugkerende gaten met de "
                    "gemeente."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Privacy van aanvragers",
                "text": (
                    "Aanvragen bevatten gevoelige gegevens over inkomen, schulden en gezin. Vraag "
                    "alleen wat nodig is, bewaar het veilig en niet langer dan nodig, en bespreek "
                    "aanvragen in de commissie zonder volledige namen."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Gift of lening",
                "text": (
                    "Een renteloze lening past bij iemand die binnenkort weer wat ruimte heeft, "
                    "maar voor wie al schulden heeft, is een gift vaak beter. Maak die afweging "
                    "per aanvraag en leg uit waarom."
                ),
                "kind": "",
            },
            {
                "title": "Giften en de bijstand",
                "text": (
                    "Vraag de gemeente hoe giften uit het fonds worden behandeld bij de bijstand. "
                    "Zo voorkom je dat een aanvrager later alsnog wordt gekort."
                ),
                "kind": "",
            },
            {
                "title": "Meerdere geldbronnen",
                "text": (
                    "Zorg dat het fonds niet afhangt van één gever. Kerken, lokale fondsen, "
                    "serviceclubs, bedrijven en de gemeente kunnen elk een deel dragen."
                ),
                "kind": "tip",
            },
        ],
        "steps": [
            {
                "title": "Breng partners bij elkaar",
                "description": (
                    "Nodig kerken, wijkteams, de voedselbank, de schuldhulpverlening en een groep "
                    "ervaringsdeskundigen uit. Bespreek welke acute nood zij zien en waar mensen "
                    "nu tussen wal en schip vallen."
                ),
                "phase": "Verkennen",
                "duration": "2 maanden",
                "who": "Initiatiefnemers, maatschappelijke organisaties, ervaringsdeskundigen",
                "needs": "Een overzicht van de bestaande regelingen",
            },
            {
                "title": "Zorg voor startkapitaal",
                "description": (
                    "Vraag bijdragen aan kerken, lokale fondsen, bedrijven en de gemeente. Leg "
                    "vast dat het geld bedoeld is voor acute nood en snelle hulp."
                ),
                "phase": "Voorbereiding",
                "duration": "3 maanden",
                "who": "Kerngroep, fondsen, gemeente",
                "needs": "Een korte begroting en een bankrekening",
            },
            {
                "title": "Stel regels en een werkwijze op",
                "description": (
                    "Bepaal welke kosten je vergoedt, tot welk bedrag, wie aanvragen mag doen en "
                    "hoe snel je beslist. Maak een kort aanvraagformulier in eenvoudige taal en "
                    "een privacyreglement."
                ),
                "phase": "Voorbereiding",
                "duration": "1 maand",
                "who": "Kerngroep, iemand met kennis van regelingen",
                "needs": "Een aanvraagformulier, een privacyreglement",
            },
            {
                "title": "Vorm een commissie die beslist",
                "description": (
                    "Stel een kleine commissie samen met ten minste één ervaringsdeskundige. "
                    "Spreek af hoe de commissie snel kan beslissen, bijvoorbeeld telefonisch."
                ),
                "phase": "Voorbereiding",
                "duration": "",
                "who": "Vrijwilligers en ervaringsdeskundigen",
                "needs": "",
            },
            {
                "title": "Start en betaal rechtstreeks",
                "description": (
                    "Open het fonds voor aanvragen via de partners. Betaal waar mogelijk direct "
                    "aan de winkel, de verhuurder of de energieleverancier, en plan na elke "
                    "aanvraag een vervolggesprek."
                ),
                "phase": "Start",
                "duration": "Doorlopend",
                "who": "Commissie en partners",
                "needs": "",
            },
            {
                "title": "Evalueer na drie maanden",
                "description": (
                    "Bekijk wat voor aanvragen er binnenkomen en hoe het de aanvragers daarna "
                    "verging. Bespreek terugkerende knelpunten met de gemeente, zodat ook de "
                    "oorzaak wordt aangepakt."
                ),
                "phase": "Evaluatie",
                "duration": "1 bijeenkomst",
                "who": "Commissie, partners, gemeente",
                "needs": "Een eenvoudig overzicht van de aanvragen, zonder namen",
            },
        ],
        "testimony": {
            "text": (
                "Ik had drie weken geen koelkast en durfde het niemand te vertellen. Binnen een "
                "paar dagen stond er een nieuwe, en daarna hebben we samen mijn post op orde "
                "gebracht."
            ),
            "name": "Ellen",
            "role": "kreeg hulp van een noodfonds en zit nu zelf in de commissie",
        },
        "marks": {
            "own_direction": (
                "partly",
                (
                    "Ervaringsdeskundigen beslissen mee, maar het fonds wordt meestal beheerd door "
                    "een bestuur van partners."
                ),
            ),
            "own_strength": (
                "partly",
                (
                    "De hulp is vooral geld, maar het vervolggesprek gaat uit van wat de aanvrager "
                    "zelf kan."
                ),
            ),
            "poverty": (
                "yes",
                (
                    "Acute nood wordt snel opgelost, zodat kleine problemen niet uitgroeien tot "
                    "schulden."
                ),
            ),
            "participation": (
                "partly",
                (
                    "Aanvragers kunnen later zelf meedoen in de commissie, maar dat is niet voor "
                    "iedereen weggelegd."
                ),
            ),
            "integral": ("yes", "Na elke aanvraag wordt gekeken naar de vraag achter de vraag."),
            "cooperation": (
                "yes",
                "Kerken, fondsen, wijkteams en de gemeente werken samen in één fonds.",
            ),
            "lasting": (
                "partly",
                "Het fonds moet elk jaar opnieuw geld werven en blijft afhankelijk van gevers.",
            ),
        },
        "contact": {
            "name": "Karin",
            "organisation": "Amargi",
            "email": "info@amargi.example",
            "phone": "070 000 00 00",
        },
        "english": None,
    },
    {
        "slug": "maatjes-naar-werk",
        "title": "Maatjes naar werk",
        "summary": (
            "Een vrijwillig maatje trekt een tijd op met iemand die werk zoekt. Via een netwerk "
            "van maatjes, het Gidsnetwerk, vinden mensen de weg naar een baan, een opleiding of "
            "vrijwilligerswerk."
        ),
        "plain_summary": (
            "Zoek je werk en weet je niet goed hoe? Dan kan een maatje je helpen. Een maatje is "
            "een vrijwilliger die met je meedenkt. Samen zoeken jullie naar werk dat bij je past. "
            "Je maatje helpt je ook met solliciteren."
        ),
        "themes": ["werk", "meedoen"],
        "target_groups": ["mensen-met-een-uitkering", "jongeren", "nieuwkomers"],
        "last_reviewed": "2025-06-17",
        "place": "Verschillende plaatsen",
        "intro": [
            (
                "Wie lang zonder werk zit, verliest vaak meer dan een inkomen: contacten, ritme en "
                "het gevoel dat iemand op je rekent. Een maatje, een vrijwilliger die een tijd met "
                "je optrekt, kan daar iets aan doen. Samen kijk je wat je kunt en wilt, oefen je "
                "een gesprek en bel je het bedrijf waar je zelf niet durfde aan te kloppen."
            ),
            (
                "Maatjes naar werk draait om een netwerk. In het Gidsnetwerk zijn maatjes met "
                "elkaar verbonden die zelf werken of gewerkt hebben, soms ook mensen die zelf lang "
                "werk zochten, en die hun eigen contacten inzetten. Het maatje is geen consulent "
                "en controleert niets. Juist dat maakt het gelijkwaardig: de werkzoekende bepaalt "
                "het doel, het maatje denkt mee en opent deuren."
            ),
        ],
        "guide": [
            (
                "Begin met een kleine groep maatjes en een coördinator die koppelt en begeleidt. "
                "Werf maatjes met een eigen netwerk en levenservaring, en het liefst ook mensen "
                "die zelf weten hoe het is om met weinig geld werk te zoeken. Geef ze een korte "
                "training: luisteren, niet overnemen, weten waar de grenzen liggen en waar je naar "
                "kunt doorverwijzen."
            ),
            (
                "Laat deelnemers zich zelf aanmelden, niet omdat de gemeente het verplicht: "
                "vrijwilligheid is de basis van het vertrouwen. Koppel voor een vaste periode, "
                "bijvoorbeeld zes maanden, met een gesprek aan het begin en aan het eind. Werk "
                "samen met de gemeente en het UWV, maar houd duidelijk dat het maatje aan de kant "
                "van de deelnemer staat."
            ),
        ],
        "facts": [
            ("6 maanden", "is een goede duur voor een eerste koppeling"),
            ("1 op 1", "één maatje voor één werkzoekende"),
            ("1 coördinator", "die koppelt, begeleidt en het netwerk bij elkaar houdt"),
        ],
        "photos": [
            (
                "Maatjes naar werk: de eerste kennismaking",
                (
                    "Een oudere man en een jonge vrouw praten met een kop koffie aan een tafel in "
                    "een bibliotheek."
                ),
                "In het eerste gesprek bepaalt de deelnemer het doel.",
            ),
            (
                "Maatjes naar werk: een gesprek oefenen",
                (
                    "Twee mensen zitten tegenover elkaar aan tafel; de een stelt vragen en maakt "
                    "aantekeningen."
                ),
                "Wie een sollicitatiegesprek oefent, is minder zenuwachtig bij het echte.",
            ),
            (
                "Maatjes naar werk: op bezoek bij een bedrijf",
                "Een maatje en een werkzoekende lopen samen met een medewerker door een magazijn.",
                "Via het netwerk van het maatje gaat een deur open.",
            ),
        ],
        "points": [
            {
                "title": "De werkzoekende bepaalt het doel",
                "text": (
                    "Een maatje met goede bedoelingen wil soms te snel naar een baan. Laat de "
                    "deelnemer zelf aangeven wat hij wil, ook als dat eerst vrijwilligerswerk of "
                    "een opleiding is."
                ),
                "kind": "tip",
            },
            {
                "title": "Het maatje wordt een verlengstuk van de gemeente",
                "text": (
                    "Als een maatje informatie doorgeeft aan de consulent, is het vertrouwen weg. "
                    "Spreek af dat het maatje niets deelt zonder toestemming van de deelnemer, en "
                    "leg dat ook uit aan de gemeente."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Maatjes die te veel op zich nemen",
                "text": (
                    "Maatjes stuiten soms op grote problemen, zoals schulden, huisvesting of een "
                    "slechte gezondheid. Zorg dat ze weten waar ze naartoe kunnen verwijzen en dat "
                    "de coördinator regelmatig contact met hen heeft."
                ),
                "kind": "pitfall",
            },
            {
                "title": "Werk, uitkering en toeslagen",
                "text": (
                    "Een eerste baan of een proefplaatsing kan gevolgen hebben voor de uitkering "
                    "en de toeslagen. Help deelnemers om vooraf uit te zoeken wat ze overhouden en "
                    "wat ze moeten melden."
                ),
                "kind": "",
            },
            {
                "title": "Gebruik het netwerk",
                "text": (
                    "De grootste waarde van een maatje is vaak een contact: een werkgever, een "
                    "buurman met een bedrijf, een oud-collega. Organiseer af en toe een "
                    "bijeenkomst waar maatjes hun netwerken met elkaar delen."
                ),
                "kind": "tip",
            },
        ],
        "steps": [
            {
                "title": "Zoek een coördinator en partners",
                "description": (
                    "Vind een organisatie die de coördinatie op zich neemt, zoals een "
                    "welzijnsorganisatie of vrijwilligerscentrale. Bespreek met de gemeente en het "
                    "UWV hoe werkzoekenden het maatjesproject kunnen vinden."
                ),
                "phase": "Voorbereiding",
                "duration": "2 maanden",
                "who": "Initiatiefnemers, welzijnsorganisatie, gemeente",
                "needs": "Betaalde uren voor een coördinator",
            },
            {
                "title": "Werf en train maatjes",
                "description": (
                    "Werf maatjes via bedrijven, kerken, serviceclubs en groepen van "
                    "ervaringsdeskundigen. Geef een korte training over luisteren, grenzen en "
                    "doorverwijzen."
                ),
                "phase": "Voorbereiding",
                "duration": "2 maanden",
                "who": "Coördinator en ervaren maatjes",
                "needs": "Trainingsmateriaal, een ruimte",
            },
            {
                "title": "Werf deelnemers",
                "description": (
                    "Maak het maatjesproject bekend via buurthuizen, de bibliotheek, voedselbanken "
                    "en wijkteams. Laat mensen zich zelf aanmelden."
                ),
                "phase": "Start",
                "duration": "Doorlopend",
                "who": "Coördinator en partners",
                "needs": "Een folder in eenvoudige taal",
            },
            {
                "title": "Koppel en begin",
                "description": (
                    "De coördinator voert met elke deelnemer een kennismakingsgesprek en zoekt een "
                    "passend maatje. In hun eerste gesprek maken deelnemer en maatje samen "
                    "afspraken over het doel en hoe vaak ze elkaar zien."
                ),
                "phase": "Uitvoering",
                "duration": "6 maanden per koppeling",
                "who": "Deelnemer, maatje, coördinator",
                "needs": "",
            },
            {
                "title": "Begeleid de maatjes",
                "description": (
                    "Organiseer elke zes tot acht weken een bijeenkomst waar maatjes ervaringen "
                    "uitwisselen. De coördinator belt tussendoor met ieder maatje."
                ),
                "phase": "Uitvoering",
                "duration": "Doorlopend",
                "who": "Coördinator en maatjes",
                "needs": "Een ruimte, koffie",
            },
            {
                "title": "Rond af en evalueer",
                "description": (
                    "Sluit elke koppeling af met een gesprek over wat het heeft opgeleverd. Kijk "
                    "na het eerste halfjaar samen met de partners wat werkt en wat beter kan."
                ),
                "phase": "Evaluatie",
                "duration": "",
                "who": "Deelnemers, maatjes, coördinator",
                "needs": "",
            },
        ],
        "testimony": {
            "text": (
                "Mijn maatje heeft nooit gezegd wat ik moest doen. Ze vroeg wat ik wilde en belde "
                "toen iemand die ze kende bij een drukkerij. Daar werk ik nu drie dagen per week."
            ),
            "name": "Mehmet",
            "role": "deelnemer, nu zelf maatje",
        },
        "marks": {
            "own_direction": (
                "yes",
                "De deelnemer bepaalt het doel en het tempo; het maatje denkt mee.",
            ),
            "own_strength": ("yes", "Het maatje gaat uit van wat de deelnemer kan en wil."),
            "poverty": (
                "partly",
                (
                    "Werk kan een weg uit armoede zijn, maar niet elke koppeling leidt tot een "
                    "betaalde baan."
                ),
            ),
            "participation": (
                "yes",
                (
                    "Deelnemers vinden werk, een opleiding of vrijwilligerswerk en bouwen een "
                    "netwerk op."
                ),
            ),
            "integral": (
                "yes",
                "Maatjes zien ook andere zorgen en helpen deelnemers de weg te vinden naar hulp.",
            ),
            "cooperation": (
                "yes",
                (
                    "Er wordt samengewerkt met welzijnsorganisaties, de gemeente, het UWV en "
                    "werkgevers."
                ),
            ),
            "lasting": (
                "partly",
                (
                    "Het draait op vrijwilligers en een betaalde coördinator, en is dus "
                    "afhankelijk van financiering."
                ),
            ),
        },
        "contact": {
            "name": "Bram",
            "organisation": "Gidsnetwerk",
            "email": "info@gidsnetwerk.example",
            "phone": "030 000 00 00",
        },
        "english": None,
    },
]
