from datetime import timedelta

import pytest

from django.utils import timezone

from newsletter.models import NewsletterIndexPage, NewsletterPage, Subscriber


@pytest.fixture
def archive(home_nl):
    return NewsletterIndexPage.objects.get(locale=home_nl.locale)


@pytest.fixture
def sent_newsletter(archive):
    return NewsletterPage.objects.get(locale=archive.locale, slug="nieuwsbrief-1")


@pytest.fixture
def new_newsletter(archive):
    """A published newsletter that has not been sent, with the demo news in it."""
    page = NewsletterPage(
        title="Nieuwsbrief december",
        slug="nieuwsbrief-december",
        subject="Nieuws in december",
        introduction="Beste lezer,\nhet laatste nieuws.",
    )
    sent = NewsletterPage.objects.get(locale=archive.locale, slug="nieuwsbrief-1")
    from newsletter.models import NewsletterItem

    page.items = [NewsletterItem(item=i.item, sort_order=n) for n, i in enumerate(sent.items.all())]
    archive.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_subscribers(count, language="nl", prefix="lezer"):
    now = timezone.now()
    return Subscriber.objects.bulk_create(
        Subscriber(
            email=f"{prefix}{n}@example.org",
            language=language,
            status=Subscriber.Status.CONFIRMED,
            consent_at=now,
            confirmed_at=now,
        )
        for n in range(count)
    )


class Clock:
    """The time as the test sets it: `clock.advance(minutes=2)`."""

    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, **kwargs):
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock(monkeypatch):
    """Stops the clock: whatever reads `timezone.now()` (the sending, the admin, the task
    queue's worker) sees the test's time, which moves only by `clock.advance()`."""
    clock = Clock(timezone.now())
    monkeypatch.setattr(timezone, "now", clock)
    return clock
