"""gunicorn's configuration for production: `gunicorn -c kennisbank/gunicorn.conf.py`.

Sized by the environment, with defaults sized by the machine's processors:

- GUNICORN_BIND (default 0.0.0.0:8000, or 0.0.0.0:$PORT): where to listen.
- WEB_CONCURRENCY / GUNICORN_WORKERS (default 2 × processors + 1): worker processes. Pages are
  CPU work in Python (templates), so processes, not threads, give throughput.
- GUNICORN_THREADS (default 1): threads per worker; more than 1 uses the gthread worker, which
  helps when requests wait on the database or Redis more than they compute.
- GUNICORN_TIMEOUT (default 30 seconds), GUNICORN_MAX_REQUESTS (default 2000, restarts a worker
  after that many requests, with jitter, against slow leaks).
- GUNICORN_ACCESS_LOG (default "-": standard output; empty: off). Access log lines are JSON.
"""

import multiprocessing
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.production")

wsgi_app = "kennisbank.wsgi:application"
bind = os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(
    os.environ.get("WEB_CONCURRENCY")
    or os.environ.get("GUNICORN_WORKERS")
    or multiprocessing.cpu_count() * 2 + 1
)
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = timeout
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# Heartbeat files in memory, not on a possibly slow disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
# The TLS-terminating proxy in front sets X-Forwarded-Proto; which addresses to trust.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = (
    '{"time": "%(t)s", "remote": "%(h)s", "method": "%(m)s", "path": "%(U)s", '
    '"query": "%(q)s", "status": %(s)s, "bytes": "%(B)s", "ms": %(M)s, '
    '"agent": "%(a)s", "cache": "%({x-cache}o)s"}'
)
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
