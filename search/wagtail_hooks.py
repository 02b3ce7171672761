from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import SearchTermsReportView, may_view


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/zoektermen/", SearchTermsReportView.as_view(), name="search_terms_report"),
        path(
            "reports/zoektermen/results/",
            SearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view(request.user)


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Zoektermen"),
        reverse("search_terms_report"),
        name="search-terms-without-results",
        icon_name="search",
        order=1310,
    )


@hooks.register("construct_reports_menu")
def hide_wagtails_search_terms_report(request, menu_items):
    """Ours shows the same search terms and also what found nothing, to editors too: one
    report instead of two with the same name."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
