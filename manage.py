#!/usr/bin/env python
import os
import sys

from kennisbank.startup import explain_startup_errors

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.dev")

    from django.core.management import execute_from_command_line

    with explain_startup_errors():
        execute_from_command_line(sys.argv)
