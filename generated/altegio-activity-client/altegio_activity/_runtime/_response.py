# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Deciding whether a response goes back to the generated code or becomes an error."""

from __future__ import annotations

from http import HTTPStatus
from typing import cast

import httpx

from . import _body
from .errors import APIStatusError, status_error, unusable_body, validation_error
from .operation import Operation

__all__ = ["check_response", "http_status"]

# Statuses that carry no body by definition; the generated parser does not read one.
_NO_CONTENT = frozenset({202, 204, 205})


def check_response(operation: Operation, response: httpx.Response) -> APIStatusError | None:
    """The error this response stands for, or None when the generated code can parse it."""
    body = _body.decode(response)
    if not response.is_success:
        return status_error(response, body)
    if body.kind == "empty":
        body_optional = response.status_code in _NO_CONTENT or operation.method == "HEAD"
        if body_optional or not operation.expects_json or not operation.returns_data:
            return None
        return unusable_body(response)
    if body.kind == "deep":
        return validation_error(response, "", "the JSON is nested too deeply to decode")
    if body.kind == "other":
        return unusable_body(response) if operation.expects_json else None
    # V1 reports some failures inside a 2xx envelope; handing that on would make the generated
    # parser fail on `data: null` with a far less useful message.
    if isinstance(body.value, dict) and body.value.get("success") is False:
        return status_error(response, body)
    return None


def http_status(code: int) -> HTTPStatus:
    """`code` as an HTTPStatus; a status Python does not list (299, 250) stays the plain int.

    A server may answer any 2xx, and the call succeeded: failing over the enum would turn a
    create that worked into an error. Comparisons and arithmetic work the same either way.
    """
    try:
        return HTTPStatus(code)
    except ValueError:
        return cast(HTTPStatus, code)
