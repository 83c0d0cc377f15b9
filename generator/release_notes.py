"""What a regen tells the user: the change report, the package version and the changelog.

The report compares the spec snapshot and the package in the current output with the new spec
and the freshly rendered package (see `generator.diff`). Its severity picks the version bump;
a non-empty report becomes a changelog entry keyed by version and spec version, never by date,
so that output stays reproducible and a regen with nothing new writes nothing new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.config import Settings
from generator.diff.release import changelog_entry, next_version, prepend_entry
from generator.diff.report import Report
from generator.load import Document, load_document
from generator.markdown import markdown_inline
from generator.provenance import HEADER_TEXT, SPEC_SNAPSHOT, header_for, read_provenance

INITIAL_VERSION = "1.0.0"
CHANGELOG = "CHANGELOG.md"
_VERSION_LINE = re.compile(r'^version = ".*"$', re.MULTILINE)


@dataclass(frozen=True)
class Release:
    version: str
    report: Report
    first: bool  # no client in the output before this regen
    # What upstream could not generate and `skip_unsupported` left out, each with its reason.
    not_generated: tuple[str, ...] = ()

    def not_generated_text(self) -> str:
        """The report's "not generated" group, for the terminal (empty when nothing was left out)."""
        if not self.not_generated:
            return ""
        lines = [f"NOT GENERATED ({len(self.not_generated)}, left out by skip_unsupported):"]
        return "\n".join([*lines, *(f"  - {item}" for item in self.not_generated)])


def record_release(
    settings: Settings, doc: Document, project_dir: Path, not_generated: tuple[str, ...] = ()
) -> Release:
    """Set the version in the rendered project and write its changelog; return what changed."""
    previous = read_provenance(settings.package_dir)
    snapshot = settings.package_dir / SPEC_SNAPSHOT
    if previous is None or not snapshot.is_file():
        release = Release(INITIAL_VERSION, Report.of([]), first=True, not_generated=not_generated)
    else:
        old_doc = load_document(snapshot)
        from generator.diff.changes import collect_changes  # griffe and the spec diff: only with a client before

        report = collect_changes(old_doc, doc, settings.project_dir, project_dir, settings.package_name)
        version = next_version(str(previous["package_version"]), report)
        release = Release(version, report, first=False, not_generated=not_generated)

    pyproject = project_dir / "pyproject.toml"
    pyproject.write_text(
        _VERSION_LINE.sub(f'version = "{release.version}"', pyproject.read_text(encoding="utf-8"), count=1),
        encoding="utf-8",
    )
    _write_changelog(settings.project_dir / CHANGELOG, project_dir / CHANGELOG, doc, release)
    return release


def _write_changelog(old_path: Path, new_path: Path, doc: Document, release: Release) -> None:
    # info.version is spec text: escaped, so that it cannot add headings or links to the changelog
    spec_version = markdown_inline(str((doc.data.get("info") or {}).get("version", "")))
    old = _without_header(old_path.read_text(encoding="utf-8")) if old_path.is_file() else None
    left_out = "".join(f"- {markdown_inline(item)}\n" for item in release.not_generated)
    left_out = f"\n### Not generated\n\n{left_out}" if left_out else ""
    if release.report.findings:
        text = prepend_entry(old, changelog_entry(release.version, spec_version, release.report) + left_out)
    elif old is not None and not release.first:
        text = old
    else:
        text = prepend_entry(
            None, f"## {release.version} (spec {spec_version})\n\nFirst generated version.\n{left_out}"
        )
    new_path.write_text(f"{header_for(new_path)}\n{text}", encoding="utf-8")


def _without_header(text: str) -> str:
    first, _, rest = text.partition("\n")
    return rest if HEADER_TEXT in first else text
