"""Development accounts to try the roles: an editor and a volunteer of a local group.

Refuses to run unless DEBUG is on. Passwords are the development admin's.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from wagtail.users.models import UserProfile

from home.roles import EDITORS_GROUP
from initiatives.models import InitiativePage
from localgroups.roles import sync_local_group

PASSWORD = "kennisbank"  # noqa: S105 - local development only, refused when DEBUG is off
VOLUNTEER_INITIATIVE = "weggeefwinkel-amersfoort"


class Command(BaseCommand):
    help = "Create the development accounts redacteur and vrijwilliger. Development only."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_dev_accounts only runs with development settings.")
        editor = self._account("redacteur", "Renske", "redacteur@localhost")
        editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
        initiative = InitiativePage.objects.filter(
            slug=VOLUNTEER_INITIATIVE, locale__language_code="nl"
        ).first()
        if initiative is not None:
            volunteer = self._account("vrijwilliger", "Vera", "vrijwilliger@localhost")
            volunteer.groups.add(sync_local_group(initiative).group)
            self.stdout.write(
                f"Volunteer of {initiative.title}: vrijwilliger / {PASSWORD}; "
                f"editor: redacteur / {PASSWORD}"
            )

    def _account(self, username, first_name, email):
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"first_name": first_name, "email": email}
        )
        user.is_active = True
        user.set_password(PASSWORD)
        user.save()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = settings.LANGUAGE_CODE
        profile.save()
        return user
