from django.core.management.base import BaseCommand

from news.registration import send_registration_mail, unsent_registrations


class Command(BaseCommand):
    help = (
        "Send the registration mails that could not be sent (mail server down), for meetings "
        "that have not started yet."
    )

    def handle(self, *args, **options):
        sent = failed = 0
        for registration in unsent_registrations():
            if send_registration_mail(registration):
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"Sent {sent} registration mail(s); {failed} could not be sent.")
