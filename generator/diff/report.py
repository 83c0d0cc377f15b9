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

Breaking changes are listed under headings that say what the calling code must do (operations
removed or moved, parameters, models, responses, security, other: `finding.GROUPS`), each group
in the usual order; the other severities are one list each.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal, get_args

from generator.diff.finding import GROUPS, OTHER, SEVERITIES, Finding, Severity, grouped

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

    def breaking_groups(self) -> list[tuple[str, list[Finding]]]:
        """The breaking findings under their `GROUPS` heading, in that order; empty groups left out."""
        headings = [group for group, _ in GROUPS] + [OTHER]
        groups = {heading: [f for f in self.breaking if f.group == heading] for heading in headings}
        return [(heading, findings) for heading, findings in groups.items() if findings]

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
        """Each breaking group under its heading and a blank line, then the other listed findings,
        one line each, then the summary."""
        blocks = [[f"{heading}:", *map(_text_line, findings)] for heading, findings in self.breaking_groups()]
        others = [_text_line(f) for severity in LISTED[1:] for f in self.by_severity(severity)]
        lines = [line for block in blocks for line in (*block, "")]
        return "\n".join([*lines, *others, self.summary()]) + "\n"

    def markdown_sections(self, level: int = 3) -> str:
        """Sections headed at `level` (a changelog entry nests them under its `##` heading); the
        breaking groups are headed one level below."""
        hashes = "#" * level
        parts = []
        for severity in LISTED:
            findings = self.by_severity(severity)
            if severity == "breaking" and findings:
                groups = (
                    f"{hashes}# {heading}\n\n" + _markdown_items(group) for heading, group in self.breaking_groups()
                )
                parts.append(f"{hashes} {_HEADINGS[severity]}\n\n" + "\n".join(groups))
            elif findings:
                parts.append(f"{hashes} {_HEADINGS[severity]}\n\n{_markdown_items(findings)}")
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


def _text_line(f: Finding) -> str:
    if f.operations:
        return f"{_TEXT_LABELS[f.severity]} {f.message}  ({_where(f.pointer)}; {_reached(f, str)})"
    return f"{_TEXT_LABELS[f.severity]} {f.operation}: {f.message}  ({_where(f.pointer)})"


def _markdown_items(findings: list[Finding]) -> str:
    return "".join(_markdown_item(f) + "\n" for f in findings)


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
