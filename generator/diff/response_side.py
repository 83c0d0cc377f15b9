"""What the caller gets back: which status counts as success, and the bodies that come with it.

The generated `sync()` parses the documented responses and returns the body of the success one,
so a different success status, or a different body under it, changes what calling code receives.
Error responses only document what the server could already do: adding or dropping one counts as
a documentation change.
"""

from __future__ import annotations

import re

from generator.diff.content import compare_content
from generator.diff.context import Comparison
from generator.diff.finding import Severity, code
from generator.diff.spec_view import join
from generator.spec.model import Operation, Response

_SUCCESS = re.compile(r"2(\d\d|XX)")


def compare_responses(cmp: Comparison, old_op: Operation, new_op: Operation) -> None:
    old_pointer, new_pointer = join(old_op.pointer, "responses"), join(new_op.pointer, "responses")
    old = {response.status: response for response in old_op.responses}
    new = {response.status: response for response in new_op.responses}
    old_success = sorted(status for status in old if _SUCCESS.fullmatch(status))
    new_success = sorted(status for status in new if _SUCCESS.fullmatch(status))
    old_primary = old_success[0] if old_success else None
    new_primary = new_success[0] if new_success else None

    pairs = [(status, status) for status in old_success if status in new]
    moved = None
    if old_primary and new_primary and old_primary != new_primary:
        moved = (old_primary, new_primary)
        _compare_moved_success(cmp, old[old_primary], new[new_primary], join(new_pointer, new_primary))
    for status in old_success:
        if status not in new and not (moved and status == moved[0]):
            cmp.add(
                "success_status_removed",
                "breaking",
                join(old_pointer, status),
                f"success status {code(status)} no longer documented",
                status,
                None,
            )
    for status in new_success:
        if status not in old and not (moved and status == moved[1]):
            cmp.add(
                "success_status_added",
                "new",
                join(new_pointer, status),
                f"new success status {code(status)}",
                None,
                status,
            )

    for status in old:
        if not _SUCCESS.fullmatch(status) and status not in new:
            cmp.add(
                "error_response_removed",
                "docs",
                join(old_pointer, status),
                f"response {code(status)} no longer documented",
                status,
                None,
            )
    for status in new:
        if not _SUCCESS.fullmatch(status) and status not in old:
            cmp.add(
                "error_response_added",
                "docs",
                join(new_pointer, status),
                f"response {code(status)} now documented",
                None,
                status,
            )

    for status, _ in pairs:
        compare_content(cmp, "response", old[status], new[status], f"response_{status}")


def _compare_moved_success(cmp: Comparison, old: Response, new: Response, pointer: str) -> None:
    """The success response `sync()` returns is under another status. The client takes any 2xx
    whose body fits a declared success response, so the move alone changes nothing: it breaks
    calling code only when what the body parses into does (a changed body, or an inline class
    named after the status, `response_200`)."""
    body = Comparison(cmp.old, cmp.new, cmp.operation, [], cmp.schemas)
    compare_content(body, "response", old, new, f"response_{new.status}", f"response_{old.status}")
    cmp.findings.extend(body.findings)
    change = f"{code(old.status)} -> {code(new.status)}"
    severity: Severity
    if any(finding.severity == "breaking" for finding in body.findings):
        message, severity = f"success status changed: {change}, and what its body parses into", "breaking"
    else:
        message = f"success status changed: {change}; any 2xx whose body fits is a success, so the result is the same"
        severity = "docs"
    cmp.add("success_status_changed", severity, pointer, message, old.status, new.status)
