"""Inviting a volunteer: from the admin and in bulk, the link, and revoking access."""

import re
from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core import signing
from django.core.management import CommandError, call_command
from django.urls import reverse

from wagtail.models import Revision

from localgroups import invitations
from localgroups.models import Invitation, LocalGroup

from .conftest import initiative_form_data

PASSWORD = "een-lange-zin-als-wachtwoord"  # noqa: S105 - a test account


def link_in(message):
    body = message.get_body(("plain",)).get_content()
    return re.search(r"http://testserver(/nl/uitnodiging/\S+/)", body).group(1)


def invite_from_admin(client, editor, initiative, email="nieuw@example.org"):
    client.force_login(editor)
    group = LocalGroup.objects.get(initiative=initiative)
    response = client.post(
        reverse("invitations:add"), {"email": email, "name": "Noor", "local_group": group.pk}
    )
    client.logout()
    return response


def test_editor_invites_and_the_volunteer_sets_a_password(
    client, smtp_server, editor, initiative_a
):
    response = invite_from_admin(client, editor, initiative_a)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nieuw@example.org")
    assert not user.has_usable_password()
    assert user.groups.filter(local_group__initiative=initiative_a).exists()

    [mail] = [m["message"] for m in smtp_server.messages]
    assert mail["To"] == "nieuw@example.org"
    assert "Weggeefwinkel Amersfoort" in mail["Subject"]
    link = link_in(mail)

    page = client.get(link)  # a GET (as a mail scanner does) changes nothing
    assert page.status_code == 200 and "Kies een wachtwoord" in page.content.decode()
    user.refresh_from_db()
    assert not user.has_usable_password()

    response = client.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    assert Invitation.objects.get(user=user).accepted_at is not None
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Mijn initiatief" in dashboard and "Weggeefwinkel Amersfoort" in dashboard

    # The link works once.
    client.logout()
    reused = client.get(link)
    assert reused.status_code == 410 and "al gebruikt" in reused.content.decode()


def test_expired_and_tampered_links_are_refused(client, settings, initiative_a, editor):
    group = LocalGroup.objects.get(initiative=initiative_a)
    invitation = invitations.create_invitation("laat@example.org", group, invited_by=editor)
    token = invitations.make_token(invitation.user)
    url = reverse("localgroups:accept_invitation", args=[token])

    settings.KENNISBANK_INVITATION_TIMEOUT = -1
    expired = client.post(url, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert expired.status_code == 410 and "verlopen" in expired.content.decode()

    settings.KENNISBANK_INVITATION_TIMEOUT = 3600
    tampered = reverse("localgroups:accept_invitation", args=[token[:-2] + "xx"])
    response = client.post(tampered, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert response.status_code == 410 and "klopt niet" in response.content.decode()
    forged = signing.dumps({"u": invitation.user.pk, "s": "x"}, salt="another-salt")
    assert client.get(reverse("localgroups:accept_invitation", args=[forged])).status_code == 410
    invitation.user.refresh_from_db()
    assert not invitation.user.has_usable_password()


def test_a_weak_password_gets_a_clear_message(client, initiative_a, editor):
    group = LocalGroup.objects.get(initiative=initiative_a)
    invitation = invitations.create_invitation("zwak@example.org", group, invited_by=editor)
    url = reverse("localgroups:accept_invitation", args=[invitations.make_token(invitation.user)])
    response = client.post(url, {"new_password1": "123", "new_password2": "123"})
    assert response.status_code == 200
    assert "te kort" in response.content.decode()
    invitation.user.refresh_from_db()
    assert not invitation.user.has_usable_password()


def test_invalid_address_and_editor_address_are_refused(client, editor, initiative_a):
    client.force_login(editor)
    group = LocalGroup.objects.get(initiative=initiative_a)
    for email, message in (
        ("geen-adres", "Vul een geldig e-mailadres in"),
        (editor.email, "hoort bij een redacteur"),
    ):
        response = client.post(
            reverse("invitations:add"), {"email": email, "name": "", "local_group": group.pk}
        )
        assert response.status_code == 200
        assert message in response.content.decode()
    assert not Invitation.objects.exists()


def test_mail_server_down_keeps_the_invitation(client, broken_smtp, editor, initiative_a):
    response = invite_from_admin(client, editor, initiative_a, email="later@example.org")
    assert response.status_code == 302
    invitation = Invitation.objects.get(email="later@example.org")
    assert invitation.user.groups.filter(local_group__initiative=initiative_a).exists()


def test_bulk_invitations_from_csv(tmp_path, smtp_server, initiative_a, initiative_b):
    sheet = tmp_path / "leden.csv"
    sheet.write_text(
        "email;initiatief;naam\n"
        "an@example.org;weggeefwinkel-amersfoort;An\n"
        "bo@example.org;buurtmoeders-catering-amsterdam;Bo\n"
        "kapot;weggeefwinkel-amersfoort;X\n"
        "cas@example.org;bestaat-niet;Cas\n",
        encoding="utf-8",
    )
    errors = StringIO()
    with pytest.raises(CommandError, match="2 row"):
        call_command("invite_members", csv=str(sheet), stdout=StringIO(), stderr=errors)
    assert "not a valid e-mail address" in errors.getvalue()
    assert "no initiative" in errors.getvalue()
    assert {m["to"][0] for m in smtp_server.messages} == {"an@example.org", "bo@example.org"}
    assert (
        get_user_model()
        .objects.get(email="bo@example.org")
        .groups.filter(local_group__initiative=initiative_b)
        .exists()
    )


def test_removing_a_member_revokes_access_and_a_stale_form_is_refused(
    client, editor, member_a, initiative_a
):
    client.force_login(member_a)
    edit_url = reverse("wagtailadmin_pages:edit", args=[initiative_a.pk])
    assert client.get(edit_url).status_code == 200  # the form is open in their browser

    # The editor removes the member in the admin.
    client.force_login(editor)
    group = LocalGroup.objects.get(initiative=initiative_a)
    response = client.post(reverse("local_groups:edit", args=[group.pk]), {"members": []})
    assert response.status_code == 302
    assert not member_a.groups.filter(pk=group.group_id).exists()

    client.force_login(member_a)
    before = Revision.page_revisions.filter(object_id=str(initiative_a.pk)).count()
    stale = client.post(edit_url, initiative_form_data(initiative_a, summary="Te laat."))
    assert stale.status_code in (302, 403)
    assert Revision.page_revisions.filter(object_id=str(initiative_a.pk)).count() == before


def test_stopping_an_initiative_revokes_access(client, editor, member_a, initiative_a):
    initiative_a.status = "stopped"
    initiative_a.save_revision(user=editor).publish(user=editor)
    group = LocalGroup.objects.get(initiative=initiative_a)
    assert not group.active
    client.force_login(member_a)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[initiative_a.pk])).status_code in (
        302,
        403,
    )
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # no admin access left
    initiative_a.status = "running"
    initiative_a.save_revision(user=editor).publish(user=editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[initiative_a.pk])).status_code == 200
