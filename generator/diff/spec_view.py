"""Read one side of a spec diff: its spec model, local `$ref`s followed, shapes checked.

Operations, parameters, bodies and responses come from the model (`generator.spec.model`);
schemas are read here, where they are compared. Pointers and `$ref`s are `generator.spec.pointer`'s
(re-exported `join` for the diff's modules).

A spec diff only needs the parts of a document it walks to have the right shape; where they do
not, `SpecShapeError` says which side and where, and `specdiff.compare_documents` turns it into
an `InputError` with file, line and column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.spec.model import SpecModel
from generator.spec.pointer import RefError
from generator.spec.pointer import join as join

Side = Literal["old", "new"]


class SpecShapeError(Exception):
    """A part of one document the diff must read is not what OpenAPI says it is."""

    def __init__(self, side: Side, pointer: str, message: str) -> None:
        super().__init__(f"{side} spec: {message} (at {pointer or '/'})")
        self.side = side
        self.pointer = pointer
        self.message = message


@dataclass(frozen=True)
class SpecView:
    """One document of the pair; every accessor takes the pointer of the value it checks."""

    side: Side
    model: SpecModel
    unions: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """What `schema_shape` read of each `anyOf`/`oneOf` (by its pointer), read once:
    flattening unions of unions is the costly part of a web of them."""

    @property
    def root(self) -> Mapping[str, Any]:
        return self.model.root

    def error(self, pointer: str, message: str) -> SpecShapeError:
        return SpecShapeError(self.side, pointer, message)

    def mapping(self, value: Any, pointer: str, what: str) -> Mapping[str, Any]:
        """`value` as a mapping; a missing value reads as an empty one."""
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            raise self.error(pointer, f"{what} must be a mapping, found {_kind(value)}")
        return value

    def sequence(self, value: Any, pointer: str, what: str) -> list[Any]:
        """`value` as a list; a missing value reads as an empty one."""
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(pointer, f"{what} must be a list, found {_kind(value)}")
        return value

    def resolve(self, value: Any, pointer: str, what: str) -> tuple[Mapping[str, Any], str]:
        """Follow `$ref`s (with `generator.spec.pointer`, as every stage does) to the mapping they
        name; return it with its own pointer.

        Keys beside a `$ref` (allowed in 3.1, e.g. a `description`) override the target's.
        """
        node = self.mapping(value, pointer, what)
        if "$ref" not in node:
            return node, pointer
        try:
            resolved = self.model.resolver.resolve(node, pointer)
        except RefError as exc:
            raise self.error(exc.pointer, exc.message) from None
        target = self.mapping(resolved.value, resolved.pointer, what)
        overrides = {key: item for key, item in node.items() if key != "$ref"}
        return ({**target, **overrides} if overrides else target), resolved.pointer


def _kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"
