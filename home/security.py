"""The per-request parts of the security headers.

django-csp writes the Content-Security-Policy from the ``CONTENT_SECURITY_POLICY`` setting
(``kennisbank/settings/csp.py``) and leaves a response that already carries a policy alone
(documents served by Wagtail keep their ``default-src 'none'``). Two choices depend on the
request, which django-csp's settings cannot express (they hold one policy, and
``EXCLUDE_URL_PREFIXES`` can only drop the header): they are made here, in django-csp's
documented extension point ``get_policy_parts``.

- The Wagtail admin (``/admin/``) needs inline scripts and styles: it gets a policy that only
  keeps it from being framed by other sites and from loading plugins.
- Wagtail renders a preview through the whole middleware chain with a request for the page's
  own address (``Page.make_preview_request``, which sets ``request.is_preview``) and shows it in
  a frame of the admin: the page's policy, framed by the site itself only.

Django's SecurityMiddleware sets nosniff, Referrer-Policy and Cross-Origin-Opener-Policy from
its settings; Permissions-Policy is the one header it has no setting for.
"""

from csp.constants import NONE, SELF
from csp.middleware import CSPMiddleware

from django.urls import reverse

ADMIN_DIRECTIVES = {"object-src": [NONE], "base-uri": [SELF], "frame-ancestors": [SELF]}

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(reverse("wagtailadmin_home")):
            parts.config = ADMIN_DIRECTIVES
        if getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
