"""Invite volunteers into local groups in bulk.

    manage.py invite_members --initiative weggeefwinkel-amersfoort an@example.org bo@example.org
    manage.py invite_members --csv leden.csv      # columns: email, initiatief (slug), naam

Each address gets a pending invitation and an e-mail with a link (on WAGTAILADMIN_BASE_URL). The
account joins the initiative's group only when the link is opened: a new account made there, or
the logged-in account of that address. Rows with problems are reported and skipped; the rest
go ahead.
"""

import csv as csv_module

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from home.roles import is_editor
from initiatives.models import InitiativePage
from localgroups.invitations import invite
from localgroups.models import LocalGroup
from localgroups.roles import sync_local_group


class Command(BaseCommand):
    help = "Invite volunteers into the local group of an initiative (one by one or from a CSV)."

    def add_arguments(self, parser):
        parser.add_argument("emails", nargs="*", help="Addresses to invite.")
        parser.add_argument("--initiative", help="Slug of the (Dutch) initiative page.")
        parser.add_argument("--csv", help="CSV file with columns email, initiatief, naam.")

    def handle(self, *args, emails, initiative, csv=None, **options):
        rows = []
        if csv:
            rows += self._read_csv(csv)
        if emails:
            if not initiative:
                raise CommandError("Give --initiative with the addresses to invite.")
            rows += [{"email": email, "initiatief": initiative, "naam": ""} for email in emails]
        if not rows:
            raise CommandError("Nothing to do: give addresses with --initiative, or --csv.")

        failures = 0
        for number, row in enumerate(rows, start=1):
            problem = self._invite(row)
            if problem:
                failures += 1
                self.stderr.write(f"{number}: {row.get('email', '')}: {problem}")
        self.stdout.write(f"{len(rows) - failures} invited, {failures} skipped.")
        if failures:
            raise CommandError(f"{failures} row(s) could not be invited; see above.")

    def _read_csv(self, path):
        try:
            with open(path, newline="", encoding="utf-8-sig") as handle:
                sample = handle.read(2048)
                handle.seek(0)
                dialect = csv_module.Sniffer().sniff(sample, delimiters=",;\t")
                reader = csv_module.DictReader(handle, dialect=dialect)
                return [
                    {(key or "").strip().lower(): (value or "").strip() for key, value in r.items()}
                    for r in reader
                ]
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        except csv_module.Error as error:
            raise CommandError(
                f"{path} is not a CSV file with the columns email, initiatief, naam."
            ) from error

    def _invite(self, row):
        email = row.get("email", "")
        try:
            validate_email(email)
        except ValidationError:
            return "not a valid e-mail address"
        page = InitiativePage.objects.filter(
            slug=row.get("initiatief", ""), locale__language_code="nl"
        ).first()
        if page is None:
            return f"no initiative with the slug {row.get('initiatief')!r}"
        local_group = LocalGroup.objects.filter(initiative=page).first() or sync_local_group(page)
        if not local_group.active:
            return "the initiative has stopped; its group has no access"
        from django.contrib.auth import get_user_model

        existing = get_user_model().objects.filter(email__iexact=email).first()
        if existing is not None and is_editor(existing):
            return "this address belongs to an editor, who already has every permission"
        _, sent = invite(email, local_group, name=row.get("naam", ""))
        if not sent:
            return "stored, but the e-mail could not be sent (try again later)"
        return None
