"""Security headers on every response: a Content-Security-Policy that the site's own pages
satisfy, and the usual companions.

The public policy is the same for every visitor and every page (no nonces), so that cached
pages stay valid for everyone. The site has no inline scripts or styles; JSON data blocks
(``<script type="application/json">``, ``ld+json``) are not executed, so CSP does not apply to
them. Videos and stored embeds load in frames from the providers in ``frame-src``.

The Wagtail admin (``/admin/``) needs inline scripts and styles: it gets a policy that only
keeps it from being framed by other sites and from loading plugins. Responses that already
carry a policy (documents served by Wagtail with ``default-src 'none'``) keep theirs.

Settings:
- ``KENNISBANK_CSP_FRAME_SRC``: extra origins allowed in frames (embed providers).
- ``KENNISBANK_CSP_REPORT_URI``: where browsers report violations (empty: nowhere).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse

# Privacy-friendly video players (home/blocks.py VIDEO_PROVIDERS) and the providers whose
# stored embeds editors use most.
FRAME_SOURCES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def _origin(url):
    parts = urlsplit(url or "")
    if parts.scheme in {"http", "https"} and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def public_policy():
    """The Content-Security-Policy of the public site, from the settings."""
    # The Wagtail user bar for editors loads its script and styles from absolute URLs built
    # from WAGTAILADMIN_BASE_URL; media and static files may come from another host.
    own = ["'self'"]
    for url in (settings.WAGTAILADMIN_BASE_URL, settings.STATIC_URL, settings.MEDIA_URL):
        origin = _origin(url)
        if origin and origin not in own:
            own.append(origin)
    own = " ".join(own)
    frames = " ".join(
        ["'self'", *FRAME_SOURCES, *getattr(settings, "KENNISBANK_CSP_FRAME_SRC", [])]
    )
    directives = [
        f"default-src {own}",
        f"script-src {own}",
        f"style-src {own}",
        f"img-src {own} data:",
        f"font-src {own}",
        f"media-src {own}",
        "connect-src 'self'",
        f"frame-src {frames}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
    report_uri = getattr(settings, "KENNISBANK_CSP_REPORT_URI", "")
    if report_uri:
        directives.append(f"report-uri {report_uri}")
    return "; ".join(directives)


ADMIN_POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'self'"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = public_policy()
        self.admin_prefix = None

    def __call__(self, request):
        response = self.get_response(request)
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if "Content-Security-Policy" not in response:
            admin = request.path_info.startswith(self.admin_prefix)
            policy = ADMIN_POLICY if admin else self.policy
            if getattr(request, "is_preview", False):
                # Wagtail renders previews through the whole middleware chain with a request
                # for the page's own address (Page.make_preview_request), and shows them in a
                # frame of the admin: the page's policy, framed by the site itself only.
                policy = policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'")
            response["Content-Security-Policy"] = policy
        # Django's SecurityMiddleware sets these from settings; these are the fallbacks for
        # responses that bypass it, and the one header it does not know.
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response
