"""How calling code reaches an operation: the operationId names the generated function's module
(a new spelling of the same Python name is no change), its first tag the package that module is
in, and method and path are the route the function calls."""

from __future__ import annotations

from generator.diff.context import Comparison
from generator.diff.finding import code
from generator.diff.spec_view import join
from generator.naming.class_names import function_module, tag_module
from generator.spec.model import Operation


def compare_identity(cmp: Comparison, old: Operation, new: Operation) -> None:
    if function_module(old.operation_id, old.method, old.path) != function_module(
        new.operation_id, new.method, new.path
    ):
        cmp.add(
            "operation_id_changed",
            "breaking",
            join(new.pointer, "operationId"),
            f"operationId changed: {code(old.operation_id or old.route)} -> "
            f"{code(new.operation_id or new.route)}; the generated function is renamed",
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
    old_module, new_module = _module(old), _module(new)
    if old_module != new_module:
        cmp.add(
            "operation_module_changed",
            "breaking",
            join(new.pointer, "tags"),
            f"the generated function moves from module `api.{old_module}` to `api.{new_module}` (first tag changed)",
            old_module,
            new_module,
        )


def _module(op: Operation) -> str:
    tags = op.raw.get("tags")
    first = tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else None
    return tag_module(first)
