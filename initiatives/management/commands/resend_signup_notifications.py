from django.core.management.base import BaseCommand

from initiatives.models import InitiativeSignup
from initiatives.signup import notify_editors


class Command(BaseCommand):
    help = "Mail the editors about sign-ups whose notification failed earlier."

    def handle(self, *args, **options):
        pending = list(InitiativeSignup.objects.filter(notified=False).values_list("pk", flat=True))
        sent = sum(1 for pk in pending if notify_editors(pk))
        self.stdout.write(f"{sent} of {len(pending)} pending notifications sent.")
