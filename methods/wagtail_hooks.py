from django.db.models import F
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from home import queries
from home.cards import with_card_images
from home.models import Theme
from home.sections import CachedSection

from .models import MethodIndexPage, MethodPage

HOME_METHODS = 3


@hooks.register("register_home_section")
def methods_on_home_page(home_page, request):
    """The most recently reviewed methods, with a link to all of them."""

    def get_context():
        index = queries.child_of_type(home_page, MethodIndexPage)
        if index is None:
            return None
        methods = with_card_images(
            list(
                MethodPage.objects.live()
                .public()
                .child_of(index)
                .order_by(F("last_reviewed").desc(nulls_last=True), "title")
                .prefetch_related("themes")[:HOME_METHODS]
            )
        )
        if not methods:
            return None
        theme_names = Theme.names_in(index.locale_id)
        for method in methods:
            method.theme_names = theme_names(method.themes.all())
        return {"index": index, "methods": methods, "heading": _("Methodieken om na te doen")}

    return CachedSection(
        template="methods/includes/home_section.html", order=10, get_context=get_context
    )


@hooks.register("register_demo_content")
def load_method_demo_content(stdout=None):
    from .demo import load

    load(stdout=stdout)
