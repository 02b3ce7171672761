from django.utils import timezone

from wagtail import hooks

from home.models import Theme
from home.sections import HomeSection

from .models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

HOME_ITEMS = 3


@hooks.register("register_home_section")
def news_and_agenda_on_home_page(home_page, request):
    """The latest news and the next meetings, side by side, each with a link to all."""
    news_index = NewsIndexPage.objects.live().public().child_of(home_page).first()
    event_index = EventIndexPage.objects.live().public().child_of(home_page).first()
    news = []
    if news_index is not None:
        news = list(
            NewsPage.objects.live()
            .public()
            .child_of(news_index)
            .order_by(*NewsIndexPage.ORDER)
            .select_related("teaser_image", "hero_image")
            .prefetch_related("themes")[:HOME_ITEMS]
        )
        theme_names = Theme.names_in(home_page.locale)
        for item in news:
            item.theme_names = theme_names(item.themes.all())
    events = []
    if event_index is not None:
        events = list(
            EventPage.objects.live()
            .public()
            .child_of(event_index)
            .filter(end__gte=timezone.now())
            .order_by("start", "pk")
            .select_related("teaser_image", "hero_image")[:HOME_ITEMS]
        )
    if not news and not events:
        return None
    return HomeSection(
        template="news/includes/home_section.html",
        order=30,
        context={
            "news_index": news_index,
            "news": news,
            "event_index": event_index,
            "events": events,
        },
    )


@hooks.register("register_demo_content")
def load_news_demo_content(stdout=None):
    from .demo import load

    load(stdout=stdout)
