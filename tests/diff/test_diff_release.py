"""Next version and changelog entries derived from a report."""

from __future__ import annotations

import pytest

from generator.diff.finding import Finding, Severity
from generator.diff.report import Report
from generator.release.versioning import changelog_entry, next_version, prepend_entry


def report_of(*severities: Severity) -> Report:
    return Report.of(
        Finding(f"kind_{i}", severity, "create_event", f"/p/{i}", None, None, f"change {i}")
        for i, severity in enumerate(severities)
    )


@pytest.mark.parametrize(
    ("current", "severities", "expected"),
    [
        ("1.4.2", ("breaking", "new"), "2.0.0"),
        ("1.4.2", ("deprecated",), "1.5.0"),
        ("1.4.2", ("new", "docs"), "1.5.0"),
        ("1.4.2", ("docs",), "1.4.3"),
        ("1.4.2", (), "1.4.2"),
        ("0.3.1", ("breaking",), "0.4.0"),
        ("0.3.1", ("new", "deprecated"), "0.3.2"),
        ("0.3.1", ("docs",), "0.3.2"),
        ("0.3.1", (), "0.3.1"),
    ],
)
def test_next_version(current: str, severities: tuple[Severity, ...], expected: str) -> None:
    assert next_version(current, report_of(*severities)) == expected


@pytest.mark.parametrize("version", ["1.2", "v1.2.3", "1.2.3rc1", "01.2.3", ""])
def test_next_version_rejects_what_is_not_major_minor_patch(version: str) -> None:
    with pytest.raises(ValueError, match="is not MAJOR.MINOR.PATCH"):
        next_version(version, report_of())


ENTRY = changelog_entry("2.0.0", "1.1.0", report_of("breaking", "new", "docs"))


def test_changelog_entry_is_heading_then_sections_and_nothing_time_dependent() -> None:
    assert ENTRY == (
        "## 2.0.0 (spec 1.1.0)\n\n"
        "### Breaking changes\n\n#### Other\n\n- `create_event`: change 0 ([migrating](#200-spec-110))\n\n"
        "### New\n\n- `create_event`: change 1\n\n"
        "1 documentation-only edit.\n"
    )


def test_prepend_to_nothing_adds_the_title() -> None:
    assert prepend_entry(None, ENTRY) == "# Changelog\n\n" + ENTRY
    assert prepend_entry("", ENTRY) == "# Changelog\n\n" + ENTRY


def test_prepend_puts_the_entry_above_older_ones_and_keeps_the_preamble() -> None:
    existing = "# Changelog\n\nAll client releases.\n\n## 1.0.0 (spec 1.0.0)\n\nFirst.\n"
    assert prepend_entry(existing, ENTRY) == (
        "# Changelog\n\nAll client releases.\n\n" + ENTRY + "\n## 1.0.0 (spec 1.0.0)\n\nFirst.\n"
    )


def test_prepend_is_idempotent_and_rewrites_the_same_version() -> None:
    once = prepend_entry("# Changelog\n\n## 1.0.0 (spec 1.0.0)\n\nFirst.\n", ENTRY)
    assert prepend_entry(once, ENTRY) == once
    rewritten = changelog_entry("2.0.0", "1.1.0", report_of("breaking"))
    assert prepend_entry(once, rewritten) == ("# Changelog\n\n" + rewritten + "\n## 1.0.0 (spec 1.0.0)\n\nFirst.\n")


def test_prepend_adds_a_missing_title() -> None:
    assert prepend_entry("## 1.0.0 (spec 1.0.0)\n\nFirst.\n", ENTRY) == (
        "# Changelog\n\n" + ENTRY + "\n## 1.0.0 (spec 1.0.0)\n\nFirst.\n"
    )
