"""How a value itself changed: its types, format, allowed values, bounds and datetime layout.

The rules are direction-aware in the way `schemas.py` explains: a request value breaks calling
code when it accepts less, a response value when it may deliver more.
"""

from __future__ import annotations

from typing import Any

from generator.diff.context import Comparison, Direction
from generator.diff.finding import code
from generator.diff.schema_shape import Shape
from generator.diff.spec_view import join

TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})
"""Formats that give the generated attribute its own Python type (datetime, UUID, File)."""

_LOWER_BOUNDS = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"})
_UPPER_BOUNDS = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"})


def compare_value(cmp: Comparison, direction: Direction, old: Shape, new: Shape, subject: str) -> bool:
    """Compare the value itself; True when its type changed incompatibly, so that what is under
    it (fields, items) is a different thing and comparing it would only list follow-on changes."""
    if _compare_types(cmp, direction, old, new, subject):
        return True
    _compare_format(cmp, direction, old, new, subject)
    _compare_enum(cmp, direction, old, new, subject)
    if direction == "request":
        _compare_constraints(cmp, old, new, subject)
        _compare_datetime_layout(cmp, old, new, subject)
    return False


def _covers(wide: list[str] | None, narrow: list[str] | None) -> bool:
    """Whether every value of types `narrow` is also a value of types `wide` (None: any)."""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _compare_types(cmp: Comparison, direction: Direction, old: Shape, new: Shape, subject: str) -> bool:
    """Report a type change; True when it was incompatible (a format change is then moot)."""
    old_types, new_types = old.type_names(), new.type_names()
    if old_types == new_types:
        return False
    change = f"{_types_text(old_types)} -> {_types_text(new_types)}"
    if direction == "request":
        if _covers(new_types, old_types):
            cmp.add(
                "request_type_widened",
                "new",
                new.pointer,
                f"{subject} accepts more types: {change}",
                old_types,
                new_types,
            )
            return False
        cmp.add(
            "request_type_changed",
            "breaking",
            new.pointer,
            f"{subject} changed type: {change}",
            old_types,
            new_types,
        )
        return True
    if _covers(old_types, new_types):
        return False
    if old_types is not None and new_types is not None and set(new_types) - set(old_types) == {"null"}:
        cmp.add(
            "response_field_made_nullable",
            "breaking",
            new.null_pointer or new.pointer,
            f"{subject} may now be null",
            old_types,
            new_types,
        )
    else:
        cmp.add(
            "response_type_changed",
            "breaking",
            new.pointer,
            f"{subject} changed type: {change}",
            old_types,
            new_types,
        )
    return True


def _types_text(types: list[str] | None) -> str:
    if types is None:
        return "any"
    return code(" | ".join(types)) if types else "nothing (`false`)"


def _compare_format(cmp: Comparison, direction: Direction, old: Shape, new: Shape, subject: str) -> None:
    """A format matters where it changes the generated Python type (`TYPED_FORMATS`) or, in a
    request, where it narrows the values accepted; other formats are notes for the reader."""
    if old.format == new.format:
        return
    change = f"{code(old.format or 'none')} -> {code(new.format or 'none')}"
    pointer = join(new.pointer, "format") if new.format else new.pointer
    if _python_type_of(old) != _python_type_of(new):
        cmp.add(
            f"{direction}_format_changed",
            "breaking",
            pointer,
            f"{subject} changed format: {change}; its Python type changes",
            old.format,
            new.format,
        )
        return
    if direction != "request":
        return
    if _narrows(old, new):
        cmp.add(
            "request_format_changed",
            "breaking",
            pointer,
            f"{subject} changed format: {change}; fewer values are accepted",
            old.format,
            new.format,
        )
    elif new.format is None:
        cmp.add(
            "request_type_widened",
            "new",
            pointer,
            f"{subject} no longer requires format {code(old.format)}",
            old.format,
            None,
        )


def _python_type_of(shape: Shape) -> str | None:
    """The format's own Python type (`date-time` is a datetime), or None for the plain type."""
    if shape.format not in TYPED_FORMATS:
        return None
    if shape.types is not None and "string" not in shape.types:
        return None  # upstream reads a format only on strings
    return shape.format


INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
VALIDATED_STRING_FORMATS = frozenset(
    {
        "email",
        "idn-email",
        "hostname",
        "idn-hostname",
        "ipv4",
        "ipv6",
        "uri",
        "uri-reference",
        "iri",
        "iri-reference",
        "uri-template",
        "json-pointer",
        "relative-json-pointer",
        "regex",
        "time",
        "duration",
        "byte",
    }
)
"""String formats with a definition a server can check (JSON Schema's and OpenAPI's `byte`);
adding one to a request narrows what it accepts. Other formats (`password`, vendor names) only
inform the reader."""


def _narrows(old: Shape, new: Shape) -> bool:
    """Whether a request value accepts fewer values under the new format than under the old."""
    if new.format is None:
        return False
    if new.format in INTEGER_RANGES:
        low, high = INTEGER_RANGES[new.format]
        if old.format in INTEGER_RANGES:
            old_low, old_high = INTEGER_RANGES[old.format]
            if low <= old_low and old_high <= high:
                return False
        return not _bounded_within(new, low, high)
    return new.format in VALIDATED_STRING_FORMATS


def _bounded_within(shape: Shape, low: int, high: int) -> bool:
    """Whether the declared bounds already keep every value inside `low..high`."""
    minimum = _bound(shape, "minimum", "exclusiveMinimum")
    maximum = _bound(shape, "maximum", "exclusiveMaximum")
    return minimum is not None and maximum is not None and minimum >= low and maximum <= high


def _bound(shape: Shape, inclusive: str, exclusive: str) -> float | None:
    for keyword in (inclusive, exclusive):
        value = shape.constraints.get(keyword)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    return None


def _compare_enum(cmp: Comparison, direction: Direction, old: Shape, new: Shape, subject: str) -> None:
    if old.enum is None and new.enum is None:
        return
    pointer = join(new.pointer, "enum")
    if direction == "request":
        if old.enum is None:
            cmp.add(
                "request_enum_added",
                "breaking",
                pointer,
                f"{subject} is now limited to {_values(new.enum or [])}",
                None,
                new.enum,
            )
        elif new.enum is None:
            cmp.add(
                "request_type_widened",
                "new",
                new.pointer,
                f"{subject} is no longer limited to {_values(old.enum)}",
                old.enum,
                None,
            )
        else:
            removed = _missing(old.enum, new.enum)
            added = _missing(new.enum, old.enum)
            if removed:
                cmp.add(
                    "request_enum_value_removed",
                    "breaking",
                    pointer,
                    f"{subject} no longer accepts {_values(removed)}",
                    old.enum,
                    new.enum,
                )
            if added:
                cmp.add(
                    "request_enum_value_added",
                    "new",
                    pointer,
                    f"{subject} also accepts {_values(added)}",
                    old.enum,
                    new.enum,
                )
        return
    # A response enum is read leniently: a value the client does not know is kept as text (the
    # field is `Enum | str`), so more values, or any value, change nothing calling code relies
    # on. A value that is gone takes its enum member with it.
    if old.enum is None:
        return  # A response limited to known values delivers nothing the caller did not expect.
    if new.enum is None:
        cmp.add(
            "response_enum_opened",
            "new",
            new.pointer,
            f"{subject} is no longer limited to {_values(old.enum)}; values the client does not know arrive as text",
            old.enum,
            None,
        )
        return
    added = _missing(new.enum, old.enum)
    removed = _missing(old.enum, new.enum)
    if removed:
        cmp.add(
            "response_enum_value_removed",
            "breaking",
            pointer,
            f"{subject} is no longer {_values(removed)}: the enum member goes",
            old.enum,
            new.enum,
        )
    if added:
        cmp.add(
            "response_enum_value_added",
            "new",
            pointer,
            f"{subject} may now be {_values(added)}, which the client keeps as text",
            old.enum,
            new.enum,
        )


def _missing(values: list[Any], other: list[Any]) -> list[Any]:
    return [value for value in values if value not in other]


def _values(values: list[Any]) -> str:
    return ", ".join(code(value) for value in values)


def _compare_constraints(cmp: Comparison, old: Shape, new: Shape, subject: str) -> None:
    old_constraints, new_constraints = _numeric_bounds(old.constraints), _numeric_bounds(new.constraints)
    for keyword, value in new_constraints.items():
        before = old_constraints.get(keyword)
        if before == value or not _tightens(keyword, before, value):
            continue
        if keyword in _RANGE and not _range_tightens(keyword, old_constraints, new_constraints):
            continue
        was = "unset" if before is None else code(before)
        cmp.add(
            "request_constraint_tightened",
            "breaking",
            join(new.pointer, keyword),
            f"{subject} {keyword} tightened: {was} -> {code(value)}",
            before,
            value,
        )


_RANGE = {"minimum": "exclusiveMinimum", "exclusiveMinimum": "minimum", "maximum": "exclusiveMaximum"}
_RANGE["exclusiveMaximum"] = "maximum"


def _numeric_bounds(constraints: dict[str, Any]) -> dict[str, Any]:
    """3.0's `exclusiveMinimum: true` beside `minimum: 0` written as 3.1's `exclusiveMinimum: 0`,
    so a document moving from 3.0 to 3.1 changes no bound."""
    result = dict(constraints)
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        flag = result.get(exclusive)
        if isinstance(flag, bool):
            del result[exclusive]
            if flag and _is_number(result.get(bound)):
                result[exclusive] = result.pop(bound)
    return result


def _range_tightens(keyword: str, old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether the numeric bound `keyword` names, inclusive or exclusive, admits fewer values:
    `exclusiveMinimum: 0` becoming `minimum: 0` admits more."""
    lower = keyword in _LOWER_BOUNDS
    inclusive, exclusive = ("minimum", "exclusiveMinimum") if lower else ("maximum", "exclusiveMaximum")

    def bound(constraints: dict[str, Any]) -> tuple[float, bool] | None:
        found = [
            (constraints[key], key == exclusive) for key in (inclusive, exclusive) if _is_number(constraints.get(key))
        ]
        if not found:
            return None
        return max(found) if lower else min(found, key=lambda item: (item[0], not item[1]))

    before, after = bound(old), bound(new)
    if after is None:
        return False
    if before is None:
        return True
    if after[0] != before[0]:
        return after[0] > before[0] if lower else after[0] < before[0]
    return after[1] and not before[1]


def _tightens(keyword: str, before: Any, after: Any) -> bool:
    if after is False:  # uniqueItems: false, 3.0 exclusiveMinimum: false
        return False
    if before is None:
        return True
    if _is_number(before) and _is_number(after):
        if keyword in _LOWER_BOUNDS:
            return bool(after > before)
        if keyword in _UPPER_BOUNDS:
            return bool(after < before)
    return True  # pattern, multipleOf, or a bound that changed kind: assume narrower.


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _compare_datetime_layout(cmp: Comparison, old: Shape, new: Shape, subject: str) -> None:
    """`x-strftime` lets calling code pass a datetime, which the client formats."""
    if old.strftime == new.strftime:
        return
    pointer = join(new.pointer, "x-strftime") if new.strftime else new.pointer
    if old.strftime is None:
        cmp.add(
            "request_datetime_accepted",
            "new",
            pointer,
            f"{subject} also takes a datetime, sent as {code(new.strftime)}",
            None,
            new.strftime,
        )
    elif new.strftime is None:
        cmp.add(
            "request_datetime_dropped", "breaking", pointer, f"{subject} no longer takes a datetime", old.strftime, None
        )
    else:
        cmp.add(
            "request_datetime_layout_changed",
            "new",
            pointer,
            f"{subject} sends datetimes as {code(new.strftime)} (was {code(old.strftime)})",
            old.strftime,
            new.strftime,
        )
