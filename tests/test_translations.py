"""Every interface string is translatable and translated: Dutch source, English translation."""

import shutil
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

PO_FILE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
SOURCE_DIRS = ["kennisbank", "home", "methods", "initiatives", "news", "search", "templates"]


def test_every_english_entry_is_translated_and_not_fuzzy():
    po = polib.pofile(str(PO_FILE))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"Untranslated: {untranslated}"
    assert not fuzzy, f"Fuzzy: {fuzzy}"


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext (xgettext) is not installed")
def test_po_file_holds_every_string_in_the_source(tmp_path, monkeypatch):
    """Extract the strings afresh from a copy of the source; every one must already be in the
    committed .po file (makemessages would otherwise rewrite the real one)."""
    base = Path(settings.BASE_DIR)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "static", "migrations")
    for name in SOURCE_DIRS:
        shutil.copytree(base / name, tmp_path / name, ignore=ignore)
    (tmp_path / "locale").mkdir()
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=["en"], verbosity=0)
    fresh = {
        entry.msgid for entry in polib.pofile(str(tmp_path / "locale/en/LC_MESSAGES/django.po"))
    }
    committed = {entry.msgid for entry in polib.pofile(str(PO_FILE))}
    missing = sorted(fresh - committed)
    assert not missing, f"Run `make messages` and translate: {missing}"
