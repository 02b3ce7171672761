"""URLs and middleware of the benchmark settings only (kennisbank/settings/bench.py)."""

from django.db import connection
from django.http import HttpResponse
from django.urls import path

from kennisbank.urls import handler500  # noqa: F401 - the same error page
from kennisbank.urls import urlpatterns as site_urlpatterns


def floor(request):
    """The framework's floor: the least a Django view under the same server can cost."""
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor), *site_urlpatterns]


class QueryCountMiddleware:
    """Counts the SQL queries of each answer (DEBUG is off) in an `X-Queries` header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        response["X-Queries"] = str(count)
        return response
