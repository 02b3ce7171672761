"""Create the local administrator account for development and print its login.

Refuses to run unless DEBUG is on: production accounts are made with `createsuperuser`.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from wagtail.users.models import UserProfile

USERNAME = "admin"
PASSWORD = "kennisbank"  # noqa: S105 - local development only, refused when DEBUG is off


class Command(BaseCommand):
    help = "Create (or reset) the local admin account admin / kennisbank. Development only."

    def add_arguments(self, parser):
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000/admin/", help="Where the admin is served."
        )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "create_dev_admin only runs with development settings (DEBUG on); "
                "use `manage.py createsuperuser` elsewhere."
            )
        user, created = get_user_model().objects.get_or_create(
            username=USERNAME,
            defaults={"email": "admin@localhost", "first_name": "Beheerder"},
        )
        user.is_staff = True
        user.is_superuser = True
        user.is_active = True
        user.set_password(PASSWORD)
        user.save()
        # The admin speaks Dutch to this account, whatever the browser asks for.
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = settings.LANGUAGE_CODE
        profile.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"\nAdmin login: {options['url']}  user: {USERNAME}  password: {PASSWORD}\n"
            )
        )
