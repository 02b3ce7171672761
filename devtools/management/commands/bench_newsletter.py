"""Benchmark: send one newsletter to 10,000 subscribers through a local SMTP sink (`make bench`).

Runs in the throwaway bench database. The SMTP server is aiosmtpd's Sink in a subprocess on
127.0.0.1: it accepts every message and throws it away. Prints the total time (recording the
deliveries and sending, the way the worker does it) and the peak memory of the process.
"""

import resource
import socket
import subprocess
import sys
import time
import tracemalloc
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings
from django.utils import timezone

from devtools.benchdata import BENCH_DOMAIN, create_subscribers
from newsletter.mail import deliver
from newsletter.models import (
    Delivery,
    Mailing,
    NewsletterIndexPage,
    NewsletterItem,
    NewsletterPage,
    Subscriber,
)
from newsletter.tasks import start_mailing


class Command(BaseCommand):
    help = "Benchmark sending a newsletter to many subscribers (run through `make bench`)."

    def add_arguments(self, parser):
        parser.add_argument("--subscribers", type=int, default=10_000)
        parser.add_argument(
            "--tracemalloc", action="store_true", help="Also trace Python allocations (slower)."
        )

    def handle(self, *args, **options):
        if "bench" not in str(settings.DATABASES["default"]["NAME"]):
            raise CommandError("Run through `make bench`: it uses a throwaway database.")
        call_command("migrate", verbosity=0)
        if not NewsletterIndexPage.objects.exists():
            call_command("load_demo_content", force=True, stdout=StringIO())
        count = options["subscribers"]
        newsletter = self._prepare(count)

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        # The sink runs in its own process, as a mail server would: in this process its thread
        # would compete with the sender for the GIL and measure that instead.
        sink = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                sys.executable,
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                f"127.0.0.1:{port}",
                "-c",
                "aiosmtpd.handlers.Sink",
            ],
        )
        self._wait_for(port)
        tasks = {
            **settings.TASKS,
            "newsletter": {
                "BACKEND": "django_tasks.backends.dummy.DummyBackend",
                "QUEUES": ["newsletter"],
            },
        }
        if options["tracemalloc"]:
            tracemalloc.start()
        try:
            with override_settings(
                EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                EMAIL_HOST="127.0.0.1",
                EMAIL_PORT=port,
                EMAIL_USE_TLS=False,
                EMAIL_HOST_USER="",
                EMAIL_HOST_PASSWORD="",
                TASKS=tasks,
            ):
                started = time.perf_counter()
                mailing, _ = start_mailing(newsletter)
                queued = time.perf_counter()
                counts = deliver(mailing.pk).counts
                finished = time.perf_counter()
        finally:
            sink.terminate()
            sink.wait()
        traced = tracemalloc.get_traced_memory()[1] if options["tracemalloc"] else None
        tracemalloc.stop()
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux

        self.stdout.write(f"Newsletter to {count:,} subscribers via SMTP on 127.0.0.1")
        self.stdout.write(f"  recording deliveries: {queued - started:6.1f} s")
        self.stdout.write(f"  sending:              {finished - queued:6.1f} s")
        self.stdout.write(f"  total:                {finished - started:6.1f} s (target < 60 s)")
        self.stdout.write(f"  sent {counts['sent']:,}, failed {counts['failed']:,}")
        self.stdout.write(f"  peak memory (RSS):    {peak_rss:6.0f} MB (target < 300 MB)")
        if traced is not None:
            self.stdout.write(f"  peak Python allocations while sending: {traced / 2**20:.0f} MB")

    @staticmethod
    def _wait_for(port):
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise CommandError("The SMTP sink did not start.")

    def _prepare(self, count):
        Mailing.objects.filter(newsletter__slug__startswith="bench-").delete()
        NewsletterPage.objects.filter(slug__startswith="bench-").delete()
        Delivery.objects.filter(subscriber__email__endswith="@bench.example.org").delete()
        Subscriber.objects.filter(email__endswith=BENCH_DOMAIN).delete()
        now = timezone.now()
        create_subscribers(count, now)
        index = NewsletterIndexPage.objects.get(locale__language_code="nl")
        template = NewsletterPage.objects.filter(locale=index.locale).first()
        page = NewsletterPage(
            title="Benchmarknieuwsbrief",
            slug=f"bench-{int(time.time())}",
            introduction="Beste lezer, dit is een benchmark.",
            items=[
                NewsletterItem(item_id=item.item_id, sort_order=item.sort_order)
                for item in template.items.all()
            ],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        return page
