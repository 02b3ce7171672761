"""The public site's Content-Security-Policy as django-csp's CONTENT_SECURITY_POLICY setting.

The policy is the same for every visitor and every page (no nonces), so that cached pages stay
valid for everyone. The site has no inline scripts or styles; JSON data blocks
(``<script type="application/json">``, ``ld+json``) are not executed, so CSP does not apply to
them. Videos and stored embeds load in frames from the providers in ``frame-src``. The admin's
policy and the one for previews are chosen per request in ``home/security.py``.
"""

from urllib.parse import urlsplit

# Privacy-friendly video players (home/blocks.py VIDEO_PROVIDERS) and the providers whose
# stored embeds editors use most.
FRAME_SOURCES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]


def _origin(url):
    parts = urlsplit(url or "")
    if parts.scheme in {"http", "https"} and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def content_security_policy(*, own_urls, frame_src=(), report_uri=""):
    """The setting for django-csp. ``own_urls``: the site's addresses whose origins count as
    the site's own (WAGTAILADMIN_BASE_URL, from which the Wagtail user bar for editors loads
    its script and styles, and STATIC_URL and MEDIA_URL, which may be on another host);
    ``frame_src``: extra origins allowed in frames; ``report_uri``: where browsers report
    violations (empty: nowhere)."""
    own = ["'self'"]
    for url in own_urls:
        origin = _origin(url)
        if origin and origin not in own:
            own.append(origin)
    directives = {
        "default-src": own,
        "script-src": own,
        "style-src": own,
        "img-src": [*own, "data:"],
        "font-src": own,
        "media-src": own,
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *FRAME_SOURCES, *frame_src],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    if report_uri:
        directives["report-uri"] = [report_uri]
    return {"DIRECTIVES": directives}
