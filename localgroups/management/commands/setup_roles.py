from django.core.management.base import BaseCommand

from localgroups.roles import ensure_roles, sync_all_local_groups


class Command(BaseCommand):
    help = (
        "Create or repair the editors' group (Redactie), one group per initiative, their "
        "permissions and the moderation workflow. Safe to repeat; also runs after migrate."
    )

    def handle(self, *args, **options):
        ensure_roles()
        sync_all_local_groups()
        self.stdout.write(self.style.SUCCESS("Roles, local groups and workflow are up to date."))
