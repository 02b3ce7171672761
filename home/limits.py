"""Rate limits for the public forms, the visitor's address they count by, and the 429 page.

django-ratelimit counts in Django's cache (``RATELIMIT_USE_CACHE``, the shared default cache:
Redis in production, so a limit holds across server processes) with an atomic ``add`` and
``incr`` per window. Usage in a view::

    if wait := limits.over_limit(request, "newsletter-subscribe", "10/h"):
        return limits.too_many_requests(request, wait)

``client_address`` is also the address that the login lockout (django-axes,
``AXES_CLIENT_IP_CALLABLE``) records.
"""

import ipaddress
import math

from django_ratelimit.core import get_usage

from django.conf import settings
from django.template.response import TemplateResponse

# Recorded when a request has no usable address at all: such requests share one counter.
UNKNOWN_ADDRESS = "0.0.0.0"  # noqa: S104 - a value, not an address to listen on


def _from_trusted_proxy(remote):
    """Whether the connection came from one of the proxies in KENNISBANK_PROXY_ADDRESSES
    (addresses or networks; ``*``: any). An empty REMOTE_ADDR is a local Unix socket."""
    if not remote:
        return True
    try:
        address = ipaddress.ip_address(remote)
    except ValueError:
        return False
    for allowed in settings.KENNISBANK_PROXY_ADDRESSES:
        if allowed == "*":
            return True
        try:
            if address in ipaddress.ip_network(allowed, strict=False):
                return True
        except ValueError:
            continue
    return False


def client_address(request):
    """The visitor's address. Behind KENNISBANK_TRUSTED_PROXIES proxies (production), the
    address that the outermost of them saw, taken from X-Forwarded-For, but only when the
    request came from one of those proxies: a visitor who reaches the server directly cannot
    choose an address by sending the header. IPv6 addresses are grouped per /64 (one household
    or server usually has a whole /64) and given as the network's first address."""
    remote = request.META.get("REMOTE_ADDR", "")
    candidates = [remote]
    hops = settings.KENNISBANK_TRUSTED_PROXIES
    if hops and _from_trusted_proxy(remote):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [address.strip() for address in forwarded if address.strip()]
        if len(forwarded) >= hops:
            candidates.insert(0, forwarded[-hops])
    for candidate in candidates:
        try:
            ip = ipaddress.ip_address(candidate)
        except ValueError:
            continue
        if ip.version == 6 and ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        if ip.version == 6:
            return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
        return str(ip)
    return UNKNOWN_ADDRESS


def over_limit(request, group, rate, value=None):
    """Count this request in ``group`` and say how long the visitor must wait: 0 within
    ``rate`` (django-ratelimit's notation, "10/h", "3/d", "20/15m"), else the seconds until the
    window ends. Counted per visitor address, or per ``value`` (an e-mail address) when given."""
    key = "ip" if value is None else (lambda _group, _request: value)
    usage = get_usage(request, group=group, key=key, rate=rate, increment=True)
    if usage is None or not usage["should_limit"]:
        return 0
    return max(1, usage["time_left"])


def too_many_requests(request, retry_after, message=""):
    """The 429 page: what happened, and when to try again (also in a Retry-After header)."""
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
