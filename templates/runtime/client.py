# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""The base of the generated `AltegioClient`: tokens, connections, retries, errors, logging.

Generated operation functions build their request arguments and hand them to `send` (or
`asend`) together with their `Operation`; everything that is the same for every operation
happens here.
"""

from __future__ import annotations

import copy
import logging
import re
import threading
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, ClassVar, Self

import attrs
import httpx

from . import retry as _retry
from ._response import check_response
from .errors import (
    AltegioError,
    APIConnectionError,
    APITimeoutError,
    UserTokenRequiredError,
)
from .operation import Auth, Operation
from .options import NotGiven, RequestOptions

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "LOGGER_NAME", "AltegioClientBase"]

# Finite by default so a stalled server cannot hang a caller forever; connecting gets less time
# than reading because a slow connect usually means the host is unreachable, not busy.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
LOGGER_NAME = "altegio_activity"

# The API answers plain JSON when the operation names no media type.
_DEFAULT_ACCEPT = "application/json"
# What upstream openapi-python-client's `_get_kwargs` may return; anything else is template drift.
_REQUEST_KEYS = frozenset({"method", "url", "params", "json", "content", "data", "files", "headers", "cookies"})
# Tokens go into `Bearer <partner>, User <user>`: a space, comma or control character would
# corrupt that header, and h11 would quote the whole value in its error message.
_TOKEN_SHAPE = re.compile(r"[!-+\--~]+")  # visible ASCII except ","
_NO_OPTIONS = RequestOptions()


class AltegioClientBase:
    """Holds the tokens and the connections; one object serves sync and asyncio operations.

    `partner_token` is sent on every call; `user_token` on calls made on behalf of a user (get
    one with the generated `login()`). `timeout` is seconds or an `httpx.Timeout`; None disables
    it. `max_retries` counts retries after the first attempt (see `retry` for which failures
    are retried). `headers` are sent with every request. `transport` and `async_transport`
    replace httpx's network transports, e.g. with `httpx.MockTransport` in tests; each side
    uses only its own. `logger` defaults to `logging.getLogger("altegio_activity")`.

    Close the client when done (`with`/`close()`, or `async with`/`aclose()`, which also closes
    the sync side). Use the asyncio side from one event loop only: httpx ties pooled
    connections to the loop that opened them.
    """

    default_base_url: ClassVar[str] = ""  # the generated subclass sets the spec's server URL

    def __init__(
        self,
        partner_token: str,
        user_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        _check_token("partner_token", partner_token)
        if user_token is not None:
            _check_token("user_token", user_token)
        base_url = base_url if base_url is not None else type(self).default_base_url
        if not base_url:
            raise ValueError(f"{type(self).__name__} has no default_base_url; pass base_url=")
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        self._partner_token = partner_token
        self._user_token = user_token
        self._base_url = base_url.rstrip("/")
        self._timeout = httpx.Timeout(timeout)
        self._max_retries = max_retries
        self._default_policy = _retry.RetryPolicy(max_retries=max_retries)
        self._logger = logger or logging.getLogger(LOGGER_NAME)
        self._connections = _Connections(
            base_url=self._base_url,
            timeout=self._timeout,
            headers=dict(headers or {}),
            transport=transport,
            async_transport=async_transport,
        )
        self._owns_connections = True

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def user_token(self) -> str | None:
        return self._user_token

    def _set_user_token(self, token: str | None) -> None:
        """Keep the token `login()` received (None forgets it); affects only this object."""
        if token is not None:
            _check_token("user_token", token)
        self._user_token = token

    def with_user_token(self, token: str) -> Self:
        """A copy of this client acting for another user.

        The copy shares this client's settings and connection pool, so making many copies is
        cheap. Closing the copy does nothing; closing this client closes the pool for all.
        """
        _check_token("user_token", token)
        clone = copy.copy(self)  # no __init__ call: a generated subclass may take other arguments
        clone._user_token = token
        clone._owns_connections = False
        return clone

    def __repr__(self) -> str:
        user = "set" if self._user_token is not None else "unset"
        return f"{type(self).__name__}(base_url={self._base_url!r}, user={user})"

    # -- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the sync connections and refuse further calls (use `aclose` after async calls)."""
        if self._owns_connections:
            self._connections.close()

    async def aclose(self) -> None:
        """Close the async and the sync connections and refuse further calls."""
        if self._owns_connections:
            await self._connections.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # -- sending --------------------------------------------------------------------------------

    def send(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None = None
    ) -> httpx.Response:
        """Send one operation's request, retrying per policy; return a response worth parsing.

        Raises an `AltegioError` for everything else (see `errors` for the tree).
        """
        call = self._prepare(operation, kwargs, options)
        http = self._connections.sync()
        retries = 0
        while True:
            request = http.build_request(**call.request)
            started = time.monotonic()
            try:
                response = http.send(request)
            except httpx.RequestError as exc:
                attempt = self._after_error(call, request, exc, retries, started)
            else:
                attempt = self._after_response(call, response, retries, started)
            if attempt.retry_in is None:
                return attempt.result()
            _retry.sleep(attempt.retry_in)
            retries += 1

    async def asend(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None = None
    ) -> httpx.Response:
        """`send`, for asyncio code."""
        call = self._prepare(operation, kwargs, options)
        http = self._connections.async_client()
        retries = 0
        while True:
            request = http.build_request(**call.request)
            started = time.monotonic()
            try:
                response = await http.send(request)
            except httpx.RequestError as exc:
                attempt = self._after_error(call, request, exc, retries, started)
            else:
                attempt = self._after_response(call, response, retries, started)
            if attempt.retry_in is None:
                return attempt.result()
            await _retry.asleep(attempt.retry_in)
            retries += 1

    def _prepare(self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None) -> _Call:
        options = options or _NO_OPTIONS
        unknown = set(kwargs) - _REQUEST_KEYS
        if unknown or "url" not in kwargs:
            raise TypeError(f"{operation.operation_id}: bad request arguments {sorted(kwargs)}")
        if str(kwargs.get("method", operation.method)).upper() != operation.method:
            raise ValueError(f"{operation.operation_id}: method {kwargs['method']!r} is not {operation.method}")

        # Later updates win: operation defaults, then the operation's own headers, then the caller's.
        headers: dict[str, str] | httpx.Headers = {"Accept": operation.accept or _DEFAULT_ACCEPT}
        authorization = self._authorization(operation)
        if authorization is not None:
            headers["Authorization"] = authorization
        headers.update(kwargs.get("headers") or {})  # generated: Content-Type only
        if options.extra_headers:
            headers = httpx.Headers(headers)  # case-insensitive merge of the caller's names
            headers.update(options.extra_headers)

        request = {key: value for key, value in kwargs.items() if key not in ("method", "headers")}
        request["method"] = operation.method
        request["headers"] = headers
        request["timeout"] = self._timeout if isinstance(options.timeout, NotGiven) else options.timeout
        if isinstance(options.max_retries, NotGiven) and not options.retry_unsafe:
            policy = self._default_policy
        else:
            max_retries = self._max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries
            policy = _retry.RetryPolicy(max_retries=max_retries, retry_unsafe=options.retry_unsafe)
        return _Call(operation=operation, request=request, policy=policy)

    def _authorization(self, operation: Operation) -> str | None:
        if operation.auth is Auth.NONE:
            return None
        if operation.auth is Auth.PARTNER:
            return f"Bearer {self._partner_token}"
        if self._user_token is None:
            raise UserTokenRequiredError(operation.operation_id)
        return f"Bearer {self._partner_token}, User {self._user_token}"

    def _after_error(
        self, call: _Call, request: httpx.Request, error: httpx.RequestError, retries: int, started: float
    ) -> _Attempt:
        operation = call.operation
        if self._logger.isEnabledFor(logging.DEBUG):  # skip building the arguments on the hot path
            self._logger.debug(
                "%s %s %s failed after %.0f ms (attempt %d): %s",
                operation.operation_id,
                operation.method,
                operation.path,
                _ms_since(started),
                retries + 1,
                type(error).__name__,
                extra=_log_extra(operation, retries, None),
            )
        delay = call.policy.after_error(operation, error, retries)
        if delay is not None:
            self._log_retry(call, retries, delay, type(error).__name__)
        return _Attempt(error=_connection_error(error, request), cause=error, retry_in=delay)

    def _after_response(self, call: _Call, response: httpx.Response, retries: int, started: float) -> _Attempt:
        operation = call.operation
        if self._logger.isEnabledFor(logging.DEBUG):  # skip building the arguments on the hot path
            self._logger.debug(
                "%s %s %s -> %d in %.0f ms (attempt %d)",
                operation.operation_id,
                operation.method,
                operation.path,
                response.status_code,
                _ms_since(started),
                retries + 1,
                extra=_log_extra(operation, retries, response.status_code),
            )
        error = check_response(operation, response)
        if error is None:
            return _Attempt(response=response)
        delay = call.policy.after_response(operation, response, retries)
        if delay is not None:
            self._log_retry(call, retries, delay, f"HTTP {response.status_code}")
        return _Attempt(error=error, retry_in=delay)

    def _log_retry(self, call: _Call, retries: int, delay: float, reason: str) -> None:
        operation = call.operation
        self._logger.info(
            "%s %s %s: retry %d of %d in %.2f s after %s",
            operation.operation_id,
            operation.method,
            operation.path,
            retries + 1,
            call.policy.max_retries,
            delay,
            reason,
            extra={**_log_extra(operation, retries, None), "altegio_retry_delay": delay},
        )


def _check_token(name: str, token: object) -> None:
    # The message never quotes the token: it is a secret even when malformed.
    if not isinstance(token, str) or not _TOKEN_SHAPE.fullmatch(token):
        raise ValueError(f"{name} must be a non-empty string of visible ASCII characters without commas")


def _connection_error(error: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({detail})", request=request)
    return APIConnectionError(f"Connection error ({detail})", request=request)


def _ms_since(started: float) -> float:
    return (time.monotonic() - started) * 1000.0


def _log_extra(operation: Operation, retries: int, status: int | None) -> dict[str, Any]:
    # Structured fields for log handlers that index them; only the path template, never a URL.
    return {
        "altegio_operation": operation.operation_id,
        "altegio_method": operation.method,
        "altegio_path": operation.path,
        "altegio_attempt": retries + 1,
        "altegio_status": status,
    }


@attrs.frozen
class _Call:
    operation: Operation
    request: dict[str, Any]  # keyword arguments for httpx's build_request
    policy: _retry.RetryPolicy


@attrs.frozen(kw_only=True)
class _Attempt:
    response: httpx.Response | None = None
    error: AltegioError | None = None
    cause: BaseException | None = None
    retry_in: float | None = None  # None: this attempt is final

    def result(self) -> httpx.Response:
        if self.error is not None:
            raise self.error from self.cause
        assert self.response is not None
        return self.response


class _Connections:
    """The httpx clients behind a client and its `with_user_token` copies, made on first use.

    Lazily, so a program using only asyncio never opens a sync pool and the other way round.
    """

    def __init__(
        self,
        *,
        base_url: str,
        timeout: httpx.Timeout,
        headers: dict[str, str],
        transport: httpx.BaseTransport | None,
        async_transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self._base_url = base_url
        self._timeout = timeout
        self._headers = headers
        self._transport = transport
        self._async_transport = async_transport
        self._lock = threading.Lock()  # two threads' first calls must not open two pools
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None
        self._closed = False

    def sync(self) -> httpx.Client:
        with self._lock:
            self._check_open()
            if self._sync is None:
                self._sync = httpx.Client(
                    base_url=self._base_url,
                    timeout=self._timeout,
                    headers=self._headers,
                    transport=self._transport,
                )
            return self._sync

    def async_client(self) -> httpx.AsyncClient:
        with self._lock:
            self._check_open()
            if self._async is None:
                self._async = httpx.AsyncClient(
                    base_url=self._base_url,
                    timeout=self._timeout,
                    headers=self._headers,
                    transport=self._async_transport,
                )
            return self._async

    def close(self) -> None:
        with self._lock:
            self._closed = True
            sync, self._sync = self._sync, None
        if sync is not None:
            sync.close()

    async def aclose(self) -> None:
        self.close()
        with self._lock:
            async_client, self._async = self._async, None
        if async_client is not None:
            await async_client.aclose()

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this Altegio client has been closed; create a new one")
