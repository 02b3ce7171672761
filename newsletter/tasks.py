"""Background sending: the database worker runs `send_mailing` (`manage.py db_worker --backend
newsletter --queue-name newsletter`), never the web request."""

from django_tasks import task

from django.db import transaction

from .mail import deliver, record_mailing


@task(backend="newsletter", queue_name="newsletter")
def send_mailing(mailing_id):
    return deliver(mailing_id)


def start_mailing(newsletter, user=None):
    """Record a delivery for every confirmed subscriber and queue the sending once the
    transaction commits. Starting twice does nothing the second time."""
    mailing, created = record_mailing(newsletter, user)
    if created:
        transaction.on_commit(lambda: send_mailing.enqueue(mailing.pk))
    return mailing, created
