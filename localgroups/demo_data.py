"""Demo experiences of local groups (Dutch, with English where translated). Facts from the
network's initiatives; the texts are written for the demo."""

EXPERIENCES = [
    {
        "method": "weggeefwinkel",
        "initiative": "weggeefwinkel-amersfoort",
        "slug": "stagiairs-draaien-mee-in-de-weggeefwinkel",
        "title": ("Stagiairs draaien mee in de weggeefwinkel", "Interns join the give-away shop"),
        "summary": (
            "Met stagiairs van het mbo houden we de winkel vijf dagen per week open, zonder "
            "betaalde krachten.",
            "With interns from vocational school we keep the shop open five days a week, "
            "without paid staff.",
        ),
        "date": (2024, 3, 14),
        "what_we_did": (
            "We spraken af met een mbo-opleiding dat studenten hun stage bij ons lopen. Zij "
            "sorteren, staan achter de toonbank en helpen bezoekers die voor het eerst komen.",
            "We agreed with a vocational school that students do their internship with us. They "
            "sort goods, staff the counter and help first-time visitors.",
        ),
        "what_worked": (
            "Een vaste vrijwilliger als maatje voor elke stagiair. Zo leren ze snel hoe we "
            "werken en blijven de vaste bezoekers een bekend gezicht zien.",
            "A regular volunteer as a buddy for each intern. They learn our ways quickly and "
            "regular visitors keep seeing a familiar face.",
        ),
        "attention": (
            "In de schoolvakanties zijn er geen stagiairs. Plan die weken ruim van tevoren met "
            "de vrijwilligers.",
            "There are no interns during school holidays. Plan those weeks well ahead with the "
            "volunteers.",
        ),
        "contact": "Weggeefwinkel Amersfoort",
        "live": True,
    },
    {
        "method": "buurtmoeders",
        "initiative": "buurtmoeders-catering-amsterdam",
        "slug": "onze-eerste-grote-cateringopdracht",
        "title": ("Onze eerste grote cateringopdracht", "Our first large catering order"),
        "summary": (
            "Een lunch voor tweehonderd gasten van het stadsdeel: hoe we dat als coöperatie "
            "van buurtmoeders voor elkaar kregen.",
            "Lunch for two hundred guests of the district: how our cooperative of "
            "neighbourhood mothers pulled it off.",
        ),
        "date": (2023, 10, 5),
        "what_we_did": (
            "Het stadsdeel vroeg ons voor de lunch van een bewonersavond. We verdeelden het "
            "werk: vier moeders kookten, twee deden de inkoop en één hield de planning bij.",
            "The district asked us to cater a residents' evening. We shared the work: four "
            "mothers cooked, two did the shopping and one kept the schedule.",
        ),
        "what_worked": (
            "Vooraf een proeflunch voor de opdrachtgever. Daarna was er vertrouwen en kwamen "
            "er nieuwe opdrachten.",
            "A tasting lunch for the client beforehand. It built trust and new orders followed.",
        ),
        "attention": (
            "Reken de uren van iedereen mee in de prijs, ook van de planning. De eerste keer "
            "vroegen we te weinig.",
            "Count everyone's hours in the price, including the planning. The first time we "
            "charged too little.",
        ),
        "contact": "Buurtmoeders Catering",
        "live": True,
    },
    {
        "method": "sociale-cooperatie",
        "initiative": "de-vrije-uitloop-breda",
        "slug": "iedereen-een-stem-in-de-ledenvergadering",
        "title": (
            "Iedereen een stem in de ledenvergadering",
            "Everyone has a vote in the members' meeting",
        ),
        "summary": (
            "Hoe we besluiten nemen zonder baas: een ledenvergadering die iedereen volgt.",
            "How we decide without a boss: a members' meeting everyone can follow.",
        ),
        "date": (2024, 6, 20),
        "what_we_did": (
            "We houden elke maand een korte ledenvergadering. Elk lid heeft één stem, en we "
            "schrijven de besluiten op in gewone taal.",
            "We hold a short members' meeting every month. Each member has one vote, and we "
            "write the decisions down in plain language.",
        ),
        "what_worked": (
            "Een vaste volgorde en niet meer dan drie besluiten per keer.",
            "A fixed order and no more than three decisions at a time.",
        ),
        "attention": (
            "Nieuwe leden vinden het spannend om iets te zeggen. Een maatje helpt.",
            "New members find it daunting to speak up. A buddy helps.",
        ),
        "contact": "Coöperatie De Vrije Uitloop",
        # Written by the local group and waiting for the editors: shows the moderation queue.
        "live": False,
    },
]
