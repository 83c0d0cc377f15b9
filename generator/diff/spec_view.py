"""Read one side of a spec diff: local `$ref`s followed, shapes checked, pointers built.

A spec diff only needs the parts of a document it walks to have the right shape; where they do
not, `SpecShapeError` says which side and where, and `specdiff.compare_documents` turns it into
an `InputError` with file, line and column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import unquote

Side = Literal["old", "new"]


class SpecShapeError(Exception):
    """A part of one document the diff must read is not what OpenAPI says it is."""

    def __init__(self, side: Side, pointer: str, message: str) -> None:
        super().__init__(f"{side} spec: {message} (at {pointer or '/'})")
        self.side = side
        self.pointer = pointer
        self.message = message


def join(pointer: str, *tokens: object) -> str:
    """Extend an RFC 6901 pointer, escaping `~` and `/` (paths like `/v1/auth` are keys)."""
    for token in tokens:
        pointer += "/" + str(token).replace("~", "~0").replace("/", "~1")
    return pointer


@dataclass(frozen=True)
class SpecView:
    """One document of the pair; every accessor takes the pointer of the value it checks."""

    side: Side
    root: Mapping[str, Any]

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
        """Follow `$ref`s to the mapping they name; return it with its own pointer.

        Keys beside a `$ref` (allowed in 3.1, e.g. a `description`) override the target's.
        """
        seen: list[str] = []
        overrides: dict[str, Any] = {}
        node = self.mapping(value, pointer, what)
        while "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str):
                raise self.error(join(pointer, "$ref"), f"$ref must be a string, found {_kind(ref)}")
            overrides = {**{k: v for k, v in node.items() if k != "$ref"}, **overrides}
            if pointer in seen:
                chain = " -> ".join([*seen, pointer])
                raise self.error(seen[0], f"circular $ref chain {chain}")
            seen.append(pointer)
            pointer, node = self._target(ref, join(pointer, "$ref"))
            node = self.mapping(node, pointer, what)
        if overrides:
            node = {**node, **overrides}
        return node, pointer

    def _target(self, ref: str, ref_pointer: str) -> tuple[str, Any]:
        if not ref.startswith("#"):
            raise self.error(ref_pointer, f"$ref {ref!r} points outside this file; the diff reads one file only")
        target = unquote(ref[1:])
        if target and not target.startswith("/"):
            raise self.error(ref_pointer, f"$ref {ref!r} is not a JSON pointer")
        node: Any = self.root
        for raw in target.split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise self.error(ref_pointer, f"$ref {ref!r} names nothing in this file")
        return target, node


def _kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"
