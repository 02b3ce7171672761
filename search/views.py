from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Search the public pages of the visitor's language. Grows with the search issue."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        )

    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_of_results = paginator.get_page(
        request.GET.get("pagina")
    )  # bad number: first or last page

    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page_of_results, "paginator": paginator},
    )
