# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""The httpx clients behind one `AltegioClient` and every client `login()` or `with_user_token()`
derives from it: one sync pool, and one async pool per event loop.

httpx ties pooled async connections to the event loop that opened them, and a program that calls
`asyncio.run()` twice runs two loops. So each loop gets its own pool, and the pool is closed
while its loop can still close sockets: when the loop shuts down (`asyncio.run` and
`asyncio.Runner` finalise async generators before closing the loop, and a guard generator here
is one of them), or when the client is closed, whichever comes first.

Pools are made on first use, so a program using only asyncio never opens a sync pool. Clients
passed in (`http_client=`, `async_http_client=`) are the caller's: used as they are, never closed.
The sync pool this object opens reads its sockets through `_limits.DeadlineBackend`, so the
call's deadline bounds the response head too; a caller's own client or transport keeps httpx's
per-read timeouts there (the body is bounded either way).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator

import httpcore
import httpx

from ._limits import DeadlineBackend
from .errors import ClientClosedError

__all__ = ["Connections"]


class Connections:
    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None,
        async_transport: httpx.AsyncBaseTransport | None,
        http_client: httpx.Client | None,
        async_http_client: httpx.AsyncClient | None,
    ) -> None:
        self._transport = transport
        self._async_transport = async_transport
        self._lock = threading.Lock()  # two threads' first calls must not open two pools
        self._sync = http_client
        self._own_sync = http_client is None
        self._given_async = async_http_client
        self._async: dict[asyncio.AbstractEventLoop, tuple[httpx.AsyncClient, AsyncGenerator[None, None]]] = {}
        self._closing: set[asyncio.Future[None]] = set()  # closes scheduled on a running loop
        self._closed = False

    def sync(self) -> httpx.Client:
        with self._lock:
            self._check_open()
            if self._sync is None:
                # No base_url, timeout or headers here: the client sets them on every request,
                # the same way for a pool of its own and one passed in.
                self._sync = httpx.Client(transport=self._transport)
                if self._transport is None:
                    _bound_reads(self._sync)
            return self._sync

    async def async_client(self) -> httpx.AsyncClient:
        if self._given_async is not None:
            self._check_open()
            return self._given_async
        loop = asyncio.get_running_loop()
        with self._lock:
            self._check_open()
            found = self._async.get(loop)
            if found is not None:
                return found[0]
            client = httpx.AsyncClient(transport=self._async_transport)
            guard = self._guard(loop, client)
            self._async[loop] = (client, guard)
        await guard.__anext__()  # registers it with the loop, which finalises it at shutdown
        return client

    async def _guard(self, loop: asyncio.AbstractEventLoop, client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            with self._lock:
                if self._async.get(loop, (None,))[0] is client:
                    del self._async[loop]
            await client.aclose()

    def close(self) -> None:
        """Close every pool this object opened; async ones on their own loop, as well as can be."""
        with self._lock:
            self._closed = True
            sync, self._sync = (self._sync if self._own_sync else None), None
            pools, self._async = self._async, {}
        if sync is not None:
            sync.close()
        for loop, (client, _guard) in pools.items():
            self._close_on(loop, client)

    async def aclose(self) -> None:
        with self._lock:
            current = self._async.pop(asyncio.get_running_loop(), None)
        if current is not None:
            await current[0].aclose()
        self.close()

    def _close_on(self, loop: asyncio.AbstractEventLoop, client: httpx.AsyncClient) -> None:
        if loop.is_closed():
            return  # its shutdown ran the guard, or nothing can close those sockets any more
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:  # a sync `close()` (or `with`) inside a coroutine on that loop
            task = loop.create_task(client.aclose())
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)
        elif loop.is_running():  # another thread's loop
            asyncio.run_coroutine_threadsafe(client.aclose(), loop)
        else:
            loop.run_until_complete(client.aclose())

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError("this Altegio client has been closed; create a new one")


def _bound_reads(client: httpx.Client) -> None:
    """Route the sockets of httpx's own transports (the default one and proxy mounts) through
    `DeadlineBackend`. httpx has no public way to pass a network backend, so this sets
    httpcore's pool attribute; with another httpx or httpcore layout it does nothing."""
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
            pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
