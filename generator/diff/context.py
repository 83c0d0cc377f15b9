"""What every check of one operation pair shares: both documents, a name, and the findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.diff.finding import Finding, Severity, plain
from generator.diff.spec_view import SpecView

Direction = Literal["request", "response"]
"""Which way a value travels: what calling code sends, or what it gets back."""


@dataclass
class Comparison:
    """Checks call `add`; `visited` stops recursive schemas and repeats within one operation."""

    old: SpecView
    new: SpecView
    operation: str
    findings: list[Finding]
    visited: set[tuple[str, str, str]] = field(default_factory=set)

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
