# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""The httpx clients behind one `AltegioClient` and every client `login()` or `with_user_token()`
derives from it: one sync pool, and one async pool per event loop.

httpx ties pooled async connections to the event loop that opened them, and a program that calls
`asyncio.run()` twice runs two loops. So each loop gets its own pool, and the pool is closed
while its loop can still close sockets: when the loop shuts down (`asyncio.run` and
`asyncio.Runner` finalise async generators before closing the loop, and a guard generator here
is one of them), or when the client is closed, whichever comes first.

A process that forks (gunicorn `--preload`, Celery prefork, multiprocessing) would share the
pooled sockets between parent and child, and each could read the other's answers. So the child
forgets every inherited pool at the fork (`os.register_at_fork`): its own pools are dropped and
made anew on first use, and the idle connections of a pool passed in are dropped from it. Nothing
is closed or sent on those sockets in the child; they stay the parent's.

Pools are made on first use, so a program using only asyncio never opens a sync pool. Clients
passed in (`http_client=`, `async_http_client=`) are the caller's: used as they are, never closed.
The sync pools read their sockets through `_limits.DeadlineBackend`, so the call's deadline
bounds the response head too: this object's own pool, and a caller's own `httpx.Client` or
`httpx.HTTPTransport` (their httpcore pools get the same backend, which changes nothing outside
this client's calls). Another kind of transport keeps its own per-read timeouts for the head;
the body is bounded either way, and asyncio calls are cancelled at their deadline whatever the
transport.
"""

from __future__ import annotations

import asyncio
import os
import threading
import weakref
from collections.abc import AsyncGenerator
from typing import Any

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
        headers: httpx.Headers | None = None,
    ) -> None:
        self._headers = headers  # for the pools made here; a caller's client is left as it is
        self._transport = transport
        self._async_transport = async_transport
        self._lock = threading.Lock()  # two threads' first calls must not open two pools
        self._sync = http_client
        self._own_sync = http_client is None
        self._given_async = async_http_client
        self._async: dict[asyncio.AbstractEventLoop, tuple[httpx.AsyncClient, AsyncGenerator[None, None]]] = {}
        self._closing: set[asyncio.Future[None]] = set()  # closes scheduled on a running loop
        self._closed = False
        _LIVE.add(self)
        for given in (http_client, transport):
            if given is not None:
                _bound_reads(given)  # a caller's client or transport: its pool, if httpx's, is bounded too

    def sync(self) -> httpx.Client:
        found = self._sync
        if found is not None and not self._closed:  # every call but the first: no lock needed
            return found
        with self._lock:
            self._check_open()
            if self._sync is None:
                # No base_url or timeout here: the client sets them on every request, the same
                # way for a pool of its own and one passed in. Its headers, though, are the
                # pool's, so that a request only adds its own (see the client's `_build`).
                self._sync = httpx.Client(transport=self._transport, headers=self._headers)
                _bound_reads(self._sync)
            return self._sync

    def ready_async_client(self) -> httpx.AsyncClient | None:
        """The running loop's pool when it exists already (every call but the first), without a
        coroutine to await; None: await `async_client()`."""
        if self._closed:
            return None
        if self._given_async is not None:
            return self._given_async
        found = self._async.get(asyncio.get_running_loop())
        return None if found is None else found[0]

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
            client = httpx.AsyncClient(transport=self._async_transport, headers=self._headers)
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

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def own_sync(self) -> bool:
        """Whether `sync()` is a pool made here (with the client's headers), not a caller's."""
        return self._own_sync

    @property
    def own_async(self) -> bool:
        return self._given_async is None

    def _forget_inherited(self) -> None:
        """In a forked child: let go of every connection the parent opened, without touching them."""
        self._lock = threading.Lock()  # another thread of the parent may have held it at the fork
        if self._own_sync:
            self._sync = None
        elif self._sync is not None:
            _drop_pooled(_transports(self._sync))
        self._async = {}  # their loops belong to the parent too
        self._closing = set()
        if self._given_async is not None:
            _drop_pooled(_transports(self._given_async))
        # A transport passed in outlives the pools made with it: its connections are the parent's.
        _drop_pooled([self._transport, self._async_transport])

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError("this Altegio client has been closed; create a new one")


# Every Connections object alive in this process, for the child of a fork to reset.
_LIVE: weakref.WeakSet[Connections] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for connections in list(_LIVE):
        connections._forget_inherited()


if hasattr(os, "register_at_fork"):  # not on Windows, which cannot fork
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _transports(client: httpx.Client | httpx.AsyncClient) -> list[Any]:
    return [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]


def _drop_pooled(transports: list[Any]) -> None:
    """Empty the connection pools of a caller's httpx transports in a forked child. httpx has no
    public way to, so this sets httpcore's pool attributes; with another layout it does nothing.
    The connections are not closed: closing an HTTP/2 one would send GOAWAY on the parent's socket."""
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if isinstance(pool, httpcore.ConnectionPool | httpcore.AsyncConnectionPool):
            lock = getattr(pool, "_optional_thread_lock", None)
            if lock is not None:
                pool._optional_thread_lock = type(lock)()
            pool._connections = []
            pool._requests = []


def _bound_reads(client: httpx.Client | httpx.BaseTransport) -> None:
    """Route the sockets of httpx's own transports (the default one and proxy mounts, of a
    client or a transport) through `DeadlineBackend`, which changes nothing outside this
    client's calls. httpx has no public way to pass a network backend, so this sets httpcore's
    pool attribute; with another httpx or httpcore layout, or another transport, it does nothing."""
    transports = _transports(client) if isinstance(client, httpx.Client) else [client]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
            pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
