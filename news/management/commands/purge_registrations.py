from django.core.management.base import BaseCommand, CommandError

from news.models import retention_days
from news.registration import purge


class Command(BaseCommand):
    help = (
        "Erase the personal data (name, e-mail, organisation, remarks) of registrations for "
        "meetings that ended more than KENNISBANK_REGISTRATION_RETENTION_DAYS days ago. The "
        "rows stay with their status, so the numbers remain. Safe to run as often as you like; "
        "run it daily (cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Override the retention period (days after the meeting ended).",
        )

    def handle(self, *args, days=None, **options):
        source = (
            "--days"
            if days is not None
            else "REGISTRATION_RETENTION_DAYS (setting KENNISBANK_REGISTRATION_RETENTION_DAYS)"
        )
        days = retention_days() if days is None else days
        if days < 0:
            raise CommandError(
                f"{source} must be 0 or more, not {days}: it is the number of days after a "
                "meeting ended that registrants' personal data is kept. Nothing was erased."
            )
        count = purge(days=days)
        self.stdout.write(
            f"Erased the personal data of {count} registration(s) of meetings that ended more "
            f"than {days} days ago."
        )
