from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import queries, versions
from home.cards import with_card_images
from home.models import Theme
from home.permissions import PermissionCheckedSnippetChooserViewSet, PersonalDataPermissionPolicy
from home.sections import CachedSection, HomeSection

from .models import (
    NEW_PLACES_TARGET,
    PROVINCES,
    InitiativeIndexPage,
    InitiativePage,
    InitiativeSignup,
    ProjectBand,
)

# Sign-ups (names and addresses): only with the view permission, through every admin door.
register_permission_policy(InitiativeSignup, PersonalDataPermissionPolicy(InitiativeSignup))


class ProjectBandViewSet(SnippetViewSet):
    model = ProjectBand
    icon = "link"
    menu_label = _("Projectenbanden")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "since", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "description"]
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet


class InitiativeSignupViewSet(SnippetViewSet):
    """Sign-ups as they were sent; the draft page they created waits in the moderation queue."""

    model = InitiativeSignup
    icon = "form"
    menu_label = _("Aanmeldingen")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "place", "contact_name", "created_at", "page", "notified"]
    list_filter = ["province", "notified"]
    search_fields = ["name", "place", "contact_name", "contact_email"]
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet


register_snippet(ProjectBandViewSet)
register_snippet(InitiativeSignupViewSet)


@hooks.register("register_home_section")
def initiative_figures_on_home_page(home_page, request):
    """Figures from live data, the map and a link to all initiatives."""
    from .models import province_map

    index = queries.child_of_type(home_page, InitiativeIndexPage)
    if index is None:
        return None
    figures = versions.versioned(
        f"{versions.PREFIX}:initiative-figures:{index.pk}",
        versions.listing_deps(index),
        lambda: _figures(index),
    )
    if figures is None:
        return None
    return HomeSection(
        template="initiatives/includes/home_section.html",
        order=20,
        context={
            "index": index,
            "figures": figures,
            "province_map": province_map(
                [
                    {
                        "slug": key,
                        "label": name,
                        "count": figures["per_province"].get(key, 0),
                        "selected": False,
                    }
                    for key, name in PROVINCES
                ]
            ),
        },
    )


def _figures(index):
    """The home page's figures of the initiatives under `index`, or None when there are none.
    Kept in the cache until one of them changes: they are counted over every initiative."""
    initiatives = InitiativePage.objects.live().public().child_of(index)
    rows = list(initiatives.order_by().values_list("province", "place", "new_place"))
    if not rows:
        return None
    per_province = {}
    for province, *_rest in rows:
        per_province[province] = per_province.get(province, 0) + 1
    figures = {
        "per_province": per_province,
        "initiatives": len(rows),
        "municipalities": len({(province, slugify(place)) for province, place, _ in rows}),
        "provinces": len({province for province, _, _ in rows}),
        "new_places": sum(1 for *_, new_place in rows if new_place),
        "new_places_target": NEW_PLACES_TARGET,
    }
    figures["new_places_percentage"] = min(
        100, round(100 * figures["new_places"] / NEW_PLACES_TARGET)
    )
    return figures


@hooks.register("register_method_page_section")
def initiatives_applying_a_method(method_page, request):
    """On a method page: the initiatives that apply it."""

    def get_context():
        # Through the link table rather than a join with DISTINCT over every column, which
        # took PostgreSQL longer to plan than to run.
        applying = InitiativePage.methods.through.objects.filter(
            methodpage__translation_key=method_page.translation_key
        ).values("initiativepage_id")
        initiatives = with_card_images(
            list(
                InitiativePage.objects.live()
                .public()
                .filter(locale_id=method_page.locale_id, pk__in=applying)
                .order_by("place", "title")
                .prefetch_related("themes")[:12]
            )
        )
        if not initiatives:
            return None
        theme_names = Theme.names_in(method_page.locale_id)
        for initiative in initiatives:
            initiative.theme_names = theme_names(initiative.themes.all())
        return {"initiatives": initiatives}

    return CachedSection(
        template="initiatives/includes/method_section.html", order=10, get_context=get_context
    )


@hooks.register("register_initiative_page_section")
def project_bands_on_initiative_page(initiative_page, request):
    """The projectenbanden it is in, with their other initiatives."""

    def get_context():
        bands = initiative_page.project_bands()
        return {"bands": bands} if bands else None

    return CachedSection(
        template="initiatives/includes/bands_section.html", order=5, get_context=get_context
    )


@hooks.register("register_initiative_page_section")
def similar_initiatives_on_initiative_page(initiative_page, request):
    """Initiatives elsewhere with the same methods or themes (any initiative's change is a
    change of its page type, which the cached section depends on)."""

    def get_context():
        similar = initiative_page.similar_initiatives()
        return {"similar": similar} if similar else None

    return CachedSection(
        template="initiatives/includes/similar_section.html", order=90, get_context=get_context
    )


@hooks.register("register_demo_content")
def load_initiative_demo_content(stdout=None):
    from .demo import load

    load(stdout=stdout)
