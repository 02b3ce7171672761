from django.conf import settings
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale
from wagtail.users.models import UserProfile


class ExperiencePageForm(WagtailAdminPageForm):
    """The initiative of an experience comes from where it is written: the initiative page it
    is added under, or the author's own local group. Editors choose freely.

    A fixed choice is a disabled field, so Django ignores whatever a forged POST sends for it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from initiatives.models import InitiativePage

        from .models import LocalGroup

        field = self.fields.get("initiative")
        if field is None:
            return
        parent = self.parent_page.specific if self.parent_page else None
        user = self.for_user
        if isinstance(parent, InitiativePage):
            from .roles import source_initiative

            self._fix(field, source_initiative(parent))
            return
        is_editor = user is not None and (
            user.is_superuser
            or (self.parent_page and self.parent_page.permissions_for_user(user).can_publish())
        )
        if is_editor:
            field.queryset = InitiativePage.objects.filter(locale=Locale.get_default()).order_by(
                "title"
            )
            return
        groups = LocalGroup.objects.filter(group__user=user, active=True).select_related(
            "initiative"
        )
        initiatives = [group.initiative for group in groups]
        if self.instance.pk and self.instance.initiative_id:
            # An existing experience keeps its initiative: members may edit, not move it.
            self._fix(field, self.instance.initiative)
        elif len(initiatives) == 1:
            self._fix(field, initiatives[0])
        else:
            field.queryset = InitiativePage.objects.filter(
                pk__in=[initiative.pk for initiative in initiatives]
            ).order_by("title")
            field.help_text = _("Je zit in meer dan één groep: kies het initiatief.")

    def _fix(self, field, initiative):
        from initiatives.models import InitiativePage

        field.queryset = InitiativePage.objects.filter(pk=initiative.pk)
        self.initial["initiative"] = initiative.pk
        field.disabled = True
        field.help_text = _("Deze ervaring hoort bij %(initiative)s.") % {
            "initiative": initiative.title
        }


class NewAccountForm(UserCreationForm):
    """The account an invitee makes through the invitation link: a username and a password
    (checked by the site's password validators). The e-mail address is the invited one: the
    link proved the mailbox. The username starts as that address."""

    def __init__(self, *args, invitation, **kwargs):
        instance = self._meta.model(
            email=invitation.email, first_name=invitation.name[:150], is_active=True
        )
        kwargs.setdefault("initial", {"username": invitation.email[:150]})
        super().__init__(*args, instance=instance, **kwargs)
        self.fields["username"].help_text = _(
            "Hiermee log je in. Je mag je e-mailadres houden of een andere naam kiezen "
            "(letters, cijfers en @ . + - _)."
        )

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = settings.LANGUAGE_CODE
            profile.save()
        return user
