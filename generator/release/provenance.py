"""Provenance and the spec snapshot: what every generated tree records about its origin.

A regen's records sit in the project directory, beside the package and never inside it, so a
vendored copy of the package or a wheel built from the project holds only the client:
`.generator/provenance.toml` (inputs, version, the hash of every file written),
`.generator/openapi.yaml` or `.generator/openapi.json` (the spec snapshot, in the spec's format)
and `.generator/surface.json` (the public surface, see `surface`). Regens before that kept them
inside the package (`legacy_records`); the next regen reads them there once, to carry the
version and the changelog on, and writes the new ones.

Nothing here may depend on time, the machine or absolute paths: two regens anywhere must give
the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from generator.errors import InputError
from generator.release import records
from generator.render.headers import HEADER_TEXT
from generator.startup import installed_version

if TYPE_CHECKING:
    from generator.spec.load import Document  # loads yaml, which a regen with nothing to do never needs

RECORDS_DIR = ".generator"
PROVENANCE_FILE = "provenance.toml"
SPEC_SNAPSHOT = "openapi.yaml"
JSON_SPEC_SNAPSHOT = "openapi.json"  # the snapshot of a JSON spec (see `write_spec_snapshot`)
SPEC_SNAPSHOTS = (SPEC_SNAPSHOT, JSON_SPEC_SNAPSHOT)
SURFACE_RECORD = "surface.json"


class Records(NamedTuple):
    """Where a regen's records sit, each relative to the project directory."""

    provenance: str
    snapshot: str  # the spec the package was made from (YAML here; see `snapshot_in`)
    surface: str  # the package's public surface

    def snapshot_in(self, manifest: dict[str, str] | None) -> str:
        """The snapshot a regen with this `[files]` manifest wrote: JSON where it lists one (only
        regens that write manifests write JSON snapshots, always in `.generator/`), else YAML."""
        json_snapshot = f"{RECORDS_DIR}/{JSON_SPEC_SNAPSHOT}"
        return json_snapshot if manifest and json_snapshot in manifest else self.snapshot


RECORDS = Records(
    f"{RECORDS_DIR}/{PROVENANCE_FILE}", f"{RECORDS_DIR}/{SPEC_SNAPSHOT}", f"{RECORDS_DIR}/{SURFACE_RECORD}"
)


def legacy_records(package: str) -> Records:
    """Where regens kept the records before they moved out of the package; read only, to migrate."""
    return Records(f"{package}/{PROVENANCE_FILE}", f"{package}/{SPEC_SNAPSHOT}", f"{package}/surface.yaml")


def records_in(project_dir: Path, package: str) -> Records:
    """The records of the regen that wrote `project_dir`: in `.generator/`, or, for an output
    that no regen has migrated yet, inside the package."""
    legacy = legacy_records(package)
    if not (project_dir / RECORDS.provenance).is_file() and (project_dir / legacy.provenance).is_file():
        return legacy
    return RECORDS


# Written beside generated code by tools (Python, mypy, ruff, pytest), never by the generator.
TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def tree_files(root: Path) -> list[Path]:
    """Every file under `root` that a regen writes or a check compares, sorted; tool caches left out."""
    return sorted(p for p in root.rglob("*") if p.is_file() and not TOOL_CACHES.intersection(p.relative_to(root).parts))


def tree_digest(root: Path, files: list[Path] | None = None) -> str:
    """Hash of each file's relative path and bytes under `root`: `files` (sorted), else every
    file (`tree_files`)."""
    digest = hashlib.sha256()
    for path in tree_files(root) if files is None else files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def tool_version(distribution: str) -> str:
    """A tool's installed version, for the record."""
    return installed_version(distribution) or "not installed"


def generator_version() -> str:
    # not asked of importlib.metadata: every regen reads this, and the generator is run from its
    # checkout (no distribution), where that would only load `email` to say so
    found = installed_version("altegio-activity-generator", metadata=False)
    if found is not None:
        return found
    # not installed as a distribution: read our own pyproject
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    return str(tomllib.loads(pyproject.read_text())["project"]["version"])


def file_hashes(project_dir: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file a regen wrote under `project_dir` (the provenance file aside)."""
    hashes = {}
    for path in tree_files(project_dir):
        with path.open("rb") as handle:  # in chunks: the surface record of a large client runs to tens of MB
            hashes[path.relative_to(project_dir).as_posix()] = hashlib.file_digest(handle, "sha256").hexdigest()
    hashes.pop(RECORDS.provenance, None)
    return hashes


def files_digest(hashes: dict[str, str]) -> str:
    """One hash for a manifest of file hashes."""
    digest = hashlib.sha256()
    for name in sorted(hashes):
        digest.update(f"{name}\0{hashes[name]}\0".encode())
    return digest.hexdigest()


def write_provenance(project_dir: Path, record: dict[str, Any], files: dict[str, str]) -> None:
    """The record, then `[files]`: every file the regen wrote, relative to the project directory,
    with its hash. That manifest is what the generator owns there; anything else is the user's."""
    lines = [f"# {HEADER_TEXT}"]
    lines += [f"{key} = {toml_value(value)}" for key, value in record.items()]
    lines += ["", "[files]"]
    lines += [f"{toml_value(name)} = {toml_value(files[name])}" for name in sorted(files)]
    (project_dir / RECORDS.provenance).write_text("\n".join(lines) + "\n", encoding="utf-8")


def toml_value(value: Any) -> str:
    """A TOML literal for a string, number or boolean. JSON's string syntax is TOML's basic string,
    except that TOML wants DEL escaped and no surrogate escapes (so non-ASCII text stays as is)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    return json.dumps(value)


def recorded_files(record: dict[str, Any] | None) -> dict[str, str] | None:
    """The `[files]` manifest of a provenance record; None for a record written before it existed."""
    files = (record or {}).get("files")
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        return None
    return {str(name): value for name, value in files.items()}


def file_sha256(path: Path) -> str | None:
    """The hash of a regular file (read as a record: no link, FIFO or device); None for anything else."""
    try:
        return hashlib.sha256(records.read_record(path)).hexdigest()
    except (OSError, ValueError, InputError):
        return None


def read_provenance(project_dir: Path, package: str) -> dict[str, Any] | None:
    """The provenance record of the regen that wrote `project_dir` (see `records_in`); None when
    there is none or it is not TOML. `InputError` naming it when it is not a regular file, is too
    large, or its `[files]` names what a regen never writes."""
    path = project_dir / records_in(project_dir, package).provenance
    try:
        text = records.read_record(path).decode("utf-8")
        record = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    records.check_manifest(record, project_dir, path, text)
    return record


def write_spec_snapshot(project_dir: Path, doc: Document) -> None:
    """The spec this package was made from, so the next regen can report what changed.

    A dump of the spec's data in its own format, not its text: bytes the generator chooses (line
    ends, trailing blanks, the last newline), which a repository's line-ending conversion or
    whitespace hooks leave as they are, so the record still matches its hash in a fresh clone.
    A JSON spec's is JSON, on one line: the standard library writes it and the next regen reads
    it back ten times faster than YAML, and as JSON (PyYAML reads JSON's `1e5` as text); and
    unindented, it is never much larger than the spec (indentation adds its depth to every value:
    a deep document's indented dump can run past the records' cap). YAML's is dumped straight
    into the file: a large spec's text is never held whole.
    """
    if doc.path.suffix.lower() == ".json":
        text = json.dumps(doc.data, ensure_ascii=False, separators=(",", ":"))
        (project_dir / RECORDS_DIR / JSON_SPEC_SNAPSHOT).write_text(text + "\n", encoding="utf-8")
        return
    import yaml  # here: a regen with nothing to do writes no snapshot, and never loads yaml

    # libyaml's emitter writes the same bytes as PyYAML's pure-Python one, four times faster.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with (project_dir / RECORDS.snapshot).open("w", encoding="utf-8") as out:
        out.write(f"# {HEADER_TEXT}\n")
        yaml.dump(doc.data, out, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
