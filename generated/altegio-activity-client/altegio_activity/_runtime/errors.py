# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Every error the client raises, and how a response becomes one.

    AltegioError
    ├── UserTokenRequiredError      an Auth.USER operation called without a user token; nothing sent
    ├── APIConnectionError          no usable response: refused, reset, cut off mid-body
    │   └── APITimeoutError         connect, read, write or pool timeout
    └── APIStatusError              the server answered, and the answer is a failure
        ├── BadRequestError             400
        ├── AuthenticationError         401 (for a user token: log in again)
        ├── PermissionDeniedError       403
        ├── NotFoundError               404
        ├── ConflictError               409 (team member or resource busy)
        ├── UnprocessableEntityError    422
        ├── RateLimitError              429
        ├── InternalServerError         500 and above
        └── UnexpectedResponseError     a 2xx the client cannot use (see below)

Other 4xx statuses (and a redirect, which the client does not follow) raise `APIStatusError`
itself, as does a 2xx whose V1 envelope says `"success": false`.

The status decides the class even when the body is not JSON: a 502 HTML page from a proxy is an
`InternalServerError` whose message quotes the page, because callers branch on the status
(retry on 5xx, log in again on 401), not on the body format. `UnexpectedResponseError` is only
for success statuses the client cannot hand on: a body that is not JSON (or is empty) where JSON
is expected, or a status the operation does not declare. It stays under `APIStatusError` since
it, too, carries a response; catch it to tell "the server misbehaved" from "the call failed".

Messages and `url` never contain tokens: tokens travel only in the Authorization header, and
query values with secret-looking names are redacted anyway.
"""

from __future__ import annotations

from typing import Any

import httpx

from . import _body
from ._redact import safe_url

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "UserTokenRequiredError",
]


class AltegioError(Exception):
    """Base class of every error raised by this client."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UserTokenRequiredError(AltegioError):
    """An operation acting for a user was called on a client that has no user token."""

    def __init__(self, operation_id: str) -> None:
        super().__init__(
            f"{operation_id} acts on behalf of a user and needs a user token: call "
            "client.login(login, password) first, or create the client with user_token=... "
            "(client.with_user_token(token) gives a copy for another user)."
        )
        self.operation_id = operation_id


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
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.errors = errors
        self.method = self.request.method
        self.url = safe_url(self.request.url)

    def __str__(self) -> str:
        return f"{self.message} (HTTP {self.status_code}, {self.method} {self.url})"


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


class UnexpectedResponseError(APIStatusError):
    """A success status the client cannot use: a non-JSON or empty body where JSON is expected,
    or a status the operation does not declare."""


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
    reason = response.reason_phrase or f"HTTP {response.status_code}"
    if body.kind == "other":
        message = f"{reason}: the server sent {_body.quote(response)}"
    else:
        message = _body.server_message(body.json) or reason
    return status_error_class(response.status_code)(
        message, response=response, body=body.json, errors=_body.validation_errors(body.json)
    )


def unexpected_response(response: httpx.Response) -> APIStatusError:
    """The error for a response the operation's parser has no branch for.

    Generated code raises it for a success status the spec does not declare (the client has
    already raised for error statuses; should one get here, it gets its status class).
    """
    if not response.is_success:
        return status_error(response)
    body = _body.decode(response)
    return UnexpectedResponseError(
        f"HTTP {response.status_code} is not a status this operation declares",
        response=response,
        body=body.json,
        errors=_body.validation_errors(body.json),
    )


def unusable_body(response: httpx.Response) -> UnexpectedResponseError:
    """The error for a success response whose body is not the JSON the operation expects."""
    return UnexpectedResponseError(f"expected a JSON body, the server sent {_body.quote(response)}", response=response)
