"""Demo content of the initiatives app: the initiatives index, initiatives in their real places
with partners and financing, and three projectenbanden. The texts live in demo_data.py."""

from datetime import date
from decimal import Decimal

from wagtail.models import Locale, Site

from home.demo import (
    Texts,
    get_or_create_child_page,
    get_or_create_placeholder_image,
    place_after,
    translate,
)
from home.models import HomePage, Theme
from methods.models import MethodPage

from .demo_data import BANDS, ENGLISH, INITIATIVES
from .models import (
    InitiativeFunding,
    InitiativeIndexPage,
    InitiativePage,
    InitiativePartner,
    ProjectBand,
    ProjectBandMember,
)


def load(stdout=None):
    texts = Texts()
    dutch = Locale.objects.get(language_code="nl")
    home = HomePage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)
    index, _ = get_or_create_child_page(
        home,
        InitiativeIndexPage,
        slug=texts("initiatieven", "initiatives"),
        title=texts("Initiatieven", "Initiatives"),
        show_in_menus=True,
        summary=texts(
            "Initiatieven van onderop in heel Nederland: waar ze zijn, wat ze doen en met wie.",
            "Bottom-up initiatives across the Netherlands: where they are, what they do and "
            "with whom.",
        ),
        introduction=texts(
            "Overal in het land zetten mensen met een laag inkomen zelf iets op. Zoek op "
            "provincie, gemeente, methodiek of thema, en zie hoe ze het betalen.",
            "All over the country, people on low incomes set things up themselves. Search by "
            "province, municipality, method or theme, and see how they pay for it.",
        ),
    )
    methods = {m.slug: m for m in MethodPage.objects.filter(locale=dutch)}
    themes = {t.slug: t for t in Theme.objects.filter(locale=dutch)}
    pages = {spec["slug"]: _initiative(index, spec, methods, themes) for spec in INITIATIVES}
    for spec in BANDS:
        _band(spec, pages, methods, themes, dutch)
    _link_from_municipalities_page(home, index, texts)
    place_after(index, "methodieken")  # right after Methods in the menu
    place_after(translate(index, "en", texts.english), "methods")
    for slug, english in ENGLISH.items():
        translate(pages[slug], "en", english)
    if stdout:
        stdout.write(f"Initiatives: {len(INITIATIVES)} initiatives and {len(BANDS)} bands.")


def _link_from_municipalities_page(home, index, texts):
    """The "Voor gemeenten" page points to what happens in each municipality."""
    page = home.get_children().filter(slug="voor-gemeenten").first()
    if page is None:
        return
    page = page.specific
    if any(block.block_type == "call_to_action" for block in page.body):
        return
    page.body.append(
        (
            "call_to_action",
            {
                "title": "Wat gebeurt er in uw gemeente?",
                "text": "Bekijk welke initiatieven van onderop er in uw gemeente en provincie al "
                "actief zijn, welke methodiek ze toepassen en hoe ze worden betaald.",
                "page": index,
                "external_url": "",
                "link_text": "Naar de initiatieven",
            },
        )
    )
    page.save_revision().publish()


def _initiative(index, spec, methods, themes):
    existing = index.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific
    photo = get_or_create_placeholder_image(
        f"{spec['title']}: een dag in {spec['place']}",
        description=f"Deelnemers van {spec['title']} in {spec['place']}.",
    )
    page, _ = get_or_create_child_page(
        index,
        InitiativePage,
        slug=spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        place=spec["place"],
        province=spec["province"],
        latitude=Decimal(str(spec["latitude"])),
        longitude=Decimal(str(spec["longitude"])),
        status=spec["status"],
        year_started=spec["year_started"],
        new_place=spec["new_place"],
        website=spec["website"],
        contact_email=spec["contact_email"],
        hero_image=photo,
        hero_image_alt=f"Deelnemers van {spec['title']} in {spec['place']}.",
        body=[("paragraph", "".join(f"<p>{p}</p>" for p in spec["intro"]))],
        methods=[methods[slug] for slug in spec["methods"] if slug in methods],
        themes=[themes[slug] for slug in spec["themes"] if slug in themes],
        partners=[InitiativePartner(name=name, type=kind) for name, kind in spec["partners"]],
        funding=[
            InitiativeFunding(
                funder=item["funder"],
                kind=item["kind"],
                form=item["form"],
                description=item["description"],
            )
            for item in spec["financing"]
        ],
    )
    return page


def _band(spec, pages, methods, themes, dutch):
    if ProjectBand.objects.filter(locale=dutch, slug=spec["slug"]).exists():
        return
    band = ProjectBand(
        locale=dutch,
        slug=spec["slug"],
        name=spec["name"],
        description=spec["description"],
        since=date.fromisoformat(spec["since"]),
        method=methods.get(spec["method"]),
        theme=themes.get(spec["theme"]),
        members=[ProjectBandMember(initiative=pages[slug]) for slug in spec["initiatives"]],
    )
    band.save()
