# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""The two limits on one call: its deadline, and how big a body it will hold in memory.

httpx's timeouts bound each network operation, not the call: a server that trickles one byte a
second never trips a read timeout, and retries multiply the wait. `Deadline` is the budget for
the whole call; every attempt's httpx timeouts are cut to what is left of it, and reading the
body checks it between chunks. The response head arrives inside httpx, before any chunk: on the
sync side the client's own pool reads the socket through `DeadlineBackend`, which cuts every
single read and write to what is left of the calling thread's deadline (`bounded_by`), so a
head trickled a byte at a time cannot outlast it either. (asyncio calls are cancelled at their
deadline as a whole.)

Bodies are read as raw bytes and, when compressed, inflated here with a cap on the output, so
that a few hundred kilobytes of gzip cannot become gigabytes in memory: the limit counts the
decompressed bytes and is checked before they are allocated, not after.

Only a success body over the limit is an error (`ResponseTooLargeError`): the caller asked for
that data and cannot have it. An error status's body is only the explanation of the error, so
it is cut at the limit and the status decides as always (a 503 is retried, a 404 is
`NotFoundError`), with the start of the body quoted in the message.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx

from .errors import APITimeoutError, ResponseTooLargeError, UnexpectedResponseError

__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "Deadline",
    "DeadlineBackend",
    "already_read",
    "aread_body",
    "bound_reads",
    "bounded_by",
    "read_body",
    "unbind_reads",
]

# The biggest answer the API gives (a 300-event search page) is well under 1 MiB.
DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024
# Only what `_Inflater` can bound; httpx would otherwise offer br/zstd when their packages exist.
ACCEPT_ENCODING = "gzip, deflate"
_ZLIB_OR_GZIP = 32 + zlib.MAX_WBITS  # zlib detects either header


class Deadline:
    """The end of a call's time budget, or none (`seconds` None)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._start = time.monotonic()
        self._end = None if seconds is None else self._start + seconds

    @classmethod
    def for_timeout(cls, timeout: httpx.Timeout) -> Deadline:
        """The call may take as long as the longest of its timeouts; any of them None: no limit."""
        phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        return cls(None if any(phase is None for phase in phases) else max(p for p in phases if p is not None))

    def remaining(self) -> float | None:
        return None if self._end is None else self._end - time.monotonic()

    @property
    def end(self) -> float | None:
        """The `time.monotonic()` at which the budget runs out; None for no limit."""
        return self._end

    def allows(self, delay: float) -> bool:
        """Whether waiting `delay` seconds still leaves time for another attempt."""
        remaining = self.remaining()
        return remaining is None or delay < remaining

    def cap(self, timeout: httpx.Timeout) -> httpx.Timeout:
        """`timeout` with each phase cut to the time left."""
        remaining = self.remaining()
        if remaining is None:
            return timeout
        if self.seconds is not None and remaining > self.seconds - 0.01:
            # The first attempt, at once: every phase stands as given (the deadline is the longest
            # of them), and no new Timeout is made on the hot path.
            return timeout
        # Whole milliseconds, rounded up: the first attempt then keeps the timeouts as given, and
        # 0 (which some backends read as "no timeout") never occurs.
        left = max(math.ceil(remaining * 1000.0), 1) / 1000.0

        def cut(phase: float | None) -> float:
            return left if phase is None else min(phase, left)

        return httpx.Timeout(
            connect=cut(timeout.connect), read=cut(timeout.read), write=cut(timeout.write), pool=cut(timeout.pool)
        )

    def expired(self, detail: str = "") -> str:
        """The message for a call stopped at this deadline: the limit, and how long it really took
        (which is more when something outside the client's reach held it up)."""
        elapsed = time.monotonic() - self._start
        limit = f"the call took longer than {self.seconds:g} s"
        return f"Request timed out ({detail}{limit}: stopped after {elapsed:.1f} s)"

    def check(self, request: httpx.Request) -> None:
        remaining = self.remaining()
        if remaining is not None and remaining <= 0:
            raise APITimeoutError(self.expired(), request=request)


# The deadline of the sync call this thread is making, for `DeadlineBackend`'s streams.
_current = threading.local()


def bound_reads(deadline: Deadline) -> float | None:
    """From now on, socket reads and writes of this thread through a `DeadlineBackend` end by
    `deadline`, until `unbind_reads` with what this returned (the outer deadline: a login inside
    a call restores the call's). Two functions, not a context manager: this is on every call."""
    outer: float | None = getattr(_current, "end", None)
    _current.end = deadline.end
    return outer


def unbind_reads(outer: float | None) -> None:
    _current.end = outer


@contextlib.contextmanager
def bounded_by(deadline: Deadline) -> Iterator[None]:
    """Within this block, socket reads and writes of this thread through a `DeadlineBackend`
    end by `deadline` (nested blocks, e.g. a login inside a call, restore the outer one)."""
    outer = bound_reads(deadline)
    try:
        yield
    finally:
        unbind_reads(outer)


def _cut(timeout: float | None, expired: type[Exception]) -> float | None:
    end: float | None = getattr(_current, "end", None)
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _cut(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _cut(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname, _cut(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, with every socket operation cut to the thread's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        cut = _cut(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, cut, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        cut = _cut(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, cut, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def read_body(response: httpx.Response, limit: int | None, deadline: Deadline) -> httpx.Response:
    """A copy of the streamed `response` with its whole body in memory; closes nothing."""
    if _already_read(response, limit):
        return response
    body = _Body(response, limit)
    for chunk in response.iter_raw():
        body.add(chunk)
        if body.full:
            break
        deadline.check(response.request)
    return body.response()


async def aread_body(response: httpx.Response, limit: int | None, deadline: Deadline) -> httpx.Response:
    """`read_body` for an async response (the asyncio deadline is enforced by the caller)."""
    if _already_read(response, limit):
        return response
    body = _Body(response, limit)
    async for chunk in response.aiter_raw():
        body.add(chunk)
        if body.full:
            break
        deadline.check(response.request)
    return body.response()


def already_read(response: httpx.Response, limit: int | None) -> httpx.Response | None:
    """`response` when its body is in memory already (a transport that answers from memory),
    checked against `limit`; None when it is still to be read. No coroutine to await."""
    return response if _already_read(response, limit) else None


def _already_read(response: httpx.Response, limit: int | None) -> bool:
    # A transport that answers from memory (httpx.MockTransport) hands over a read response.
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return False
    if limit is not None and len(content) > limit and response.is_success:
        raise _too_large(response, limit)
    return True


class _Body:
    """The body of one response as it arrives, inflated if compressed, never over `limit`."""

    def __init__(self, response: httpx.Response, limit: int | None) -> None:
        self._response = response
        self._limit = limit
        self._parts: list[bytes] = []
        self._size = 0
        self._cut = not response.is_success  # an error's body is cut at the limit, not refused
        self.full = False  # cut: read no further
        encoding = response.headers.get("Content-Encoding", "").strip().lower()
        # "deflate" should be zlib-wrapped (RFC 9110), but some servers send it raw, as httpx
        # also accepts: tried when the first chunk is not zlib.
        self._raw_deflate_fallback = encoding == "deflate"
        if encoding in ("", "identity"):
            self._inflater = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            self._inflater = zlib.decompressobj(_ZLIB_OR_GZIP)
        else:
            raise UnexpectedResponseError(
                f"the server sent a body encoded as {encoding!r}, which the client did not ask for",
                response=_empty(response),
            )
        declared = response.headers.get("Content-Length", "")
        if limit is not None and self._inflater is None and declared.isdigit() and int(declared) > limit:
            if not self._cut:
                raise _too_large(response, limit)

    def add(self, chunk: bytes) -> None:
        if self._inflater is None:
            self._keep(chunk)
            return
        data = chunk
        while data and not self.full:
            try:
                # Never more than one byte past the limit, however much `data` expands to.
                room = 0 if self._limit is None else self._limit - self._size + 1
                self._keep(self._inflater.decompress(data, room))
            except zlib.error as exc:
                if self._raw_deflate_fallback and self._size == 0:
                    self._raw_deflate_fallback = False
                    self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    data = chunk
                    continue
                raise UnexpectedResponseError(
                    f"the body does not decompress: {exc}", response=_empty(self._response)
                ) from None
            data = self._inflater.unconsumed_tail
            self._raw_deflate_fallback = False

    def _keep(self, data: bytes) -> None:
        if self._limit is not None and self._size + len(data) > self._limit:
            if not self._cut:
                raise _too_large(self._response, self._limit)
            data = data[: self._limit - self._size]
            self.full = True
        self._size += len(data)
        if data:
            self._parts.append(data)

    def response(self) -> httpx.Response:
        if self._inflater is not None and not self.full:
            self._keep(self._inflater.flush())
        source = self._response
        headers = source.headers.copy()
        if self._inflater is not None or self.full:  # what we hand on is inflated, or cut
            headers.pop("Content-Encoding", None)
            headers.pop("Content-Length", None)
        return httpx.Response(
            source.status_code,
            headers=headers,
            content=b"".join(self._parts),
            request=source.request,
            extensions=source.extensions,
            history=source.history,
        )


def _empty(response: httpx.Response) -> httpx.Response:
    """The response's status and headers without its body, for an error to carry."""
    headers = response.headers.copy()
    headers.pop("Content-Encoding", None)
    headers.pop("Content-Length", None)
    return httpx.Response(
        response.status_code, headers=headers, request=response.request, extensions=response.extensions
    )


def _too_large(response: httpx.Response, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"the response body is larger than max_response_bytes={limit}", response=_empty(response), limit=limit
    )
