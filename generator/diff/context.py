"""What every check of one operation pair shares: both documents, a name, and the findings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Protocol

from generator.diff.finding import Finding, Severity, plain
from generator.diff.schema_shape import Sub
from generator.diff.spec_view import SpecView

Direction = Literal["request", "response"]
"""Which way a value travels: what calling code sends, or what it gets back."""

COMPLETE = 1 << 30
"""`Comparison.cut_at` when no schema comparison below was cut short by a cycle."""


class SchemaComparer(Protocol):
    """What a check needs of `generator.diff.schemas.SchemaComparer` (which imports the checks,
    so this module names only the method): compare a schema pair, once per diff, and add its
    findings to `cmp`. `place` is a `generator.diff.schemas.Place`."""

    def request(self, cmp: Comparison, direction: Direction, old: Sub, new: Sub, place: Any) -> None: ...


@dataclass
class Comparison:
    """Checks call `add`. `schemas` compares schemas once per diff, for every operation.

    A comparison made by `schemas` for one schema pair has `operation` "" (its findings are named
    after each operation that reaches the pair), and `cut_at` is the index (in the order pairs
    were first met) of the earliest schema pair in progress that a recursive schema led back to:
    its findings are then only complete together with that pair's, so they are not remembered on
    their own.
    """

    old: SpecView
    new: SpecView
    operation: str
    findings: list[Finding]
    schemas: SchemaComparer
    cut_at: int = COMPLETE

    def add(
        self,
        kind: str,
        severity: Severity,
        pointer: str,
        message: str,
        old: Any = None,
        new: Any = None,
    ) -> None:
        self.findings.append(Finding(kind, severity, self.operation, pointer, plain(old), plain(new), message))
