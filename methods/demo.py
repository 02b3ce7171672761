"""Demo content of the methods app: themes, target groups, the method index and ten methods
(two of them also in English). The texts live in demo_data.py."""

from datetime import date

from wagtail.models import Locale, Site

from home.demo import (
    Texts,
    get_or_create_child_page,
    get_or_create_pdf_document,
    get_or_create_placeholder_image,
    place_after,
    translate,
)
from home.models import HomePage, StandardPage, TargetGroup, Theme

from .demo_data import METHODS, TARGET_GROUPS, THEMES
from .models import MethodIndexPage, MethodPage

BLOCK_HEADINGS = [
    ("Aandachtspunten", "Points of attention"),
    ("Plan van aanpak", "Step-by-step plan"),
    ("Korte handreiking", "Short guide"),
    ("Feiten en cijfers", "Facts and figures"),
    ("Zo ziet het eruit", "What it looks like"),
    ("Wilt u hiermee beginnen in uw buurt?", "Would you like to start this in your neighbourhood?"),
    (
        "Wij brengen u in contact met een groep die het al doet en denken mee over de eerste "
        "stappen.",
        "We put you in touch with a group that already does it and think along about the first "
        "steps.",
    ),
    ("Neem contact op", "Get in touch"),
]


def load(stdout=None):
    texts = Texts()
    for dutch, english in BLOCK_HEADINGS:
        texts(dutch, english)
    dutch_locale = Locale.objects.get(language_code="nl")
    themes = _terms(Theme, THEMES, dutch_locale)
    groups = _terms(TargetGroup, TARGET_GROUPS, dutch_locale)

    home = HomePage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)
    contact = StandardPage.objects.filter(slug="contact", locale=dutch_locale).first()
    index, _ = get_or_create_child_page(
        home,
        MethodIndexPage,
        slug=texts("methodieken", "methods"),
        title=texts("Methodieken", "Methods"),
        show_in_menus=True,
        summary=texts(
            "Tien beproefde manieren om armoede van onderop aan te pakken, met een plan van "
            "aanpak om zelf te beginnen.",
            "Ten proven ways to tackle poverty from the bottom up, with a step-by-step plan to "
            "start yourself.",
        ),
        introduction=texts(
            "Elke methodiek is ergens in Nederland bedacht door mensen die zelf weten wat "
            "rondkomen met weinig geld betekent. Kies een thema of doelgroep en lees hoe u het "
            "in uw eigen buurt begint.",
            "Each method was devised somewhere in the Netherlands by people who know what "
            "getting by on little money means. Choose a theme or target group and read how to "
            "start it in your own neighbourhood.",
        ),
    )
    place_after(index)  # Methods first in the menu

    english_pages = []
    for spec in METHODS:
        page = _method(index, spec, texts, themes, groups, contact)
        if spec.get("english"):
            _pair(texts, spec, spec["english"])
            english_pages.append(page)

    place_after(translate(index, "en", texts.english))
    for page in english_pages:
        translate(page, "en", texts.english)
    if stdout:
        stdout.write(f"Methods: {len(METHODS)} method descriptions, themes and target groups.")


def _terms(model, rows, dutch_locale):
    """Create the Dutch terms and their English translations; {Dutch slug: Dutch term}."""
    terms = {}
    for slug_nl, name_nl, slug_en, name_en in rows:
        term = model.objects.filter(locale=dutch_locale, slug=slug_nl).first()
        if term is None:
            term = model.objects.create(locale=dutch_locale, slug=slug_nl, name=name_nl)
        translate(term, "en", {name_nl: name_en, slug_nl: slug_en})
        terms[slug_nl] = term
    return terms


def _pair(texts, dutch, english):
    """Record the English text of every Dutch string, walking both structures in step."""
    if isinstance(english, str):
        if dutch:
            texts(dutch, english)
    elif isinstance(english, list | tuple):
        for nl, en in zip(dutch, english, strict=True):
            _pair(texts, nl, en)
    elif isinstance(english, dict):
        for key, en in english.items():
            if key in dutch:
                _pair(texts, dutch[key], en)


def _method(index, spec, texts, themes, groups, contact):
    existing = index.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific

    photos = [
        get_or_create_placeholder_image(title, description=alt)
        for title, alt, _caption in spec["photos"]
    ]
    # Names and organisations read the same in every language.
    for value in (
        spec["testimony"]["name"],
        spec["contact"]["name"],
        spec["contact"]["organisation"],
    ):
        texts(value, value)

    body = [
        ("paragraph", "".join(f"<p>{paragraph}</p>" for paragraph in spec["intro"])),
        (
            "guide",
            {
                "title": "Korte handreiking",
                "text": "".join(f"<p>{paragraph}</p>" for paragraph in spec["guide"]),
            },
        ),
        (
            "photo_gallery",
            {
                "heading": "Zo ziet het eruit",
                "photos": [
                    {"image": image, "alt_text": alt, "caption": caption, "credit": ""}
                    for image, (_title, alt, caption) in zip(photos, spec["photos"], strict=True)
                ],
            },
        ),
        (
            "facts",
            {
                "heading": "Feiten en cijfers",
                "facts": [{"value": value, "label": label} for value, label in spec["facts"]],
            },
        ),
        ("points_of_attention", {"heading": "Aandachtspunten", "points": spec["points"]}),
        (
            "step_plan",
            {
                "heading": "Plan van aanpak",
                "introduction": "",
                "steps": [
                    {**step, "description": f"<p>{step['description']}</p>"}
                    for step in spec["steps"]
                ],
            },
        ),
        (
            "testimony",
            {
                "text": spec["testimony"]["text"],
                "attribution": spec["testimony"]["name"],
                "role": spec["testimony"]["role"],
            },
        ),
    ]
    if contact is not None:
        body.append(
            (
                "call_to_action",
                {
                    "title": "Wilt u hiermee beginnen in uw buurt?",
                    "text": "Wij brengen u in contact met een groep die het al doet en denken "
                    "mee over de eerste stappen.",
                    "page": contact,
                    "external_url": "",
                    "link_text": "Neem contact op",
                },
            )
        )
    plan = get_or_create_pdf_document(
        f"Stappenplan {spec['title'].lower()}",
        f"stappenplan-{spec['slug']}.pdf",
        [spec["summary"]]
        + [
            f"{n}. {step['title']}: {step['description']}"
            for n, step in enumerate(spec["steps"], 1)
        ]
        + ["Aandachtspunten:"]
        + [f"- {point['title']}: {point['text']}" for point in spec["points"]],
    )
    downloads = [
        (
            "document",
            {
                "document": plan,
                "title": "",
                "description": "Het plan van aanpak en de aandachtspunten op papier.",
            },
        )
    ]
    texts(
        "Het plan van aanpak en de aandachtspunten op papier.",
        "The step-by-step plan and the points of attention on paper.",
    )
    marks = {}
    for key, (rating, explanation) in spec["marks"].items():
        marks[f"mark_{key}"] = rating
        marks[f"mark_{key}_explanation"] = explanation

    page, _ = get_or_create_child_page(
        index,
        MethodPage,
        slug=spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        plain_summary=spec["plain_summary"],
        hero_image=photos[0],
        hero_image_alt=spec["photos"][0][1],
        last_reviewed=date.fromisoformat(spec["last_reviewed"]),
        contact_name=spec["contact"]["name"],
        contact_organisation=spec["contact"]["organisation"],
        contact_email=spec["contact"]["email"],
        contact_phone=spec["contact"]["phone"],
        body=body,
        downloads=downloads,
        themes=[themes[slug] for slug in spec["themes"]],
        target_groups=[groups[slug] for slug in spec["target_groups"]],
        **marks,
    )
    return page
