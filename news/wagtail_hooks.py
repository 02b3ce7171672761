from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.permissions import register_permission_policy

from home import queries
from home.cards import with_card_images
from home.models import Theme
from home.roles import is_editor
from home.sections import CachedSection

from .admin import EditorsOnlyPolicy, RegistrationViewSet, registrations_url
from .models import EventIndexPage, EventPage, NewsIndexPage, NewsPage, Registration

HOME_ITEMS = 3


@hooks.register("register_home_section")
def news_and_agenda_on_home_page(home_page, request):
    """The latest news and the next meetings, side by side, each with a link to all."""

    def get_context():
        news_index = queries.child_of_type(home_page, NewsIndexPage)
        event_index = queries.child_of_type(home_page, EventIndexPage)
        news = []
        if news_index is not None:
            news = list(
                NewsPage.objects.live()
                .public()
                .child_of(news_index)
                .order_by(*NewsIndexPage.ORDER)
                .prefetch_related("themes")[:HOME_ITEMS]
            )
            theme_names = Theme.names_in(home_page.locale_id)
            for item in news:
                item.theme_names = theme_names(item.themes.all())
        events = []
        if event_index is not None:
            events = list(
                EventPage.objects.live()
                .public()
                .child_of(event_index)
                .filter(end__gte=timezone.now())
                .order_by("start", "pk")[:HOME_ITEMS]
            )
        if not news and not events:
            return None
        with_card_images([*news, *events])
        return {
            "news_index": news_index,
            "news": news,
            "event_index": event_index,
            "events": events,
            # The list changes when the first of its meetings ends.
            "valid_until": min((event.end for event in events), default=None),
        }

    return CachedSection(
        template="news/includes/home_section.html", order=30, get_context=get_context
    )


@hooks.register("register_demo_content")
def load_news_demo_content(stdout=None):
    from .demo import load

    load(stdout=stdout)


# Registrations ------------------------------------------------------------------------------


register_permission_policy(Registration, EditorsOnlyPolicy(Registration))


@hooks.register("register_admin_viewset")
def register_registrations_viewset():
    return RegistrationViewSet("news_registrations")


def _registrations_button(page, user, priority):
    if issubclass(page.specific_class or object, EventPage) and is_editor(user):
        yield Button(
            _("Aanmeldingen"),
            url=registrations_url(page),
            icon_name="clipboard-list",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def registrations_header_button(page, user, view_name, next_url=None):
    """‘Aanmeldingen’ in the menu of a meeting's edit screen."""
    yield from _registrations_button(page, user, priority=66)


@hooks.register("register_page_listing_more_buttons")
def registrations_listing_button(page, user, next_url=None):
    """‘Aanmeldingen’ in the ‘…’ menu of a meeting in the page listing."""
    yield from _registrations_button(page, user, priority=55)
