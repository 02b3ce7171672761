"""The editors' report of what visitors search for and what found nothing."""

from django_filters import BooleanFilter

from django.db.models import IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query

from .models import NoResultsDailyHits

# Who may see the report: whoever manages promoted results (and administrators).
PERMISSIONS = [
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
]


def may_view(user):
    return user.is_active and (user.is_superuser or any(user.has_perm(p) for p in PERMISSIONS))


class SearchTermsFilterSet(WagtailFilterSet):
    without_results = BooleanFilter(
        label=_("Alleen zonder resultaat"),
        method="filter_without_results",
    )

    class Meta:
        model = Query
        fields = []

    def filter_without_results(self, queryset, name, value):
        if value:
            return queryset.filter(_no_results__gt=0)
        if value is False:
            return queryset.filter(_no_results=0)
        return queryset


class SearchTermsReportView(ReportView):
    """Search terms with how often they were searched and how often that found nothing, over
    the days Wagtail keeps (WAGTAILSEARCH_HITS_MAX_AGE, see docs/search.md)."""

    page_title = _("Zoektermen")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    filterset_class = SearchTermsFilterSet
    default_ordering = "-_hits"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    columns = [
        Column("query_string", label=_("Zoekterm"), sort_key="query_string"),
        NumberColumn("_hits", label=_("Gezocht"), sort_key="_hits"),
        NumberColumn("_no_results", label=_("Zonder resultaat"), sort_key="_no_results"),
    ]
    export_headings = {
        "query_string": _("Zoekterm"),
        "_hits": _("Gezocht"),
        "_no_results": _("Zonder resultaat"),
    }
    list_export = ["query_string", "_hits", "_no_results"]

    def dispatch(self, request, *args, **kwargs):
        if not may_view(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs

    def get_base_queryset(self):
        no_results = (
            NoResultsDailyHits.objects.filter(query=OuterRef("pk"))
            .order_by()
            .values("query")
            .annotate(total=Sum("hits"))
            .values("total")
        )
        return Query.get_most_popular().annotate(
            _no_results=Coalesce(Subquery(no_results, output_field=IntegerField()), 0)
        )
