# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Turning a success body into the operation's declared type, leniently where that is safe.

Generated models call the small helpers here from `from_dict`; generated endpoint modules call
`parse_success`. What is tolerated, because the value is still usable and refusing it would lose
an answer the server has acted on (a create that did create):

- an optional field that arrives `null` reads as absent (UNSET), unless the spec allows null;
- an enum value the spec does not list is kept as the plain string;
- a date or date-time that does not parse (`0000-00-00 00:00:00`) is kept as the string;
- fields the spec does not know are kept in `additional_properties`.

- a number in another form, losslessly: `"9"` or `9.0` for an integer, `"3.5"` for a number.

Anything else that does not fit (a required field missing, `"9.5"` or `9.5` for an integer, a
list where an object belongs) raises `DecodeError`, which records the path of the bad field on
its way out of nested `from_dict` calls; `parse_success` turns it into the public
`ResponseValidationError` with the response attached.
"""

from __future__ import annotations

import datetime
import enum
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, overload

import httpx

from . import _body
from .errors import status_error, validation_error

__all__ = [
    "ALREADY_DELETED",
    "DecodeError",
    "absent_if_null",
    "array",
    "date_or_text",
    "datetime_or_text",
    "enum_or_text",
    "failure",
    "mapping",
    "parse_success",
    "parse_success_or_none",
    "scalar",
    "scalar_or_null",
    "type_of",
]

T = TypeVar("T")
A = TypeVar("A")
E = TypeVar("E", bound=enum.Enum)
Parser = tuple[int, int, Callable[[httpx.Response], T]]  # lowest status, highest status, parser

# Set by the client on the 404 that answers a retried DELETE: the first attempt deleted it.
ALREADY_DELETED = "altegio_already_deleted"


# `type`, for generated `from_dict` to test a field's value fast (`type_of(x) is int`) under a
# name no field can take: a JSON:API resource has a field called `type`.
type_of = type


class DecodeError(ValueError):
    """A value in a response body that cannot become its declared type.

    A ValueError so that upstream's union decoding, which tries one type after another and
    catches ValueError, goes on to the next type.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path: list[str | int] = []
        self.source: object = None  # the mapping being decoded when this was last seen

    def where(self) -> str:
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text


def failure(error: Exception, source: object, field: str | None) -> DecodeError:
    """`error`, raised while `from_dict` decoded `field` of `source`, as a DecodeError with its path.

    Called only when decoding has already failed, so it may search: an error from a nested model
    inside a list field finds its index by looking for the nested mapping in that list.
    """
    decode_error = error if isinstance(error, DecodeError) else DecodeError(_reason(error))
    if field is not None:
        value = source.get(field) if isinstance(source, Mapping) else None
        child = decode_error.source
        if isinstance(value, list) and child is not None:
            index = next((i for i, item in enumerate(value) if item is child), None)
            if index is not None:
                decode_error.path.insert(0, index)
        decode_error.path.insert(0, field)
    decode_error.source = source
    return decode_error


def _reason(error: Exception) -> str:
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def mapping(value: object) -> dict[str, Any]:
    """A copy of a JSON object to pop fields from; anything else is a DecodeError."""
    if type(value) is dict:  # what json.loads makes: no ABC check (slow) on every model
        return value.copy()
    if not isinstance(value, Mapping):
        raise DecodeError(f"expected an object, got {_kind(value)}")
    return dict(value)


def absent_if_null(value: Any, absent: Any) -> Any:
    """`absent` (the generated package's UNSET) for None: an optional field the spec does not
    let be null, sent as null, reads as if it had been left out."""
    return absent if value is None else value


class _Required:
    """The `absent` of a required field: there is no value that stands for "left out"."""


_REQUIRED: Any = _Required()
_SCALARS: dict[type, tuple[type, ...]] = {int: (int,), float: (int, float), str: (str,), bool: (bool,)}

# Each reader takes `absent`, the generated package's UNSET, for an optional field: a field left
# out, or sent as null (the spec does not allow null here, or the field would be a union), reads
# as `absent`. Without it the field is required and null is as wrong as any other mistyped value.


@overload
def scalar(value: Any, expected: type[T]) -> T: ...
@overload
def scalar(value: Any, expected: type[T], absent: A) -> T | A: ...
def scalar(value: Any, expected: type[T], absent: Any = _REQUIRED) -> Any:
    """`value` if it is a JSON value of type `expected` (a boolean is not a number here), or
    the same value in another form (`"9"` or `9.0` for an integer, see `_coerced`)."""
    if absent is not _REQUIRED and (value is absent or value is None):
        return absent
    if isinstance(value, _SCALARS[expected]) and (expected is bool or not isinstance(value, bool)):
        return value
    coerced = _coerced(value, expected)
    if coerced is not None:
        return coerced
    raise DecodeError(f"expected {expected.__name__}, got {_kind(value)}")


# A JSON number as text: what a server that quotes its numbers sends ("9", "-12", "3.5", "1e3").
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+")
_NUMBER_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _coerced(value: Any, expected: type) -> Any:
    """`value` as `expected` when that loses nothing, else None: a numeric string for a number,
    an integral float for an integer. "9.5" or 9.5 for an integer, "nine", NaN or a boolean
    never pass; nor does a number for a string (a comment of 5 is more likely a bug than text)."""
    if isinstance(value, bool):
        return None
    if expected is int:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INTEGER_TEXT.fullmatch(value.strip()):
            try:
                return int(value)
            except ValueError:  # more digits than Python converts
                return None
        if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip()):
            number = float(value)
            return int(number) if number.is_integer() and abs(number) < 2**53 else None
    elif expected is float:
        if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip()):
            number = float(value)
            return number if math.isfinite(number) else None
    return None


def scalar_or_null(value: Any, expected: tuple[type, ...], absent: Any = _REQUIRED) -> Any:
    """`value` if it is null (the spec allows it here) or a JSON value of one of the `expected`
    types; upstream's code for such a union casts whatever arrives."""
    if absent is not _REQUIRED and value is absent:
        return absent
    if value is None:
        return None
    for kind in expected:
        if isinstance(value, _SCALARS[kind]) and (kind is bool or not isinstance(value, bool)):
            return value
    for kind in expected:
        coerced = _coerced(value, kind)
        if coerced is not None:
            return coerced
    names = " or ".join(kind.__name__ for kind in expected)
    raise DecodeError(f"expected {names} or null, got {_kind(value)}")


def array(value: Any, absent: Any = _REQUIRED, item: type | None = None) -> Any:
    """`value` if it is a JSON array (of `item` scalars, when given); `absent` passes through.

    Without it a string would be read character by character, and null or a number would fail
    with Python's own "not iterable".
    """
    if absent is not _REQUIRED and value is absent:
        return absent
    if not isinstance(value, list):
        raise DecodeError(f"expected a list, got {_kind(value)}")
    if item is not None:
        kinds = _SCALARS[item]
        source = value
        for index, element in enumerate(source):
            if isinstance(element, kinds) and (item is bool or not isinstance(element, bool)):
                continue
            try:
                coerced: Any = scalar(element, item)
            except DecodeError as error:
                error.path.insert(0, index)
                raise
            if value is source:  # a copy, once: the decoded body (kept for errors) is not changed
                value = list(source)
            value[index] = coerced
    return value


@overload
def enum_or_text(enum_class: type[E], value: Any) -> E | str: ...
@overload
def enum_or_text(enum_class: type[E], value: Any, absent: A) -> E | str | A: ...
def enum_or_text(enum_class: type[E], value: Any, absent: Any = _REQUIRED) -> Any:
    """The enum member, or the text itself when the spec does not list it (yet)."""
    if absent is not _REQUIRED and (value is absent or value is None):
        return absent
    if type(value) is str:  # the usual case, without Enum.__call__'s generic machinery
        member = enum_class._value2member_map_.get(value)
        if member is not None:
            return member
    try:
        return enum_class(value)
    except ValueError:
        if isinstance(value, str):
            return value
        raise DecodeError(f"expected one of {[member.value for member in enum_class]}, got {_kind(value)}") from None


@overload
def datetime_or_text(value: Any) -> datetime.datetime | str: ...
@overload
def datetime_or_text(value: Any, absent: A) -> datetime.datetime | str | A: ...
def datetime_or_text(value: Any, absent: Any = _REQUIRED) -> Any:
    """A datetime, or the text itself when it is not ISO 8601 (`0000-00-00 00:00:00`)."""
    if absent is not _REQUIRED and (value is absent or value is None):
        return absent
    if not isinstance(value, str):
        raise DecodeError(f"expected a date-time string, got {_kind(value)}")
    try:
        return datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        return value


@overload
def date_or_text(value: Any) -> datetime.date | str: ...
@overload
def date_or_text(value: Any, absent: A) -> datetime.date | str | A: ...
def date_or_text(value: Any, absent: Any = _REQUIRED) -> Any:
    """A date, or the text itself when it is not ISO 8601."""
    if absent is not _REQUIRED and (value is absent or value is None):
        return absent
    if not isinstance(value, str):
        raise DecodeError(f"expected a date string, got {_kind(value)}")
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        return value


def _kind(value: object) -> str:
    if value is None:
        return "null"
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "an integer"}
    return names.get(type(value), type(value).__name__)


def parse_success(response: httpx.Response, parsers: Sequence[Parser[T]]) -> T:
    """The body of a 2xx answer as the operation's declared type.

    The parser declared for the status comes first. A 2xx the spec does not declare (200 where
    201 is documented) is still a success when its body fits one of the declared responses:
    the server has acted, and raising would make a caller retry a create that worked.
    """
    if response.extensions.get(ALREADY_DELETED):
        raise status_error(response)  # this operation returns data, and there is none
    status = response.status_code
    if len(parsers) == 1 and parsers[0][0] <= status <= parsers[0][1]:
        try:  # the usual case first: one declared success, and this is it
            return parsers[0][2](response)
        except Exception:  # noqa: BLE001, S110 - the general path below makes the typed error
            pass
    declared = [parse for low, high, parse in parsers if low <= status <= high]
    first: Exception | None = None
    for parse in declared or [parse for _, _, parse in parsers]:
        try:
            return parse(response)
        except Exception as error:  # noqa: BLE001 - each failure becomes the typed error below
            first = first or error
    if first is None:
        raise validation_error(response, "", "this operation declares no response to read it as")
    if isinstance(first, DecodeError):
        raise validation_error(response, first.where(), first.reason) from first
    body = _body.decode(response)
    if body.kind != "json":
        raise validation_error(response, "", f"expected JSON, the server sent {_body.quote(response)}") from first
    raise validation_error(response, "", _reason(first)) from first


def parse_success_or_none(response: httpx.Response, parsers: Sequence[Parser[T]]) -> T | None:
    """`parse_success` for an operation whose caller gets None anyway (a delete): an empty body,
    or the 404 of a retried DELETE whose first attempt deleted, is a success too."""
    if response.extensions.get(ALREADY_DELETED) or _body.decode(response).kind == "empty":
        return None
    return parse_success(response, parsers)
