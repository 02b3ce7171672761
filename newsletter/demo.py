"""Demo content: the newsletter archive with its subscribe form, one newsletter that went out
(assembled from the demo news, recorded as sent; no mail is sent), and a few subscribers."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Locale

from home.demo import Texts, get_or_create_child_page, translate
from home.models import HomePage
from news.models import EventPage, NewsPage

from .models import (
    Delivery,
    Mailing,
    NewsletterIndexPage,
    NewsletterItem,
    NewsletterPage,
    Subscriber,
)

SUBSCRIBERS = [
    ("fatima.elamrani@example.org", "nl", "confirmed"),
    ("jan.devries@example.org", "nl", "confirmed"),
    ("gemeente.voorbeeld@example.org", "nl", "confirmed"),
    ("sam.okafor@example.org", "en", "confirmed"),
    ("nog.niet.bevestigd@example.org", "nl", "pending"),
]


def load(stdout=None):
    texts = Texts()
    dutch = Locale.objects.get(language_code="nl")
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=dutch)
    index, _ = get_or_create_child_page(
        home,
        NewsletterIndexPage,
        slug="nieuwsbrief",
        title=texts("Nieuwsbrief", "Newsletter"),
        summary=texts(
            "Eens per maand het nieuws, de bijeenkomsten en de goede voorbeelden in je mailbox.",
            "Once a month the news, the meetings and the good examples in your inbox.",
        ),
        introduction=texts(
            "Eens per maand: nieuws van initiatieven, nieuwe methodieken en de bijeenkomsten "
            "die eraan komen. Schrijf je in en lees hieronder de eerdere nieuwsbrieven.",
            "Once a month: news from initiatives, new methods and the meetings to come. "
            "Subscribe, and read the earlier newsletters below.",
        ),
    )
    texts("nieuwsbrief", "newsletter")
    texts("nieuwsbrief-1", "newsletter-1")

    news = [
        page
        for page in NewsPage.objects.live().filter(locale=dutch).order_by("-date")
        if page.get_translation_or_none(english) is not None
    ][:4]
    events = [
        page
        for page in EventPage.objects.live()
        .filter(locale=dutch, start__gte=timezone.now())
        .order_by("start")
        if page.get_translation_or_none(english) is not None
    ][:2]
    newsletter, created = get_or_create_child_page(
        index,
        NewsletterPage,
        slug="nieuwsbrief-1",
        title=texts("Nieuwsbrief: samen sterker", "Newsletter: stronger together"),
        subject=texts(
            "Nieuws van de Sociale Alliantie: samen sterker",
            "News from the Sociale Alliantie: stronger together",
        ),
        introduction=texts(
            "Beste lezer, in deze nieuwsbrief leest u wat initiatieven van onderop de afgelopen "
            "tijd deden, wat gemeenten van hen kunnen leren en welke bijeenkomsten eraan komen. "
            "Veel leesplezier!",
            "Dear reader, in this newsletter you can read what bottom-up initiatives have been "
            "doing, what municipalities can learn from them and which meetings are coming up. "
            "Enjoy reading!",
        ),
        items=[NewsletterItem(item=page, sort_order=i) for i, page in enumerate(news + events)],
    )
    translate(index, "en", texts.english)
    translate(newsletter, "en", texts.english)

    subscribers = []
    for email, language, status in SUBSCRIBERS:
        subscriber, made = Subscriber.objects.get_or_create(
            email=email,
            defaults={"language": language, "status": status, "consent_source": "demo"},
        )
        if made and status == "confirmed":
            subscriber.consent_at = subscriber.confirmed_at = timezone.now() - timedelta(days=40)
            subscriber.save()
        subscribers.append(subscriber)

    mailing, made = Mailing.objects.get_or_create(newsletter=newsletter)
    if made:
        sent_at = timezone.now() - timedelta(days=7)
        Mailing.objects.filter(pk=mailing.pk).update(
            started_at=sent_at, finished_at=sent_at, last_progress_at=sent_at
        )
        Delivery.objects.bulk_create(
            Delivery(mailing=mailing, subscriber=s, status=Delivery.Status.SENT, sent_at=sent_at)
            for s in subscribers
            if s.status == Subscriber.Status.CONFIRMED
        )
    if stdout:
        stdout.write(f"Newsletter: 1 sent newsletter and {len(SUBSCRIBERS)} subscribers.")
