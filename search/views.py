from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.text import capfirst
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from .models import NoResultsDailyHits
from .results import RESULTS_PER_PAGE, SiteSearch
from .text import clean_query

MAX_SUGGESTIONS = 8
MIN_SUGGESTION_LENGTH = 2


@require_GET
def search(request):
    """The site search: pages of the visitor's language and documents, promoted results
    first, facets for type, theme and province. Query and facets live in the URL."""
    search_query, words = clean_query(request.GET.get("q", ""))
    context = {"search_query": search_query, "search_words": words}
    if words:
        site_search = SiteSearch(request, words)
        paginator = Paginator(site_search.run(_page_number(request)), RESULTS_PER_PAGE)
        page_of_results = paginator.get_page(request.GET.get("pagina"))
        page_of_results.object_list = site_search.results_for(page_of_results.object_list)
        facets = site_search.facets
        first_view = "pagina" not in request.GET and not facets.is_filtered
        if first_view:
            _log(words, found=site_search.total + len(site_search.promotions))
        context.update(
            search_results=page_of_results,
            paginator=paginator,
            promotions=site_search.promotions if page_of_results.number == 1 else [],
            any_word=site_search.any_word,
            missing_words=site_search.missing,
            is_filtered=facets.is_filtered,
            total=site_search.total,
            facet_groups=[
                (facet.parameter, facet.label, facets.visible_options(name))
                for name, facet in facets.facets.items()
            ],
        )
    return TemplateResponse(request, "search/search.html", context)


def _page_number(request):
    """The page of results asked for, as far as it can be known before counting."""
    number = request.GET.get("pagina", "")
    return min(int(number), 1000) if number.isdigit() and int(number) > 0 else 1


def _log(words, found):
    """Count the search term for the editors' report (Wagtail's search terms and our
    'without results'): the words and a count per day, nothing about the visitor."""
    query = Query.get(words)
    query.add_hit()
    if not found:
        NoResultsDailyHits.add_hit(query)


@require_GET
def suggestions(request):
    """Titles and addresses of pages whose title starts like what the visitor is typing, for
    the header search box (search/static/search/suggest.js)."""
    _shown, words = clean_query(request.GET.get("q", ""))
    results = []
    if len(words) >= MIN_SUGGESTION_LENGTH:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .select_related("content_type")
            .autocomplete(words)
        )
        results = [
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": str(capfirst(page.specific_class._meta.verbose_name))
                if page.specific_class
                else "",
            }
            for page in pages[:MAX_SUGGESTIONS]
        ]
    response = JsonResponse({"query": words, "results": results})
    patch_cache_control(response, public=True, max_age=60)
    return response
