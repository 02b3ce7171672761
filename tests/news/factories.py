"""Factories for news items and meetings."""

from datetime import datetime, timedelta

import factory
import wagtail_factories

from django.utils import timezone

from news.models import EVENT_TIMEZONE


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bericht {n}")
    introduction = "Een korte inleiding bij het bericht."

    class Meta:
        model = "news.NewsPage"


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    kind = "training"
    place = "Utrecht"
    introduction = "Een middag om van elkaar te leren."
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    end = factory.LazyAttribute(lambda obj: obj.start + timedelta(hours=2))

    class Meta:
        model = "news.EventPage"


def amsterdam(*args):
    return datetime(*args, tzinfo=EVENT_TIMEZONE)
