"""The shared cache on Redis, as Django's own backend with one client per connection
pool. Django's client makes a new ``redis.Redis`` for every cache call, and with it a
table of some 170 reply handlers: a page asks the cache a dozen times, so that was a
fifth of the time each call took. A ``redis.Redis`` is safe to share between threads
and takes a connection from its pool for each command, so one serves every call."""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class PooledClient(RedisCacheClient):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client


class Cache(RedisCache):
    """``CACHE_URL=redis://...`` uses this backend (``config/settings``)."""

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = PooledClient
