"""Admin screens for editors (invitations, local groups) and the volunteers' dashboard."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.models import Locale, Page, TaskState, WorkflowState
from wagtail.permission_policies import ModelPermissionPolicy

from home.roles import is_editor

from . import invitations
from .models import ExperiencePage, Invitation, LocalGroup
from .roles import member_initiative_ids


class InvitationForm(WagtailAdminModelForm):
    """What an editor fills in to invite a volunteer."""

    class Meta:
        model = Invitation
        fields = ["email", "name", "local_group"]
        labels = {"local_group": _("Initiatief")}
        help_texts = {
            "email": _("Naar dit adres sturen we de uitnodiging."),
            "name": _("Optioneel: de voornaam, voor de aanhef van de e-mail."),
            "local_group": _("De vrijwilliger kan daarna de pagina van dit initiatief bijwerken."),
        }
        error_messages = {
            "email": {"invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")},
            "local_group": {"required": _("Kies het initiatief.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["local_group"].queryset = LocalGroup.objects.filter(active=True).select_related(
            "group"
        )

    def clean_email(self):
        email = get_user_model().objects.normalize_email(self.cleaned_data["email"]).lower()
        existing = get_user_model().objects.filter(email__iexact=email).first()
        if existing is not None and (existing.is_superuser or is_editor(existing)):
            raise forms.ValidationError(
                _("Dit adres hoort bij een redacteur; die heeft al alle rechten.")
            )
        return email


class InvitationCreateView(CreateView):
    """Inviting records a pending invitation and mails its link; nobody joins the group until
    the invitee opens it (`localgroups.invitations`).

    The invitation is stored before the mail goes out: when the mail server is down the
    editor sees a warning and sends it again later from the invitation."""

    def save_instance(self):
        data = self.form.cleaned_data
        invitation = invitations.create_invitation(
            data["email"], data["local_group"], invited_by=self.request.user, name=data["name"]
        )
        self.mail_sent = invitations.send_invitation(invitation, request=self.request)
        return invitation

    def save_action(self):
        if self.mail_sent:
            return super().save_action()
        messages.warning(
            self.request,
            _(
                "De uitnodiging voor %(email)s is opgeslagen, maar de e-mail kon niet worden "
                "verstuurd. Open de uitnodiging later en kies ‘Opnieuw versturen’."
            )
            % {"email": self.object.email},
        )
        return redirect(self.get_success_url())

    def get_success_message(self, instance):
        return _("Uitnodiging verstuurd naar %(email)s.") % {"email": instance.email}

    def get_success_buttons(self):
        return []


class InvitationEditView(EditView):
    """Editing an invitation means sending it again: a new link, valid for the full period;
    the earlier link stops working. An accepted invitation is not sent again."""

    def save_instance(self):
        invitation = self.object
        self.mail_sent = None
        if invitation.accepted_at:
            return invitation
        self.mail_sent = invitations.send_invitation(invitation, request=self.request)
        log(instance=invitation, action="localgroups.invitation_resent", user=self.request.user)
        return invitation

    def save_action(self):
        if self.mail_sent is None:
            messages.info(
                self.request,
                _("Deze uitnodiging is al aangenomen; er is niets verstuurd."),
            )
            return redirect(self.get_success_url())
        if self.mail_sent:
            return super().save_action()
        messages.warning(
            self.request, _("De e-mail kon niet worden verstuurd. Probeer het later opnieuw.")
        )
        return redirect(self.get_success_url())

    def get_success_message(self):
        return _("Uitnodiging opnieuw verstuurd naar %(email)s.") % {"email": self.object.email}

    def get_success_buttons(self):
        return []


class ResendForm(WagtailAdminModelForm):
    """The edit screen of an invitation has no fields: its button sends it again."""

    class Meta:
        model = Invitation
        fields = []


class InvitationViewSet(ModelViewSet):
    model = Invitation
    icon = "mail"
    menu_label = _("Uitnodigingen")
    add_view_class = InvitationCreateView
    edit_view_class = InvitationEditView
    list_display = ["email", "local_group", "status", "invited_by", "created_at", "accepted_at"]
    list_filter = ["local_group"]
    search_fields = ["email", "name"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return ResendForm if for_update else InvitationForm

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(submit_button_label=_("Uitnodiging versturen"), **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(submit_button_label=_("Opnieuw versturen"), **kwargs)


class LocalGroupPermissionPolicy(ModelPermissionPolicy):
    """Local groups follow their initiatives: editors change members, never add or delete."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class LocalGroupForm(forms.ModelForm):
    members = forms.ModelMultipleChoiceField(
        label=_("Leden"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Haal het vinkje weg om iemand uit de groep te halen: die kan de pagina’s van dit "
            "initiatief dan niet meer bewerken. Nieuwe leden nodig je uit via Uitnodigingen."
        ),
    )

    class Meta:
        model = LocalGroup
        fields = []

    def __init__(self, *args, **kwargs):
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)
        members = self.instance.group.user_set.order_by("first_name", "email")
        self.fields["members"].queryset = members
        self.fields["members"].label_from_instance = lambda user: (
            f"{user.get_full_name() or user.username} <{user.email}>"
        )
        self.initial["members"] = list(members.values_list("pk", flat=True))

    def save(self, commit=True):
        kept = set(self.cleaned_data["members"])
        for user in self.fields["members"].queryset:
            if user not in kept:
                user.groups.remove(self.instance.group)
        return self.instance


class LocalGroupIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("group", "initiative")
            .annotate(member_count=Count("group__user"))
            .order_by("group__name")
        )


class LocalGroupViewSet(ModelViewSet):
    model = LocalGroup
    icon = "group"
    menu_label = _("Groepen en leden")
    index_view_class = LocalGroupIndexView
    list_display = [
        "group",
        "initiative",
        Column("member_count", label=_("Leden")),
        BooleanColumn("active", label=_("Actief")),
    ]
    list_filter = ["active"]
    search_fields = ["group__name"]
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return LocalGroupForm


class LocalGroupsMenu(ViewSetGroup):
    menu_label = _("Lokale groepen")
    menu_icon = "group"
    menu_order = 330
    items = (LocalGroupViewSet("local_groups"), InvitationViewSet("invitations"))


# ----------------------------------------------------------------------------------------
# The volunteers' dashboard


def scope_pages(user):
    """Pages a volunteer works on: their initiatives (every language, and what is under them)
    and the experiences of their initiatives. Returns a Q on Page; one query for the paths."""
    initiative_ids = member_initiative_ids(user)
    condition = Q(owner=user)
    if initiative_ids:
        keys = Page.objects.filter(pk__in=initiative_ids).values("translation_key")
        for path in Page.objects.filter(translation_key__in=keys).values_list("path", flat=True):
            condition |= Q(path__startswith=path)
        condition |= Q(
            pk__in=ExperiencePage.objects.filter(initiative_id__in=initiative_ids).values("pk")
        )
    return condition


class VolunteerDashboard(Component):
    """'Mijn initiatief', 'Ervaring toevoegen', 'Wat wacht op goedkeuring'."""

    name = "volunteer_dashboard"
    order = 10
    template_name = "localgroups/admin/volunteer_dashboard.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        from methods.models import MethodPage

        user = self.request.user
        groups = list(
            LocalGroup.objects.filter(group__user=user, active=True).select_related("initiative")
        )
        default = Locale.get_default()
        methods = MethodPage.objects.live().filter(locale=default).order_by("title")
        pages = Page.objects.filter(scope_pages(user))
        page_type = ContentType.objects.get_for_model(Page)
        page_ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
        states = {
            int(state.object_id): state
            for state in WorkflowState.objects.active()
            .filter(
                base_content_type=page_type,
                object_id__in=page_ids,
            )
            .select_related("current_task_state")
        }
        rejected = {
            state.workflow_state_id: state
            for state in TaskState.objects.filter(
                workflow_state__in=states.values(), status=TaskState.STATUS_REJECTED
            ).order_by("finished_at")
        }
        waiting = []
        for page in (
            pages.filter(Q(pk__in=states.keys()) | Q(has_unpublished_changes=True))
            .specific()
            .order_by("-latest_revision_created_at")
        ):
            state = states.get(page.pk)
            rejection = rejected.get(state.pk) if state else None
            waiting.append(
                {
                    "page": page,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    "state": state,
                    "needs_changes": state is not None
                    and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
                    "comment": rejection.comment if rejection else "",
                    "submitted": state is not None
                    and state.status == WorkflowState.STATUS_IN_PROGRESS,
                }
            )
        return {
            "initiatives": [
                {
                    "page": group.initiative,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[group.initiative.pk]),
                    "add_url": reverse(
                        "wagtailadmin_pages:add",
                        args=["localgroups", "experiencepage", group.initiative.pk],
                    ),
                }
                for group in groups
            ],
            "methods": methods,
            "add_experience_url": reverse("localgroups_add_experience"),
            "waiting": waiting,
        }
