from urllib.parse import urlencode

from django.contrib.auth import login, logout
from django.contrib.auth.forms import SetPasswordForm
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from wagtail.admin import messages

from . import invitations
from .forms import NewAccountForm

BACKEND = "django.contrib.auth.backends.ModelBackend"


def _refused(request, error):
    return TemplateResponse(
        request, "localgroups/invitation_invalid.html", {"reason": str(error)}, status=410
    )


def _joined(request, invitation):
    messages.success(
        request,
        _("Welkom! Je kunt nu de pagina’s van %(initiative)s bijwerken.")
        % {"initiative": invitation.local_group.initiative.title},
    )
    return redirect("wagtailadmin_home")


@sensitive_post_parameters()
@never_cache
def accept_invitation(request, token):
    """The link from the invitation e-mail. A GET only shows what will happen (mail scanners
    follow links); the account joins the group on POST:

    - logged in as the account of the invited address: a button to join;
    - logged in as someone else: a refusal, with a button to log out;
    - not logged in, and the address has an account with a password: log in first;
    - not logged in, and the address has an account without a password (invited before and
      never set up): choose a password for it;
    - otherwise: make an account (username and password) with the invited address.
    """
    try:
        invitation = invitations.pending_invitation(token)
    except invitations.InvitationError as error:
        return _refused(request, error)
    context = {"invitation": invitation, "initiative": invitation.local_group.initiative}
    user = request.user

    if user.is_authenticated:
        if request.method == "POST" and request.POST.get("action") == "logout":
            logout(request)
            return redirect(request.path)
        if not invitations.email_matches(user, invitation.email):
            return TemplateResponse(
                request, "localgroups/invitation_other_account.html", context, status=403
            )
        if request.method == "POST":
            try:
                invitations.join(invitation, user)
            except invitations.InvitationError as error:
                return _refused(request, error)
            return _joined(request, invitation)
        return TemplateResponse(
            request, "localgroups/accept_invitation.html", {**context, "mode": "join"}
        )

    accounts = list(invitations.accounts_with_address(invitation.email).order_by("pk"))
    if any(account.has_usable_password() for account in accounts):
        query = urlencode({"next": request.path})
        return TemplateResponse(
            request,
            "localgroups/accept_invitation.html",
            {
                **context,
                "mode": "login",
                "login_url": f"{reverse('wagtailadmin_login')}?{query}",
                "reset_url": reverse("wagtailadmin_password_reset"),
            },
        )
    if accounts:
        mode, form = "password", SetPasswordForm(accounts[0], request.POST or None)
    else:
        mode, form = "new", NewAccountForm(request.POST or None, invitation=invitation)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                account = form.save()
                invitations.join(invitation, account)
        except invitations.InvitationError as error:
            return _refused(request, error)
        login(request, account, backend=BACKEND)
        return _joined(request, invitation)
    return TemplateResponse(
        request, "localgroups/accept_invitation.html", {**context, "mode": mode, "form": form}
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
