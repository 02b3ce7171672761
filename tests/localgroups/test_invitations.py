"""Inviting a volunteer: the invitation waits for the invitee's mailbox, from the admin and in
bulk; the link works once and for a limited time; revoking access."""

import re
from datetime import timedelta
from io import StringIO

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Revision

from localgroups import invitations
from localgroups.models import Invitation, LocalGroup

from .conftest import initiative_form_data

PASSWORD = "een-lange-zin-als-wachtwoord"  # noqa: S105 - a test account
MEMBER_PASSWORD = "geheim-wachtwoord-123"  # noqa: S105 - conftest.make_user's password


def link_in(message, host="testserver"):
    body = message.get_body(("plain",)).get_content()
    return re.search(rf"http://{re.escape(host)}(/nl/uitnodiging/\S+/)", body).group(1)


def mails_to(smtp_server, email):
    return [m["message"] for m in smtp_server.messages if email in m["to"]]


def invite_from_admin(client, editor, initiative, email="nieuw@example.org", **extra):
    client.force_login(editor)
    group = LocalGroup.objects.get(initiative=initiative)
    response = client.post(
        reverse("invitations:add"),
        {"email": email, "name": "Noor", "local_group": group.pk},
        **extra,
    )
    client.logout()
    return response


def in_group(user, initiative):
    return user.groups.filter(local_group__initiative=initiative).exists()


def new_account(username="noor"):
    return {"username": username, "password1": PASSWORD, "password2": PASSWORD}


def test_an_invitation_adds_nobody_until_the_link_is_opened(
    client, smtp_server, editor, member_a, initiative_b
):
    """Even an account whose address is the invited one stays out until the link is used."""
    response = invite_from_admin(client, editor, initiative_b, email=member_a.email)
    assert response.status_code == 302
    invitation = Invitation.objects.get(email=member_a.email)
    assert invitation.accepted_at is None and invitation.user is None
    assert not in_group(member_a, initiative_b)

    [mail] = mails_to(smtp_server, member_a.email)
    assert "Buurtmoeders" in mail["Subject"]
    token = link_in(mail).rstrip("/").rsplit("/", 1)[1]
    # Only a hash of the token is stored.
    assert invitation.token_hash and token not in invitation.token_hash
    assert not Invitation.objects.filter(token_hash=token).exists()


def test_a_new_invitee_makes_an_account_through_the_link(client, smtp_server, editor, initiative_a):
    invite_from_admin(client, editor, initiative_a)
    assert not get_user_model().objects.filter(email="nieuw@example.org").exists()
    link = link_in(mails_to(smtp_server, "nieuw@example.org")[0])

    page = client.get(link)  # a GET (as a mail scanner does) changes nothing
    content = page.content.decode()
    assert page.status_code == 200 and "Kies een gebruikersnaam en een wachtwoord" in content
    assert 'value="nieuw@example.org"' in content  # the username starts as the address

    weak = client.post(link, {"username": "noor", "password1": "123", "password2": "123"})
    assert weak.status_code == 200 and "te kort" in weak.content.decode()
    assert not get_user_model().objects.filter(username="noor").exists()

    response = client.post(link, new_account())
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    user = get_user_model().objects.get(username="noor")
    assert user.email == "nieuw@example.org" and user.first_name == "Noor"
    assert user.check_password(PASSWORD)
    assert in_group(user, initiative_a)
    invitation = Invitation.objects.get(email="nieuw@example.org")
    assert invitation.accepted_at is not None and invitation.user == user
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Mijn initiatief" in dashboard and "Weggeefwinkel Amersfoort" in dashboard

    # The link works once: not for the new account, not for a stranger.
    reused = client.post(link, {})
    assert reused.status_code == 410 and "al gebruikt" in reused.content.decode()
    stranger = Client()
    reused = stranger.post(link, new_account("tweede"))
    assert reused.status_code == 410 and "al gebruikt" in reused.content.decode()
    assert not get_user_model().objects.filter(username="tweede").exists()


def test_an_existing_account_logs_in_and_accepts(
    client, smtp_server, editor, member_a, initiative_b
):
    invite_from_admin(client, editor, initiative_b, email=member_a.email)
    link = link_in(mails_to(smtp_server, member_a.email)[0])

    page = client.get(link).content.decode()
    assert "Er is al een account met dit e-mailadres" in page
    assert client.post(link, new_account("overname")).status_code == 200
    assert not get_user_model().objects.filter(username="overname").exists()

    # Through the real login page, which comes back to the link.
    login = client.post(
        reverse("wagtailadmin_login"),
        {"username": member_a.username, "password": MEMBER_PASSWORD, "next": link},
    )
    assert login.status_code == 302 and login["Location"] == link
    page = client.get(link)
    assert page.status_code == 200 and "Uitnodiging aannemen" in page.content.decode()
    assert not in_group(member_a, initiative_b)  # the GET changed nothing

    response = client.post(link)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert in_group(member_a, initiative_b)
    assert Invitation.objects.get(email=member_a.email).user == member_a


def test_someone_else_logged_in_is_refused_and_can_log_out(
    client, smtp_server, editor, member_b, initiative_a
):
    invite_from_admin(client, editor, initiative_a)
    link = link_in(mails_to(smtp_server, "nieuw@example.org")[0])

    client.force_login(member_b)
    for response in (client.get(link), client.post(link)):
        content = response.content.decode()
        assert response.status_code == 403
        assert "Je bent ingelogd als lid-b, maar deze uitnodiging is voor nieuw@example.org" in (
            content
        )
        assert "Uitloggen" in content
    assert not in_group(member_b, initiative_a)
    assert Invitation.objects.get().accepted_at is None

    logged_out = client.post(link, {"action": "logout"})
    assert logged_out.status_code == 302 and logged_out["Location"] == link
    assert "Kies een gebruikersnaam" in client.get(link).content.decode()
    client.post(link, new_account())
    assert in_group(get_user_model().objects.get(username="noor"), initiative_a)
    assert not in_group(member_b, initiative_a)


def test_an_account_invited_before_without_a_password_sets_one(
    client, smtp_server, editor, initiative_a
):
    """Accounts from the earlier way of inviting have the address and no password yet."""
    User = get_user_model()
    old = User.objects.create_user(username="oud@example.org", email="oud@example.org")
    assert not old.has_usable_password()
    invite_from_admin(client, editor, initiative_a, email="oud@example.org")
    link = link_in(mails_to(smtp_server, "oud@example.org")[0])

    assert "nog zonder wachtwoord" in client.get(link).content.decode()
    response = client.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert response.status_code == 302
    old.refresh_from_db()
    assert old.check_password(PASSWORD) and in_group(old, initiative_a)
    assert User.objects.filter(email="oud@example.org").count() == 1


def test_an_expired_link_adds_nobody(client, smtp_server, editor, member_a, initiative_b):
    invite_from_admin(client, editor, initiative_b)
    invite_from_admin(client, editor, initiative_b, email=member_a.email)
    new_link = link_in(mails_to(smtp_server, "nieuw@example.org")[0])
    member_link = link_in(mails_to(smtp_server, member_a.email)[0])

    # Sent a moment more than the allowed period ago.
    period = timedelta(seconds=settings.KENNISBANK_INVITATION_TIMEOUT)
    Invitation.objects.update(created_at=timezone.now() - period - timedelta(seconds=1))

    for response in (client.get(new_link), client.post(new_link, new_account())):
        assert response.status_code == 410 and "verlopen" in response.content.decode()
    assert not get_user_model().objects.filter(email="nieuw@example.org").exists()
    client.force_login(member_a)
    response = client.post(member_link)
    assert response.status_code == 410 and "verlopen" in response.content.decode()
    assert not in_group(member_a, initiative_b)

    # Just inside the period the link still works.
    Invitation.objects.update(created_at=timezone.now() - period + timedelta(minutes=1))
    assert client.post(member_link).status_code == 302
    assert in_group(member_a, initiative_b)


def test_a_wrong_link_and_a_resent_invitation(client, smtp_server, editor, initiative_a):
    invite_from_admin(client, editor, initiative_a)
    first = link_in(mails_to(smtp_server, "nieuw@example.org")[0])
    tampered = first[:-3] + "xx/"
    response = client.post(tampered, new_account())
    assert response.status_code == 410 and "klopt niet" in response.content.decode()

    # Sending again makes a new link; the first stops working.
    invitation = Invitation.objects.get()
    client.force_login(editor)
    resent = client.post(reverse("invitations:edit", args=[invitation.pk]))
    assert resent.status_code == 302
    client.logout()
    second = link_in(mails_to(smtp_server, "nieuw@example.org")[1])
    assert second != first
    assert client.post(first, new_account()).status_code == 410
    assert client.post(second, new_account()).status_code == 302
    assert in_group(get_user_model().objects.get(username="noor"), initiative_a)

    # An accepted invitation is not sent again.
    client.force_login(editor)
    client.post(reverse("invitations:edit", args=[invitation.pk]))
    assert len(mails_to(smtp_server, "nieuw@example.org")) == 2


def test_a_stopped_initiative_takes_nobody_in(client, smtp_server, editor, initiative_a):
    invite_from_admin(client, editor, initiative_a)
    link = link_in(mails_to(smtp_server, "nieuw@example.org")[0])
    initiative_a.status = "stopped"
    initiative_a.save_revision(user=editor).publish(user=editor)
    response = client.post(link, new_account())
    assert response.status_code == 410 and "gestopt" in response.content.decode()
    assert not get_user_model().objects.filter(username="noor").exists()


def test_links_use_the_host_of_the_request(client, smtp_server, editor, initiative_a):
    invite_from_admin(client, editor, initiative_a, HTTP_HOST="localhost")
    [mail] = mails_to(smtp_server, "nieuw@example.org")
    assert client.get(link_in(mail, host="localhost"), HTTP_HOST="localhost").status_code == 200


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
    client.force_login(editor)
    group = LocalGroup.objects.get(initiative=initiative_a)
    response = client.post(
        reverse("invitations:add"),
        {"email": "later@example.org", "name": "", "local_group": group.pk},
        follow=True,
    )
    assert "kon niet worden verstuurd" in response.content.decode()
    invitation = Invitation.objects.get(email="later@example.org")
    assert invitation.accepted_at is None
    assert not get_user_model().objects.filter(email="later@example.org").exists()


def test_bulk_invitations_from_csv(tmp_path, settings, smtp_server, initiative_a, initiative_b):
    settings.WAGTAILADMIN_BASE_URL = "https://kennisbank.example"
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
    # Pending invitations with links on the configured address; no accounts yet.
    assert not get_user_model().objects.filter(email__in=["an@example.org", "bo@example.org"])
    [mail] = mails_to(smtp_server, "bo@example.org")
    body = mail.get_body(("plain",)).get_content()
    path = re.search(r"https://kennisbank\.example(/nl/uitnodiging/\S+/)", body).group(1)
    assert Invitation.objects.get(email="bo@example.org").local_group.initiative == initiative_b

    client = Client()
    assert client.post(path, new_account("bo")).status_code == 302
    assert in_group(get_user_model().objects.get(username="bo"), initiative_b)


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


def test_a_link_opened_in_two_browsers_gives_one_account(
    client, smtp_server, editor, member_a, initiative_a
):
    """Both browsers show the form; the second to submit gets a refusal, not an account. The
    claim itself is atomic: an invitation read before the first use cannot be used again."""
    invite_from_admin(client, editor, initiative_a, email=member_a.email)
    link = link_in(mails_to(smtp_server, member_a.email)[0])
    stale = invitations.pending_invitation(link.rstrip("/").rsplit("/", 1)[1])
    other = Client()
    client.force_login(member_a)
    other.force_login(member_a)
    assert client.get(link).status_code == 200 and other.get(link).status_code == 200
    assert client.post(link).status_code == 302
    late = other.post(link)
    assert late.status_code == 410 and "al gebruikt" in late.content.decode()
    with pytest.raises(invitations.InvitationError):
        invitations.join(stale, member_a)
    assert Invitation.objects.get().user == member_a
