"""What a regen tells the user: the change report, the package version and the changelog.

The report compares what the previous regen recorded (its spec snapshot `openapi.yaml` or
`openapi.json`, its surface record `surface.json`, its version in `provenance.toml`, all in
`.generator/` or, before a regen migrated them, inside the package: see `provenance.records_in`)
with the new spec (the spec diff, `generator.diff`) and the new package's surface (`surface`).
Those records count only as the previous regen wrote them: `provenance.toml` lists every file with
its hash, and a record that no longer matches its hash was edited by hand, so it says nothing about
what the previous release was. Of the rest of the live tree only the project's `MIGRATING.md` is
read, where the new tree's has no section for the version, for the link a breaking line carries
(`_migration_link`). So the expected output depends on the inputs, the previous provenance and that
guide, and a hand edit of anything else is something `check` undoes, not a release.

The report's severity picks the version bump; a non-empty report becomes a changelog entry
keyed by version and spec version, never by date, so output stays reproducible and a regen with
nothing new writes nothing new. Its Python lines are the surface diff's, written for callers
(`surface.compare_records`), and each breaking line links the project's `MIGRATING.md` section
for the version when there is one (`_migration_link`), else the entry itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.diff.report import Report
from generator.errors import InputError
from generator.release import records
from generator.release.provenance import file_sha256, recorded_files, records_in
from generator.release.surface import Surface, read_surface_record, surface_record
from generator.release.versioning import changelog_entry, heading_anchor, next_version, prepend_entry
from generator.render.headers import HEADER_TEXT, header_for
from generator.render.markdown import markdown_inline
from generator.settings import Settings
from generator.spec.load import Document, load_document

INITIAL_VERSION = "1.0.0"
CHANGELOG = "CHANGELOG.md"
_VERSION_LINE = re.compile(r'^version = ".*"$', re.MULTILINE)
# What a previous regen's record has to agree on with this one for its package to be the same.
_INPUT_KEYS = (
    "spec_sha256",
    "templates_sha256",
    "settings_sha256",
    "generator_sha256",
    "openapi_python_client_version",
    "ruff_version",
)


@dataclass(frozen=True)
class Release:
    version: str
    report: Report
    first: bool  # no client in the output before this regen
    changelog: str = ""  # CHANGELOG.md as written, without its header; provenance keeps a copy
    # What upstream could not generate and `skip_unsupported` left out, each with its reason.
    not_generated: tuple[str, ...] = ()

    def not_generated_text(self) -> str:
        """The report's "not generated" group, for the terminal (empty when nothing was left out)."""
        if not self.not_generated:
            return ""
        lines = [f"NOT GENERATED ({len(self.not_generated)}, left out by skip_unsupported):"]
        return "\n".join([*lines, *(f"  - {item}" for item in self.not_generated)])


class _Previous:
    """The records of the regen that made the current output, each trusted only as it wrote it."""

    def __init__(self, settings: Settings, record: dict[str, Any]) -> None:
        self.settings = settings
        self.record = record
        self.manifest = recorded_files(record)  # None: written before manifests; trust what is there
        self.records = records_in(settings.project_dir, settings.package_name)  # where it kept them

    def path(self, name: str) -> Path:
        return self.settings.project_dir / name

    def state(self, name: str) -> str:
        """`intact`, `missing` (never written, or deleted) or `edited`."""
        path = self.path(name)
        if self.manifest is None:
            return "intact" if path.is_file() else "missing"
        if name not in self.manifest or not path.is_file():
            return "missing"
        return "intact" if file_sha256(path) == self.manifest[name] else "edited"

    def unusable(self, name: str) -> InputError:
        path = self.path(name)
        how = (
            "was deleted" if self.state(name) == "missing" else "differs from what the last regen wrote (a hand edit?)"
        )
        return InputError(
            path,
            f"{how}, so what changed since that release cannot be worked out; "
            "restore it (for example with `git checkout`) and run again",
        )


def record_release(
    settings: Settings,
    doc: Document,
    project_dir: Path,
    surface: Surface,
    inputs: dict[str, Any],
    previous: dict[str, Any] | None,
    not_generated: tuple[str, ...] = (),
) -> Release:
    """Set the version in the rendered project and write its changelog; return what changed.

    `previous` is the current output's provenance record (None when there is no client yet),
    `inputs` this regen's record of its inputs, `surface` the new package's public surface.
    """
    base = _Previous(settings, previous) if previous is not None else None
    if base is not None and base.manifest is None and base.state(base.records.snapshot) == "missing":
        base = None  # an output from before snapshots and manifests: start its history afresh
    if base is None or previous is None:
        release = Release(INITIAL_VERSION, Report.of([]), first=True, not_generated=not_generated)
        old_changelog = None
    else:
        same_inputs = all(previous.get(key) == inputs.get(key) for key in _INPUT_KEYS)
        old_doc = _previous_spec(base, doc, inputs)
        old_surface = _previous_surface(base, surface, same_inputs)
        # Imported here: the spec diff is only needed where there is a previous release, and it
        # is a tenth of the generator's own import time.
        from generator.release.changes import collect_changes

        report = collect_changes(old_doc, doc, old_surface, surface)
        version = next_version(str(previous.get("package_version", INITIAL_VERSION)), report)
        release = Release(version, report, first=False, not_generated=not_generated)
        old_changelog = _previous_changelog(base)

    pyproject = project_dir / "pyproject.toml"
    pyproject.write_text(
        _VERSION_LINE.sub(f'version = "{release.version}"', pyproject.read_text(encoding="utf-8"), count=1),
        encoding="utf-8",
    )
    text = _write_changelog(old_changelog, project_dir / CHANGELOG, doc, release, settings)
    return replace(release, changelog=text)


def _previous_spec(base: _Previous, doc: Document, inputs: dict[str, Any]) -> Document:
    if base.record.get("spec_sha256") == inputs.get("spec_sha256"):
        return doc  # made from these very bytes: its snapshot is this document, no need to read it
    name = base.records.snapshot_in(base.manifest)
    if base.state(name) == "intact":
        # The record's cap, not a spec's: the dump of a minified spec near the spec cap is larger.
        return load_document(base.path(name), max_bytes=records.MAX_RECORD_BYTES)
    raise base.unusable(name)


def _previous_surface(base: _Previous, surface: Surface, same_inputs: bool) -> Surface | None:
    if same_inputs:
        return surface  # the same inputs made the same package
    name = base.records.surface
    state = base.state(name)
    if state == "intact":
        try:
            return read_surface_record(base.path(name))
        except InputError:
            # A record of an older format, as the regen that wrote it vouches: its package is
            # what there is to go by.
            return surface_record(base.settings.project_dir, base.settings.package_name)
    if base.manifest is None or name not in base.manifest:
        # Written before surface records (or this form of them): its package is all there is to go by.
        if (base.settings.package_dir).is_dir():
            return surface_record(base.settings.project_dir, base.settings.package_name)
        return None
    raise base.unusable(name)


def _previous_changelog(base: _Previous) -> str | None:
    """The changelog as the previous regen wrote it: provenance keeps a copy, so a hand edit to
    CHANGELOG.md is undone like any other."""
    kept = base.record.get("changelog")
    if isinstance(kept, str):
        return kept
    state = base.state(CHANGELOG)
    if state == "intact":
        return _without_header(records.read_record(base.path(CHANGELOG)).decode("utf-8"))
    if state == "missing" and (base.manifest is None or CHANGELOG not in base.manifest):
        return None
    raise base.unusable(CHANGELOG)


def _write_changelog(old: str | None, new_path: Path, doc: Document, release: Release, settings: Settings) -> str:
    # info.version is spec text: escaped, so that it cannot add headings or links to the changelog
    spec_version = markdown_inline(str((doc.data.get("info") or {}).get("version", "")))
    left_out = "".join(f"- {markdown_inline(item)}\n" for item in release.not_generated)
    left_out = f"\n### Not generated\n\n{left_out}" if left_out else ""
    if release.report.findings:
        migration = _migration_link(new_path.parent, settings.project_dir, version=release.version)
        entry = changelog_entry(release.version, spec_version, release.report, migration)
        heading, _, sections = entry.partition("\n\n")
        migrating = _migration_table(new_path.with_name(MIGRATING), release.version)  # first: what to do
        text = prepend_entry(old, f"{heading}\n\n{migrating}{sections}{left_out}")
    elif old is not None and not release.first:
        text = old
    else:
        text = prepend_entry(
            None, f"## {release.version} (spec {spec_version})\n\nFirst generated version.\n{left_out}"
        )
    new_path.write_text(f"{header_for(new_path)}\n{text}", encoding="utf-8")
    return text


MIGRATING = "MIGRATING.md"
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_MIGRATING_LIMIT = 1 << 20  # a guide for people; anything larger is not read


def _migration_link(*projects: Path, version: str) -> str | None:
    """Where a breaking line of this release points: the section of the project's `MIGRATING.md`
    (the new tree's, else the current output's) whose heading names the version, else the file;
    None without one (the changelog entry then links itself)."""
    for project in projects:
        path = project / MIGRATING
        try:
            if not path.is_file() or path.stat().st_size > _MIGRATING_LIMIT:
                continue
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for heading in _HEADING.findall(text):
            if re.search(rf"(?<![\w.]){re.escape(version)}(?![\w.])", heading):
                return f"{MIGRATING}#{heading_anchor(heading)}"
        return MIGRATING
    return None


def _migration_table(guide: Path, version: str) -> str:
    """The first table of the migration guide's section for `version` (a `## ` heading that
    starts with it), as a changelog section naming the guide; "" without one.

    The guide is hand-written (the `migration_guide` setting); its table maps every old call to its new
    one, which the change report cannot (a removed operation does not name its successor).
    """
    if not guide.is_file() or guide.stat().st_size > _MIGRATING_LIMIT:
        return ""
    section = re.search(
        rf"^## {re.escape(version)}\b.*?$(.*?)(?=^## |\Z)", guide.read_text(encoding="utf-8"), re.M | re.S
    )
    if section is None:
        return ""
    table = re.search(r"(?:^\|.*\n?)+", section.group(1), re.M)
    if table is None:
        return ""
    intro = f"Every call of the previous version and its new call; {MIGRATING} has before-and-after code."
    return f"### Migrating\n\n{intro}\n\n{table.group(0).rstrip()}\n\n"


def _without_header(text: str) -> str:
    first, _, rest = text.partition("\n")
    return rest if HEADER_TEXT in first else text
