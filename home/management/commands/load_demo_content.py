"""Fill an empty site with demo content; running it again changes nothing.

The home app loads its own content first; feature apps add theirs by registering a loader
with the ``register_demo_content`` hook (a function taking ``stdout``), so that `home` does not
import them.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagtail import hooks

from home.demo import content


class Command(BaseCommand):
    help = "Load the demo content (Dutch, with English translations of the key pages)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Also load outside development (DEBUG off), e.g. into a test or CI database.",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "Demo content is for development: it adds example pages and contact details. "
                "Use --force to load it with DEBUG off."
            )
        # Deliberately not one big transaction: wagtail-localize publishes translations when
        # the transaction commits, from a copy of the page taken earlier, which would undo the
        # tree bookkeeping of pages added in between. Every step is idempotent, so an
        # interrupted run is finished by running the command again.
        content.load(stdout=self.stdout)
        for loader in hooks.get_hooks("register_demo_content"):
            loader(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
