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

from generator.diff.context import Comparison, Direction
from generator.diff.finding import Severity, code
from generator.diff.schema_shape import Shape, Sub, shape_of
from generator.diff.value_checks import compare_value


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
    compare_value(cmp, direction, old_shape, new_shape, subject)
    _compare_properties(cmp, direction, old_shape, new_shape, where, path)
    if old_shape.items is not None and new_shape.items is not None:
        compare_schema(cmp, direction, old_shape.items, new_shape.items, where, f"{path}[]")
    _compare_variants(cmp, direction, old_shape, new_shape, where, path, subject)


def _compare_properties(cmp: Comparison, direction: Direction, old: Shape, new: Shape, where: str, path: str) -> None:
    for name, old_sub in old.properties.items():
        field = f"{path}.{name}" if path else name
        subject = f"{where} field {code(field)}"
        new_sub = new.properties.get(name)
        if new_sub is None:
            cmp.add(f"{direction}_field_removed", "breaking", old_sub[1], f"{subject} removed", field, None)
            continue
        was_required, is_required = name in old.required, name in new.required
        if direction == "request" and is_required and not was_required:
            cmp.add(
                "request_field_made_required",
                "breaking",
                new_sub[1],
                f"{subject} is now required",
                False,
                True,
            )
        elif direction == "request" and was_required and not is_required:
            cmp.add("request_field_made_optional", "new", new_sub[1], f"{subject} is now optional", True, False)
        elif direction == "response" and was_required and not is_required:
            cmp.add(
                "response_field_made_optional",
                "breaking",
                new_sub[1],
                f"{subject} may now be absent",
                True,
                False,
            )
        compare_schema(cmp, direction, old_sub, new_sub, where, field)

    for name, new_sub in new.properties.items():
        if name in old.properties:
            continue
        field = f"{path}.{name}" if path else name
        subject = f"{where} field {code(field)}"
        if direction == "request" and name in new.required:
            cmp.add("request_field_added_required", "breaking", new_sub[1], f"new required {subject}", None, field)
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
    pairs.extend(zip(unpaired_old, unpaired_new, strict=False))
    for old_branch, new_branch in pairs:
        compare_schema(cmp, direction, old_branch, new_branch, where, path)

    count_change = f"{len(old.variants)} -> {len(new.variants)} alternatives"
    if len(new.variants) > len(old.variants):
        severity: Severity = "breaking" if direction == "response" else "new"
        pointer = unpaired_new[len(unpaired_old)][1]
        cmp.add(
            f"{direction}_variant_added",
            severity,
            pointer,
            f"{subject} has more alternatives: {count_change}",
            len(old.variants),
            len(new.variants),
        )
    elif len(new.variants) < len(old.variants) and direction == "request":
        pointer = unpaired_old[len(unpaired_new)][1]
        cmp.add(
            "request_variant_removed",
            "breaking",
            pointer,
            f"{subject} has fewer alternatives: {count_change}",
            len(old.variants),
            len(new.variants),
        )


def _same_ref(old: Sub, new: Sub) -> bool:
    old_ref = old[0].get("$ref") if isinstance(old[0], dict) else None
    new_ref = new[0].get("$ref") if isinstance(new[0], dict) else None
    return old_ref is not None and old_ref == new_ref
