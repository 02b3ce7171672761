from django.contrib.auth import login
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from wagtail.admin import messages

from . import invitations
from .models import LocalGroup


@sensitive_post_parameters()
@never_cache
def accept_invitation(request, token):
    """The link from the invitation e-mail: choose a password, then go to the admin.

    A GET only shows the form (mail scanners follow links); the password is set on POST."""
    try:
        user = invitations.user_for_token(token)
    except invitations.InvitationError as error:
        return TemplateResponse(
            request, "localgroups/invitation_invalid.html", {"reason": str(error)}, status=410
        )
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitations.accept(user, form.cleaned_data["new_password1"])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("wagtailadmin_home")
    groups = LocalGroup.objects.filter(group__user=user, active=True).select_related("initiative")
    return TemplateResponse(
        request,
        "localgroups/accept_invitation.html",
        {"form": form, "invited_user": user, "initiatives": [g.initiative for g in groups]},
    )


def add_experience(request):
    """From the volunteers' dashboard: the chosen method's "add experience" form."""
    from methods.models import MethodPage

    try:
        method = MethodPage.objects.get(pk=int(request.GET.get("methode", "")))
    except (ValueError, MethodPage.DoesNotExist):
        messages.error(request, _("Kies een methodiek uit de lijst."))
        return redirect("wagtailadmin_home")
    return redirect(
        reverse("wagtailadmin_pages:add", args=["localgroups", "experiencepage", method.pk])
    )
