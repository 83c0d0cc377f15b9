"""The regen pipeline: load, validate, render, format, record, then publish in one step.

Each stage lives in its own module; this one only orders them and owns the staging directory,
which is deleted whatever happens, so a failed run leaves the output as it was.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator import publish
from generator.config import Settings
from generator.errors import InputError
from generator.fmt import format_tree
from generator.load import Document, load_document
from generator.provenance import (
    add_headers,
    provenance,
    read_provenance,
    write_provenance,
    write_spec_snapshot,
)
from generator.render import RUNTIME_DIR, render
from generator.validate import validate_document

INITIAL_VERSION = "1.0.0"


@dataclass
class Built:
    root: Path  # the staging output directory, holding the project directory
    doc: Document


def settings_digest(settings: Settings) -> str:
    relevant = {
        "project_name": settings.project_name,
        "package_name": settings.package_name,
        "login_operation": settings.login_operation,
        "auth": settings.auth,
        "upstream": settings.upstream,
    }
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()


def load_spec(settings: Settings) -> Document:
    doc = load_document(settings.spec)
    for warning in validate_document(doc, allow_external_refs=settings.allow_external_refs):
        print(warning, file=sys.stderr)
    return doc


def build(settings: Settings, into: Path) -> Built:
    """Generate the whole output tree under `into` (an empty directory)."""
    doc = load_spec(settings)
    project_dir = into / settings.project_name
    package_dir = project_dir / settings.package_name
    previous = read_provenance(settings.package_dir) or {}
    version = str(previous.get("package_version", INITIAL_VERSION))
    render(doc, _with_version(settings, version), project_dir)
    runtime = package_dir / "_runtime"
    shutil.rmtree(runtime)  # copied again verbatim after formatting, which must not touch it
    add_headers(project_dir)
    format_tree(project_dir)
    shutil.copytree(
        settings.templates / RUNTIME_DIR, runtime, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    write_spec_snapshot(package_dir, doc.data)
    record = provenance(
        doc.raw,
        settings.templates,
        settings_digest(settings),
        {"package_version": version, "spec_version": str(doc.data.get("info", {}).get("version", ""))},
    )
    write_provenance(package_dir, record)
    return Built(root=into, doc=doc)


def _with_version(settings: Settings, version: str) -> Settings:
    from dataclasses import replace

    return replace(settings, upstream={**settings.upstream, "package_version_override": version})


def _guard_output(settings: Settings) -> None:
    """Refuse to replace a directory this generator did not make."""
    output = settings.output
    if not output.exists() or not any(output.iterdir()):
        return
    if read_provenance(settings.package_dir) is None:
        raise InputError(
            output,
            "exists and does not hold a client generated here (no "
            f"{settings.project_name}/{settings.package_name}/provenance.toml); refusing to replace it",
        )


def regen(settings: Settings) -> None:
    with publish.output_lock(settings.output):
        publish.recover(settings.output)
        _guard_output(settings)
        staging = publish.staging_dir(settings.output)
        try:
            build(settings, staging)
            publish.replace_dir(staging, settings.output)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def check(settings: Settings) -> list[str]:
    """Regenerate into a temporary directory; return a unified diff against the output (empty: in sync)."""
    with tempfile.TemporaryDirectory(prefix="altegio-check-") as tmp:
        built = build(settings, Path(tmp))
        return diff_trees(settings.output, built.root)


def diff_trees(current: Path, expected: Path) -> list[str]:
    def files(root: Path) -> dict[str, Path]:
        if not root.is_dir():
            return {}
        return {
            p.relative_to(root).as_posix(): p
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
        }

    have, want = files(current), files(expected)
    lines: list[str] = []
    for name in sorted(have.keys() | want.keys()):
        old = have[name].read_bytes() if name in have else b""
        new = want[name].read_bytes() if name in want else b""
        if old == new:
            continue
        lines += difflib.unified_diff(
            old.decode("utf-8", "replace").splitlines(keepends=True),
            new.decode("utf-8", "replace").splitlines(keepends=True),
            fromfile=f"a/{name}" if name in have else "/dev/null",
            tofile=f"b/{name}" if name in want else "/dev/null",
        )
    return lines
