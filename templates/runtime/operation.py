# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""What the client needs to know about one API operation; generated modules declare one each."""

from __future__ import annotations

import enum
from urllib.parse import quote

import attrs

__all__ = ["Auth", "Operation", "path_segment"]

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
    auth: Auth
    accept: str | None = None
    replaced_by: str | None = None  # dotted path of the function to use instead
    expects_json: bool = True
    returns_data: bool = True

    @property
    def idempotent(self) -> bool:
        return self.method in _IDEMPOTENT_METHODS

    def deprecation_message(self) -> str | None:
        """The text for the deprecation warning, or None when nothing replaces this operation."""
        if self.replaced_by is None:
            return None
        return f"{self.operation_id} is deprecated; use {self.replaced_by} instead."


def path_segment(value: object) -> str:
    """A path parameter's value as one URL path segment: percent-encoded, "/" included, so an
    id cannot reach another path. An integer needs none, and is most ids: skip the encoder."""
    if type(value) is int:
        return str(value)
    return quote(str(value), safe="")
