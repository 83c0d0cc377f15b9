"""Find the operations of a document and pair each old one with its new self.

Pairing goes by operationId first, so a moved operation is reported as moved rather than as one
removed and one added; what is left pairs by method and path (with path parameter names
ignored), so a renamed operationId is reported as a rename.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.diff.spec_view import SpecView, join

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    operation_id: str | None
    method: str
    path: str
    pointer: str
    node: Mapping[str, Any]
    path_item: Mapping[str, Any]
    path_item_pointer: str

    @property
    def route(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def label(self) -> str:
        return self.operation_id or self.route

    @property
    def route_shape(self) -> tuple[str, str]:
        """Method and path with parameter names blanked: `/a/{id}` and `/a/{event_id}` match."""
        return self.method, re.sub(r"\{[^}/]*\}", "{}", self.path)


@dataclass(frozen=True)
class Pairing:
    matched: list[tuple[Operation, Operation]]
    removed: list[Operation]
    added: list[Operation]


def index_operations(view: SpecView) -> list[Operation]:
    """Every operation under `paths`, in document order; duplicate operationIds are an error."""
    operations: list[Operation] = []
    by_id: dict[str, str] = {}
    paths = view.mapping(view.root.get("paths"), "/paths", "paths")
    for path, raw_item in paths.items():
        if path.startswith("x-"):
            continue
        item, item_pointer = view.resolve(raw_item, join("/paths", path), "a path item")
        for method in METHODS:
            if method not in item:
                continue
            pointer = join(item_pointer, method)
            node = view.mapping(item[method], pointer, "an operation")
            operation_id = node.get("operationId")
            if operation_id is not None and not isinstance(operation_id, str):
                raise view.error(join(pointer, "operationId"), "operationId must be a string")
            if operation_id:
                if operation_id in by_id:
                    raise view.error(
                        join(pointer, "operationId"),
                        f"operationId {operation_id!r} is also used at {by_id[operation_id]}",
                    )
                by_id[operation_id] = pointer
            operations.append(Operation(operation_id or None, method, str(path), pointer, node, item, item_pointer))
    return operations


def pair_operations(old: list[Operation], new: list[Operation]) -> Pairing:
    matched: list[tuple[Operation, Operation]] = []
    new_by_id = {op.operation_id: op for op in new if op.operation_id}
    paired_new: set[str] = set()
    unpaired_old: list[Operation] = []
    for op in old:
        partner = new_by_id.get(op.operation_id) if op.operation_id else None
        if partner is None:
            unpaired_old.append(op)
        else:
            matched.append((op, partner))
            paired_new.add(partner.pointer)

    new_by_route = {op.route_shape: op for op in new if op.pointer not in paired_new}
    removed: list[Operation] = []
    for op in unpaired_old:
        partner = new_by_route.pop(op.route_shape, None)
        if partner is None:
            removed.append(op)
        else:
            matched.append((op, partner))
            paired_new.add(partner.pointer)
    added = [op for op in new if op.pointer not in paired_new]
    return Pairing(matched, removed, added)
