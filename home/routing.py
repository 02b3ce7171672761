"""Finding a request's page in two queries instead of two per level of the tree.

Wagtail serves a page by asking the database, on every request: which site (a query), which
locale is active (a query), the home page in that language as its specific type (a query),
then for each level of the path the child with that slug and that child as its specific type
(two queries per level), and finally the view restrictions of the page and its ancestors (two
queries). A method page takes eleven queries before its own content is read.

Here the sites, the locales and each site's home page per language (what Wagtail's
`site.root_page.localized` finds) come from the cache, under the page cache's generation,
which every change to a site, a locale, a home page, a view restriction or a page move bumps
(`home.pagecache`). The page and its ancestors below the home page are read in one query
(through the slug index, kept when their URL paths match the request's), and the page as its
specific type in one more. Every level is checked as
Wagtail's `route()` would: a page type with its own routing (a routable page whose sub-path
matches, or any other `route()` override) gets the rest of the path from that level, by
Wagtail's own code. Whatever does not fit (a missing level, a tree that does not match its URL
paths) falls back to Wagtail's routing, so the answer is always Wagtail's.

The result goes where Wagtail looks for it first (`request._wagtail_site` and
`request._wagtail_route_for_request`, the documented caches of `Site.find_for_request` and
`Page.route_for_request`), and `wagtail.views.serve` does the rest. The pages of the route
remember their ancestors, so `BasePage.get_view_restrictions()` reads the restrictions of the
page and its ancestors in one query (Wagtail first reads the ancestors). `get_parent()` of a
routed page gives a plain `Page` (Wagtail's is specific): use `.specific` for its own fields.

While a page is served, `active_locale()`, `default_locale()`, `locale_of()` and `localized()`
answer Wagtail's `Locale.get_active()`, `Locale.get_default()`, `instance.locale` and
`instance.localized` from the same cached table of locales, without a query each.
"""

from collections import namedtuple

from asgiref.local import Local

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale, Page, Site

from home import pagecache

_request = Local()
# A new name whenever the shape of the data changes: servers of the old and the new code may
# share the cache during a deploy.
ROUTING_KEY = f"{pagecache.PREFIX}:routing:2"
_Home = namedtuple("_Home", "pk url_path path depth")


def _compute_site_data():
    # With their root pages, as Wagtail's site lookup gives them.
    sites = list(Site.objects.select_related("root_page").order_by("pk"))
    locales = list(Locale.objects.order_by("pk"))
    # What Wagtail's `site.root_page.localized` finds for each language: the live translation
    # of the site's root page, else the root page itself.
    translations = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(
            translation_key__in=[site.root_page.translation_key for site in sites], live=True
        ).only("translation_key", "locale_id", "url_path", "path", "depth")
    }
    homes = {}
    for site in sites:
        for locale in locales:
            home = translations.get((site.root_page.translation_key, locale.pk), site.root_page)
            homes[(site.pk, locale.pk)] = _Home(home.pk, home.url_path, home.path, home.depth)
    return {
        "sites": sites,
        "locales": {locale.language_code: locale for locale in locales},
        "homes": homes,
    }


def _site_data():
    data = getattr(_request, "site_data", None)
    if data is None:
        data = pagecache.versioned(ROUTING_KEY, [pagecache.GENERATION_KEY], _compute_site_data)
    return data


def _find_site(sites, hostname, port):
    """Wagtail's `get_site_for_hostname`, over the cached sites."""
    matches = []
    for site in sites:
        if site.hostname == hostname and site.port == port:
            rank = 0
        elif site.hostname == hostname and site.is_default_site:
            rank = 1
        elif site.is_default_site:
            rank = 2
        elif site.hostname == hostname:
            rank = 3
        else:
            continue
        matches.append((rank, site))
    matches.sort(key=lambda match: match[0])
    if not matches:
        return None
    if len(matches) == 1 or matches[0][0] in (0, 1):
        return matches[0][1]
    if matches[0][0] == 2:
        return matches[len(matches) == 2][1]
    return None


def _locale_table():
    """{language code: Locale} while a page is served, else None."""
    data = getattr(_request, "site_data", None)
    return None if data is None else data["locales"]


def _locale_for(language_code):
    table = _locale_table()
    if table is None:
        return None
    try:
        return table.get(get_supported_content_language_variant(language_code))
    except LookupError:
        return None


def active_locale():
    """`Locale.get_active()`, without a query while a page is served."""
    return _locale_for(translation.get_language()) or Locale.get_active()


def default_locale():
    """`Locale.get_default()`, without a query while a page is served."""
    return _locale_for(settings.LANGUAGE_CODE) or Locale.get_default()


def locale_of(instance):
    """`instance.locale` (a page, a snippet), without a query while a page is served."""
    for locale in (_locale_table() or {}).values():
        if locale.pk == instance.locale_id:
            return locale
    return instance.locale


def localized(instance):
    """Wagtail's `instance.localized` (its live translation in the visitor's language, or
    itself), with the active locale from the table above."""
    locale = active_locale()
    if locale.pk == instance.locale_id:
        return instance
    translated = instance.get_translation_or_none(locale)
    if translated is None or (isinstance(instance, DraftStateMixin) and not translated.live):
        return instance
    return translated


def _has_own_route(page, remaining):
    """Whether Wagtail's `route()` of this page (a plain `Page`, whose `specific_class` says
    which `route()` it has) would do something else with the rest of the path than go to the
    child named by its next component."""
    cls = page.specific_class
    if cls.route is Page.route:
        return False
    if cls.route is RoutablePageMixin.route:
        # Its own routes first, when it is live (RoutablePageMixin.route).
        if not page.live:
            return False
        try:
            cls.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
        except Http404:
            return False
    return True


def _route(request, home, components):
    """The RouteResult for the path below the home page, or None to let Wagtail route."""
    url_paths = [home.url_path]
    for component in components:
        url_paths.append(f"{url_paths[-1]}{component}/")
    # The home page and the pages below it with the path's slugs (`url_path` has no index;
    # `slug` and `path` have), kept when their URL path is one of the path's prefixes.
    candidates = Page.objects.filter(
        Q(pk=home.pk)
        | Q(
            slug__in=set(components),
            path__startswith=home.path,
            depth__lte=home.depth + len(components),
        )
    )
    found = {page.url_path: page for page in candidates if page.url_path in url_paths}
    chain = []
    for depth, url_path in enumerate(url_paths):
        page = found.get(url_path)
        if page is None or page.specific_class is None:
            break
        if chain and not (
            page.depth == chain[-1].depth + 1
            and page.path.startswith(chain[-1].path)
            and page.slug == components[depth - 1]
        ):
            return None  # the URL paths do not match the tree: Wagtail decides
        chain.append(page)
        remaining = components[depth:]
        if remaining and _has_own_route(page, remaining):
            break
    if not chain:
        return None
    page = chain[-1]
    remaining = components[len(chain) - 1 :]
    specific = page.specific  # one query (the page's own columns)
    if len(chain) > 1:
        # As Wagtail's route() does, but a plain Page (Wagtail's is specific): callers of
        # get_parent() use `.specific` for their own fields.
        specific._cached_parent_obj = chain[-2]
    specific._route_ancestors = chain[:-1]
    return specific.route(request, remaining)  # Wagtail's own: 404 when not live


def serve(request, path):
    """Wagtail's `serve` view, with the site and the route found as described above."""
    if request.method in ("GET", "HEAD"):
        with pagecache.request_memo():
            return _serve(request, path)
    return _serve(request, path)


def _serve(request, path):
    from wagtail import views as wagtail_views  # it loads models: not at import time

    data = _site_data()
    outer = getattr(_request, "site_data", None)  # a view serving another page inside this one
    _request.site_data = data
    try:
        hostname = split_domain_port(request._get_raw_host())[0]
        try:
            port = int(request.get_port())
        except ValueError:
            port = None
        site = _find_site(data["sites"], hostname, port)
        if site is not None and not hasattr(request, "_wagtail_route_for_request"):
            request._wagtail_site = site
            locale = active_locale()
            home = data["homes"].get((site.pk, locale.pk))
            if home is not None:
                try:
                    result = _route(request, home, [part for part in path.split("/") if part])
                except Http404:
                    result = None
                    request._wagtail_route_for_request = None
                if result is not None:
                    request._wagtail_route_for_request = result
        response = wagtail_views.serve(request, path)
        # Render here, while the locale table is at hand: Django would render the page's
        # template after this view returns (no middleware here changes template responses).
        if hasattr(response, "render") and callable(response.render):
            response.render()
        return response
    finally:
        if outer is None:
            del _request.site_data
        else:
            _request.site_data = outer
