"""Which pages sit in a private section (a view restriction on the page or an ancestor).

Listings use Wagtail's own `PageQuerySet.public()`. This module answers the same question for
pages already in hand (a translation, a chosen page), from the restrictions read from the
database once per request.
"""

from wagtail.models import PageViewRestriction

from home import requestcache


def restricted_sections():
    """(path, depth) of every page with a view restriction; one query per request."""
    return requestcache.memo(
        (__name__, "sections"),
        lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth")),
    )


def is_private(page):
    """Whether `page` or one of its ancestors has a view restriction."""
    return any(
        page.path.startswith(path) and page.depth >= depth for path, depth in restricted_sections()
    )
