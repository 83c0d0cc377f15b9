"""Render findings for people (text, Markdown) and machines (JSON), and decide the exit code.

Severities, most serious first: breaking > deprecated > new > docs.
- breaking:   code that calls the client may stop working (import, call or result handling).
- deprecated: it still works, but will have to change; semver counts this as a minor change.
- new:        something was added or relaxed; existing code is unaffected.
- docs:       text only (summaries, descriptions, examples, tags); counted, not listed.

`exit_code(fail_on)` is 1 when any finding is at least as serious as `fail_on`, else 0:
`breaking` (the default) fails on breaking changes only, `deprecated` also on deprecations,
`new` on any API change, `docs` on any change at all, `none` never.

A change to a schema that many operations share is one finding, listed once with the operations
it reaches; every count is of distinct changes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal, get_args

from generator.diff.finding import SEVERITIES, Finding, Severity, grouped

Format = Literal["text", "markdown", "json"]
FailOn = Literal["breaking", "deprecated", "new", "docs", "none"]
FORMATS: tuple[Format, ...] = get_args(Format)
FAIL_ON_LEVELS: tuple[FailOn, ...] = get_args(FailOn)

_TEXT_LABELS = {"breaking": "BREAKING", "deprecated": "DEPRECATED", "new": "NEW"}
_HEADINGS = {"breaking": "Breaking changes", "deprecated": "Deprecated", "new": "New"}
LISTED: tuple[Severity, ...] = ("breaking", "deprecated", "new")
NAMED_OPERATIONS = 5
"""How many operations a grouped line names before `…` (JSON lists them all)."""


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> Report:
        return cls(tuple(grouped(findings)))

    def by_severity(self, severity: Severity) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity == severity]

    @property
    def breaking(self) -> list[Finding]:
        return self.by_severity("breaking")

    @property
    def deprecated(self) -> list[Finding]:
        return self.by_severity("deprecated")

    @property
    def new(self) -> list[Finding]:
        return self.by_severity("new")

    @property
    def docs_count(self) -> int:
        return len(self.by_severity("docs"))

    def counts(self) -> dict[Severity, int]:
        return {severity: len(self.by_severity(severity)) for severity in SEVERITIES}

    def exit_code(self, fail_on: FailOn = "breaking") -> int:
        if fail_on not in FAIL_ON_LEVELS:
            raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON_LEVELS)}, not {fail_on!r}")
        if fail_on == "none":
            return 0
        threshold = SEVERITIES.index(fail_on)
        return int(any(SEVERITIES.index(f.severity) <= threshold for f in self.findings))

    def render(self, format: Format = "text") -> str:
        if format == "text":
            return self._text()
        if format == "markdown":
            return self.markdown_sections()
        if format == "json":
            return self._json()
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")

    def summary(self) -> str:
        counts = self.counts()
        return (
            f"{counts['breaking']} breaking, {counts['deprecated']} deprecated, "
            f"{counts['new']} new, {counts['docs']} documentation "
            f"{'edit' if counts['docs'] == 1 else 'edits'}"
        )

    def _text(self) -> str:
        lines = []
        for f in self.findings:
            if f.severity not in _TEXT_LABELS:
                continue
            if f.operations:
                lines.append(f"{_TEXT_LABELS[f.severity]} {f.message}  ({_where(f.pointer)}; {_reached(f, str)})")
            else:
                lines.append(f"{_TEXT_LABELS[f.severity]} {f.operation}: {f.message}  ({_where(f.pointer)})")
        return "\n".join([*lines, self.summary()]) + "\n"

    def markdown_sections(self, level: int = 3) -> str:
        """Sections headed at `level` (a changelog entry nests them under its `##` heading)."""
        hashes = "#" * level
        parts = []
        for severity in LISTED:
            findings = self.by_severity(severity)
            if findings:
                items = "\n".join(_markdown_item(f) for f in findings)
                parts.append(f"{hashes} {_HEADINGS[severity]}\n\n{items}\n")
        if self.docs_count:
            edits = "edit" if self.docs_count == 1 else "edits"
            parts.append(f"{self.docs_count} documentation-only {edits}.\n")
        return "\n".join(parts) if parts else "No changes to the API.\n"

    def _json(self) -> str:
        document = {
            "summary": self.counts(),
            "findings": [finding.as_json() for finding in self.findings],
        }
        return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _markdown_item(finding: Finding) -> str:
    if finding.operations:
        return f"- {finding.message} ({_reached(finding, lambda name: f'`{name}`')})"
    return f"- `{finding.operation}`: {finding.message}"


def _reached(finding: Finding, quote: Callable[[str], str]) -> str:
    """`reached by 97 operations: a, b, c, …`"""
    names = finding.reached_by
    shown = ", ".join(quote(name) for name in names[:NAMED_OPERATIONS])
    more = ", …" if len(names) > NAMED_OPERATIONS else ""
    return f"reached by {len(names)} operations: {shown}{more}"


def _where(pointer: str) -> str:
    """Spec pointers read as `#/paths/...` like a `$ref`; surface paths are dotted already."""
    return f"#{pointer}" if pointer.startswith("/") else pointer
