"""Values kept for the length of one request: the one place for per-request memos.

A page asks several times for the same thing (the active locale, the site's navigation, whether
the user is an editor, a version read from the cache); `memo(key, compute)` computes it once per
request and forgets it when the request ends. Nothing is stored on the request object: the
values live in a context variable that `RequestCacheMiddleware` (first in `MIDDLEWARE`) opens
for each request. Outside a request (commands, tests that call code directly) `memo` simply
computes; `scope()` opens one by hand.

Keys are tuples that start with the caller's module name, so modules cannot collide; values
that belong to a user include the user's id in the key.
"""

import contextlib
import contextvars

_values = contextvars.ContextVar("kennisbank_request_values", default=None)


def memo(key, compute):
    """`compute()`, once per request while a request scope is open (else every time)."""
    values = _values.get()
    if values is None:
        return compute()
    try:
        return values[key]
    except KeyError:
        value = values[key] = compute()
        return value


def get(key, default=None):
    """The value kept under `key` in this request, or `default`."""
    values = _values.get()
    return default if values is None else values.get(key, default)


def put(key, value):
    """Keep `value` under `key` for the rest of this request (nothing outside a request)."""
    values = _values.get()
    if values is not None:
        values[key] = value


def active():
    """Whether a request scope is open."""
    return _values.get() is not None


@contextlib.contextmanager
def scope():
    """A fresh set of values for the code inside (a request, a command's unit of work)."""
    token = _values.set({})
    try:
        yield
    finally:
        _values.reset(token)


class RequestCacheMiddleware:
    """Opens a request scope around everything else (put it first in `MIDDLEWARE`), so that
    template responses rendered by the middleware below it still see their values."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with scope():
            return self.get_response(request)
