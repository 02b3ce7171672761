"""Rate limits for public forms and the admin login, counted in Django's cache.

In production the cache is Redis, shared by every server process, so a limit holds across
workers. Counters live in fixed windows aligned to the clock (``period`` seconds): the key of a
window is created with an atomic ``cache.add`` and counted with ``cache.incr``, so two requests
at the same moment never both see the old count.

Usage in a view::

    if ratelimit.check(request, "newsletter-subscribe", limit=10, period=60 * 60):
        return ratelimit.too_many_requests(request)
"""

import hashlib
import ipaddress
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse

KEY_PREFIX = "kennisbank:ratelimit"


def client_address(request):
    """The visitor's address. Behind a proxy (production), the address that the last of the
    KENNISBANK_TRUSTED_PROXIES proxies saw, taken from X-Forwarded-For; IPv6 grouped per /64
    (one household or server usually has a whole /64)."""
    trusted = getattr(settings, "KENNISBANK_TRUSTED_PROXIES", 0)
    address = request.META.get("REMOTE_ADDR", "")
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [a for a in forwarded if a]
    if trusted and len(forwarded) >= trusted:
        address = forwarded[-trusted]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def _window(period, now=None):
    """The number of the current window and the seconds until it ends."""
    now = time.time() if now is None else now
    number = int(now // period)
    return number, max(1, math.ceil((number + 1) * period - now))


def _cache_key(scope, key, window):
    digest = hashlib.sha256(str(key).encode()).hexdigest()
    return f"{KEY_PREFIX}:{scope}:{digest}:{window}"


def hit(scope, key, *, period):
    """Count one hit for ``key`` in ``scope`` and return the count in the current window."""
    window, _left = _window(period)
    cache_key = _cache_key(scope, key, window)
    cache.add(cache_key, 0, period + 1)
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, period + 1)
        return 1


def count(scope, key, *, period):
    """The hits counted for ``key`` in ``scope`` in the current window, without counting."""
    window, _left = _window(period)
    return cache.get(_cache_key(scope, key, window), 0)


def reset(scope, key, *, period):
    """Forget the hits of the current window (a successful login resets its failures)."""
    window, _left = _window(period)
    cache.delete(_cache_key(scope, key, window))


def seconds_left(period):
    """Seconds until the current window of ``period`` ends: when to try again."""
    return _window(period)[1]


def check(request, scope, *, limit, period, key=None):
    """Count this request and say whether it goes over the limit.

    Returns True when more than ``limit`` requests came from ``key`` (by default the visitor's
    address) in ``scope`` within the current window of ``period`` seconds. When it does, the
    seconds until the window ends are kept on the request for ``too_many_requests``.
    """
    if key is None:
        key = client_address(request)
    over = hit(scope, key, period=period) > limit
    if over:
        request.ratelimit_retry_after = seconds_left(period)
    return over


def too_many_requests(request, retry_after=None, message=""):
    """The 429 page: what happened, and when to try again (also in a Retry-After header)."""
    if retry_after is None:
        retry_after = getattr(request, "ratelimit_retry_after", 60)
    retry_after = max(1, int(retry_after))
    response = TemplateResponse(
        request,
        "429.html",
        {
            "retry_after": retry_after,
            "retry_minutes": math.ceil(retry_after / 60),
            "message": message,
        },
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response
