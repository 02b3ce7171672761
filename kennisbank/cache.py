"""Django's Redis cache backend, made so that a Redis outage costs speed, not the site.

Wagtail, the page cache, the rate limits and sessions all talk to the default cache. With
plain `RedisCache` an unreachable Redis raises on every call and every page answers 500. This
subclass catches the connection errors of redis-py, records the outage in `home.cachehealth`
(logged once per interval, retried after it) and meanwhile answers from a small cache in the
process's own memory: counters (rate limits) still count per process, Wagtail's lookups still
work. The page cache and the data kept under versions do not use that memory at all during an
outage (they check `cachehealth.available()`), because other processes could not purge it.
"""

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

from home import cachehealth

OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)
METHODS = (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "has_key",
    "incr",
    "set_many",
    "delete_many",
    "clear",
)


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.fallback = LocMemCache(
            f"kennisbank-fallback-{id(self)}", {"OPTIONS": {"MAX_ENTRIES": 5000}}
        )


def _resilient(name):
    redis_method = getattr(RedisCache, name)

    def method(self, *args, **kwargs):
        if cachehealth.available():
            try:
                return redis_method(self, *args, **kwargs)
            except OUTAGE_ERRORS:
                cachehealth.failed()
        return getattr(self.fallback, name)(*args, **kwargs)

    method.__name__ = name
    method.__doc__ = redis_method.__doc__
    return method


for _name in METHODS:
    setattr(ResilientRedisCache, _name, _resilient(_name))
