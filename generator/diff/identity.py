"""How calling code reaches an operation: the operationId names the generated function, and
method and path are the route the function calls."""

from __future__ import annotations

from generator.diff.context import Comparison
from generator.diff.finding import code
from generator.diff.operations import route
from generator.diff.spec_view import join
from generator.spec_model import Operation


def compare_identity(cmp: Comparison, old: Operation, new: Operation) -> None:
    if old.operation_id != new.operation_id:
        cmp.add(
            "operation_id_changed",
            "breaking",
            join(new.pointer, "operationId"),
            f"operationId changed: {code(old.operation_id or route(old))} -> "
            f"{code(new.operation_id or route(new))}; the generated function is renamed",
            old.operation_id,
            new.operation_id,
        )
    if old.shape[1] != new.shape[1]:
        cmp.add(
            "path_changed",
            "breaking",
            new.pointer,
            f"path changed: {code(old.path)} -> {code(new.path)}",
            old.path,
            new.path,
        )
    if old.method != new.method:
        cmp.add(
            "method_changed",
            "breaking",
            new.pointer,
            f"method changed: {code(old.method.upper())} -> {code(new.method.upper())}",
            old.method.upper(),
            new.method.upper(),
        )
