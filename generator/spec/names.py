"""Names in the spec that become Python identifiers: each must stay the same name for Python and
must not pass for another name (a spec that breaks this is refused, or its schema left out)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from generator.spec.model import SpecModel
from generator.spec.pointer import join
from generator.upstream import FIELD_PREFIX, strings


@dataclass(frozen=True)
class NameProblem:
    message: str
    fix: str  # every way out that works, but leaving the operations out
    pointer: str


def name_problems(model: SpecModel, literal_enums: bool) -> Iterator[NameProblem]:
    """Names that would not stay the same identifier for Python, or would pass for another name,
    in document order.

    Python reads identifiers in NFKC form: `ﬁx` (with the ligature) and `fix` are two strings but
    one Python name, so two properties so named would silently become one attribute. A name that
    mixes scripts (`сreate` with a Cyrillic `с`) reads as another name in every editor.
    """
    for name, component in model.schemas.items():
        yield from _identifier(strings.ClassName(name, FIELD_PREFIX), name, "schema name", component.pointer)
    for schema, at in model.schema_positions():
        title = schema.get("title")
        if isinstance(title, str):
            yield from _identifier(strings.ClassName(title, FIELD_PREFIX), title, "title", join(at, "title"))
        for name in property_names(schema.get("properties")):
            where = join(at, "properties", name)
            yield from _identifier(strings.PythonIdentifier(name, FIELD_PREFIX), name, "property name", where)
        if isinstance(schema.get("enum"), list) and not literal_enums:
            yield from _enum_members(schema, at)
    for operation in model.operations:
        for parameter in operation.parameters:
            identifier = strings.PythonIdentifier(parameter.name, FIELD_PREFIX)
            yield from _identifier(identifier, parameter.name, "parameter name", join(parameter.pointer, "name"))
        if operation.operation_id is not None:
            op_id = operation.operation_id
            identifier = strings.PythonIdentifier(op_id, FIELD_PREFIX)
            yield from _identifier(identifier, op_id, "operationId", join(operation.pointer, "operationId"))
        for tag, at in operation.tags:
            yield from _identifier(strings.PythonIdentifier(tag, FIELD_PREFIX), tag, "tag", at)


def _identifier(identifier: str, original: str, what: str, pointer: str) -> Iterator[NameProblem]:
    if identifier.isascii():
        return
    if not unicodedata.is_normalized("NFKC", identifier):
        normal = unicodedata.normalize("NFKC", identifier)
        yield NameProblem(
            f"{what} {original!r} becomes the Python name {identifier!r}, which Python reads as {normal!r} "
            "(Unicode NFKC)",
            "spell it in normalized form",
            pointer,
        )
        return
    scripts = sorted({script for character in identifier if (script := _script(character))})
    if len(scripts) > 1:
        yield NameProblem(
            f"{what} {original!r} mixes letters of the {' and '.join(scripts)} scripts, so it looks like a "
            "different name than it is (a look-alike)",
            "spell it in one script",
            pointer,
        )


def _script(character: str) -> str | None:
    """The script of a letter, from its Unicode name (`CYRILLIC SMALL LETTER ES` -> Cyrillic)."""
    if not character.isalpha():
        return None
    name = unicodedata.name(character, "")
    return name.split(" ", 1)[0].title() if name else None


_ENUM_WAYS_OUT = "set literal_enums = true in [tool.altegio-generator.upstream] (members become Literal values)"


def _enum_members(schema: Mapping[str, Any], at: str) -> Iterator[NameProblem]:
    """Enum members are named after their values (or `x-enum-varnames`); two values must not share a name.

    Upstream names a member `snake_case(value).upper()`, so `a` and `A!` both become `A` and one of
    them is silently dropped; a name that is not an identifier would not compile. A value listed
    twice is one member, as upstream generates it. With `literal_enums` no member is named.
    """
    values = [v for v in schema["enum"] if v is not None]
    varnames: list[Any] = schema["x-enum-varnames"] if isinstance(schema.get("x-enum-varnames"), list) else []
    use_varnames = len(varnames) == len(values)
    if not values or not (all(type(v) is str for v in values) or all(type(v) is int for v in values)):
        return
    members: dict[str, Any] = {}
    for index, value in enumerate(values):
        if use_varnames:
            key = str(varnames[index])
        elif isinstance(value, int):
            key = f"VALUE_{value}" if value >= 0 else f"VALUE_NEGATIVE_{-value}"
        elif value and value[0].isalpha():
            key = value.upper()
        else:
            key = f"VALUE_{index}"
        member = strings.snake_case(key).upper()
        where = join(at, "x-enum-varnames" if use_varnames else "enum", index)
        if not member.isidentifier() or member[:1].isdigit():
            fix = "fix its x-enum-varnames entry" if use_varnames else "name the members with x-enum-varnames"
            yield NameProblem(
                f"enum value {value!r} would be the member name {member!r}, which is not a Python identifier",
                f"{fix}, or {_ENUM_WAYS_OUT}",
                where,
            )
            return
        found = list(_identifier(member, key, "enum member", where))
        if found:
            yield replace(found[0], fix=f"{found[0].fix}, or {_ENUM_WAYS_OUT}")
            return
        if member in members and members[member] != value:
            yield NameProblem(
                f"enum values {members[member]!r} and {value!r} would both be the member {member}; one would be lost",
                f"name the members with x-enum-varnames, or {_ENUM_WAYS_OUT}",
                where,
            )
            return
        members[member] = value


def property_names(node: Any) -> list[str]:
    return [name for name in node if isinstance(name, str)] if isinstance(node, Mapping) else []
