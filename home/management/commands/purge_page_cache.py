"""Empty the full-page cache (home/pagecache.py), e.g. after a deploy that changed templates."""

from django.core.management.base import BaseCommand

from home import pagecache


class Command(BaseCommand):
    help = "Empty the page cache of all server processes (after a deploy with new templates)."

    def handle(self, *args, **options):
        pagecache.purge_all()
        self.stdout.write("The page cache is empty.")
