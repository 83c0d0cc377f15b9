# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""When to send a request again, and how long to wait first.

Retried: connection failures, and the statuses 408, 429, 500, 502, 503 and 504. The wait grows
exponentially from 0.5 s, doubling up to 8 s, less up to a quarter of random jitter so that
clients failing together do not retry together. A `Retry-After` header (seconds or an HTTP
date) replaces that wait; if it asks for more than `MAX_RETRY_AFTER` the client gives up at once
and raises the error, whose response still holds the header: blocking a call for minutes
surprises callers more than an error they can schedule around.

A non-idempotent request (POST) may create something each time it reaches the server, so it is
retried only when it surely never did: the connection could not be made (connect error,
connect timeout, no free connection in the pool), or the server answered 429, which says it
did not process the request. After a read error, a read or write timeout or any other status it
is sent once, unless the caller opts in with `RequestOptions(retry_unsafe=True)`.

Every retry also has to fit in the call's deadline (see `_limits.Deadline`); one that would
start after it is not made.

A DELETE retried after an attempt that may have reached the server (a read error or timeout, a
408 or 5xx) can find the event already gone: the client then counts the 404 as the success of
that earlier attempt (`may_have_arrived`, `may_have_acted`).

`sleep`, `asleep` and `jitter` are looked up on this module at each use, so tests replace them
(monkeypatch `retry.sleep`) to run without waiting and to see the delays.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import math
import random
import time
from collections.abc import Awaitable, Callable

import attrs
import httpx

from .operation import Operation

__all__ = [
    "INITIAL_DELAY",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "RETRY_STATUSES",
    "RetryPolicy",
    "asleep",
    "jitter",
    "may_have_acted",
    "may_have_arrived",
    "parse_retry_after",
    "sleep",
]

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# The server refused before doing anything, so even a POST may be sent again.
_NOT_PROCESSED_STATUSES = frozenset({429})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

sleep: Callable[[float], None] = time.sleep
asleep: Callable[[float], Awaitable[None]] = asyncio.sleep
jitter: Callable[[], float] = random.random  # in [0, 1)

# The request never left this machine: safe to send again whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request may have been (partly) received and acted on before the connection failed.
_MAYBE_SENT = (
    httpx.ReadError,
    httpx.WriteError,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,  # server closed without (a complete) response
)


@attrs.frozen
class RetryPolicy:
    """The retry decisions for one call; `retries_done` counts retries already made."""

    max_retries: int
    retry_unsafe: bool = False

    def after_error(self, operation: Operation, error: Exception, retries_done: int) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if retries_done >= self.max_retries:
            return None
        if isinstance(error, _NOT_SENT):
            return self.backoff(retries_done)
        if isinstance(error, _MAYBE_SENT) and self._may_repeat(operation):
            return self.backoff(retries_done)
        return None

    def after_response(self, operation: Operation, response: httpx.Response, retries_done: int) -> float | None:
        """Seconds to wait before retrying after a failed response, or None to give up."""
        status = response.status_code
        if retries_done >= self.max_retries or status not in RETRY_STATUSES:
            return None
        if not self._may_repeat(operation) and status not in _NOT_PROCESSED_STATUSES:
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if retry_after is None:
            return self.backoff(retries_done)
        return retry_after if retry_after <= MAX_RETRY_AFTER else None

    def backoff(self, retries_done: int) -> float:
        delay = min(INITIAL_DELAY * 2.0**retries_done, MAX_DELAY)
        return delay * (1.0 - 0.25 * jitter())

    def _may_repeat(self, operation: Operation) -> bool:
        return operation.idempotent or self.retry_unsafe


def may_have_arrived(error: Exception) -> bool:
    """Whether the request may have reached the server before this transport error."""
    return isinstance(error, _MAYBE_SENT)


def may_have_acted(status: int) -> bool:
    """Whether a server answering `status` may still have carried out the request (a gateway
    timing out while the application finished, a 500 after the write)."""
    return status == 408 or status >= 500


def parse_retry_after(value: str | None, now: datetime.datetime | None = None) -> float | None:
    """Seconds from `now` that a Retry-After value asks for: never negative; None if unreadable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # float() also reads "nan" and "inf"; neither is a delay a server can mean.
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC with an unknown source zone
        when = when.replace(tzinfo=datetime.UTC)
    now = now or datetime.datetime.now(datetime.UTC)
    return max((when - now).total_seconds(), 0.0)
