"""Background sending: the database worker runs `send_mailing` (`manage.py db_worker --backend
newsletter --queue-name newsletter`), never the web request. When the mail server is down or
refuses some recipients for now, the task queues itself again for later (`run_after`)."""

from django_tasks import task

from django.db import transaction
from django.utils import timezone

from .mail import deliver, record_mailing
from .models import Delivery, Mailing


@task(backend="newsletter", queue_name="newsletter")
def send_mailing(mailing_id):
    outcome = deliver(mailing_id)
    # A backend that cannot defer (the immediate one of the tests) leaves the next try to the
    # editor's "try again now".
    if outcome.retry_at is not None and send_mailing.get_backend().supports_defer:
        send_mailing.using(run_after=outcome.retry_at).enqueue(mailing_id)
    return outcome.counts


def start_mailing(newsletter, user=None):
    """Record a delivery for every confirmed subscriber and queue the sending once the
    transaction commits. Starting twice does nothing the second time."""
    mailing, created = record_mailing(newsletter, user)
    if created:
        transaction.on_commit(lambda: send_mailing.enqueue(mailing.pk))
    return mailing, created


def resume_mailing(mailing):
    """Try again now, the recipients that were refused for now included (the editor's button
    after the mail server came back, or after the worker was stopped)."""
    Delivery.objects.filter(mailing=mailing, status=Delivery.Status.QUEUED).update(retry_at=None)
    Mailing.objects.filter(pk=mailing.pk).update(last_progress_at=timezone.now())
    transaction.on_commit(lambda: send_mailing.enqueue(mailing.pk))
