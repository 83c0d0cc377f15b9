# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""The base of the generated `AltegioClient`: tokens, connections, retries, errors, logging.

Generated operation functions build their request arguments and hand them to `send` (or
`asend`) together with their `Operation`; everything that is the same for every operation
happens here.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import os
import re
import threading
import time
import weakref
from collections.abc import Mapping
from types import TracebackType
from typing import Any, ClassVar, Protocol, Self, TypeVar
from urllib.parse import quote_plus

import attrs
import httpx

from . import retry as _retry
from ._auth import Secrets, expand, server_url
from ._connections import Connections
from ._decode import ALREADY_DELETED
from ._identity import user_agent
from ._limits import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    Deadline,
    already_read,
    aread_body,
    bound_reads,
    read_body,
    unbind_reads,
)
from ._redact import safe_url
from ._request import PLAIN_KEYS, BaseUrl, header_items, plain_request
from ._response import check_response
from .errors import (
    AltegioError,
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    NotFoundError,
    RedirectError,
    RequestBodyError,
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
_MAX_REDIRECTS = 5


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
        # The same for asyncio, one lock per event loop (an asyncio.Lock belongs to one loop).
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def async_lock(self) -> asyncio.Lock:
        # Only this loop's thread reads or adds its key, so no thread lock is needed here.
        return self._async_locks.setdefault(asyncio.get_running_loop(), asyncio.Lock())

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
    # Set by the generated subclass: the defaults of that URL's `{variables}`, the prefix of the
    # environment variables, and whether the Altegio partner token is required (else the
    # spec's own schemes take `token`, `api_key`, `username`/`password` or `credentials`).
    default_server_variables: ClassVar[Mapping[str, str]] = {}
    env_prefix: ClassVar[str] = "ALTEGIO"
    partner_auth: ClassVar[bool] = True

    def __init__(
        self,
        partner_token: str | None = None,
        user_token: str | None = None,
        *,
        token: str | None = None,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        credentials: Mapping[str, str | tuple[str, str]] | None = None,
        server_variables: Mapping[str, str] | None = None,
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
        env, name = type(self).env_prefix, type(self).__name__
        if type(self).partner_auth:
            partner_token = (
                partner_token if partner_token is not None else (os.environ.get(f"{env}_PARTNER_TOKEN") or None)
            )
            if partner_token is None:
                raise ConfigurationError(f"pass partner_token= or set the environment variable {env}_PARTNER_TOKEN")
            _check_token("partner_token", partner_token)
            user_token = user_token if user_token is not None else (os.environ.get(f"{env}_USER_TOKEN") or None)
            if user_token is not None:
                _check_token("user_token", user_token)
        elif partner_token is not None or user_token is not None:
            raise ConfigurationError(f"{name} takes no partner or user token; pass token=, api_key= or credentials=")
        self._secrets = Secrets.gather(
            env, name, token=token, api_key=api_key, username=username, password=password, credentials=credentials
        )
        self._server_variables = dict(server_variables or {})
        defaults = type(self).default_server_variables
        base_url = (
            base_url
            or os.environ.get(f"{env}_BASE_URL")
            or expand(type(self).default_base_url, defaults, self._server_variables)
        )
        if base_url and "://" not in base_url:  # a spec's relative server: relative to where it is served
            raise ConfigurationError(f"the server {base_url!r} is relative; pass base_url='https://<host>{base_url}'")
        if not base_url:
            raise ConfigurationError(f"{type(self).__name__} has no default_base_url; pass base_url=")
        _check_base_url(base_url)
        _check_timeout("timeout", timeout)
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
        self._base = BaseUrl(self._base_url)
        self._timeout = httpx.Timeout(timeout)
        self._call_seconds = Deadline.for_timeout(self._timeout).seconds  # worked out once, not per call
        self._max_retries = max_retries
        self._max_response_bytes = max_response_bytes
        self._default_policy = _retry.RetryPolicy(max_retries=max_retries)
        self._logger = logger or logging.getLogger(LOGGER_NAME)
        self._headers = httpx.Headers({"User-Agent": user_agent(), "Accept-Encoding": ACCEPT_ENCODING})
        self._headers.update(headers or {})
        # Pools of our own carry these as their httpx client's headers, so a request adds only
        # its own (Accept, Authorization): merging headers is a good part of httpx's cost per
        # request. A caller's httpx client gets them with every request instead.
        self._client_headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in self._headers.raw}
        self._accept_headers: dict[str, dict[str, str]] = {}  # {"Accept": ...} per value, made once
        self._extra_headers: dict[str, str] = {}  # with_options(headers=): sent by the copy only
        # A pool's headers, and them as `plain_request` takes them, worked out once.
        self._pool_headers: tuple[httpx.Headers, tuple[tuple[bytes, str, bytes], ...]] | None = None
        self._connections = Connections(
            transport=sync_transport,
            async_transport=async_transport,
            http_client=http_client,
            async_http_client=async_http_client,
            headers=self._headers,
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
            # The shared pools carry this client's headers; the copy's extra ones go with each of
            # its requests instead, so this client never sends them.
            clone._extra_headers = {**self._extra_headers, **headers}
            clone._accept_headers = {}
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
        """`_renew` for asyncio: one login per loop however many tasks got the 401; the others
        wait for it (an asyncio lock: a threading one would block the loop) and use its token."""
        assert self._session is not None
        async with self._session.async_lock():
            if self._user_token == used_token:
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
        own = self._connections.own_sync
        while True:
            request = self._build(http, call, own)
            started = time.monotonic()
            outer = bound_reads(call.deadline)
            try:
                attempt = self._attempt(http, call, request, started)
            finally:
                unbind_reads(outer)
            if attempt.renew_session:
                self._renew(call.sent_user_token)
                continue
            if attempt.redirect_to is not None:
                call.follow(attempt.redirect_to)
                continue
            if attempt.retry_in is None:
                return attempt.result()
            _retry.sleep(attempt.retry_in)
            call.retries += 1

    def _attempt(self, http: httpx.Client, call: _Call, request: httpx.Request, started: float) -> _Attempt:
        try:
            # Redirects off whatever the httpx client says: `_after_redirect` decides, per request.
            streamed = http.send(request, stream=True, follow_redirects=False)
        except httpx.RequestError as exc:
            return self._after_error(call, request, exc, started)
        except RuntimeError as exc:  # httpx's "the client has been closed"
            raise self._closed_during(http, exc) from exc
        try:
            response = read_body(streamed, self._max_response_bytes, call.deadline)
        except httpx.RequestError as exc:  # the body broke off or stalled
            return self._after_error(call, request, exc, started)
        except RuntimeError as exc:
            raise self._closed_during(http, exc) from exc
        finally:
            streamed.close()
        return self._after_response(call, response, started)

    def _closed_during(self, http: httpx.Client | httpx.AsyncClient, error: RuntimeError) -> Exception:
        """What to raise for a RuntimeError from httpx: `ClientClosedError` when this client or the
        httpx client under it was closed while the call was in flight, else the error itself."""
        if self._connections.closed or http.is_closed:
            return ClientClosedError("the client was closed while this call was in flight; create a new one")
        return error

    async def asend(
        self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None = None
    ) -> httpx.Response:
        """`send`, for asyncio code; the deadline cancels whatever is in progress."""
        call = self._prepare(operation, kwargs, options)
        http = self._connections.ready_async_client() or await self._connections.async_client()
        own = self._connections.own_async
        end = call.deadline.end
        if end is None:
            return await self._asend(http, call, own)
        expiry = _Expiry(end)
        try:
            return await self._asend(http, call, own)
        except asyncio.CancelledError:
            if not expiry.caused_it():
                raise  # the caller's cancellation, not the deadline
            request = call.last_request or http.build_request(operation.method, call.request["url"])
            raise APITimeoutError(call.deadline.expired(), request=request) from None
        finally:
            expiry.disarm()

    async def _asend(self, http: httpx.AsyncClient, call: _Call, own: bool) -> httpx.Response:
        while True:
            request = self._build(http, call, own)
            started = time.monotonic()
            try:
                streamed = await http.send(request, stream=True, follow_redirects=False)
            except httpx.RequestError as exc:
                attempt = self._after_error(call, request, exc, started)
            except RuntimeError as exc:  # httpx's "the client has been closed"
                raise self._closed_during(http, exc) from exc
            else:
                try:
                    response = already_read(streamed, self._max_response_bytes) or await aread_body(
                        streamed, self._max_response_bytes, call.deadline
                    )
                except httpx.RequestError as exc:
                    attempt = self._after_error(call, request, exc, started)
                except RuntimeError as exc:
                    raise self._closed_during(http, exc) from exc
                else:
                    attempt = self._after_response(call, response, started)
                finally:
                    await streamed.aclose()
            if attempt.renew_session:
                await self._arenew(call.sent_user_token)
                continue
            if attempt.redirect_to is not None:
                call.follow(attempt.redirect_to)
                continue
            if attempt.retry_in is None:
                return attempt.result()
            await _retry.asleep(attempt.retry_in)
            call.retries += 1

    def _prepare(self, operation: Operation, kwargs: Mapping[str, Any], options: RequestOptions | None) -> _Call:
        options = options or _NO_OPTIONS
        if not _REQUEST_KEYS.issuperset(kwargs) or "url" not in kwargs:
            raise TypeError(f"{operation.operation_id}: bad request arguments {sorted(kwargs)}")
        method = kwargs.get("method", operation.method)
        if method != operation.method and str(method).upper() != operation.method:
            raise ValueError(f"{operation.operation_id}: method {kwargs['method']!r} is not {operation.method}")

        # Later updates win: ours, the client's, the operation's, then the caller's for this call.
        accept = operation.accept or _DEFAULT_ACCEPT
        headers = self._accept_headers.get(accept) or self._accept_headers.setdefault(
            accept, {**self._extra_headers, "Accept": accept}
        )
        authorization_given = False
        if "headers" in kwargs or options.extra_headers:
            headers = _merged(headers, kwargs.get("headers"), options.extra_headers)  # generated: Content-Type only
            authorization_given = any(name.lower() == "authorization" for name in headers)

        request = {key: value for key, value in kwargs.items() if key not in ("method", "headers")}
        if "json" in request:
            # Encoded once here, not per attempt inside httpx, and as a typed error when it cannot be.
            request["content"] = _encode_json(operation, request.pop("json"))
            if not any(name.lower() == "content-type" for name in headers):
                headers = {**headers, "Content-Type": "application/json"}
        request["method"] = operation.method
        # Absolute, so a caller's http_client needs no base_url; an operation's own server wins.
        base = (
            self._base_url
            if operation.server is None
            else server_url(operation.server, self._base_url, self._server_variables)
        )
        request["url"] = base + str(kwargs["url"])
        if operation.security:  # the document's own schemes: into a copy, never the shared Accept headers
            headers = dict(headers)
            self._secrets.apply(operation, headers, request)
        if params := request.pop("params", None):
            request["url"] += "?" + _query_string(params)
        request["url"] = self._base.join(request["url"])  # parsed once, for every attempt
        if isinstance(options.timeout, NotGiven):
            timeout, deadline = self._timeout, Deadline(self._call_seconds)
        else:
            timeout = httpx.Timeout(options.timeout)
            deadline = Deadline.for_timeout(timeout)
        if isinstance(options.max_retries, NotGiven) and not options.retry_unsafe:
            policy = self._default_policy
        else:
            max_retries = self._max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries
            policy = _retry.RetryPolicy(max_retries=max_retries, retry_unsafe=options.retry_unsafe)
        content = request.get("content")
        return _Call(
            operation=operation,
            request=request,
            plain=PLAIN_KEYS.issuperset(request) and (content is None or isinstance(content, bytes)),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            authorization_given=authorization_given,
            policy=policy,
        )

    def _build(self, http: httpx.Client | httpx.AsyncClient, call: _Call, own: bool) -> httpx.Request:
        """The request for the next attempt; `own`: `http` is a pool of ours (see `_client_headers`)."""
        headers = call.headers if own else _merged(self._client_headers, call.headers)
        if call.operation.auth is not Auth.NONE:
            # Read per attempt: a renewed session's token replaces the one that got a 401.
            call.sent_user_token = self._user_token
            authorization = self._authorization(call.operation, call.sent_user_token)
            if call.authorization_given or not own:
                headers = _merged(headers, {"Authorization": authorization})
            else:  # no Authorization in any case among them: just add it
                headers = {**headers, "Authorization": authorization}
        timeout = call.deadline.cap(call.timeout)
        if own and call.plain and not http.cookies:
            pool = self._pool_headers
            if pool is None or pool[0] is not http.headers:  # worked out again for another pool's headers
                pool = self._pool_headers = (http.headers, header_items(http.headers))
            request = plain_request(call.request, pool[1], headers, timeout)
        else:
            request = http.build_request(**call.request, headers=headers, timeout=timeout)
        call.last_request = request
        return request

    def _authorization(self, operation: Operation, user_token: str | None) -> str:
        if self._partner_token is None:
            raise ConfigurationError(f"{operation.operation_id} needs a partner token; pass partner_token=")
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
        if self._connections.closed:  # closing cut this attempt off; a retry would only fail again
            closed = ClientClosedError("the client was closed while this call was in flight; create a new one")
            return _Attempt(error=closed, cause=error)
        delay = self._within_deadline(call, call.policy.after_error(operation, error, call.retries))
        if delay is not None:
            self._log_retry(call, delay, type(error).__name__)
        if isinstance(error, httpx.TimeoutException) and not call.deadline.allows(0.0):
            failure: APIConnectionError = APITimeoutError(
                call.deadline.expired(f"{type(error).__name__}: "), request=request
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
        if 300 <= status < 400 and "Location" in response.headers:
            return self._after_redirect(call, response)
        error = check_response(operation, response)
        if error is None:
            return _Attempt(response=response)
        if isinstance(error, NotFoundError) and operation.method == "DELETE" and call.may_have_acted:
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
        # A 401, or a `success: false` envelope whose code says 401: the user token is stale.
        stale = isinstance(error, AuthenticationError) and operation.auth is Auth.USER
        if stale and self._session is not None and not call.renewed:
            call.renewed = True
            return _Attempt(error=error, renew_session=True)
        call.may_have_acted = call.may_have_acted or _retry.may_have_acted(status)
        delay = self._within_deadline(call, call.policy.after_response(operation, response, call.retries))
        if delay is not None:
            self._log_retry(call, delay, f"HTTP {status}")
        return _Attempt(error=error, retry_in=delay)

    def _after_redirect(self, call: _Call, response: httpx.Response) -> _Attempt:
        request = response.request
        try:
            target = request.url.join(response.headers["Location"])
        except httpx.InvalidURL:
            target = None
        method = call.operation.method
        if target is None:
            why = "its Location is not a URL"
        elif (target.scheme, target.host, target.port) != (request.url.scheme, request.url.host, request.url.port):
            why = "it leads to another origin, and the credentials would go along"
        elif method not in ("GET", "HEAD"):
            why = f"a {method} would send its body again"
        elif call.redirects >= _MAX_REDIRECTS:
            why = f"more than {_MAX_REDIRECTS} redirects in a row"
        else:
            call.redirects += 1
            return _Attempt(redirect_to=target)
        location = safe_url(target) if target is not None else "(not a URL)"
        return _Attempt(
            error=RedirectError(
                f"the server redirected {method} {call.operation.path} to {location}, which the client does not "
                f"follow: {why}. Check base_url ({safe_url(httpx.URL(self._base_url))}) or the proxy in between",
                response=response,
                location=location,
            )
        )

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


def _merged(headers: dict[str, str], *updates: Mapping[str, str] | None) -> dict[str, str]:
    """`headers` with `updates` applied in turn, names compared without case (as HTTP does);
    a new dict, `headers` is left as it was."""
    result = dict(headers)
    for update in updates:
        for name, value in (update or {}).items():
            lowered = name.lower()
            for existing in [key for key in result if key.lower() == lowered]:
                del result[existing]
            result[name] = value
    return result


def _check_base_url(base_url: str) -> None:
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        shown = safe_url(url) if url is not None else "that"
        raise ConfigurationError(
            f"base_url must be an absolute http(s) URL with a host, such as https://api.alteg.io/api; got {shown!r}"
        )


def _check_timeout(name: str, timeout: object) -> None:
    if isinstance(timeout, httpx.Timeout):
        phases: tuple[object, ...] = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    else:
        phases = (timeout,)
    for phase in phases:
        if phase is None:
            continue
        if isinstance(phase, bool) or not isinstance(phase, int | float) or not phase >= 0:
            raise ConfigurationError(f"{name} must be seconds (0 or more), an httpx.Timeout or None; got {phase!r}")


def _encode_json(operation: Operation, value: Any) -> bytes:
    # As httpx encodes `json=`: compact, UTF-8, no NaN (which is not JSON).
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise RequestBodyError(f"{operation.operation_id}: the request body cannot be sent as JSON ({exc})") from None
    except RecursionError:
        raise RequestBodyError(f"{operation.operation_id}: the request body is nested too deeply for JSON") from None


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
    plain: bool = False  # `request` is only method, url and bytes content: see `plain_request`
    headers: dict[str, str]  # the operation's and the caller's (Accept, ...); shared, never changed
    authorization_given: bool = False  # `headers` has an Authorization (the client's replaces it)
    timeout: httpx.Timeout
    deadline: Deadline
    policy: _retry.RetryPolicy
    retries: int = 0
    renewed: bool = False  # the session was renewed after a 401 (once per call)
    may_have_acted: bool = False  # an earlier attempt may have reached the server and done its work
    sent_user_token: str | None = None
    last_request: httpx.Request | None = None
    redirects: int = 0  # same-origin GET redirects followed so far

    def follow(self, target: httpx.URL) -> None:
        """Send the next attempt to `target` (its query included) instead."""
        self.request = {key: value for key, value in self.request.items() if key != "params"}
        self.request["url"] = target


class _Expiry:
    """Cancels the current task at `end` (a `time.monotonic()`), as `asyncio.timeout` does, at
    half its cost on every call: one timer, no state machine."""

    __slots__ = ("_cancelling", "_handle", "_task", "_fired")

    def __init__(self, end: float) -> None:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        if task is None:  # pragma: no cover - asend always runs in a task
            raise RuntimeError("asend must run in an asyncio task")
        self._task = task
        self._cancelling = task.cancelling()  # cancellations already requested by others
        self._fired = False
        self._handle = loop.call_at(loop.time() + (end - time.monotonic()), self._fire)

    def _fire(self) -> None:
        self._fired = True
        self._task.cancel()

    def caused_it(self) -> bool:
        """For a CancelledError: whether it is this deadline's alone (then it is taken back)."""
        return self._fired and self._task.uncancel() <= self._cancelling

    def disarm(self) -> None:
        self._handle.cancel()


class _Attempt:
    """How one attempt ended. A plain slotted class, not attrs: one is made on every call."""

    __slots__ = ("cause", "error", "redirect_to", "renew_session", "response", "retry_in")

    def __init__(
        self,
        *,
        response: httpx.Response | None = None,
        error: AltegioError | None = None,
        cause: BaseException | None = None,
        retry_in: float | None = None,  # None: this attempt is final
        renew_session: bool = False,  # log in again, then repeat the attempt
        redirect_to: httpx.URL | None = None,  # repeat the attempt there (a same-origin GET redirect)
    ) -> None:
        self.response = response
        self.error = error
        self.cause = cause
        self.retry_in = retry_in
        self.renew_session = renew_session
        self.redirect_to = redirect_to

    def result(self) -> httpx.Response:
        if self.error is not None:
            raise self.error from self.cause
        assert self.response is not None
        return self.response
