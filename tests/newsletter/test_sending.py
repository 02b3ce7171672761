"""Sending through a real SMTP server on 127.0.0.1: headers, both parts, the unsubscribe link,
failures recorded, and resuming after the worker was killed, without anyone getting it twice."""

import asyncio
import threading
from collections import Counter
from datetime import timedelta
from email import message_from_bytes
from email.policy import default
from io import StringIO

import pytest
from aiosmtpd.controller import Controller
from django_tasks_db.models import DBTaskResult

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from newsletter import emails, mail
from newsletter.mail import deliver
from newsletter.models import Delivery, Mailing, Subscriber
from newsletter.tasks import start_mailing
from tests.smtp import Inbox, free_port, serving

from .conftest import make_subscribers

pytestmark = pytest.mark.django_db


def confirmed_addresses():
    return set(Subscriber.objects.filter(status="confirmed").values_list("email", flat=True))


def recipients(inbox):
    return Counter(address for m in inbox.messages for address in m["to"])


def test_editor_sends_and_everyone_gets_it_once_in_their_language(
    admin_client, new_newsletter, smtp_server, locale_en, django_capture_on_commit_callbacks
):
    url = reverse("newsletter_send", args=[new_newsletter.pk])
    page = admin_client.get(url).content.decode()
    count = Subscriber.objects.filter(status="confirmed").count()
    assert f"Verstuur aan {count} abonnees" in page

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url, {"action": "send"})
        admin_client.post(url, {"action": "send"})  # a second click changes nothing

    assert recipients(smtp_server) == Counter(dict.fromkeys(confirmed_addresses(), 1))
    mailing = Mailing.objects.get(newsletter=new_newsletter)
    assert mailing.is_finished
    assert mailing.counts() == {
        "sent": count,
        "failed": 0,
        "to_go": 0,
        "deferred": 0,
        "total": count,
    }
    assert f"<strong>{count}</strong> verzonden" in admin_client.get(url).content.decode()

    by_address = {m["to"][0]: m["message"] for m in smtp_server.messages}
    dutch = by_address["jan.devries@example.org"]
    assert dutch["Subject"] == "Nieuws in december"
    assert dutch["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = str(dutch["List-Unsubscribe"]).strip()
    assert unsubscribe.startswith("<http://testserver/nl/nieuwsbrief/afmelden/")
    assert "<mailto:" in unsubscribe
    text = dutch.get_body(("plain",)).get_content()
    html = dutch.get_body(("html",)).get_content()
    link = unsubscribe[1 : unsubscribe.index(">")]
    assert link in text
    assert link.replace("&", "&amp;") in html or link in html
    assert "<table" in html and 'style="' in html  # table layout, CSS inlined
    assert "<style" not in html
    assert 'src="http://testserver/media/images/' in html or 'src="http' in html
    assert "De kennisbank is online" in html

    # One click in the mail client: POST without cookies or CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        link.replace("http://testserver", ""), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert Subscriber.objects.get(email="jan.devries@example.org").status == "unsubscribed"

    english = by_address["sam.okafor@example.org"]
    assert (
        "/en/nieuwsbrief/afmelden/" in english["List-Unsubscribe"]
        or "/en/" in english["List-Unsubscribe"]
    )
    # No English translation of this newsletter: English subscribers get the Dutch one.
    assert "De kennisbank is online" in english.get_body(("html",)).get_content()


def test_english_subscribers_get_the_english_translation(sent_newsletter):
    rendered = emails.render_newsletter(sent_newsletter.in_language("en"), "en")
    assert rendered.subject == "News from the Sociale Alliantie: stronger together"
    assert "The knowledge base is online" in rendered.html
    assert "http://localhost/en/news/knowledge-base-online/" in rendered.text
    assert 'lang="en"' in rendered.html


def test_body_is_rendered_once_per_language(new_newsletter, smtp_server, monkeypatch):
    make_subscribers(30)
    make_subscribers(20, language="en", prefix="reader")
    calls = []
    original = mail.render_newsletter

    def counting(page, language):
        calls.append(language)
        return original(page, language)

    monkeypatch.setattr(mail, "render_newsletter", counting)
    start_mailing(new_newsletter)
    mailing = Mailing.objects.get(newsletter=new_newsletter)
    deliver(mailing.pk, batch_size=7)
    assert sorted(calls) == ["en", "nl"]
    assert len(smtp_server.messages) == len(confirmed_addresses())


def parsed(data):
    message = message_from_bytes(data, policy=default)
    headers = {
        name: " ".join(value.split())  # folded at other places: the same value
        for name, value in message.items()
        if name not in ("Date", "Message-ID", "Content-Type")
    }
    bodies = {part.get_content_type(): part.get_content() for part in message.iter_parts()}
    return message, headers, bodies


def test_each_message_is_filled_in_from_its_language_template(sent_newsletter):
    """The per-language template gives the same message as building it for the recipient
    (a new date and Message-ID each), or none when it cannot be trusted."""
    rendered = emails.render_newsletter(sent_newsletter.in_language("en"), "en")
    template = mail.MessageTemplate(rendered)
    subscriber = Subscriber.objects.get(email="sam.okafor@example.org")
    links = emails.UnsubscribeLinks("en")
    url = links(subscriber)
    assert url.rsplit("/", 2)[0] == emails.unsubscribe_url(subscriber).rsplit("/", 2)[0]
    assert emails.read_unsubscribe_token(url.rsplit("/", 2)[1]) == (subscriber.pk, subscriber.email)

    filled, headers, bodies = parsed(template.fill(subscriber.email, url))
    built = mail.build_message(rendered, subscriber).message().as_bytes(linesep="\r\n")
    expected, expected_headers, expected_bodies = parsed(built)
    assert headers == expected_headers
    assert headers["To"] == "sam.okafor@example.org"
    assert headers["List-Unsubscribe"].startswith(f"<{url}>")
    assert bodies == expected_bodies
    assert url in bodies["text/plain"] and url in bodies["text/html"]
    other = parsed(template.fill("b@example.org", url))[0]
    assert filled["Date"] and filled["Message-ID"] != other["Message-ID"]

    assert template.fill("zoë@example.org", url) is None
    assert template.fill(subscriber.email, url + "x" * 1000) is None


def test_a_line_break_in_the_subject_cannot_inject_headers(new_newsletter, smtp_server):
    new_newsletter.subject = "Nieuws\r\nBcc: aanvaller@example.org"
    new_newsletter.save_revision().publish()
    start_mailing(new_newsletter)
    deliver(Mailing.objects.get(newsletter=new_newsletter).pk)
    message = smtp_server.messages[0]["message"]
    assert message["Subject"] == "Nieuws Bcc: aanvaller@example.org"
    assert message["Bcc"] is None
    assert all("aanvaller@example.org" not in m["to"] for m in smtp_server.messages)


class RefusingInbox:
    """Refuses one address, like a mailbox that does not exist."""

    def __init__(self, refuse):
        self.refuse = refuse
        self.messages = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address == self.refuse:
            return "550 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        message = message_from_bytes(envelope.content, policy=default)
        self.messages.append({"to": envelope.rcpt_tos, "message": message})
        return "250 OK"


@pytest.fixture
def refusing_smtp(settings):
    inbox = RefusingInbox("jan.devries@example.org")
    with serving(settings, inbox):
        yield inbox


def test_a_failing_recipient_is_recorded_and_the_rest_get_it(new_newsletter, refusing_smtp):
    make_subscribers(5)
    start_mailing(new_newsletter)
    mailing = Mailing.objects.get(newsletter=new_newsletter)
    deliver(mailing.pk, batch_size=3)
    failed = Delivery.objects.get(mailing=mailing, subscriber__email="jan.devries@example.org")
    assert failed.status == Delivery.Status.FAILED
    assert "No such user" in failed.error
    assert recipients(refusing_smtp) == Counter(
        dict.fromkeys(confirmed_addresses() - {"jan.devries@example.org"}, 1)
    )
    assert mailing.counts()["failed"] == 1


def test_mail_server_down_leaves_everyone_waiting(new_newsletter, broken_smtp, clock):
    start_mailing(new_newsletter)
    mailing = Mailing.objects.get(newsletter=new_newsletter)
    everyone = len(confirmed_addresses())

    outcome = deliver(mailing.pk)
    assert outcome.counts == {
        "sent": 0,
        "failed": 0,
        "to_go": everyone,
        "deferred": 0,
        "total": everyone,
    }
    assert outcome.retry_at == clock.now + timedelta(minutes=1)
    mailing.refresh_from_db()
    assert not mailing.is_finished
    assert "Connection refused" in mailing.server_error
    assert not Delivery.objects.filter(mailing=mailing).exclude(status="queued").exists()

    # Still down at the next try: the wait grows.
    clock.advance(minutes=1)
    assert deliver(mailing.pk).retry_at == clock.now + timedelta(minutes=2)
    clock.advance(minutes=2)
    assert deliver(mailing.pk).retry_at == clock.now + timedelta(minutes=4)
    assert Mailing.objects.get(pk=mailing.pk).server_failures == 3


class Killed(BaseException):
    """Stands in for the worker process being killed (not an ordinary error)."""


def test_a_killed_worker_resumes_and_nobody_gets_it_twice(new_newsletter, smtp_server, settings):
    make_subscribers(40)
    start_mailing(new_newsletter)
    mailing = Mailing.objects.get(newsletter=new_newsletter)

    sent = []

    def kill_after_13(delivery):
        sent.append(delivery.pk)
        if len(sent) == 13:
            raise Killed

    with pytest.raises(Killed):
        deliver(mailing.pk, batch_size=10, after_each=kill_after_13)
    assert len(smtp_server.messages) == 13
    counts = mailing.counts()
    assert counts["sent"] == 13 and counts["to_go"] == len(confirmed_addresses()) - 13

    deliver(mailing.pk, batch_size=10)  # the restarted worker
    assert recipients(smtp_server) == Counter(dict.fromkeys(confirmed_addresses(), 1))
    mailing.refresh_from_db()
    assert mailing.is_finished


def test_killed_between_sending_and_recording_never_sends_twice(new_newsletter, smtp_server):
    """The one message in flight when the worker died may have arrived: it is not resent."""
    make_subscribers(12)
    start_mailing(new_newsletter)  # the test's transaction never commits: nothing is queued
    mailing = Mailing.objects.get(newsletter=new_newsletter)
    original = mail._send_one
    state = {"n": 0}

    def dies_after_sending(delivery, *args):
        state["n"] += 1
        if state["n"] == 5:
            # Sent and then killed before it was recorded.
            original(delivery, *args)
            Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.SENDING)
            raise Killed
        return original(delivery, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mail, "_send_one", dies_after_sending)
        with pytest.raises(Killed):
            deliver(mailing.pk, batch_size=10)
    deliver(mailing.pk, batch_size=10)
    assert recipients(smtp_server) == Counter(dict.fromkeys(confirmed_addresses(), 1))
    assert mailing.counts()["failed"] == 1  # recorded as 'maybe received'


@pytest.fixture
def worker(settings, monkeypatch):
    """The newsletter queue on the database, and `worker()` runs the real database worker until
    no task is due (as `manage.py db_worker --batch`)."""
    from django_tasks_db.management.commands import db_worker

    # The test runs inside a transaction; the worker's connection housekeeping would close that
    # connection on PostgreSQL (SQLite's in-memory test database ignores it). Everything else
    # is the real worker.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASKS = {
        **settings.TASKS,
        "newsletter": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["newsletter"]},
    }

    def run():
        call_command(
            "db_worker",
            "--backend=newsletter",
            "--queue-name=newsletter",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            stdout=StringIO(),
            stderr=StringIO(),
        )

    return run


def waiting_tasks():
    return DBTaskResult.objects.filter(backend_name="newsletter", status="READY")


def test_the_database_worker_sends_the_queued_mailing(
    new_newsletter, smtp_server, worker, django_capture_on_commit_callbacks
):
    make_subscribers(5)
    with django_capture_on_commit_callbacks(execute=True):
        start_mailing(new_newsletter)
    # Nothing is sent in the request: the mailing waits for the worker.
    assert smtp_server.messages == []
    assert DBTaskResult.objects.filter(backend_name="newsletter").count() == 1
    worker()
    assert recipients(smtp_server) == Counter(dict.fromkeys(confirmed_addresses(), 1))
    assert Mailing.objects.get(newsletter=new_newsletter).is_finished
    assert not waiting_tasks().exists()


class StoppingInbox(Inbox):
    """Takes `stop_after` messages, then goes down at the next one: the server stops while the
    client waits for the answer to MAIL FROM, and the connection is cut."""

    def __init__(self):
        super().__init__()
        self.stop_after = None
        self.server = None

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
        if self.stop_after is not None and len(self.messages) >= self.stop_after:
            self.stop_after = None
            threading.Thread(target=self.server.stop).start()
            await asyncio.Event().wait()  # never answers: the stop cancels this
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"


class SwitchableServer:
    """The test's SMTP server on a fixed port, stopped and started again like a real one."""

    def __init__(self, inbox, port):
        self.inbox = inbox
        self.port = port
        self.controller = None
        inbox.server = self

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        controller, self.controller = self.controller, None
        if controller is not None:
            controller.stop()


@pytest.fixture
def switchable_smtp(settings):
    server = SwitchableServer(StoppingInbox(), free_port())
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    try:
        yield server
    finally:
        server.stop()


def test_the_mail_server_stops_mid_send_and_comes_back(
    admin_client,
    new_newsletter,
    switchable_smtp,
    worker,
    clock,
    django_capture_on_commit_callbacks,
):
    make_subscribers(20)
    everyone = confirmed_addresses()
    inbox = switchable_smtp.inbox
    inbox.stop_after = 7
    with django_capture_on_commit_callbacks(execute=True):
        start_mailing(new_newsletter)
    worker()

    # Seven went out, then the server went away: nobody failed, the rest waits.
    assert len(inbox.messages) == 7
    mailing = Mailing.objects.get(newsletter=new_newsletter)
    assert mailing.counts() == {
        "sent": 7,
        "failed": 0,
        "to_go": len(everyone) - 7,
        "deferred": 0,
        "total": len(everyone),
    }
    assert not mailing.is_finished
    assert mailing.retry_at == clock.now + timedelta(minutes=1)
    [retry] = waiting_tasks()
    assert retry.run_after == mailing.retry_at

    url = reverse("newsletter_send", args=[new_newsletter.pk])
    page = admin_client.get(url).content.decode()
    waiting = len(everyone) - 7
    assert f"Mailserver onbereikbaar: {waiting} wachten, volgende poging om" in page
    assert timezone.localtime(mailing.retry_at).strftime("%H:%M") in page
    assert 'value="resume"' in page

    # The worker finds nothing due before the time of the next try.
    worker()
    assert len(inbox.messages) == 7
    # At that time the server is still down: a longer wait, still one planned try.
    clock.advance(minutes=1)
    worker()
    mailing.refresh_from_db()
    assert mailing.retry_at == clock.now + timedelta(minutes=2)
    assert waiting_tasks().count() == 1
    assert mailing.counts()["to_go"] == waiting

    # The server is back and the editor does not wait for the next try.
    switchable_smtp.start()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url, {"action": "resume"})
    worker()
    assert recipients(inbox) == Counter(dict.fromkeys(everyone, 1))
    mailing.refresh_from_db()
    assert mailing.is_finished
    assert mailing.counts()["sent"] == len(everyone)
    assert "Mailserver onbereikbaar" not in admin_client.get(url).content.decode()

    # The try that was planned finds nothing left to do.
    clock.advance(minutes=5)
    worker()
    assert recipients(inbox) == Counter(dict.fromkeys(everyone, 1))
    assert not waiting_tasks().exists()


class PickyInbox(Inbox):
    """Answers 451 (greylisted: try again later) the first time it sees some addresses, and 550
    (no such user) for one."""

    def __init__(self, greylisted, unknown):
        super().__init__()
        self.greylisted = set(greylisted)
        self.unknown = unknown

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address == self.unknown:
            return "550 5.1.1 No such user"
        if address in self.greylisted:
            self.greylisted.discard(address)
            return "451 4.7.1 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.fixture
def picky_smtp(settings):
    inbox = PickyInbox(
        greylisted={"lezer2@example.org", "lezer5@example.org", "sam.okafor@example.org"},
        unknown="jan.devries@example.org",
    )
    with serving(settings, inbox):
        yield inbox


def test_refused_for_now_is_tried_again_and_refused_for_good_fails_only_that_one(
    admin_client,
    new_newsletter,
    picky_smtp,
    worker,
    clock,
    django_capture_on_commit_callbacks,
):
    make_subscribers(8)
    everyone = confirmed_addresses()
    with django_capture_on_commit_callbacks(execute=True):
        start_mailing(new_newsletter)
    worker()

    mailing = Mailing.objects.get(newsletter=new_newsletter)
    assert mailing.counts() == {
        "sent": len(everyone) - 4,
        "failed": 1,
        "to_go": 3,
        "deferred": 3,
        "total": len(everyone),
    }
    sent = Delivery.objects.filter(mailing=mailing, status="sent")
    assert set(sent.values_list("sent_at", flat=True)) == {clock.now}
    unknown = Delivery.objects.get(mailing=mailing, subscriber__email="jan.devries@example.org")
    assert unknown.status == Delivery.Status.FAILED
    assert unknown.error == "550 5.1.1 No such user"
    greylisted = Delivery.objects.get(mailing=mailing, subscriber__email="lezer2@example.org")
    assert greylisted.status == Delivery.Status.QUEUED
    assert greylisted.attempts == 1
    assert greylisted.retry_at == clock.now + timedelta(minutes=1)
    assert "451 4.7.1 Greylisted" in greylisted.error
    mailing.refresh_from_db()
    assert not mailing.is_finished
    assert mailing.server_error == ""
    assert mailing.retry_at == clock.now + timedelta(minutes=1)

    url = reverse("newsletter_send", args=[new_newsletter.pk])
    page = admin_client.get(url).content.decode()
    assert "De mailservers van 3 ontvangers vroegen om het later nog eens te proberen" in page

    clock.advance(minutes=1)
    worker()
    assert recipients(picky_smtp) == Counter(
        dict.fromkeys(everyone - {"jan.devries@example.org"}, 1)
    )
    mailing.refresh_from_db()
    assert mailing.is_finished
    assert mailing.counts()["failed"] == 1
    assert not waiting_tasks().exists()


def test_a_recipient_refused_for_now_for_days_is_given_up(new_newsletter, settings, clock):
    class FullMailbox(Inbox):
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
            if address == "sam.okafor@example.org":
                return "452 4.2.2 Mailbox full"
            envelope.rcpt_tos.append(address)
            return "250 OK"

    inbox = FullMailbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    try:
        start_mailing(new_newsletter)
        mailing = Mailing.objects.get(newsletter=new_newsletter)
        waits = []
        for _ in range(4):
            outcome = deliver(mailing.pk)
            waits.append(outcome.retry_at - clock.now)
            clock.advance(minutes=30)
        assert waits == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
        clock.advance(days=5)
        outcome = deliver(mailing.pk)
    finally:
        controller.stop()
    full = Delivery.objects.get(mailing=mailing, subscriber__email="sam.okafor@example.org")
    assert full.status == Delivery.Status.FAILED
    assert full.error == "Opgegeven na 5 dagen: 452 4.2.2 Mailbox full"
    assert outcome.retry_at is None
    assert Mailing.objects.get(pk=mailing.pk).is_finished
    assert recipients(inbox) == Counter(
        dict.fromkeys(confirmed_addresses() - {"sam.okafor@example.org"}, 1)
    )
