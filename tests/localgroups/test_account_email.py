"""A changed account address counts only after the new mailbox answers, and the invitation
hijack from issue 20 (change your own address to the invitee's) gets nowhere."""

import re
from datetime import timedelta
from html.parser import HTMLParser

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from localgroups.account import CHANGES_PER_HOUR
from localgroups.models import EmailChange, Invitation, LocalGroup

PASSWORD = "een-lange-zin-als-wachtwoord"  # noqa: S105 - a test account
CONTACT = "contact@weggeefwinkel-amersfoort.example"  # a public contact address


class FormFields(HTMLParser):
    """The values a browser would send for the forms on a page."""

    def __init__(self):
        super().__init__()
        self.data = {}
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.data[name] = attrs.get("value") or ""
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select:
            if "selected" in attrs or self.select not in self.data:
                self.data[self.select] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


def save_account_settings(client, **changes):
    """Post the account settings as the browser shows them, with `changes`."""
    page = client.get(reverse("wagtailadmin_account"))
    assert page.status_code == 200
    fields = FormFields()
    fields.feed(page.content.decode())
    data = fields.data
    # The name is required in Wagtail's panel; the test accounts have none yet.
    data["name_email-first_name"] = data.get("name_email-first_name") or "Bo"
    data["name_email-last_name"] = data.get("name_email-last_name") or "de Vries"
    data.update({key.replace("__", "-"): value for key, value in changes.items()})
    return client.post(reverse("wagtailadmin_account"), data)


def mails_to(smtp_server, email):
    return [m["message"] for m in smtp_server.messages if email in m["to"]]


def last_link(smtp_server, email, path):
    """The link to `path` in the latest mail to `email` that has one."""
    for message in reversed(mails_to(smtp_server, email)):
        body = message.get_body(("plain",)).get_content()
        found = re.search(rf"http://testserver({path}\S+/)", body)
        if found:
            return found.group(1)
    raise AssertionError(f"No mail to {email} with a link to {path}")


def confirmation_link(smtp_server, email):
    return last_link(smtp_server, email, "/admin/e-mailadres-bevestigen/")


def invitation_link(smtp_server, email):
    return last_link(smtp_server, email, "/nl/uitnodiging/")


def invite(client, editor, initiative, email):
    client.force_login(editor)
    group = LocalGroup.objects.get(initiative=initiative)
    response = client.post(
        reverse("invitations:add"), {"email": email, "name": "", "local_group": group.pk}
    )
    client.logout()
    assert response.status_code == 302


def in_group(user, initiative):
    return user.groups.filter(local_group__initiative=initiative).exists()


def account_page(client):
    return client.get(reverse("wagtailadmin_account")).content.decode()


def email_of(user):
    user.refresh_from_db()
    return user.email


# ----------------------------------------------------------------------------------------
# Changing the address


def test_a_new_address_waits_for_its_confirmation(client, smtp_server, member_b):
    client.force_login(member_b)
    response = save_account_settings(client, email__email="Nieuw-B@Example.org")
    assert response.status_code == 302
    assert email_of(member_b) == "lid-b@example.org"
    assert EmailChange.objects.get(user=member_b).email == "nieuw-b@example.org"
    [mail] = mails_to(smtp_server, "nieuw-b@example.org")
    assert not mails_to(smtp_server, "lid-b@example.org")
    assert "Bevestig je nieuwe e-mailadres" in mail["Subject"]

    page = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "Je huidige e-mailadres: <strong>lid-b@example.org</strong>" in page
    assert "Wacht op bevestiging: nieuw-b@example.org" in page
    assert "tot dan blijft lid-b@example.org je adres" in page  # the message after saving

    # Saving other settings keeps the pending address and sends nothing more.
    assert save_account_settings(client, name_email__first_name="Bea").status_code == 302
    assert len(mails_to(smtp_server, "nieuw-b@example.org")) == 1
    assert EmailChange.objects.filter(user=member_b).count() == 1

    link = confirmation_link(smtp_server, "nieuw-b@example.org")
    anonymous = Client().get(link)
    assert anonymous.status_code == 302 and reverse("wagtailadmin_login") in anonymous["Location"]

    page = client.get(link)  # a GET (as a mail scanner does) changes nothing
    assert page.status_code == 200 and "Ja, bevestig dit e-mailadres" in page.content.decode()
    assert email_of(member_b) == "lid-b@example.org"

    response = client.post(link)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_account")
    assert email_of(member_b) == "nieuw-b@example.org"
    assert (
        "Wacht op bevestiging" not in client.get(reverse("wagtailadmin_account")).content.decode()
    )

    reused = client.post(link)
    assert reused.status_code == 410 and "al gebruikt" in reused.content.decode()


def test_the_link_works_only_for_its_own_account(client, smtp_server, member_a, member_b):
    client.force_login(member_b)
    save_account_settings(client, email__email="nieuw-b@example.org")
    link = confirmation_link(smtp_server, "nieuw-b@example.org")
    client.force_login(member_a)
    response = client.post(link)
    assert response.status_code == 410 and "hoort bij een ander account" in (
        response.content.decode()
    )
    assert email_of(member_a) == "lid-a@example.org"
    assert email_of(member_b) == "lid-b@example.org"


def test_an_expired_link_changes_nothing(client, smtp_server, member_b):
    client.force_login(member_b)
    save_account_settings(client, email__email="nieuw-b@example.org")
    link = confirmation_link(smtp_server, "nieuw-b@example.org")
    period = timedelta(seconds=settings.KENNISBANK_EMAIL_CONFIRMATION_TIMEOUT)
    EmailChange.objects.update(created_at=timezone.now() - period - timedelta(seconds=1))

    response = client.post(link)
    assert response.status_code == 410 and "verlopen" in response.content.decode()
    assert email_of(member_b) == "lid-b@example.org"
    assert (
        "Wacht op bevestiging" not in client.get(reverse("wagtailadmin_account")).content.decode()
    )


def test_the_current_address_withdraws_and_a_new_request_replaces(client, smtp_server, member_b):
    client.force_login(member_b)
    save_account_settings(client, email__email="eerste@example.org")
    first = confirmation_link(smtp_server, "eerste@example.org")
    save_account_settings(client, email__email="tweede@example.org")
    second = confirmation_link(smtp_server, "tweede@example.org")

    replaced = client.post(first)
    assert replaced.status_code == 410 and "klopt niet" in replaced.content.decode()

    save_account_settings(client, email__email="lid-b@example.org")
    assert not EmailChange.objects.exists()
    assert client.post(second).status_code == 410
    assert email_of(member_b) == "lid-b@example.org"


def test_the_link_can_be_sent_again(client, smtp_server, member_b):
    client.force_login(member_b)
    save_account_settings(client, email__email="nieuw-b@example.org")
    first = confirmation_link(smtp_server, "nieuw-b@example.org")
    save_account_settings(client, email__email="nieuw-b@example.org", email__resend="on")
    second = confirmation_link(smtp_server, "nieuw-b@example.org")
    assert first != second
    assert client.post(first).status_code == 410
    assert client.post(second).status_code == 302
    assert email_of(member_b) == "nieuw-b@example.org"


def test_an_address_of_another_account_is_refused_when_confirming(
    client, smtp_server, member_a, member_b
):
    client.force_login(member_b)
    save_account_settings(client, email__email=member_a.email)
    response = client.post(confirmation_link(smtp_server, member_a.email))
    assert response.status_code == 410 and "hoort al bij een ander account" in (
        response.content.decode()
    )
    assert email_of(member_b) == "lid-b@example.org"


def test_links_are_limited_per_hour(client, smtp_server, member_b):
    client.force_login(member_b)
    for number in range(CHANGES_PER_HOUR):
        save_account_settings(client, email__email=f"adres-{number}@example.org")
    response = save_account_settings(client, email__email="nog-een@example.org")
    assert response.status_code == 200
    assert "al vaak een nieuw adres opgegeven" in response.content.decode()
    assert len(smtp_server.messages) == CHANGES_PER_HOUR
    assert not mails_to(smtp_server, "nog-een@example.org")


def test_mail_server_down_changes_nothing(client, broken_smtp, member_b):
    client.force_login(member_b)
    response = save_account_settings(client, email__email="nieuw-b@example.org")
    assert response.status_code == 302
    page = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "kon niet worden verstuurd" in page
    assert not EmailChange.objects.exists()
    assert email_of(member_b) == "lid-b@example.org"


# ----------------------------------------------------------------------------------------
# The hijack from issue 20


def test_an_unconfirmed_address_does_not_take_an_invitation(
    client, smtp_server, editor, member_b, initiative_a
):
    """A volunteer of initiative B gives their account the public address of initiative A just
    before an editor invites it. They are not let in; the real invitee is."""
    client.force_login(member_b)
    save_account_settings(client, email__email=CONTACT)
    assert email_of(member_b) == "lid-b@example.org"

    invite(client, editor, initiative_a, CONTACT)
    assert not in_group(member_b, initiative_a)
    assert {m["to"][0] for m in smtp_server.messages} == {CONTACT}  # confirmation, invitation

    # Even holding the invitation link, the volunteer's account is not the invited one.
    link = invitation_link(smtp_server, CONTACT)
    client.force_login(member_b)
    assert client.post(link).status_code == 403
    assert not in_group(member_b, initiative_a)

    # The real invitee opens the link and makes an account.
    invitee = Client()
    response = invitee.post(
        link, {"username": "contact-a", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    owner = get_user_model().objects.get(username="contact-a")
    assert owner.email == CONTACT and in_group(owner, initiative_a)
    assert not in_group(member_b, initiative_a)

    # The volunteer's confirmation link, in the invitee's mailbox, works for nobody else.
    confirm = confirmation_link(smtp_server, CONTACT)
    refused = invitee.post(confirm)
    assert refused.status_code == 410 and "hoort bij een ander account" in (
        refused.content.decode()
    )
    assert email_of(member_b) == "lid-b@example.org"


def test_a_confirmed_address_still_needs_the_link(
    client, smtp_server, editor, member_b, initiative_a
):
    """Whoever owns the mailbox: nothing happens until the link in the invitation is used."""
    client.force_login(member_b)
    save_account_settings(client, email__email="bo@example.org")
    assert client.post(confirmation_link(smtp_server, "bo@example.org")).status_code == 302
    assert email_of(member_b) == "bo@example.org"

    invite(client, editor, initiative_a, "bo@example.org")
    client.force_login(member_b)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert not in_group(member_b, initiative_a)
    assert Invitation.objects.get(email="bo@example.org").accepted_at is None

    link = invitation_link(smtp_server, "bo@example.org")
    assert client.post(link).status_code == 302
    assert in_group(member_b, initiative_a)
