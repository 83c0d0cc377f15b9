"""One difference between two versions of the API, as the code that calls the client sees it.

Both the spec diff and the public-surface diff produce `Finding`s, so one report, one exit code
and one changelog cover them.
"""

from __future__ import annotations

import datetime
import fnmatch
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

Severity = Literal["breaking", "deprecated", "new", "docs"]

SEVERITIES: tuple[Severity, ...] = get_args(Severity)
"""Most to least serious. `report.exit_code` and `release.next_version` rely on this order."""

DOCUMENT = "(document)"
"""The `operation` of a finding that belongs to no single operation (info, servers, schemes)."""

OTHER = "Other"
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Operations removed or moved", ("operation_*", "path_changed", "method_changed")),
    ("Parameters renamed, added as required or removed", ("parameter_*", "request_*")),
    ("Models renamed or removed", ("model_*",)),
    ("Responses changed", ("success_status_*", "error_response_*", "response_*")),
    ("Security changed", ("security_*",)),
)
"""What the calling code must change, by the finding's `kind` (shell-style patterns), in the
order reports list them; any other kind is `OTHER`. Request bodies and their fields count as
parameters: the caller passes both. Python-surface findings (`api_*`) name no spec change, so
`Finding.group` places the removal of a module or class by where it was (see `_SURFACE_AREAS`)."""

_SURFACE_AREAS = (("models", "Models renamed or removed"), ("api", "Operations removed or moved"))
"""A removed `<package>.models…` or `<package>.api…` name is a model or an operation function."""


@dataclass(frozen=True)
class Finding:
    """A change, named by a stable `kind` code, with where it is and what it was and became.

    `operation` is the operationId the calling code uses today (the old one, except for things
    that are new) or `METHOD /path` when there is none. `pointer` is an RFC 6901 JSON pointer
    into the new document, or into the old one for things that were removed; surface findings
    use a dotted Python path instead. `old` and `new` hold plain JSON values.

    One change reached by several operations (a shared schema) is one finding: `operations`
    lists every operation it affects, sorted, and `operation` is the first of them. Findings made
    for one operation leave `operations` empty; `grouped` merges them.
    """

    kind: str
    severity: Severity
    operation: str
    pointer: str
    old: Any
    new: Any
    message: str
    operations: tuple[str, ...] = ()

    @property
    def reached_by(self) -> tuple[str, ...]:
        """Every operation the change affects (at least `operation`)."""
        return self.operations or (self.operation,)

    @property
    def is_surface(self) -> bool:
        """From the Python surface diff (a dotted path) rather than the spec (a JSON pointer)."""
        return not self.pointer.startswith("/")

    @property
    def group(self) -> str:
        """The heading of `GROUPS` the finding is listed under, or `OTHER`."""
        if self.kind == "api_removed":
            area = self.pointer.split(".")[1:2]
            return next((group for name, group in _SURFACE_AREAS if area == [name]), OTHER)
        for group, patterns in GROUPS:
            if any(fnmatch.fnmatchcase(self.kind, pattern) for pattern in patterns):
                return group
        return OTHER

    def sort_key(self) -> tuple[int, bool, str, str, str, str]:
        """Most serious first; within a severity, spec findings (which say why) before the Python
        names they affect; then by operation, so rendered reports are stable."""
        values = json.dumps([self.old, self.new], sort_keys=True)
        return (SEVERITIES.index(self.severity), self.is_surface, self.operation, self.pointer, self.kind, values)

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "operation": self.operation,
            "pointer": self.pointer,
            "old": self.old,
            "new": self.new,
            "message": self.message,
            "operations": list(self.reached_by),
            "group": self.group if self.severity == "breaking" else None,  # only breaking ones are grouped
        }

    def group_key(self) -> str:
        """Equal for the same change seen from different operations.

        In the spec, one kind of change at one pointer is one change, whatever the message calls
        it: a property of a schema that two others extend with `allOf` is named after each.
        """
        if not self.is_surface:
            return json.dumps([self.kind, self.severity, self.pointer])
        return json.dumps([self.kind, self.severity, self.pointer, self.old, self.new, self.message], sort_keys=True)


def grouped(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per distinct change, naming every operation that reaches it; sorted."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.group_key(), []).append(finding)
    merged = []
    for members in groups.values():
        operations = tuple(sorted({name for member in members for name in member.reached_by}))
        first = min(members, key=Finding.sort_key)  # the same whichever operation came first
        merged.append(replace(first, operation=operations[0], operations=operations if len(operations) > 1 else ()))
    return sorted(merged, key=Finding.sort_key)


def plain(value: Any) -> Any:
    """A JSON-ready copy: YAML can yield int or bool mapping keys, dates and tuples."""
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def code(value: Any) -> str:
    """A value quoted for a message: backticks read as code in text and in Markdown alike."""
    text = value if isinstance(value, str) and value else json.dumps(value, sort_keys=True)
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"
