# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Every error the client raises, and how a response becomes one.

    AltegioError
    ├── ConfigurationError          a missing or malformed token or setting (also a ValueError)
    ├── UserTokenRequiredError      an Auth.USER operation called without a user token; nothing sent
    ├── ClientClosedError           the client was closed (also a RuntimeError), before or during a call
    ├── RequestBodyError            the request body cannot be encoded as JSON (also a TypeError); nothing sent
    ├── PaginationError             a paged listing that would never end (the server repeats a page),
    │                               or whose next-page link leads away from the API
    ├── APIConnectionError          no usable response: refused, reset, cut off mid-body
    │   └── APITimeoutError         a connect, read, write or pool timeout, or the call's deadline
    └── APIStatusError              the server answered, and the answer is a failure
        ├── BadRequestError             400
        ├── AuthenticationError         401 (for a user token: log in again)
        ├── PermissionDeniedError       403
        ├── NotFoundError               404
        ├── ConflictError               409 (team member or resource busy)
        ├── UnprocessableEntityError    422
        ├── RateLimitError              429
        ├── InternalServerError         500 and above
        ├── RedirectError               a 3xx the client does not follow; `location` says where to
        └── UnexpectedResponseError     a 2xx the client cannot use, or a 404 not from the API
            ├── ResponseValidationError     the body does not fit the declared schema
            └── ResponseTooLargeError       the body (decompressed) is over the size limit

`IncompleteListingWarning` (a UserWarning, not an error) says a paged listing ended with fewer
items than the server reported.

Redirects: the client follows a redirect only for GET and HEAD, and only to the same origin
(scheme, host and port), at most five in a row. Any other (to another host, or of a request
with a body, such as the login's password) raises `RedirectError` naming the `Location`: the
credentials and the body never go where the API did not answer. This holds with your own
`httpx.Client(follow_redirects=True)` too, since each request is sent with redirects off.

Other 4xx statuses raise `APIStatusError` itself.

The status decides the class even when the body is not JSON: a 502 HTML page from a proxy is an
`InternalServerError` whose message quotes the page, because callers branch on the status
(retry on 5xx, log in again on 401), not on the body format. The one exception is 404: one
whose body is not the API's (an HTML page, a proxy's or a web server's) raises
`UnexpectedResponseError`, not `NotFoundError`, and says the base URL may be wrong, so that
`except NotFoundError` never mistakes a misconfiguration for a missing event.

A 2xx whose V1 envelope says `"success": false` raises the class its `code` or `status` (top
level or in `meta`) implies, else `UnprocessableEntityError` when it lists validation errors,
else `APIStatusError`; `message` is the server's, or says there was none.

Otherwise `UnexpectedResponseError` is for success statuses the client cannot hand on: a body
that is not JSON (or is empty) where JSON is expected, or a status the operation does not
declare. It stays under `APIStatusError` since
it, too, carries a response; catch it to tell "the server misbehaved" from "the call failed".

Messages and `url` never contain tokens: tokens travel only in the Authorization header, and
query values with secret-looking names, or an API key's own query parameter, are redacted. Nor
do `body`, `raw_body`, `errors` or `response`: fields with secret-looking names (a login answer's
`user_token`, a `password` echoed back) are replaced by "REDACTED" there, also in a body cut off
before it was whole.

Every error has `request_id` (the server's `X-Request-Id` or a like header, else None) and
`retry_after` (seconds the server asked to wait, else None). Errors pickle, so they survive
process pools and task queues, and their classes say `altegio_activity.errors.X` wherever the
package is, because calling code imports them from there. A pickle is data that leaves the
process (a result backend, a log shipper), so the request it carries loses its credentials: the
`Authorization`, `Proxy-Authorization` and `Cookie` headers, an API key's own header and query
parameter are redacted and the request body, which for a login holds the password, is dropped.
In the process that raised it, `request` is the request as sent.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from . import _body
from ._redact import is_credential, redact_json, redact_text, safe_url
from .error_details import ErrorDetail, error_details
from .retry import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "IncompleteListingWarning",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "RequestBodyError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "UserTokenRequiredError",
]


# Headers that carry the server's or a proxy's id for one request, most specific first.
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid", "cf-ray")


class AltegioError(Exception):
    """Base class of every error raised by this client."""

    message: str
    request_id: str | None = None
    retry_after: float | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own pickling calls `cls(*args)`, which the keyword-only arguments of the
        # subclasses refuse; rebuild from the attributes instead.
        return (_restore, (type(self), self.args, _portable_state(self.__dict__)))


def _restore(cls: type[AltegioError], args: tuple[Any, ...], state: dict[str, Any]) -> AltegioError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


def _portable_state(state: dict[str, Any]) -> dict[str, Any]:
    """The attributes to pickle: the same, but the request without credentials or body."""
    state = dict(state)
    request = state.get("request")
    if isinstance(request, httpx.Request):
        state["request"] = request = _portable_request(request)
    response = state.get("response")
    if isinstance(response, httpx.Response):
        state["response"] = _portable_response(response, request if isinstance(request, httpx.Request) else None)
    return state


_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})


def _portable_request(request: httpx.Request) -> httpx.Request:
    headers = [
        (name, "REDACTED" if name.lower() in _SECRET_HEADERS or is_credential(name) else value)
        for name, value in request.headers.multi_items()
    ]
    return httpx.Request(request.method, httpx.URL(safe_url(request.url)), headers=headers)


def _portable_response(response: httpx.Response, request: httpx.Request | None) -> httpx.Response:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    try:
        request = request or _portable_request(response.request)
    except RuntimeError:  # a response built without a request
        request = None
    headers = response.headers.copy()
    headers.pop("Set-Cookie", None)
    return httpx.Response(response.status_code, headers=headers, content=content, request=request)


class ConfigurationError(AltegioError, ValueError):
    """A token or setting is missing or malformed: nothing was sent. Also a ValueError, as a bad
    argument is; the message names the argument or environment variable, never a token."""


class UserTokenRequiredError(AltegioError):
    """An operation acting for a user was called on a client that has no user token."""

    def __init__(self, operation_id: str) -> None:
        super().__init__(
            f"{operation_id} acts on behalf of a user and needs a user token: pass the client that "
            "client.login(login, password) returns, or create the client with user_token=... "
            "(client.with_user_token(token) gives a copy for a user whose token you have)."
        )
        self.operation_id = operation_id


class ClientClosedError(AltegioError, RuntimeError):
    """The client was closed; create a new one (clients from `login()` close with their origin)."""


class RequestBodyError(AltegioError, TypeError):
    """The request body cannot be encoded as JSON (a value of a type JSON has no form for, or a
    NaN); nothing was sent. The message names the operation and the type, never the value."""


class PaginationError(AltegioError):
    """A paged listing cannot go on: the server sent the same page again (it ignores the page or
    offset), so following it would loop forever."""


class IncompleteListingWarning(UserWarning):
    """A paged listing ended with fewer items than the server reported (an empty page came
    first): items may have been deleted while iterating, or the server miscounts."""


class APIConnectionError(AltegioError):
    """The request got no complete response; `__cause__` holds the httpx error."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request
        self.method = request.method
        self.url = safe_url(request.url)

    def __str__(self) -> str:
        return f"{self.message} ({self.method} {self.url})"


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class APIStatusError(AltegioError):
    """The server answered with a failure.

    `message` is the server's own text when it gave one (`meta.message`, or the JSON:API
    `errors[].detail`/`title` joined), else the status' reason phrase; for a body that is not
    JSON it quotes the body's start. `errors` holds the structured validation errors as sent
    (`meta.errors` or the JSON:API `errors` list), else None. `body` is the decoded JSON body,
    or None when the body is not JSON.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        errors: list[Any] | dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        response, body, errors = _without_secrets(response, body, errors)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.errors = errors
        self.method = self.request.method
        self.url = safe_url(self.request.url)
        headers = response.headers
        self.request_id = next((headers[name] for name in _REQUEST_ID_HEADERS if name in headers), None)
        self.retry_after = parse_retry_after(headers.get("Retry-After"))

    @property
    def details(self) -> list[ErrorDetail]:
        """`errors`, typed: one `ErrorDetail` (`message`, `field`, `status`, `code`, `title`) per message."""
        return error_details(self.errors)

    def __str__(self) -> str:
        request_id = f", request id {self.request_id}" if self.request_id else ""
        return f"{self.message} (HTTP {self.status_code}, {self.method} {self.url}{request_id})"


def _without_secrets(response: httpx.Response, body: Any, errors: Any) -> tuple[httpx.Response, Any, Any]:
    """The response, body and errors for an error to keep, with secret-looking fields (a login
    answer's `user_token`) redacted: errors end up in logs, bug reports and result backends.
    The response is replaced by a copy holding the redacted body only when there was a secret."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return response, body, errors
    if not content:
        return response, body, errors
    clean_body, clean_errors = redact_json(body), redact_json(errors)
    if body is not None:
        if clean_body is body:
            return response, body, clean_errors
        clean = json.dumps(clean_body, ensure_ascii=False).encode()
    else:
        text = content.decode("utf-8", errors="replace")
        redacted = redact_text(text)
        if redacted == text:
            return response, body, clean_errors
        clean = redacted.encode()
    headers = response.headers.copy()
    headers.pop("Content-Encoding", None)
    headers.pop("Content-Length", None)
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built without a request
        request = None
    copy = httpx.Response(response.status_code, headers=headers, content=clean, request=request)
    return copy, clean_body, clean_errors


class BadRequestError(APIStatusError):
    """400: the request is malformed or fails validation; see `errors`."""


class AuthenticationError(APIStatusError):
    """401: a token is missing or wrong; a user token changes when the user's password does."""


class PermissionDeniedError(APIStatusError):
    """403: the tokens are valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: no such location, event or user."""


class ConflictError(APIStatusError):
    """409: the team member or a resource is busy; `force=True` overrides where allowed."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but refused, e.g. a date range in the past."""


class RateLimitError(APIStatusError):
    """429: too many requests; the response's Retry-After, if any, says when to try again."""


class InternalServerError(APIStatusError):
    """500 and above, including a proxy's HTML 502 or 504 page."""


class RedirectError(APIStatusError):
    """A redirect the client does not follow: to another origin (scheme, host or port), of a
    request other than GET or HEAD (its body, a login's password, would go along), or one too
    many in a row. `location` is where it pointed (credentials and secret-looking query values
    redacted). Usually the base URL is out of date, or a proxy is in the way."""

    def __init__(self, message: str, *, response: httpx.Response, location: str) -> None:
        super().__init__(message, response=response)
        self.location = location


class UnexpectedResponseError(APIStatusError):
    """A success status the client cannot use: a non-JSON or empty body where JSON is expected,
    or a body that fits none of the operation's success responses. Also a 404 whose body is not
    the API's (an HTML page): the base URL or a proxy is likely wrong, not the resource missing."""


class ResponseValidationError(UnexpectedResponseError):
    """A 2xx whose body cannot become the declared type: a required field missing, a value of
    the wrong type, a body nested too deeply. The server may have acted (a create did create):
    `body` and `raw_body` hold what it sent, `path` names the bad field (`data.attributes.date`,
    `data[3].id`; "" for the body itself) and `reason` says what is wrong with it."""

    def __init__(self, message: str, *, response: httpx.Response, path: str, reason: str, body: Any = None) -> None:
        super().__init__(message, response=response, body=body)
        self.path = path
        self.reason = reason
        self.raw_body = self.response.content  # as redacted: a login answer holds the token


class ResponseTooLargeError(UnexpectedResponseError):
    """The body is longer than the client's `max_response_bytes` (counted after decompression,
    so a small compressed "bomb" fails as early as a huge plain body). Nothing of it is kept."""

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, response=response)
        self.limit = limit


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def status_error(response: httpx.Response, body: _body.Body | None = None) -> APIStatusError:
    """The error for a failed response: an error status, or a 2xx saying `"success": false`."""
    if body is None:
        body = _body.decode(response)
    status = response.status_code
    if response.is_success:
        return _unsuccessful(response, body)
    if status == 404 and not _from_the_api(body):
        return UnexpectedResponseError(
            f"HTTP 404 for {safe_url(response.request.url)} with {_described(response, body)}, not the API's "
            "own answer: the base URL may be wrong (a missing /api?), or a proxy answered instead of the API",
            response=response,
            body=body.json,
        )
    reason = response.reason_phrase or f"HTTP {status}"
    if body.kind == "other":
        message = f"{reason}: the server sent {_body.quote(response)}"
    else:
        message = _body.server_message(body.json) or reason
    return status_error_class(status)(
        message, response=response, body=body.json, errors=_body.validation_errors(body.json)
    )


# Keys of the API's own bodies: the V1 envelope, JSON:API documents and errors.
_API_KEYS = frozenset({"success", "meta", "data", "errors", "message", "jsonapi"})


def _from_the_api(body: _body.Body) -> bool:
    return isinstance(body.json, dict) and not _API_KEYS.isdisjoint(body.json)


def _described(response: httpx.Response, body: _body.Body) -> str:
    if body.kind == "json":
        return "a JSON body that is not the API's envelope"
    return _body.quote(response)


def _unsuccessful(response: httpx.Response, body: _body.Body) -> APIStatusError:
    """A 2xx whose V1 envelope says `"success": false`: the class its code implies (`code` or
    `status`, top level or in `meta`), else 422 when it lists validation errors."""
    value = body.json
    code = _implied_status(value)
    errors = _body.validation_errors(value)
    if code is not None:
        error_class = status_error_class(code)
    else:
        error_class = UnprocessableEntityError if errors else APIStatusError
    message = _body.server_message(value) or "the API answered success: false, without a message"
    return error_class(message, response=response, body=value, errors=errors)


def _implied_status(value: Any) -> int | None:
    if not isinstance(value, dict):
        return None
    meta = value.get("meta")
    places = [value, meta] if isinstance(meta, dict) else [value]
    for place in places:
        for key in ("code", "status", "status_code"):
            found = place.get(key)
            if isinstance(found, str) and found.strip().isdigit():
                found = int(found)
            if isinstance(found, int) and not isinstance(found, bool) and 400 <= found <= 599:
                return found
    return None


def validation_error(response: httpx.Response, path: str, reason: str) -> ResponseValidationError:
    where = f"at {path}" if path else "the body"
    return ResponseValidationError(
        f"HTTP {response.status_code} {response.request.method} answered a body the client cannot read: "
        f"{where}: {reason}",
        response=response,
        path=path,
        reason=reason,
        body=_body.decode(response).json,
    )


def unusable_body(response: httpx.Response) -> UnexpectedResponseError:
    """The error for a success response whose body is not the JSON the operation expects."""
    return UnexpectedResponseError(f"expected a JSON body, the server sent {_body.quote(response)}", response=response)


# Calling code imports these from `<package>.errors`; say so in tracebacks, reprs and pickles.
_PUBLIC_MODULE = __name__.replace("._runtime.errors", ".errors") if __name__.endswith("._runtime.errors") else __name__
for _name in __all__:
    globals()[_name].__module__ = _PUBLIC_MODULE
del _name
