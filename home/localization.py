from home import queries
from home.routing import active_locale


def visible_versions(pages, specific=False):
    """For each page (None allowed): its published, public version in the visitor's language,
    or the page itself when that language has none; None when neither may be shown.
    A fixed number of queries, however many pages."""
    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return [None for _ in pages]
    queryset = queries.pages().live().public().filter(translation_key__in=keys)
    if specific:
        queryset = queryset.specific()
    visible = {(page.translation_key, page.locale_id): page for page in queryset}
    locale_id = active_locale().pk
    return [
        None
        if page is None
        else visible.get((page.translation_key, locale_id))
        or visible.get((page.translation_key, page.locale_id))
        for page in pages
    ]
