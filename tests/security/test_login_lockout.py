"""The admin login locks after repeated failures; password reset mails are rate-limited."""

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from home import login

pytestmark = pytest.mark.django_db

PASSWORD = "een-goed-wachtwoord-2026"  # noqa: S105


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("beheerder", "beheerder@example.org", PASSWORD)


def attempt(client, password, username="beheerder", address="203.0.113.50"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def test_five_failures_lock_the_user_name_even_for_the_right_password(client, admin_user):
    for _ in range(login.FAILURES_PER_USERNAME):
        response = attempt(client, "fout")
        assert response.status_code == 200
        assert not logged_in(client)
    response = attempt(client, PASSWORD)
    assert response.status_code == 200
    assert not logged_in(client)
    html = response.content.decode()
    assert "Er is te vaak een verkeerd wachtwoord ingevuld" in html
    assert "minuten opnieuw" in html
    # From another address too: the lock is on the user name.
    attempt(client, PASSWORD, address="198.51.100.77")
    assert not logged_in(client)
    # Another user name is not locked.
    get_user_model().objects.create_superuser("tweede", "tweede@example.org", PASSWORD)
    attempt(client, PASSWORD, username="tweede")
    assert logged_in(client)


def test_the_lock_ends_after_the_lockout_time(client, admin_user, monkeypatch):
    for _ in range(login.FAILURES_PER_USERNAME):
        attempt(client, "fout")
    real_time = login.time.time
    monkeypatch.setattr(login.time, "time", lambda: real_time() + login.LOCKOUT_SECONDS + 1)
    assert login.locked_for("username", "beheerder") == 0
    monkeypatch.setattr(login.time, "time", real_time)


def test_a_successful_login_resets_the_failures(client, admin_user):
    for _ in range(login.FAILURES_PER_USERNAME - 1):
        attempt(client, "fout")
    attempt(client, PASSWORD)
    assert logged_in(client)
    client.logout()
    for _ in range(login.FAILURES_PER_USERNAME - 1):
        attempt(client, "fout")
    attempt(client, PASSWORD)
    assert logged_in(client)


def test_user_name_case_and_spaces_do_not_get_around_the_lock(client, admin_user):
    for name in ["beheerder", "Beheerder", "BEHEERDER ", " beheerder", "BeHeErDeR"]:
        attempt(client, "fout", username=name)
    attempt(client, PASSWORD)
    assert not logged_in(client)


def test_one_address_trying_many_user_names_is_locked(client, admin_user):
    for n in range(login.FAILURES_PER_ADDRESS):
        attempt(client, "fout", username=f"gok{n}", address="198.51.100.99")
    response = attempt(client, PASSWORD, address="198.51.100.99")
    assert not logged_in(client)
    assert "Er is te vaak een verkeerd wachtwoord ingevuld" in response.content.decode()
    attempt(client, PASSWORD, address="198.51.100.100")
    assert logged_in(client)


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
