"""Operations marked deprecated, and the replacement the spec names in `x-replaced-by`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.diff.context import Comparison
from generator.diff.finding import code
from generator.diff.spec_view import join
from generator.spec.model import Operation

REPLACED_BY = "x-replaced-by"


def replacement(node: Mapping[str, Any]) -> str | None:
    value = node.get(REPLACED_BY)
    return value if isinstance(value, str) and value else None


def replacement_hint(node: Mapping[str, Any]) -> str:
    """`; use X instead`, or nothing when the spec names no replacement."""
    name = replacement(node)
    return f"; use {code(name)} instead" if name else ""


def compare_deprecation(cmp: Comparison, old: Operation, new: Operation) -> None:
    was, now = old.raw.get("deprecated") is True, new.raw.get("deprecated") is True
    if now and not was:
        cmp.add(
            "operation_deprecated",
            "deprecated",
            join(new.pointer, "deprecated"),
            f"operation is deprecated{replacement_hint(new.raw)}",
            None,
            replacement(new.raw),
        )
    elif was and not now:
        cmp.add(
            "operation_undeprecated",
            "new",
            new.pointer,
            "operation is no longer deprecated",
            replacement(old.raw),
            None,
        )
    elif now and replacement(old.raw) != replacement(new.raw):
        cmp.add(
            "operation_replacement_changed",
            "docs",
            join(new.pointer, REPLACED_BY),
            f"replacement changed: {code(replacement(old.raw) or 'none')} -> {code(replacement(new.raw) or 'none')}",
            replacement(old.raw),
            replacement(new.raw),
        )
