"""The admin login locks a user name from one address after repeated failures (django-axes),
holds back an address that tries many names, shows the lockouts to administrators with a way
to lift them, and rate-limits password reset mails."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from home import login

pytestmark = pytest.mark.django_db

PASSWORD = "een-goed-wachtwoord-2026"  # noqa: S105
LOCKED = "Er is te vaak een verkeerd wachtwoord ingevuld"


@pytest.fixture(autouse=True)
def axes_enabled(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("beheerder", "beheerder@example.org", PASSWORD)


@pytest.fixture
def failure_limit(settings):
    return settings.AXES_FAILURE_LIMIT


def attempt(client, password, username="beheerder", address="203.0.113.50", **meta):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **meta,
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def test_failures_lock_the_user_name_from_that_address_even_for_the_right_password(
    client, admin_user, failure_limit
):
    for _ in range(failure_limit):
        response = attempt(client, "fout")
        assert response.status_code == 200
        assert not logged_in(client)
    # The Wagtail login page with the reason, not a bare error page.
    response = attempt(client, PASSWORD)
    assert response.status_code == 200
    assert not logged_in(client)
    html = response.content.decode()
    assert LOCKED in html
    assert "minuten opnieuw" in html
    assert 'name="password"' in html
    # Recorded in the database for the administrators.
    record = AccessAttempt.objects.get(username="beheerder", ip_address="203.0.113.50")
    assert record.failures_since_start == failure_limit
    # Another user name from the same address is not locked.
    get_user_model().objects.create_superuser("tweede", "tweede@example.org", PASSWORD)
    attempt(client, PASSWORD, username="tweede")
    assert logged_in(client)


def test_a_stranger_elsewhere_cannot_lock_an_editor_out(client, admin_user, failure_limit):
    """Wrong passwords for a known user name from other addresses (one each, or all from one)
    do not stop the editor, who logs in from their own address."""
    for n in range(failure_limit):
        attempt(client, "fout", address=f"198.51.100.{n + 1}")
    for _ in range(failure_limit + 2):
        attempt(client, "fout", address="198.51.100.200")
    response = attempt(client, PASSWORD, address="203.0.113.50")
    assert logged_in(client)
    assert LOCKED not in response.content.decode()


def test_the_lock_ends_after_the_cool_off_time(client, admin_user, failure_limit, settings):
    for _ in range(failure_limit):
        attempt(client, "fout")
    attempt(client, PASSWORD)
    assert not logged_in(client)
    # The last failure was longer ago than the cool-off time.
    AccessAttempt.objects.update(
        attempt_time=(
            AccessAttempt.objects.get().attempt_time
            - settings.AXES_COOLOFF_TIME
            - timedelta(seconds=1)
        )
    )
    attempt(client, PASSWORD)
    assert logged_in(client)


def test_tries_while_locked_do_not_extend_the_lock(client, admin_user, failure_limit, settings):
    for _ in range(failure_limit):
        attempt(client, "fout")
    first_lock = AccessAttempt.objects.get().attempt_time
    for password in ["fout", PASSWORD, "nog fout"]:
        attempt(client, password)
    record = AccessAttempt.objects.get()
    assert record.attempt_time == first_lock
    assert record.failures_since_start == failure_limit


def test_a_successful_login_resets_the_failures(client, admin_user, failure_limit):
    for _ in range(failure_limit - 1):
        attempt(client, "fout")
    attempt(client, PASSWORD)
    assert logged_in(client)
    client.logout()
    for _ in range(failure_limit - 1):
        attempt(client, "fout")
    attempt(client, PASSWORD)
    assert logged_in(client)


def test_user_name_case_and_spaces_do_not_get_around_the_lock(client, admin_user):
    for name in ["beheerder", "Beheerder", "BEHEERDER ", " beheerder", "BeHeErDeR"]:
        attempt(client, "fout", username=name)
    attempt(client, PASSWORD)
    assert not logged_in(client)


def test_one_address_trying_many_user_names_is_held_back(client, admin_user):
    for n in range(login.FAILURES_PER_ADDRESS):
        attempt(client, "fout", username=f"gok{n}", address="198.51.100.99")
    response = attempt(client, PASSWORD, address="198.51.100.99")
    assert not logged_in(client)
    assert LOCKED in response.content.decode()
    attempt(client, PASSWORD, address="198.51.100.100")
    assert logged_in(client)


def test_the_lockout_counts_the_visitor_address_behind_the_trusted_proxy_only(
    client, admin_user, failure_limit, settings
):
    """Behind the proxy, each visitor has their own count; a visitor who reaches the server
    directly cannot escape the lock by sending X-Forwarded-For."""
    settings.KENNISBANK_TRUSTED_PROXIES = 1
    settings.KENNISBANK_PROXY_ADDRESSES = ["10.0.0.2"]
    for n in range(failure_limit):
        attempt(client, "fout", address="203.0.113.7", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    attempt(client, PASSWORD, address="203.0.113.7", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert not logged_in(client)
    assert AccessAttempt.objects.get(username="beheerder").ip_address == "203.0.113.7"
    # Through the proxy: the visitor's own address, recorded as such.
    attempt(client, "fout", address="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.5")
    assert AccessAttempt.objects.filter(ip_address="198.51.100.5").exists()
    attempt(client, PASSWORD, address="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.5")
    assert logged_in(client)


def test_administrators_see_the_lockouts_and_lift_one(client, admin_user, failure_limit):
    for _ in range(failure_limit):
        attempt(client, "fout", address="192.0.2.44")
    client.force_login(admin_user)
    listing = client.get(reverse("kennisbank_lockouts"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Inlogblokkades" in html
    assert "192.0.2.44" in html
    assert "Geblokkeerd tot" in html
    record = AccessAttempt.objects.get(ip_address="192.0.2.44")
    reset_url = reverse("kennisbank_lockout_reset", args=[record.pk])
    assert reset_url in html
    assert client.get(reset_url).status_code == 405  # only a form post lifts it
    response = client.post(reset_url, follow=True)
    assert "is opgeheven" in response.content.decode()
    assert not AccessAttempt.objects.filter(ip_address="192.0.2.44").exists()
    client.logout()
    attempt(client, PASSWORD, address="192.0.2.44")
    assert logged_in(client)


def test_only_accounts_with_the_permission_see_or_lift_lockouts(client, admin_user, failure_limit):
    for _ in range(failure_limit):
        attempt(client, "fout")
    record = AccessAttempt.objects.get()
    editor = get_user_model().objects.create_user("redacteur", "r@example.org", PASSWORD)
    group = Group.objects.create(name="Met admin-toegang")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    assert client.get(reverse("kennisbank_lockouts")).status_code == 302  # refused
    assert client.post(reverse("kennisbank_lockout_reset", args=[record.pk])).status_code == 302
    assert AccessAttempt.objects.filter(pk=record.pk).exists()
    # With the view permission: the list, without the button.
    group.permissions.add(Permission.objects.get(codename="view_accessattempt"))
    editor = get_user_model().objects.get(pk=editor.pk)  # permissions are cached per object
    client.force_login(editor)
    html = client.get(reverse("kennisbank_lockouts")).content.decode()
    assert "beheerder" in html
    assert reverse("kennisbank_lockout_reset", args=[record.pk]) not in html
    client.post(reverse("kennisbank_lockout_reset", args=[record.pk]))
    assert AccessAttempt.objects.filter(pk=record.pk).exists()


def test_password_reset_mails_are_limited_and_the_answer_stays_the_same(client, admin_user):
    url = reverse("wagtailadmin_password_reset")
    answers = []
    for n in range(login.RESETS_PER_EMAIL + 2):
        response = client.post(url, {"email": "beheerder@example.org"}, REMOTE_ADDR=f"192.0.2.{n}")
        answers.append((response.status_code, response.get("Location")))
    assert len(set(answers)) == 1 and answers[0][0] == 302
    assert len(mail.outbox) == login.RESETS_PER_EMAIL
    # One address asking for many accounts is limited as well.
    mail.outbox.clear()
    for n in range(login.RESETS_PER_ADDRESS + 2):
        get_user_model().objects.create_user(f"lid{n}", f"lid{n}@example.org", PASSWORD)
        client.post(url, {"email": f"lid{n}@example.org"}, REMOTE_ADDR="192.0.2.200")
    assert len(mail.outbox) == login.RESETS_PER_ADDRESS
