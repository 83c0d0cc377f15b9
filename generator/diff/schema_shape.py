"""Reduce a JSON Schema to the facts a client's types depend on.

OpenAPI spells the same thing several ways: `nullable: true` (3.0), `type: [x, "null"]` and
`anyOf: [x, {type: "null"}]` (3.1), `const`, `allOf` used to extend an envelope. `Shape` is one
spelling, so the comparison in `schemas.py` needs one rule per fact rather than one per
spelling. Subschemas stay raw with their pointers: they are compared (and their `$ref`s followed)
only when the walk reaches them, which is what lets recursive schemas terminate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.diff.spec_view import SpecView, join

Sub = tuple[Any, str]
"""A subschema as written, with its pointer."""

CONSTRAINT_KEYWORDS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)


@dataclass
class Shape:
    pointer: str
    """Where the schema's own keywords are, after `$ref`s."""
    site: str = ""
    """Where the schema is written (a `$ref`, or the schema itself when inline)."""
    ref: str | None = None
    """The `$ref` written at `site`, if any."""
    title: str | None = None
    makes_class: bool = False
    """Whether the generator makes a class (a model or an enum) for it when it is inline."""
    types: frozenset[str] | None = None
    """JSON types other than null; None when the schema allows any type."""
    nullable: bool = False
    null_pointer: str | None = None
    """Where null was allowed, for findings about it."""
    format: str | None = None
    enum: list[Any] | None = None
    """Allowed values other than null."""
    properties: dict[str, Sub] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Sub | None = None
    prefix_items: list[Sub] = field(default_factory=list)
    additional: Sub | None = None
    """The schema of map values (`additionalProperties`), when one is given."""
    closed: bool = False
    """`additionalProperties: false`: no keys but the listed properties."""
    pattern_properties: dict[str, Sub] = field(default_factory=dict)
    negated: Sub | None = None
    """The schema under `not`."""
    variants: list[Sub] = field(default_factory=list)
    """`oneOf`/`anyOf` branches that are not the null type (an empty list constrains nothing)."""
    deprecated: bool = False
    strftime: str | None = None
    """Our `x-strftime`: the generated field also takes a datetime, sent in this layout."""
    constraints: dict[str, Any] = field(default_factory=dict)
    unsupported: str | None = None
    """What in this schema, valid as it is, upstream cannot model (no client is generated)."""
    naming_suffix: str = ""
    """What upstream adds to the name it gives the schema's class (and the classes inside it)
    when the schema is a union it unwraps: `_type_0` for a nullable object or array (`nullable`,
    `type: [object, "null"]`), `_type_<i>` (or `_<title>`) for the one non-null branch of an
    `anyOf`/`oneOf`."""

    def type_names(self) -> list[str] | None:
        """Sorted type names including "null", or None for any type."""
        if self.types is None:
            return None
        return sorted(self.types | ({"null"} if self.nullable else set()))


def shape_of(view: SpecView, raw: Any, pointer: str, _merging: frozenset[str] = frozenset()) -> Shape:
    site = pointer
    if isinstance(raw, bool):
        # 3.1 boolean schemas: `true` allows anything; `false` nothing (no type, no value).
        # Upstream's document model holds neither.
        nothing = None if raw else frozenset[str]()
        return Shape(pointer, site, types=nothing, enum=None if raw else [], unsupported="a boolean schema")
    ref = raw.get("$ref") if isinstance(raw, Mapping) and isinstance(raw.get("$ref"), str) else None
    node, pointer = view.resolve(raw, pointer, "a schema")
    if pointer in _merging:
        return Shape(pointer, site, ref)  # `A: {allOf: [B]}, B: {allOf: [A]}`: A adds nothing to itself
    title = node.get("title")
    shape = Shape(
        pointer,
        site,
        ref,
        title=title if isinstance(title, str) and title else None,
        makes_class=makes_class(node),
        deprecated=node.get("deprecated") is True,
    )
    _read_types(view, node, shape)
    shape.naming_suffix = _type_list_suffix(node)
    _read_enum(node, shape)
    if node.get("enum") == []:
        shape.unsupported = "an empty `enum`"
    fmt = node.get("format")
    shape.format = fmt if isinstance(fmt, str) else None
    layout = node.get("x-strftime")
    shape.strftime = layout if isinstance(layout, str) else None
    shape.constraints = {key: node[key] for key in CONSTRAINT_KEYWORDS if key in node}
    _read_structure(view, node, shape)

    merging = _merging | {pointer}
    parts = view.sequence(node.get("allOf"), join(pointer, "allOf"), "allOf")
    for index, part in enumerate(parts):
        part_pointer = join(pointer, "allOf", index)
        _merge(shape, shape_of(view, part, part_pointer, merging))
    for keyword in ("anyOf", "oneOf"):
        branches = view.sequence(node.get(keyword), join(pointer, keyword), keyword)
        if not branches:
            continue
        null_at, others, bare, values = _union(view, branches, join(pointer, keyword))
        if null_at is not None:
            shape.nullable = True
            shape.null_pointer = shape.null_pointer or null_at
        if len(others) == 1 and len(branches) > 1:
            # `anyOf: [X, null]` is how 3.1 writes "X or null": compare it as X, nullable.
            inner = shape_of(view, others[0][0], others[0][1], merging)
            _merge(shape, inner)
            offset = len(node.get("anyOf") or []) if keyword == "oneOf" else 0
            position = offset + next(i for i, branch in enumerate(branches) if branch is others[0][0])
            shape.naming_suffix += _branch_suffix(others[0][0], position, title) + inner.naming_suffix
        elif others and shape.types is None and _open_with_known_values(bare, values):
            # `anyOf: [{type: string}, {enum: [a, b]}]`: any string, the enum only names some.
            shape.types = frozenset[str]().union(*(types for types in bare if types is not None))
        elif others and shape.enum is None and all(value is not None for value in values):
            # `anyOf: [{enum: [a]}, {enum: [b]}]` is `enum: [a, b]`.
            shape.enum = [value for branch_values in values for value in branch_values or []]
        elif others and shape.types is None and all(types is not None for types in bare):
            # `anyOf: [{type: number}, {type: string}]` is `type: [number, string]`.
            union = frozenset[str]().union(*(types for types in bare if types is not None))
            if "null" in union:
                shape.nullable = True
                shape.null_pointer = shape.null_pointer or join(pointer, keyword)
            shape.types = union - {"null"}
        else:
            shape.variants.extend(_flattened(view, others) if len(others) == 1 else others)
    if shape.types is None:
        if shape.properties:
            shape.types = frozenset({"object"})
        elif shape.items is not None:
            shape.types = frozenset({"array"})
    return shape


_Union = tuple[str | None, list[Sub], list[frozenset[str] | None], list[list[Any] | None]]


def _union(view: SpecView, branches: list[Any], pointer: str) -> _Union:
    """The branches of the `anyOf`/`oneOf` at `pointer`: where null is allowed, the others
    (unions among them flattened), and what each of those says of its types and values."""
    known = view.unions.get(pointer)
    if known is not None:
        return known  # type: ignore[no-any-return]
    null_at: str | None = None
    others: list[Sub] = []
    for index, branch in enumerate(branches):
        branch_pointer = join(pointer, index)
        if _is_null_type(view, branch, branch_pointer):
            null_at = null_at or branch_pointer
        else:
            others.append((branch, branch_pointer))
    if len(others) > 1:
        others = _flattened(view, others)
    bare = [_bare_types(view, *branch) for branch in others]
    values = [_enum_only(view, *branch) for branch in others]
    found: _Union = (null_at, others, bare, values)
    view.unions[pointer] = found
    return found


def _type_list_suffix(node: Mapping[str, Any]) -> str:
    """Upstream reads `type: [x, "null"]` (and 3.0's `nullable: true` beside one type) as a
    union, and names the class of its one non-null type after its position."""
    declared = node.get("type")
    if isinstance(declared, str) and node.get("nullable") is True:
        return "_type_0"
    if isinstance(declared, list) and len(declared) > 1:
        others = [name for name in declared if name != "null"]
        if len(others) == 1:
            return f"_type_{declared.index(others[0])}"
    if declared is None and node.get("nullable") is True and node.get("allOf") and not _has_union(node):
        return "_type_1"  # upstream reads it as `oneOf: [null, {allOf: ...}]`
    return ""


def _has_union(node: Mapping[str, Any]) -> bool:
    return bool(node.get("anyOf") or node.get("oneOf"))


def _branch_suffix(branch: Any, position: int, union_title: Any) -> str:
    """Upstream names a union branch after its `title` (when not the union's own), else its
    position among the `anyOf` then `oneOf` branches."""
    title = branch.get("title") if isinstance(branch, Mapping) and "$ref" not in branch else None
    if isinstance(title, str) and title != union_title:
        return f"_{title}"
    return f"_type_{position}"


_UNION_ONLY = frozenset({"oneOf", "anyOf", "discriminator", "title", "description", "example", "examples"})


def _flattened(view: SpecView, branches: list[Sub], depth: int = 0, seen: set[str] | None = None) -> list[Sub]:
    """Branches, with those that are unions themselves (`anyOf: [string, {$ref: Error}]` where
    `Error` is a `oneOf`) replaced by their own branches: the values are the same, and the
    generated type is one flat union either way. A schema met again (unions that refer to each
    other) adds nothing: each is listed, or expanded, once."""
    seen = set() if seen is None else seen
    flat: list[Sub] = []
    for raw, pointer in branches:
        node, node_pointer = view.resolve(raw, pointer, "a schema") if not isinstance(raw, bool) else ({}, pointer)
        if node_pointer in seen:
            continue
        seen.add(node_pointer)
        keywords = [key for key in ("oneOf", "anyOf") if isinstance(node.get(key), list)]
        inner = node.get(keywords[0]) if len(keywords) == 1 else None
        if (
            depth < 8
            and isinstance(inner, list)
            and inner
            and set(node) - _UNION_ONLY <= {key for key in node if str(key).startswith("x-")}
        ):
            parts = [(branch, join(node_pointer, keywords[0], index)) for index, branch in enumerate(inner)]
            if not any(_is_null_type(view, *part) for part in parts):
                flat.extend(_flattened(view, parts, depth + 1, seen))
                continue
        flat.append((raw, pointer))
    return flat


def makes_class(node: Mapping[str, Any]) -> bool:
    """A model (an object, or an `allOf` of parts) or an enum: upstream names a class for it."""
    declared = node.get("type")
    is_object = declared == "object" or (isinstance(declared, list) and "object" in declared)
    if is_object or (declared is None and ("properties" in node or "allOf" in node)):
        return True
    values = node.get("enum")
    return isinstance(values, list) and any(value is not None for value in values)


def _read_types(view: SpecView, node: Mapping[str, Any], shape: Shape) -> None:
    declared = node.get("type")
    if declared is None:
        names: list[Any] = []
    elif isinstance(declared, str):
        names = [declared]
    elif isinstance(declared, list):
        names = declared
    else:
        raise view.error(join(shape.pointer, "type"), "type must be a string or a list")
    if "null" in names or node.get("nullable") is True:
        shape.nullable = True
        shape.null_pointer = shape.pointer
    if declared is not None:
        shape.types = frozenset(str(name) for name in names if name != "null")


def _read_enum(node: Mapping[str, Any], shape: Shape) -> None:
    if "const" in node:
        values = [node["const"]]
    elif isinstance(node.get("enum"), list):
        values = node["enum"]
    else:
        return
    if None in values:
        shape.nullable = True
        shape.null_pointer = shape.null_pointer or shape.pointer
    shape.enum = [value for value in values if value is not None]


def _read_structure(view: SpecView, node: Mapping[str, Any], shape: Shape) -> None:
    properties_pointer = join(shape.pointer, "properties")
    properties = view.mapping(node.get("properties"), properties_pointer, "properties")
    shape.properties = {str(name): (value, join(properties_pointer, name)) for name, value in properties.items()}
    required = view.sequence(node.get("required"), join(shape.pointer, "required"), "required")
    shape.required = frozenset(str(name) for name in required)
    if "items" in node and not isinstance(node["items"], list):
        shape.items = (node["items"], join(shape.pointer, "items"))
    prefix = node.get("prefixItems", node.get("items") if isinstance(node.get("items"), list) else None)
    keyword = "prefixItems" if "prefixItems" in node else "items"
    for index, item in enumerate(view.sequence(prefix, join(shape.pointer, keyword), keyword)):
        shape.prefix_items.append((item, join(shape.pointer, keyword, index)))
    additional = node.get("additionalProperties")
    if isinstance(additional, Mapping):
        shape.additional = (additional, join(shape.pointer, "additionalProperties"))
    shape.closed = additional is False
    patterns_pointer = join(shape.pointer, "patternProperties")
    patterns = view.mapping(node.get("patternProperties"), patterns_pointer, "patternProperties")
    shape.pattern_properties = {str(key): (value, join(patterns_pointer, key)) for key, value in patterns.items()}
    if "not" in node:
        shape.negated = (node["not"], join(shape.pointer, "not"))


def _merge(shape: Shape, part: Shape) -> None:
    """Fold an `allOf` part (or the non-null branch of a nullable union) into `shape`."""
    for name, sub in part.properties.items():
        shape.properties.setdefault(name, sub)
    shape.required |= part.required
    if shape.types is None:
        shape.types = part.types
    elif part.types is not None:
        shape.types &= part.types
    if part.nullable and not shape.null_pointer:
        shape.null_pointer = part.null_pointer
    shape.nullable = shape.nullable or part.nullable
    shape.format = shape.format or part.format
    shape.strftime = shape.strftime or part.strftime
    if shape.enum is None:
        shape.enum = part.enum
    shape.items = shape.items or part.items
    shape.prefix_items = shape.prefix_items or part.prefix_items
    shape.additional = shape.additional or part.additional
    shape.closed = shape.closed or part.closed
    for pattern, sub in part.pattern_properties.items():
        shape.pattern_properties.setdefault(pattern, sub)
    shape.negated = shape.negated or part.negated
    shape.makes_class = shape.makes_class or part.makes_class
    shape.variants.extend(part.variants)
    shape.deprecated = shape.deprecated or part.deprecated
    shape.unsupported = shape.unsupported or part.unsupported
    shape.constraints = {**part.constraints, **shape.constraints}


_TYPE_ONLY = frozenset({"type", "title", "description", "example", "examples", "default"})


def _bare_types(view: SpecView, raw: Any, pointer: str) -> frozenset[str] | None:
    """The types of a branch that says nothing but its type, else None."""
    if isinstance(raw, bool):
        return None
    node, _ = view.resolve(raw, pointer, "a schema")
    declared = node.get("type")
    if not set(node) <= _TYPE_ONLY:
        return None
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list) and all(isinstance(name, str) for name in declared):
        return frozenset(declared)
    return None


_ENUM_ONLY = frozenset({"type", "enum", "const", "title", "description", "example", "examples", "default"})


def _enum_only(view: SpecView, raw: Any, pointer: str) -> list[Any] | None:
    """The values of a branch that only lists values (`enum` or `const`), else None."""
    if isinstance(raw, bool):
        return None
    node, _ = view.resolve(raw, pointer, "a schema")
    if not set(node) <= _ENUM_ONLY:
        return None
    if "const" in node:
        return [node["const"]]
    values = node.get("enum")
    return [value for value in values if value is not None] if isinstance(values, list) else None


_JSON_TYPES: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "boolean"),
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    (list, "array"),
    (dict, "object"),
)


def _json_type(value: Any) -> str:
    for python_type, name in _JSON_TYPES:
        if isinstance(value, python_type):
            return name
    return "null"


def _open_with_known_values(bare: list[frozenset[str] | None], values: list[list[Any] | None]) -> bool:
    """Every branch is a bare type or a list of values, at least one is a bare type, and each
    listed value is of a bare type: the listed values add nothing the types do not admit."""
    if not any(types is not None for types in bare):
        return False
    open_types = frozenset[str]().union(*(types for types in bare if types is not None))
    for types, branch_values in zip(bare, values, strict=True):
        if types is not None:
            continue
        if branch_values is None:
            return False
        for value in branch_values:
            kind = _json_type(value)
            if kind not in open_types and not (kind == "integer" and "number" in open_types):
                return False
    return True


def _is_null_type(view: SpecView, raw: Any, pointer: str) -> bool:
    if isinstance(raw, bool):
        return False
    node, _ = view.resolve(raw, pointer, "a schema")
    declared = node.get("type")
    return declared == "null" or declared == ["null"]
