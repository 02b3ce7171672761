from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import redirect
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

from wagtail.models import Site

from home import cachehealth


def root_redirect(request):
    """Send the bare domain to the home page in the site's first language (Dutch)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    with translation.override(settings.LANGUAGE_CODE):
        home = site.root_page.localized
        url = home.get_url(request)
    if not url:
        raise Http404
    return redirect(url)


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """The friendly error page, rendered without database access: the database may be the
    reason for the error."""
    template = loader.get_template(template_name)
    context = {
        "LANGUAGE_CODE": translation.get_language() or settings.LANGUAGE_CODE,
        "home_url": f"/{translation.get_language() or settings.LANGUAGE_CODE}/",
    }
    return HttpResponseServerError(template.render(context))


@never_cache
def healthz(request):
    """200 when the database and the cache answer, 503 (with what failed) otherwise; for load
    balancers and monitoring. Plain JSON, no language prefix, never cached."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except DatabaseError as error:
        checks["database"] = f"error: {error.__class__.__name__}"
    try:
        cache.set("kennisbank:healthz", "ok", 10)
        checks["cache"] = "ok" if cache.get("kennisbank:healthz") == "ok" else "error: no value"
    except Exception as error:  # any backend's connection error
        checks["cache"] = f"error: {error.__class__.__name__}"
    if not cachehealth.available():
        # The Redis backend answers from memory during an outage (kennisbank/cache.py): the
        # site works, but the shared cache does not.
        checks["cache"] = "error: unreachable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
