# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""The base of the generated `AltegioClient`: tokens, connections, retries, errors, logging.

Generated operation functions build their request arguments and hand them to `send` (or
`asend`) together with their `Operation`; everything that is the same for every operation
happens here.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import os
import re
import threading
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, ClassVar, Protocol, Self, TypeVar
from urllib.parse import quote_plus

import attrs
import httpx

from . import retry as _retry
from ._connections import Connections
from ._decode import ALREADY_DELETED
from ._identity import user_agent
from ._limits import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    Deadline,
    aread_body,
    bounded_by,
    read_body,
)
from ._response import check_response
from .errors import (
    AltegioError,
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    UserTokenRequiredError,
    validation_error,
)
from .operation import Auth, Operation
from .options import NOT_GIVEN, NotGiven, RequestOptions

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENV_BASE_URL",
    "ENV_PARTNER_TOKEN",
    "ENV_USER_TOKEN",
    "LOGGER_NAME",
    "AltegioClientBase",
    "Credentials",
]

# Finite by default so a stalled server cannot hang a caller forever; connecting gets less time
# than reading because a slow connect usually means the host is unreachable, not busy.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
LOGGER_NAME = "altegio_activity"
# Read when the matching argument is left out, so deployments configure the client like any service.
ENV_PARTNER_TOKEN = "ALTEGIO_PARTNER_TOKEN"
ENV_USER_TOKEN = "ALTEGIO_USER_TOKEN"
ENV_BASE_URL = "ALTEGIO_BASE_URL"

# The API answers plain JSON when the operation names no media type.
_DEFAULT_ACCEPT = "application/json"
# What upstream openapi-python-client's `_get_kwargs` may return; anything else is template drift.
_REQUEST_KEYS = frozenset({"method", "url", "params", "json", "content", "data", "files", "headers", "cookies"})
# Tokens go into `Bearer <partner>, User <user>`: a space, comma or control character would
# corrupt that header, and h11 would quote the whole value in its error message.
_TOKEN_SHAPE = re.compile(r"[!-+\--~]+")  # visible ASCII except ","
_NO_OPTIONS = RequestOptions()


@attrs.frozen
class Credentials:
    """A user's login and password, kept by a client made with `login(..., relogin=True)`."""

    login: str
    password: str = attrs.field(repr=False)


class User(Protocol):
    """What a login operation returns, as far as the client cares."""

    @property
    def user_token(self) -> str: ...


U = TypeVar("U", bound=User)


class _Session:
    """What a client needs to log its user in again; one per login, shared by its threads."""

    def __init__(self, credentials: Credentials) -> None:
        self.credentials = credentials
        self.lock = threading.Lock()  # one renewal at a time; the others then use its token

    def __repr__(self) -> str:
        return "_Session(...)"


class AltegioClientBase:
    """Holds the tokens and the connections; one object serves sync and asyncio operations.

    `partner_token` is sent on every call; `user_token` on calls made on behalf of a user (the
    generated `login()` returns a client holding one). Left out, they come from the environment
    variables `ALTEGIO_PARTNER_TOKEN` and `ALTEGIO_USER_TOKEN`, and `base_url` from
    `ALTEGIO_BASE_URL` (else the spec's server).

    `timeout` is seconds or an `httpx.Timeout`, None for no limit. It bounds the whole call:
    connecting, sending, reading the body however slowly it arrives, every retry and every wait
    between them (with an `httpx.Timeout`, the call may take as long as its longest phase).
    `max_retries` counts retries after the first attempt (see `retry` for which failures are
    retried). `max_response_bytes` caps a response body, counted after decompression (None: no
    cap). `headers` are sent with every request.

    Connections: `http_client` / `async_http_client` are your own httpx clients (TLS
    verification and CA bundle, proxies, limits, event hooks); they are used as they are and
    never closed here. Without them, the client opens its own pools, made with `transport` /
    `async_transport` when given (e.g. `httpx.MockTransport` in tests). `logger` defaults to
    `logging.getLogger("altegio_activity")`.

    Close the client when done (`with`/`close()`, or `async with`/`aclose()`); either closes the
    sync and the async side. The async side works from any event loop, one after another
    (`asyncio.run` twice) or at once (a loop per thread): each loop gets its own pool.
    """

    default_base_url: ClassVar[str] = ""  # the generated subclass sets the spec's server URL

    def __init__(
        self,
        partner_token: str | None = None,
        user_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        partner_token = partner_token if partner_token is not None else (os.environ.get(ENV_PARTNER_TOKEN) or None)
        if partner_token is None:
            raise ConfigurationError(f"pass partner_token= or set the environment variable {ENV_PARTNER_TOKEN}")
        _check_token("partner_token", partner_token)
        user_token = user_token if user_token is not None else (os.environ.get(ENV_USER_TOKEN) or None)
        if user_token is not None:
            _check_token("user_token", user_token)
        base_url = base_url or os.environ.get(ENV_BASE_URL) or type(self).default_base_url
        if not base_url:
            raise ConfigurationError(f"{type(self).__name__} has no default_base_url; pass base_url=")
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, got {max_retries}")
        if max_response_bytes is not None and max_response_bytes < 1:
            raise ConfigurationError(f"max_response_bytes must be 1 or more, got {max_response_bytes}")
        # An async httpx client, or a transport that also serves async requests (MockTransport), given
        # as `http_client`/`transport` serves the async side too: `AsyncAltegioClient(transport=...)`.
        if isinstance(http_client, httpx.AsyncClient):
            http_client, async_http_client = None, async_http_client or http_client
        if isinstance(transport, httpx.AsyncBaseTransport) and async_transport is None and async_http_client is None:
            async_transport = transport
        sync_transport = transport if isinstance(transport, httpx.BaseTransport) else None
        if (http_client is not None and sync_transport is not None) or (
            async_http_client is not None and async_transport is not None
        ):
            raise ConfigurationError("pass a transport or an httpx client for each side, not both")
        self._partner_token = partner_token
        self._user_token = user_token
        self._user: object = None  # what login() returned for this client's user
        self._session: _Session | None = None  # set by login(..., relogin=True)
        self._base_url = base_url.rstrip("/")
        self._timeout = httpx.Timeout(timeout)
        self._max_retries = max_retries
        self._max_response_bytes = max_response_bytes
        self._default_policy = _retry.RetryPolicy(max_retries=max_retries)
        self._logger = logger or logging.getLogger(LOGGER_NAME)
        self._headers = httpx.Headers({"User-Agent": user_agent(), "Accept-Encoding": ACCEPT_ENCODING})
        self._headers.update(headers or {})
        self._connections = Connections(
            transport=sync_transport,
            async_transport=async_transport,
            http_client=http_client,
            async_http_client=async_http_client,
        )
        self._owns_connections = True

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def user_token(self) -> str | None:
        return self._user_token

    def with_user_token(self, token: str) -> Self:
        """A copy of this client acting for another user.

        The copy shares this client's settings and connection pool, so making many copies is
        cheap. Closing the copy does nothing; closing this client closes the pool for all.
        """
        _check_token("user_token", token)
        clone = copy.copy(self)  # no __init__ call: a generated subclass may take other arguments
        clone._user_token = token
        clone._user = None
        clone._session = None
        clone._owns_connections = False
        return clone

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other defaults: `timeout`, `max_retries`, extra `headers`.

        Like `with_user_token`, the copy shares this client's connections and user, and this
        client is not changed, so threads and tasks sharing it are never affected.
        """
        clone = copy.copy(self)  # no __init__ call: a generated subclass may take other arguments
        clone._owns_connections = False
        if not isinstance(timeout, NotGiven):
            clone._timeout = httpx.Timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            if max_retries < 0:
                raise ConfigurationError(f"max_retries must be 0 or more, got {max_retries}")
            clone._max_retries = max_retries
            clone._default_policy = _retry.RetryPolicy(max_retries=max_retries)
        if headers:
            clone._headers = self._headers.copy()
            clone._headers.update(headers)
        return clone

    def __repr__(self) -> str:
        user = "set" if self._user_token is not None else "unset"
        return f"{type(self).__name__}(base_url={self._base_url!r}, user={user})"

    # -- sessions: what the generated login()/alogin() build on ---------------------------------

    def _authenticate(self, credentials: Credentials) -> User:
        """Exchange credentials for a user (with `user_token`); the generated client implements it."""
        raise NotImplementedError(f"{type(self).__name__} has no login operation")

    async def _aauthenticate(self, credentials: Credentials) -> User:
        raise NotImplementedError(f"{type(self).__name__} has no login operation")

    def _logged_in(self, response: httpx.Response, user: U) -> U:
        """`user`, parsed from the login `response`, if its token can be sent; the generated
        `_authenticate` passes what the login operation answered through here."""
        if not _usable_token(user.user_token):
            # The server answered 2xx, so this is its fault, not the caller's: a typed error with
            # the response, never the ValueError a caller's own bad token gets.
            raise validation_error(
                response,
                "data.user_token",
                "not a token the client can send (empty, or has spaces, commas or non-ASCII)",
            )
        return user

    def _login(self, credentials: Credentials, relogin: bool) -> Self:
        return self._for_user(self._authenticate(credentials), credentials, relogin)

    async def _alogin(self, credentials: Credentials, relogin: bool) -> Self:
        return self._for_user(await self._aauthenticate(credentials), credentials, relogin)

    def _for_user(self, user: User, credentials: Credentials, relogin: bool) -> Self:
        # A new client, never this one: other threads and tasks may be using this one right now.
        clone = self.with_user_token(user.user_token)
        clone._user = user
        clone._session = _Session(credentials) if relogin else None
        return clone

    def _renew(self, used_token: str | None) -> None:
        """Log in again after a 401, unless another thread already did since `used_token` failed."""
        assert self._session is not None
        with self._session.lock:
            if self._user_token == used_token:
                self._adopt(self._authenticate(self._session.credentials))

    async def _arenew(self, used_token: str | None) -> None:
        assert self._session is not None
        if self._user_token == used_token:  # no lock: a threading one would block the loop
            self._adopt(await self._aauthenticate(self._session.credentials))

    def _adopt(self, user: User) -> None:
        _check_token("user_token", user.user_token)
        self._user_token = user.user_token
        self._user = user

    # -- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connections, sync and async, and refuse further calls.

        Async pools are closed on their own event loop: at once when it is not running, as a
        task when this is called from inside it; prefer `aclose()` in async code.
        """
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
        while True:
            request = self._build(http, call)
            started = time.monotonic()
            with bounded_by(call.deadline):
                attempt = self._attempt(http, call, request, started)
            if attempt.renew_session:
                self._renew(call.sent_user_token)
                continue
            if attempt.retry_in is None:
                return attempt.result()
            _retry.sleep(attempt.retry_in)
            call.retries += 1

    def _attempt(self, http: httpx.Client, call: _Call, request: httpx.Request, started: float) -> _Attempt:
        try:
            streamed = http.send(request, stream=True)
        except httpx.RequestError as exc:
            return self._after_error(call, request, exc, started)
        try:
            response = read_body(streamed, self._max_response_bytes, call.deadline)
        except httpx.RequestError as exc:  # the body broke off or stalled
            return self._after_error(call, request, exc, started)
        finally:
            streamed.close()
        return self._after_response(call, response, started)

    async def asend(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None = None
    ) -> httpx.Response:
        """`send`, for asyncio code; the deadline cancels whatever is in progress."""
        call = self._prepare(operation, kwargs, options)
        http = await self._connections.async_client()
        try:
            async with asyncio.timeout(call.deadline.remaining()):
                return await self._asend(http, call)
        except TimeoutError:
            request = call.last_request or http.build_request(operation.method, call.request["url"])
            raise APITimeoutError(
                f"Request timed out (the call took longer than {call.deadline.seconds:g} s)", request=request
            ) from None

    async def _asend(self, http: httpx.AsyncClient, call: _Call) -> httpx.Response:
        while True:
            request = self._build(http, call)
            started = time.monotonic()
            try:
                streamed = await http.send(request, stream=True)
            except httpx.RequestError as exc:
                attempt = self._after_error(call, request, exc, started)
            else:
                try:
                    response = await aread_body(streamed, self._max_response_bytes, call.deadline)
                except httpx.RequestError as exc:
                    attempt = self._after_error(call, request, exc, started)
                else:
                    attempt = self._after_response(call, response, started)
                finally:
                    await streamed.aclose()
            if attempt.renew_session:
                await self._arenew(call.sent_user_token)
                continue
            if attempt.retry_in is None:
                return attempt.result()
            await _retry.asleep(attempt.retry_in)
            call.retries += 1

    def _prepare(self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None) -> _Call:
        options = options or _NO_OPTIONS
        unknown = set(kwargs) - _REQUEST_KEYS
        if unknown or "url" not in kwargs:
            raise TypeError(f"{operation.operation_id}: bad request arguments {sorted(kwargs)}")
        if str(kwargs.get("method", operation.method)).upper() != operation.method:
            raise ValueError(f"{operation.operation_id}: method {kwargs['method']!r} is not {operation.method}")

        # Later updates win: ours, the client's, the operation's, then the caller's for this call.
        headers = self._headers.copy()
        headers["Accept"] = operation.accept or _DEFAULT_ACCEPT
        headers.update(kwargs.get("headers") or {})  # generated: Content-Type only
        if options.extra_headers:
            headers.update(options.extra_headers)

        request = {key: value for key, value in kwargs.items() if key not in ("method", "headers")}
        request["method"] = operation.method
        request["url"] = self._base_url + str(kwargs["url"])  # absolute, so a caller's http_client needs no base_url
        if params := request.pop("params", None):
            request["url"] += "?" + _query_string(params)
        timeout = self._timeout if isinstance(options.timeout, NotGiven) else httpx.Timeout(options.timeout)
        if isinstance(options.max_retries, NotGiven) and not options.retry_unsafe:
            policy = self._default_policy
        else:
            max_retries = self._max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries
            policy = _retry.RetryPolicy(max_retries=max_retries, retry_unsafe=options.retry_unsafe)
        return _Call(
            operation=operation,
            request=request,
            headers=headers,
            timeout=timeout,
            deadline=Deadline.for_timeout(timeout),
            policy=policy,
        )

    def _build(self, http: httpx.Client | httpx.AsyncClient, call: _Call) -> httpx.Request:
        headers = call.headers
        if call.operation.auth is not Auth.NONE:
            # Read per attempt: a renewed session's token replaces the one that got a 401.
            call.sent_user_token = self._user_token
            headers = headers.copy()
            headers["Authorization"] = self._authorization(call.operation, call.sent_user_token)
        request = http.build_request(**call.request, headers=headers, timeout=call.deadline.cap(call.timeout))
        call.last_request = request
        return request

    def _authorization(self, operation: Operation, user_token: str | None) -> str:
        if operation.auth is Auth.PARTNER:
            return f"Bearer {self._partner_token}"
        if user_token is None:
            raise UserTokenRequiredError(operation.operation_id)
        return f"Bearer {self._partner_token}, User {user_token}"

    def _after_error(self, call: _Call, request: httpx.Request, error: httpx.RequestError, started: float) -> _Attempt:
        operation = call.operation
        if self._logger.isEnabledFor(logging.DEBUG):  # skip building the arguments on the hot path
            self._logger.debug(
                "%s %s %s failed after %.0f ms (attempt %d): %s",
                operation.operation_id,
                operation.method,
                operation.path,
                _ms_since(started),
                call.retries + 1,
                type(error).__name__,
                extra=_log_extra(operation, call.retries, None),
            )
        call.may_have_acted = call.may_have_acted or _retry.may_have_arrived(error)
        delay = self._within_deadline(call, call.policy.after_error(operation, error, call.retries))
        if delay is not None:
            self._log_retry(call, delay, type(error).__name__)
        if isinstance(error, httpx.TimeoutException) and not call.deadline.allows(0.0):
            failure: APIConnectionError = APITimeoutError(
                f"Request timed out ({type(error).__name__}: the call took longer than {call.deadline.seconds:g} s)",
                request=request,
            )
        else:
            failure = _connection_error(error, request)
        return _Attempt(error=failure, cause=error, retry_in=delay)

    def _after_response(self, call: _Call, response: httpx.Response, started: float) -> _Attempt:
        operation = call.operation
        status = response.status_code
        if self._logger.isEnabledFor(logging.DEBUG):  # skip building the arguments on the hot path
            self._logger.debug(
                "%s %s %s -> %d in %.0f ms (attempt %d)",
                operation.operation_id,
                operation.method,
                operation.path,
                status,
                _ms_since(started),
                call.retries + 1,
                extra=_log_extra(operation, call.retries, status),
            )
        error = check_response(operation, response)
        if error is None:
            return _Attempt(response=response)
        if status == 404 and operation.method == "DELETE" and call.may_have_acted:
            # An earlier attempt timed out or failed after the server may have deleted: a 404
            # now means the delete happened, not that there was nothing to delete.
            response.extensions[ALREADY_DELETED] = True
            self._logger.info(
                "%s %s %s: 404 after a retry counts as deleted by an earlier attempt",
                operation.operation_id,
                operation.method,
                operation.path,
                extra=_log_extra(operation, call.retries, status),
            )
            return _Attempt(response=response)
        if status == 401 and operation.auth is Auth.USER and self._session is not None and not call.renewed:
            call.renewed = True
            return _Attempt(error=error, renew_session=True)
        call.may_have_acted = call.may_have_acted or _retry.may_have_acted(status)
        delay = self._within_deadline(call, call.policy.after_response(operation, response, call.retries))
        if delay is not None:
            self._log_retry(call, delay, f"HTTP {status}")
        return _Attempt(error=error, retry_in=delay)

    def _within_deadline(self, call: _Call, delay: float | None) -> float | None:
        # A retry that could only start after the deadline would fail anyway; give up now.
        return delay if delay is not None and call.deadline.allows(delay) else None

    def _log_retry(self, call: _Call, delay: float, reason: str) -> None:
        operation = call.operation
        self._logger.info(
            "%s %s %s: retry %d of %d in %.2f s after %s",
            operation.operation_id,
            operation.method,
            operation.path,
            call.retries + 1,
            call.policy.max_retries,
            delay,
            reason,
            extra={**_log_extra(operation, call.retries, None), "altegio_retry_delay": delay},
        )


def _query_string(params: Mapping[str, Any]) -> str:
    """`params` encoded as httpx encodes them, except that `[` and `]` in a key stay as written.

    The vendor's filters are `filter[from]=...&filter[master_ids][]=5&filter[master_ids][]=10`;
    PHP reads `%5B` as `[`, but a server or mock that compares keys literally (Prism) does not.
    """
    pairs = httpx.QueryParams(params).multi_items()  # httpx's own value rules: lists repeat the key
    return "&".join(f"{quote_plus(key, safe='[]')}={quote_plus(value)}" for key, value in pairs)


def _usable_token(token: object) -> bool:
    return isinstance(token, str) and _TOKEN_SHAPE.fullmatch(token) is not None


def _check_token(name: str, token: object) -> None:
    # The message never quotes the token: it is a secret even when malformed.
    if not _usable_token(token):
        raise ConfigurationError(f"{name} must be a non-empty string of visible ASCII characters without commas")


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


@attrs.define(kw_only=True)
class _Call:
    """One call of an operation, across its attempts."""

    operation: Operation
    request: dict[str, Any]  # keyword arguments for httpx's build_request, but headers and timeout
    headers: httpx.Headers  # all but Authorization, which is set per attempt
    timeout: httpx.Timeout
    deadline: Deadline
    policy: _retry.RetryPolicy
    retries: int = 0
    renewed: bool = False  # the session was renewed after a 401 (once per call)
    may_have_acted: bool = False  # an earlier attempt may have reached the server and done its work
    sent_user_token: str | None = None
    last_request: httpx.Request | None = None


@attrs.frozen(kw_only=True)
class _Attempt:
    response: httpx.Response | None = None
    error: AltegioError | None = None
    cause: BaseException | None = None
    retry_in: float | None = None  # None: this attempt is final
    renew_session: bool = False  # log in again, then repeat the attempt

    def result(self) -> httpx.Response:
        if self.error is not None:
            raise self.error from self.cause
        assert self.response is not None
        return self.response
