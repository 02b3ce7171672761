"""Browser tests: Chromium (Debian's package) driven by Playwright against a real server.

The server is a `manage.py runserver` subprocess with its own throwaway SQLite database and
media folder, filled the way `make run` fills them (migrations, demo content, the development
accounts), and its e-mail goes by SMTP to an aiosmtpd server in this process. pytest-django's
live_server is not used: its transactional flush would wipe the demo content the other tests
share. Everything is built once for the package and torn down after its last test.

Without Chromium or Playwright the tests are skipped with the reason; with KENNISBANK_CI=1 that
is a failure instead.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from tests.smtp import Inbox, free_port

CHROMIUM = os.environ.get("KENNISBANK_CHROMIUM", "/usr/bin/chromium")
PROJECT_DIR = Path(__file__).resolve().parents[2]
# Screenshots of every public page type, for a person to look at (the folder is git-ignored).
SCREENSHOTS = PROJECT_DIR / "test-artifacts" / "e2e-screenshots"
PASSWORD = "kennisbank"  # noqa: S105 - the development accounts (create_dev_accounts)
TIMEOUT_MS = 15_000

SETUP_SCRIPT = """
import django
from django.core.management import call_command
django.setup()
call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo_content", verbosity=0)
call_command("create_dev_admin", verbosity=0)
call_command("create_dev_accounts", verbosity=0)
"""


def _unavailable(reason):
    if os.environ.get("KENNISBANK_CI"):
        pytest.fail(f"{reason} (KENNISBANK_CI=1: browser tests must run in CI)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="package")
def chromium_path():
    """Chromium and Playwright must be there before anything expensive is built."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("Playwright is not installed (pip install -e '.[dev]')")
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        _unavailable(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="package")
def mailbox(chromium_path):
    """An SMTP server on 127.0.0.1 that keeps every message the site sends."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    inbox.port = controller.port
    try:
        yield inbox
    finally:
        controller.stop()


def _wait_until_up(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - our own local server
                return True
        except urllib.error.HTTPError:
            return True  # it answers
        except OSError:
            time.sleep(0.3)
    return False


class Site:
    """Where the e2e site lives: its address, port, folder and the environment of its
    processes."""

    def __init__(self, workdir, port, env):
        self.workdir = workdir
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.env = env

    def shell(self, code):
        """Run Python in `manage.py shell` against the server's database; returns stdout. For
        what a visitor can only get from a mail the site cannot be made to send from its UI."""
        result = subprocess.run(  # noqa: S603 - fixed arguments
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
            cwd=PROJECT_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout.strip()


@pytest.fixture(scope="package")
def site(chromium_path, mailbox):
    """The throwaway folder and environment of the e2e site (server_url starts it)."""
    workdir = Path(tempfile.mkdtemp(prefix="kb-e2e-"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kennisbank.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mailbox.port),
        "EMAIL_USE_TLS": "0",
        "WAGTAILADMIN_BASE_URL": url,
        "PYTHONUNBUFFERED": "1",
    }
    for name in ("REDIS_URL", "DJANGO_CONFIGURATION"):
        env.pop(name, None)
    try:
        yield Site(workdir, port, env)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="package")
def server_url(site):
    """A running site with the demo content; yields its address (no trailing slash)."""
    workdir, port, url, env = site.workdir, site.port, site.url, site.env
    log = (workdir / "server.log").open("w")
    process = None
    try:
        setup = subprocess.run(  # noqa: S603 - fixed arguments
            [sys.executable, "-c", SETUP_SCRIPT],
            cwd=PROJECT_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if setup.returncode != 0:
            pytest.fail(f"Setting up the e2e database failed:\n{setup.stderr[-3000:]}")
        process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        if not _wait_until_up(f"{url}/nl/", process):
            log.flush()
            pytest.fail(f"The e2e server did not start:\n{(workdir / 'server.log').read_text()}")
        yield url
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()


@pytest.fixture(scope="package")
def browser(chromium_path):
    """One headless Chromium for the whole package."""
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=["--no-sandbox"]
        )
    except Exception as error:  # noqa: BLE001 - any launch failure means no usable browser
        playwright.stop()
        _unavailable(f"Chromium at {chromium_path} does not start: {error}")
    try:
        yield browser
    finally:
        browser.close()
        playwright.stop()


class Browsing:
    """Opens pages as a visitor or a logged-in user, each in a fresh browser context."""

    def __init__(self, browser, base_url):
        self.browser = browser
        self.base_url = base_url
        self.contexts = []

    def page(self, *, phone=False, user=None):
        viewport = {"width": 390, "height": 844} if phone else {"width": 1280, "height": 900}
        context = self.browser.new_context(
            base_url=self.base_url,
            locale="nl-NL",
            viewport=viewport,
            is_mobile=phone,
            has_touch=phone,
        )
        context.set_default_timeout(TIMEOUT_MS)
        self.contexts.append(context)
        page = context.new_page()
        if user:
            self.log_in(page, user)
        return page

    @staticmethod
    def log_in(page, username):
        page.goto("/admin/login/")
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(PASSWORD)
        with page.expect_navigation():
            page.locator("form button[type=submit]").click()
        assert "/admin/login/" not in page.url, f"{username} could not log in"

    def close(self):
        for context in self.contexts:
            context.close()


@pytest.fixture
def browsing(browser, server_url):
    browsing = Browsing(browser, server_url)
    try:
        yield browsing
    finally:
        browsing.close()


@pytest.fixture(scope="package")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
