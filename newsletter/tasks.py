"""Background sending: the database worker runs this (`manage.py db_worker --backend newsletter
--queue-name newsletter`), never the web request."""

from django_tasks import task


@task(backend="newsletter", queue_name="newsletter")
def send_mailing(mailing_id):
    from .mail import deliver

    return deliver(mailing_id)
