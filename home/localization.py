from home import queries
from home.routing import active_locale


def visible_versions(pages, specific=False, translations=None):
    """For each page (None allowed): its published, public version in the visitor's language,
    or the page itself when that language has none; None when neither may be shown.
    A fixed number of queries, however many pages; none when `translations` (every version
    of these pages, read by the caller anyway) is given."""
    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return [None for _ in pages]
    if translations is not None:
        shown = [page for page in translations if page.live and not queries.is_private(page)]
    else:
        shown = queries.pages().live().public().filter(translation_key__in=keys)
        if specific:
            shown = shown.specific()
    visible = {(page.translation_key, page.locale_id): page for page in shown}
    locale_id = active_locale().pk
    return [
        None
        if page is None
        else visible.get((page.translation_key, locale_id))
        or visible.get((page.translation_key, page.locale_id))
        for page in pages
    ]
