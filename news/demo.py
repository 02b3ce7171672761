"""Demo content of the news app: the news index and agenda, news items and meetings (a few of
them also in English). The texts live in demo_data.py.

Upcoming meetings are dated relative to the day of the first load; like everything else they
are only created when missing, so loading again changes nothing.
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from wagtail.models import Locale, Site

from home.demo import (
    Texts,
    get_or_create_child_page,
    get_or_create_placeholder_image,
    place_after,
    translate,
)
from home.models import HomePage, Theme
from initiatives.models import InitiativePage
from methods.models import MethodPage

from .demo_data import (
    DEMO_FIRST_NAMES,
    DEMO_LAST_NAMES,
    DEMO_ORGANISATIONS,
    EVENTS,
    NEWS,
)
from .models import (
    EVENT_TIMEZONE,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    Registration,
)


def load(stdout=None):
    texts = Texts()
    dutch = Locale.objects.get(language_code="nl")
    home = HomePage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)
    news_index, _ = get_or_create_child_page(
        home,
        NewsIndexPage,
        slug=texts("nieuws", "news"),
        title=texts("Nieuws", "News"),
        show_in_menus=True,
        summary=texts(
            "Nieuws over initiatieven van onderop, methodieken en de Sociale Alliantie.",
            "News about bottom-up initiatives, methods and the Sociale Alliantie.",
        ),
        introduction=texts(
            "Wat er gebeurt in het netwerk: nieuwe plekken, nieuwe werkboeken en verslagen van "
            "bijeenkomsten. Kies een thema om alleen dat nieuws te zien.",
            "What is happening in the network: new places, new workbooks and reports of "
            "meetings. Choose a theme to see only that news.",
        ),
    )
    agenda, _ = get_or_create_child_page(
        home,
        EventIndexPage,
        slug=texts("agenda", "events"),
        title=texts("Agenda", "Events"),
        show_in_menus=True,
        summary=texts(
            "Scholingsbijeenkomsten, regiobijeenkomsten, Alliantiedagen, projectbezoeken en "
            "online talks.",
            "Training meetings, regional meetings, Alliantiedagen, project visits and online "
            "talks.",
        ),
        introduction=texts(
            "Ontmoet andere groepen, gemeenten en organisaties. Zet een bijeenkomst met één "
            "klik in je eigen agenda.",
            "Meet other groups, municipalities and organisations. Add a meeting to your own "
            "calendar with one click.",
        ),
    )
    place_after(news_index, "initiatieven")
    agenda.refresh_from_db()  # moving the news index shifted its siblings' tree paths
    place_after(agenda, "nieuws")

    themes = {t.slug: t for t in Theme.objects.filter(locale=dutch)}
    methods = {m.slug: m for m in MethodPage.objects.filter(locale=dutch)}
    initiatives = {i.slug: i for i in InitiativePage.objects.filter(locale=dutch)}
    to_translate = []
    for spec in NEWS:
        page = _news_item(news_index, spec, texts, themes, methods, initiatives)
        if spec.get("english"):
            to_translate.append(page)
    events_to_translate = []
    for spec in EVENTS:
        page = _event(agenda, spec, texts)
        if spec.get("registration_form"):
            _registrations(page, spec["registration_form"])
        if spec.get("english"):
            events_to_translate.append(page)

    place_after(translate(news_index, "en", texts.english), "initiatives")
    place_after(translate(agenda, "en", texts.english), "news")
    for page in to_translate + events_to_translate:
        translate(page, "en", texts.english)
    if stdout:
        stdout.write(f"News: {len(NEWS)} news items and {len(EVENTS)} meetings.")


def _pair(texts, dutch, english):
    """Record the English of the texts a demo item has in both languages."""
    for key in ("slug", "title", "introduction", "registration"):
        if key in english:
            texts(dutch[key], english[key])
    for key in ("body", "programme"):
        for nl, en in zip(dutch.get(key, []), english.get(key, []), strict=True):
            texts(nl, en)


def _photo_alt(texts):
    return texts(
        "Mensen uit de buurt staan samen buiten en praten met elkaar.",
        "People from the neighbourhood stand together outdoors, talking.",
    )


def _news_item(index, spec, texts, themes, methods, initiatives):
    if spec.get("english"):
        _pair(texts, spec, spec["english"])
    alt = _photo_alt(texts)
    existing = index.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific
    photo = get_or_create_placeholder_image(spec["title"], description=alt)
    page, _ = get_or_create_child_page(
        index,
        NewsPage,
        slug=spec["slug"],
        title=spec["title"],
        date=date.fromisoformat(spec["date"]),
        author=spec["author"],
        introduction=spec["introduction"],
        hero_image=photo,
        hero_image_alt=alt,
        body=[("paragraph", "".join(f"<p>{paragraph}</p>" for paragraph in spec["body"]))],
        themes=[themes[slug] for slug in spec["themes"] if slug in themes],
        related_methods=[methods[slug] for slug in spec["methods"] if slug in methods],
        related_initiatives=[
            initiatives[slug] for slug in spec["initiatives"] if slug in initiatives
        ],
    )
    return page


def _when(spec, key):
    if "days_ahead" in spec:
        today = timezone.localtime(timezone.now(), EVENT_TIMEZONE).date()
        day = today + timedelta(days=spec["days_ahead"])
    else:
        day = date.fromisoformat(spec["date"])
    return datetime.combine(day, time.fromisoformat(spec[key]), tzinfo=EVENT_TIMEZONE)


def _event(agenda, spec, texts):
    if spec.get("english"):
        _pair(texts, spec, spec["english"])
    heading = texts("Programma", "Programme")
    alt = _photo_alt(texts)
    existing = agenda.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific
    photo = get_or_create_placeholder_image(spec["title"], description=alt)
    page, _ = get_or_create_child_page(
        agenda,
        EventPage,
        slug=spec["slug"],
        title=spec["title"],
        kind=spec["kind"],
        start=_when(spec, "start"),
        end=_when(spec, "end"),
        venue=spec.get("venue", ""),
        address=spec.get("address", ""),
        place=spec["place"],
        online_url=spec.get("online_url", ""),
        introduction=spec["introduction"],
        registration=spec["registration"],
        registration_url=spec.get("registration_url", ""),
        registration_email=spec.get("registration_email", ""),
        registration_form=bool(spec.get("registration_form")),
        capacity=spec.get("registration_form", {}).get("capacity"),
        hero_image=photo,
        hero_image_alt=alt,
        body=[
            ("heading", {"text": heading, "level": "h2"}),
            (
                "paragraph",
                "<ul>" + "".join(f"<li>{item}</li>" for item in spec["programme"]) + "</ul>",
            ),
        ]
        if spec.get("programme")
        else [],
        **dict.fromkeys(spec["audiences"], True),
    )
    return page


def _registrations(event, spec):
    """Fake registrations (example.org addresses), created once: confirmed ones first, then the
    waiting list, a few hours apart. Mails are not sent."""
    if event.registrations.exists():
        return
    total = spec["confirmed"] + spec["waiting"]
    people = [
        (DEMO_FIRST_NAMES[n % len(DEMO_FIRST_NAMES)], DEMO_LAST_NAMES[n % len(DEMO_LAST_NAMES)])
        for n in range(total)
    ]
    now = timezone.now()
    registrations = []
    for number, (first, last) in enumerate(people):
        slug = f"{first}.{last}".lower().replace(" ", "")
        registrations.append(
            Registration(
                event=event,
                name=f"{first} {last}",
                email=f"{slug}@example.org",
                organisation=DEMO_ORGANISATIONS[number % len(DEMO_ORGANISATIONS)],
                status=Registration.Status.CONFIRMED
                if number < spec["confirmed"]
                else Registration.Status.WAITING,
                created_at=now - timedelta(hours=5 * (len(people) - number)),
                mail_sent_at=now,
            )
        )
    Registration.objects.bulk_create(registrations)
