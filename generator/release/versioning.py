"""The client's next version and its changelog entry, both derived from a diff report.

Versions are `MAJOR.MINOR.PATCH` (plain numbers, no pre-release or build suffix). From 1.0.0 on,
semver: a breaking finding bumps MAJOR; a deprecated or new one bumps MINOR (semver counts a
deprecation as a minor change); docs-only findings bump PATCH. Below 1.0.0 everything moves one
place right, as Cargo and npm treat 0.x: breaking bumps MINOR, anything else PATCH. A report
with no findings at all leaves the version as it is, so regenerating twice bumps once.
"""

from __future__ import annotations

import re

from generator.diff.report import Report

TITLE = "# Changelog"
_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


def next_version(current: str, report: Report) -> str:
    match = _VERSION.fullmatch(current.strip())
    if match is None:
        raise ValueError(f"version {current!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    counts = report.counts()
    if not report.findings:
        return f"{major}.{minor}.{patch}"
    if major == 0:
        return f"0.{minor + 1}.0" if counts["breaking"] else f"0.{minor}.{patch + 1}"
    if counts["breaking"]:
        return f"{major + 1}.0.0"
    if counts["deprecated"] or counts["new"]:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


BREAKING_HEADING = "### Breaking changes"


def changelog_entry(version: str, spec_version: str, report: Report, migration: str | None = None) -> str:
    """`## <version> (spec <spec_version>)` and the report's sections; no dates, so the same
    inputs give the same bytes. Each breaking line links `migration`, where the entry says how to
    change calling code (by default this entry itself)."""
    heading = f"{version} (spec {spec_version})"
    link = migration if migration is not None else f"#{heading_anchor(heading)}"
    lines: list[str] = []
    section = ""
    for line in report.markdown_sections(level=3).split("\n"):
        section = line if line.startswith("### ") else section
        if section == BREAKING_HEADING and line.startswith("- "):
            line += f" ([migrating]({link}))"
        lines.append(line)
    return f"## {heading}\n\n" + "\n".join(lines)


def heading_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces as `-`."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def prepend_entry(existing_changelog: str | None, entry: str) -> str:
    """Put `entry` first under the title (added if missing).

    An entry at the top with the same `## ` heading is replaced, so writing the same entry again
    changes nothing, and regenerating the same version rewrites its entry instead of stacking.
    """
    entry_lines = entry.strip("\n").split("\n")
    lines = (existing_changelog or "").replace("\r\n", "\n").strip("\n").split("\n")
    first_entry = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    preamble, entries = lines[:first_entry], lines[first_entry:]
    if not any(line.startswith("# ") for line in preamble):
        preamble = [TITLE, "", *preamble]
    if entries and entries[0] == entry_lines[0]:
        following = next((i for i, line in enumerate(entries[1:], 1) if line.startswith("## ")), None)
        entries = entries[following:] if following is not None else []
    head = "\n".join(preamble).strip("\n")
    body = "\n".join(entry_lines)
    tail = "\n".join(entries).strip("\n")
    return f"{head}\n\n{body}\n" + (f"\n{tail}\n" if tail else "")
