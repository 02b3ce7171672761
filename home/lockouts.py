"""The admin's list of login lockouts (django-axes' records of failed logins) with a button
that lifts one.

Who sees the list: superusers and accounts with django-axes' permission to view access
attempts; who lifts a lockout: superusers and accounts with the permission to delete them
(both can be given to a group under Instellingen → Groepen). Lifting uses django-axes' own
reset, and the log says who lifted which lockout.
"""

import logging

from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt

from django.conf import settings
from django.contrib import messages
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

logger = logging.getLogger(__name__)

VIEW_PERMISSION = "axes.view_accessattempt"
RESET_PERMISSION = "axes.delete_accessattempt"


def may_view(user):
    return user.is_active and (user.has_perm(VIEW_PERMISSION) or user.has_perm(RESET_PERMISSION))


def may_reset(user):
    return user.is_active and user.has_perm(RESET_PERMISSION)


def status(attempt):
    """Whether the user name is refused from this address now, and until when."""
    if attempt.failures_since_start < settings.AXES_FAILURE_LIMIT:
        return _("Nog niet geblokkeerd")
    until = attempt.attempt_time + settings.AXES_COOLOFF_TIME
    if until <= timezone.now():
        return _("Verlopen")
    return _("Geblokkeerd tot %(time)s") % {
        "time": date_format(timezone.localtime(until), "SHORT_DATETIME_FORMAT")
    }


class ResetColumn(Column):
    cell_template_name = "home/admin/lockout_reset_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        if request is not None and may_reset(request.user):
            context["reset_url"] = reverse("kennisbank_lockout_reset", args=[instance.pk])
            context["csrf_token"] = get_token(request)
        return context


class LockoutReportView(ReportView):
    """Failed logins per user name and address, the most recent first."""

    page_title = gettext_lazy("Inlogblokkades")
    header_icon = "lock"
    index_url_name = "kennisbank_lockouts"
    index_results_url_name = "kennisbank_lockouts_results"
    default_ordering = "-attempt_time"
    is_searchable = True
    search_fields = ["username", "ip_address"]
    columns = [
        Column("username", label=gettext_lazy("Gebruikersnaam"), sort_key="username"),
        Column("ip_address", label=gettext_lazy("Adres"), sort_key="ip_address"),
        NumberColumn(
            "failures_since_start",
            label=gettext_lazy("Mislukte pogingen"),
            sort_key="failures_since_start",
        ),
        DateColumn("attempt_time", label=gettext_lazy("Laatste poging"), sort_key="attempt_time"),
        Column("status", label=gettext_lazy("Status"), accessor=status),
        ResetColumn("reset", label=""),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not may_view(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return AccessAttempt.objects.all()


@require_POST
def reset(request, pk):
    if not may_reset(request.user):
        return permission_denied(request)
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    AxesProxyHandler.reset_attempts(username=attempt.username, ip_address=attempt.ip_address)
    logger.warning(
        "Login lockout of %s from %s lifted by %s",
        attempt.username,
        attempt.ip_address,
        request.user.get_username(),
    )
    messages.success(
        request,
        _("De blokkade van %(username)s vanaf %(address)s is opgeheven.")
        % {"username": attempt.username, "address": attempt.ip_address},
    )
    return redirect("kennisbank_lockouts")
