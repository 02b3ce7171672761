from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Locale

from . import translation_status


def translation_overview(request):
    """Reports → Vertalingen: per page and language, translated / outdated / missing."""
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    locales = list(Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"))
    if not locales:
        return TemplateResponse(
            request, "home/admin/translation_overview.html", {"rows": [], "locales": []}
        )
    locale = next(
        (loc for loc in locales if loc.language_code == request.GET.get("taal")), locales[0]
    )
    status = request.GET.get("status")
    if status not in translation_status.STATUS_LABELS:
        status = None
    rows = translation_status.overview(locale, status)
    counts = {}
    for row in translation_status.overview(locale) if status else rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    page = Paginator(rows, 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "home/admin/translation_overview.html",
        {
            "title": _("Vertalingen"),
            "rows": page,
            "page_obj": page,
            "locales": locales,
            "locale": locale,
            "status": status,
            "statuses": [
                (key, label, counts.get(key, 0))
                for key, label in translation_status.STATUS_LABELS.items()
            ],
        },
    )
