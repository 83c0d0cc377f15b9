"""Compare two versions of a schema from the side of the code that calls the client.

The same edit means opposite things on the two sides of a call. A request schema describes what
the caller sends: it breaks the caller when it accepts less (a field newly required, a type or
format changed, an enum imposed or shrunk, a bound tightened, a field removed from the model it
builds). A response schema describes what the caller receives: it breaks the caller when it may
deliver something the caller did not expect (a field removed or made optional or nullable, a
type or format changed, an enum value added that the caller may not handle). Narrowing a
response or widening a request is harmless and is either reported as `new` or not at all.
"""

from __future__ import annotations

from typing import Any, Literal

from generator.diff.context import Comparison
from generator.diff.finding import code
from generator.diff.schema_shape import Shape, Sub, shape_of
from generator.diff.spec_view import join

Direction = Literal["request", "response"]

TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})
"""Formats that give the generated attribute its own Python type (datetime, UUID, File)."""

_LOWER_BOUNDS = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"})
_UPPER_BOUNDS = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"})


def compare_schema(
    cmp: Comparison,
    direction: Direction,
    old: Sub,
    new: Sub,
    where: str,
    path: str = "",
) -> None:
    """Compare `old` and `new`; `where` names the value ("request body", "query parameter `x`")
    and `path` the field inside it (`data.staff.name`, `labels[]`)."""
    old_shape = shape_of(cmp.old, *old)
    new_shape = shape_of(cmp.new, *new)
    key = (direction, old_shape.pointer, new_shape.pointer)
    if key in cmp.visited:
        return
    cmp.visited.add(key)
    subject = f"{where} field {code(path)}" if path else where

    if new_shape.deprecated and not old_shape.deprecated and path:
        cmp.add("field_deprecated", "deprecated", new_shape.pointer, f"{subject} is deprecated")
    if not _compare_types(cmp, direction, old_shape, new_shape, subject):
        _compare_format(cmp, direction, old_shape, new_shape, subject)
    _compare_enum(cmp, direction, old_shape, new_shape, subject)
    if direction == "request":
        _compare_constraints(cmp, old_shape, new_shape, subject)
    _compare_properties(cmp, direction, old_shape, new_shape, where, path)
    if old_shape.items is not None and new_shape.items is not None:
        compare_schema(cmp, direction, old_shape.items, new_shape.items, where, f"{path}[]")
    _compare_variants(cmp, direction, old_shape, new_shape, where, path, subject)


def _covers(wide: list[str] | None, narrow: list[str] | None) -> bool:
    """Whether every value of types `narrow` is also a value of types `wide` (None: any)."""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _compare_types(
    cmp: Comparison, direction: Direction, old: Shape, new: Shape, subject: str
) -> bool:
    """Report a type change; return whether one was reported."""
    old_types, new_types = old.type_names(), new.type_names()
    if old_types == new_types:
        return False
    change = f"{_types_text(old_types)} -> {_types_text(new_types)}"
    if direction == "request":
        if _covers(new_types, old_types):
            cmp.add("request_type_widened", "new", new.pointer,
                    f"{subject} accepts more types: {change}", old_types, new_types)
            return False
        cmp.add("request_type_changed", "breaking", new.pointer,
                f"{subject} changed type: {change}", old_types, new_types)
        return True
    if _covers(old_types, new_types):
        return False
    if old_types is not None and new_types is not None and set(new_types) - set(old_types) == {"null"}:
        cmp.add("response_field_made_nullable", "breaking", new.null_pointer or new.pointer,
                f"{subject} may now be null", old_types, new_types)
    else:
        cmp.add("response_type_changed", "breaking", new.pointer,
                f"{subject} changed type: {change}", old_types, new_types)
    return True


def _types_text(types: list[str] | None) -> str:
    return "any" if types is None else code(" | ".join(types))


def _compare_format(
    cmp: Comparison, direction: Direction, old: Shape, new: Shape, subject: str
) -> None:
    if old.format == new.format:
        return
    change = f"{code(old.format or 'none')} -> {code(new.format or 'none')}"
    pointer = join(new.pointer, "format") if new.format else new.pointer
    if direction == "request" and new.format is None and old.format not in TYPED_FORMATS:
        cmp.add("request_type_widened", "new", pointer,
                f"{subject} no longer requires format {code(old.format)}", old.format, None)
        return
    cmp.add(f"{direction}_format_changed", "breaking", pointer,
            f"{subject} changed format: {change}", old.format, new.format)


def _compare_enum(
    cmp: Comparison, direction: Direction, old: Shape, new: Shape, subject: str
) -> None:
    if old.enum is None and new.enum is None:
        return
    pointer = join(new.pointer, "enum")
    if direction == "request":
        if old.enum is None:
            cmp.add("request_enum_added", "breaking", pointer,
                    f"{subject} is now limited to {_values(new.enum)}", None, new.enum)
        elif new.enum is None:
            cmp.add("request_type_widened", "new", new.pointer,
                    f"{subject} is no longer limited to {_values(old.enum)}", old.enum, None)
        else:
            removed = _missing(old.enum, new.enum)
            added = _missing(new.enum, old.enum)
            if removed:
                cmp.add("request_enum_value_removed", "breaking", pointer,
                        f"{subject} no longer accepts {_values(removed)}", old.enum, new.enum)
            if added:
                cmp.add("request_enum_value_added", "new", pointer,
                        f"{subject} also accepts {_values(added)}", old.enum, new.enum)
        return
    if old.enum is None:
        return  # A response limited to known values delivers nothing the caller did not expect.
    if new.enum is None:
        cmp.add("response_type_changed", "breaking", new.pointer,
                f"{subject} is no longer limited to {_values(old.enum)}", old.enum, None)
        return
    added = _missing(new.enum, old.enum)
    if added:
        cmp.add("response_enum_value_added", "breaking", pointer,
                f"{subject} may now be {_values(added)}, which callers may not handle",
                old.enum, new.enum)


def _missing(values: list[Any], other: list[Any]) -> list[Any]:
    return [value for value in values if value not in other]


def _values(values: list[Any]) -> str:
    return ", ".join(code(value) for value in values)


def _compare_constraints(cmp: Comparison, old: Shape, new: Shape, subject: str) -> None:
    for keyword, value in new.constraints.items():
        before = old.constraints.get(keyword)
        if before == value or not _tightens(keyword, before, value):
            continue
        was = "unset" if before is None else code(before)
        cmp.add("request_constraint_tightened", "breaking", join(new.pointer, keyword),
                f"{subject} {keyword} tightened: {was} -> {code(value)}", before, value)


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


def _compare_properties(
    cmp: Comparison, direction: Direction, old: Shape, new: Shape, where: str, path: str
) -> None:
    for name, old_sub in old.properties.items():
        field = f"{path}.{name}" if path else name
        subject = f"{where} field {code(field)}"
        new_sub = new.properties.get(name)
        if new_sub is None:
            cmp.add(f"{direction}_field_removed", "breaking", old_sub[1],
                    f"{subject} removed", field, None)
            continue
        was_required, is_required = name in old.required, name in new.required
        if direction == "request" and is_required and not was_required:
            cmp.add("request_field_made_required", "breaking", new_sub[1],
                    f"{subject} is now required", False, True)
        elif direction == "request" and was_required and not is_required:
            cmp.add("request_field_made_optional", "new", new_sub[1],
                    f"{subject} is now optional", True, False)
        elif direction == "response" and was_required and not is_required:
            cmp.add("response_field_made_optional", "breaking", new_sub[1],
                    f"{subject} may now be absent", True, False)
        compare_schema(cmp, direction, old_sub, new_sub, where, field)

    for name, new_sub in new.properties.items():
        if name in old.properties:
            continue
        field = f"{path}.{name}" if path else name
        subject = f"{where} field {code(field)}"
        if direction == "request" and name in new.required:
            cmp.add("request_field_added_required", "breaking", new_sub[1],
                    f"new required {subject}", None, field)
        else:
            cmp.add(f"{direction}_field_added", "new", new_sub[1], f"new {subject}", None, field)


def _compare_variants(
    cmp: Comparison,
    direction: Direction,
    old: Shape,
    new: Shape,
    where: str,
    path: str,
    subject: str,
) -> None:
    """`oneOf`/`anyOf` branches: same `$ref` first, then by position (best effort)."""
    unpaired_new = list(new.variants)
    pairs: list[tuple[Sub, Sub]] = []
    unpaired_old: list[Sub] = []
    for branch in old.variants:
        twin = next((b for b in unpaired_new if _same_ref(branch, b)), None)
        if twin is None:
            unpaired_old.append(branch)
        else:
            unpaired_new.remove(twin)
            pairs.append((branch, twin))
    pairs.extend(zip(unpaired_old, unpaired_new))
    for old_branch, new_branch in pairs:
        compare_schema(cmp, direction, old_branch, new_branch, where, path)

    count_change = f"{len(old.variants)} -> {len(new.variants)} alternatives"
    if len(new.variants) > len(old.variants):
        severity = "breaking" if direction == "response" else "new"
        pointer = unpaired_new[len(unpaired_old)][1]
        cmp.add(f"{direction}_variant_added", severity, pointer,
                f"{subject} has more alternatives: {count_change}",
                len(old.variants), len(new.variants))
    elif len(new.variants) < len(old.variants) and direction == "request":
        pointer = unpaired_old[len(unpaired_new)][1]
        cmp.add("request_variant_removed", "breaking", pointer,
                f"{subject} has fewer alternatives: {count_change}",
                len(old.variants), len(new.variants))


def _same_ref(old: Sub, new: Sub) -> bool:
    old_ref = old[0].get("$ref") if isinstance(old[0], dict) else None
    new_ref = new[0].get("$ref") if isinstance(new[0], dict) else None
    return old_ref is not None and old_ref == new_ref
