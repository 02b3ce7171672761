"""Page querysets whose `.public()` costs no query.

Wagtail's `PageQuerySet.public()` reads every view restriction from the database each time it
is called (`private_q`), and a page calls it for every listing and section it shows: a dozen
queries on the home page. The private sections change rarely, and any change to a view
restriction, or a page move, is a site-wide change in the page cache (`home.pagecache`), so
their paths are kept in the cache under that version instead. Every page type gets this
queryset through `BasePage.objects`; `pages()` is the same for `Page` itself.
"""

from django.db.models import Q

from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from home import pagecache


def private_sections():
    """(path, depth) of every page with a view restriction."""
    return pagecache.versioned(
        f"{pagecache.PREFIX}:private-sections",
        [pagecache.GENERATION_KEY],
        lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth")),
    )


class SitePageQuerySet(PageQuerySet):
    def private_q(self):
        """Wagtail's: the restricted pages and their descendants (`descendant_of_q`,
        inclusive), from the cached list."""
        q = Q()
        for path, depth in private_sections():
            q |= Q(path__startswith=path) & Q(depth__gte=depth)
        return q if q else Q(pk__in=[])


SitePageManager = PageManager.from_queryset(SitePageQuerySet)


def pages():
    """`Page.objects` with the cached `.public()`."""
    return SitePageQuerySet(Page).order_by("path")


def is_private(page):
    """Whether `page` or one of its ancestors has a view restriction, from the cached list."""
    return any(
        page.path.startswith(path) and page.depth >= depth for path, depth in private_sections()
    )


def child_of_type(parent, model):
    """The first live, public child of `parent` (a home page) whose type is `model` or a
    subclass of it, as a plain `Page` (title, address, place in the tree), or None. The
    children are read in one query, once per `parent` object: the home page's sections each
    look for their index page (methods, initiatives, news, agenda, newsletters)."""
    children = getattr(parent, "_live_public_children", None)
    if children is None:
        children = list(pages().child_of(parent).live().public().select_related("content_type"))
        parent._live_public_children = children
    return next(
        (child for child in children if issubclass(child.specific_class or Page, model)), None
    )
