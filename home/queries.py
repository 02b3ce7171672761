"""Small shared page lookups."""

from wagtail.models import Page

from home import requestcache


def child_of_type(parent, model):
    """The first live, public child of `parent` (a home page) whose type is `model` or a
    subclass of it, as a plain `Page` (title, address, place in the tree), or None. The
    children are read in one query per request: the home page's sections each look for their
    index page (methods, initiatives, news, agenda, newsletters)."""
    children = requestcache.memo(
        (__name__, "children", parent.pk),
        lambda: list(Page.objects.child_of(parent).live().public().select_related("content_type")),
    )
    return next(
        (child for child in children if issubclass(child.specific_class or Page, model)), None
    )
