# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""What the client needs to know about one API operation; generated modules declare one each."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Literal
from urllib.parse import quote

import attrs

__all__ = ["Auth", "Operation", "SecurityRequirement", "SecurityScheme", "Server", "path_segment"]

# Methods whose repetition has the same effect as sending once (RFC 9110 section 9.2.2), so a
# retry after the request may have reached the server cannot create a second event.
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def _upper(method: str) -> str:
    return method.upper()


class Auth(enum.Enum):
    """Which tokens the `Authorization` header carries for an operation."""

    NONE = "none"
    PARTNER = "partner"  # `Bearer <partner_token>`
    USER = "user"  # `Bearer <partner_token>, User <user_token>`


@attrs.frozen(kw_only=True)
class SecurityScheme:
    """One entry of the spec's `securitySchemes`, as the client sends it.

    `kind` "bearer" sends `Authorization: <prefix> <token>` (http bearer, and OAuth 2 / OpenID
    Connect access tokens); "basic" sends `Authorization: Basic base64(username:password)`;
    "apiKey" sends the key as the header, query parameter or cookie `parameter` (`location`).
    `name` is the scheme's key in the spec, which `credentials={name: ...}` matches.
    """

    name: str
    kind: Literal["bearer", "basic", "apiKey"] = attrs.field(
        validator=attrs.validators.in_(("bearer", "basic", "apiKey"))
    )
    location: Literal["header", "query", "cookie"] = attrs.field(
        default="header", validator=attrs.validators.in_(("header", "query", "cookie"))
    )
    parameter: str = "Authorization"
    prefix: str = "Bearer"


def _schemes(schemes: tuple[SecurityScheme, ...] | SecurityScheme) -> tuple[SecurityScheme, ...]:
    return (schemes,) if isinstance(schemes, SecurityScheme) else tuple(schemes)


@attrs.frozen
class SecurityRequirement:
    """Schemes sent together; an operation lists alternatives, and one with none asks for nothing."""

    schemes: tuple[SecurityScheme, ...] = attrs.field(default=(), converter=_schemes)


def _pairs(variables: Mapping[str, str] | tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(variables.items())) if isinstance(variables, Mapping) else tuple(variables)


@attrs.frozen(kw_only=True)
class Server:
    """An operation's own server (its `servers`, or its path item's): a URL template whose
    `{variables}` take their defaults unless the client was given `server_variables`."""

    url: str
    variables: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)


@attrs.frozen(kw_only=True)
class Operation:
    """One operation of the spec, as the generated endpoint module describes it.

    `expects_json` is False for operations whose success responses the spec gives no JSON
    content; for them a non-JSON success body is not an error. `returns_data` is False for
    operations whose functions return None (a delete): a success without a body loses nothing,
    so it is not an error either, whatever its status.
    """

    operation_id: str
    method: str = attrs.field(converter=_upper)
    path: str  # the spec's path template, e.g. "/v1/activity/{location_id}"; safe to log
    auth: Auth = Auth.NONE  # the Altegio partner/user Authorization header
    # What other specs' schemes need: alternatives, the first the client has credentials for is sent.
    security: tuple[SecurityRequirement, ...] = ()
    server: Server | None = None  # None: the client's base URL
    accept: str | None = None
    replaced_by: str | None = None  # dotted path of the function to use instead
    expects_json: bool = True
    returns_data: bool = True

    @property
    def idempotent(self) -> bool:
        return self.method in _IDEMPOTENT_METHODS


def path_segment(value: object) -> str:
    """A path parameter's value as one URL path segment: percent-encoded, "/" included, so an
    id cannot reach another path. An integer needs none, and is most ids: skip the encoder.

    `.` and `..` are left alone by percent-encoding (dots are unreserved) and a URL parser then
    removes them with the segment before (`/locations/1/events/..` is `/locations/1`): they are
    sent as `%2E` and `%2E%2E`, a segment of that name, as RFC 3986 (section 2.3) allows."""
    if type(value) is int:
        return str(value)
    segment = quote(str(value), safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment
