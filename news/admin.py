"""Registrations in the admin, for editors only: per meeting, with counts and an export."""

import django_filters

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import MenuItem
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from home.exports import spreadsheet_text
from home.roles import EDITORS_GROUP, is_editor

from . import registration as registrations
from .models import EVENT_TIMEZONE, EventPage, Registration


def dutch_time(value):
    """A moment as Dutch local time, to the minute (what editors expect in a spreadsheet)."""
    if value is None:
        return ""
    return timezone.localtime(value, EVENT_TIMEZONE).strftime("%Y-%m-%d %H:%M")


class EditorsOnlyPolicy(ModelPermissionPolicy):
    """Registrants' personal data is for editors (Redactie) and superusers, whatever other
    groups' permissions say: local-group volunteers never see it."""

    def user_has_permission(self, user, action):
        return is_editor(user) and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return is_editor(user) and super().user_has_any_permission(user, actions)

    def users_with_any_permission(self, actions):
        return (
            super()
            .users_with_any_permission(actions)
            .filter(Q(is_superuser=True) | Q(groups__name=EDITORS_GROUP))
        )


def _events(request=None):
    """Meetings that take registrations, in the default language (registrations belong to the
    original page), newest first."""
    return (
        EventPage.objects.filter(Q(registration_form=True) | Q(registrations__isnull=False))
        .filter(locale=Locale.get_default())
        .distinct()
        .order_by("-start")
    )


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(label=_("Bijeenkomst"), queryset=_events)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Registration.Status.choices)

    class Meta:
        model = Registration
        fields = ["event", "status"]


class RegistrationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event").order_by("created_at", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = None
        filters = getattr(self, "filters", None)
        if filters is not None and filters.is_valid():
            event = filters.form.cleaned_data.get("event")
        context["event"] = event
        context["seats"] = event.seats() if event is not None else None
        return context

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status != Registration.Status.CANCELLED and instance.email:
            buttons.append(
                MenuItem(
                    _("E-mail opnieuw sturen"),
                    url=reverse("news_registrations:resend", args=[instance.pk]),
                    icon_name="mail",
                    priority=40,
                )
            )
        return buttons


class RegistrationForm(WagtailAdminModelForm):
    class Meta:
        model = Registration
        fields = ["event", "name", "email", "organisation", "remarks", "status", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "event" in self.fields:
            self.fields["event"].queryset = _events()
            if self.instance.pk:
                self.fields["event"].disabled = True

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        event = self.cleaned_data.get("event") or getattr(self.instance, "event", None)
        duplicate = Registration.objects.filter(event=event, email__iexact=email).exclude(
            pk=self.instance.pk
        )
        if event is not None and duplicate.exists():
            raise forms.ValidationError(_("Dit e-mailadres is al aangemeld voor deze bijeenkomst."))
        return email


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "clipboard-list"
    menu_label = _("Aanmeldingen")
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "aanmeldingen"
    index_view_class = RegistrationIndexView
    index_results_template_name = "news/admin/registration_results.html"
    filterset_class = RegistrationFilterSet
    list_display = [
        "name",
        "email",
        "organisation",
        Column("status", label=_("Status"), accessor="get_status_display"),
        "event",
        DateColumn("created_at", label=_("Aangemeld op")),
        BooleanColumn("mail_sent", label=_("E-mail verstuurd")),
    ]
    list_export = [
        "event",
        "name",
        "email",
        "organisation",
        "remarks",
        "get_status_display",
        "language",
        "created_at",
        "promoted_at",
        "cancelled_at",
        "mail_sent_at",
    ]
    export_headings = {
        "event": _("Bijeenkomst"),
        "name": _("Naam"),
        "email": _("E-mailadres"),
        "organisation": _("Organisatie"),
        "remarks": _("Opmerkingen"),
        "get_status_display": _("Status"),
        "language": _("Taal"),
        "created_at": _("Aangemeld op"),
        "promoted_at": _("Van de wachtlijst op"),
        "cancelled_at": _("Afgemeld op"),
        "mail_sent_at": _("E-mail verstuurd op"),
    }
    export_filename = "aanmeldingen"
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return RegistrationForm

    def get_index_view_kwargs(self, **kwargs):
        text = {
            name: {"csv": spreadsheet_text, "xlsx": spreadsheet_text} for name in self.list_export
        }
        for name in ("created_at", "promoted_at", "cancelled_at", "mail_sent_at"):
            text[name] = {"csv": dutch_time, "xlsx": dutch_time}
        return super().get_index_view_kwargs(custom_field_preprocess=text, **kwargs)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("bijeenkomst/<int:page_id>/", self.for_event_view, name="for_event"),
            path("<int:pk>/opnieuw-sturen/", self.resend_view, name="resend"),
        ]

    def _check(self, request, action):
        if not self.permission_policy.user_has_permission(request.user, action):
            raise PermissionDenied

    def for_event_view(self, request, page_id):
        """The registrations of one meeting (any of its translations)."""
        self._check(request, "view")
        page = get_object_or_404(EventPage, pk=page_id)
        url = reverse(self.get_url_name("index"))
        return redirect(f"{url}?{urlencode({'event': page.registration_event.pk})}")

    def resend_view(self, request, pk):
        """GET asks to confirm; POST sends the mail that fits the registration's status."""
        self._check(request, "change")
        registration = get_object_or_404(Registration, pk=pk)
        if request.method != "POST":
            return TemplateResponse(
                request,
                "news/admin/resend_confirm.html",
                {
                    "registration": registration,
                    "header_title": _("E-mail opnieuw sturen"),
                    "back_url": reverse(self.get_url_name("index"))
                    + "?"
                    + urlencode({"event": registration.event_id}),
                },
            )
        if registrations.send_registration_mail(registration):
            messages.success(
                request, _("De e-mail is opnieuw verstuurd naar %s.") % registration.email
            )
        else:
            messages.error(
                request,
                _("De e-mail kon niet worden verstuurd. Probeer het later nog eens."),
            )
        url = reverse(self.get_url_name("index"))
        return redirect(f"{url}?{urlencode({'event': registration.event_id})}")


def registrations_url(page):
    return reverse("news_registrations:for_event", args=[page.pk])
