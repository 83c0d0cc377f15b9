# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""An error answer's messages, typed the same way whatever shape the API sent them in.

V1 answers carry `meta.errors` as a list of messages or an object of messages by field; V2
answers carry the JSON:API `errors` array of objects (`status`, `title`, `detail`, `source`).
`APIStatusError.errors` keeps them as sent; `APIStatusError.details` is this module's reading:
one `ErrorDetail` per message, so calling code needs no narrowing of `Any`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

__all__ = ["ErrorDetail", "error_details"]


@attrs.frozen
class ErrorDetail:
    """One message of an error answer.

    `message` is always text: the JSON:API `detail` (else `title`), or the V1 message. `field`
    names what the message is about when the answer says (a V1 field name, the JSON:API
    `source.pointer` or `source.parameter`), else None. `status`, `code` and `title` are the
    JSON:API members when sent, else None.
    """

    message: str
    field: str | None = None
    status: str | None = None
    code: str | None = None
    title: str | None = None


def error_details(errors: Sequence[Any] | dict[str, Any] | None) -> list[ErrorDetail]:
    """`errors` as sent (see `APIStatusError.errors`), read into `ErrorDetail`s; never raises."""
    if isinstance(errors, dict):
        found = []
        for field, messages in errors.items():
            for message in messages if isinstance(messages, list) else [messages]:
                found.extend(_details(message, str(field)))
        return found
    if isinstance(errors, Sequence) and not isinstance(errors, str | bytes):
        return [detail for item in errors for detail in _details(item, None)]
    return []


def _details(item: Any, field: str | None) -> list[ErrorDetail]:
    if isinstance(item, dict):
        source = item.get("source")
        where = None
        if isinstance(source, dict):
            where = _text(source.get("pointer")) or _text(source.get("parameter"))
        title = _text(item.get("title"))
        message = _text(item.get("detail")) or title or _text(item.get("message"))
        if message is None:
            return []
        return [
            ErrorDetail(
                message=message,
                field=where or field,
                status=_text(item.get("status")),
                code=_text(item.get("code")),
                title=title,
            )
        ]
    if isinstance(item, list):
        return [detail for inner in item for detail in _details(inner, field)]
    message = _text(item)
    return [ErrorDetail(message=message, field=field)] if message is not None else []


def _text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = str(value).strip()
        return text or None
    return None
