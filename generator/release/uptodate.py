"""Decide cheaply that a regen has nothing to do, without skipping what proves it.

The output is up to date when the provenance it carries matches the inputs as they are now
(spec bytes, templates, settings, generator source, tool versions) and every file that regen wrote
(its `[files]` manifest) still hashes to what it wrote; files it did not write are the user's.
Only hashing happens here: this module must not import the renderer, so
that a no-change `make regen` costs little more than starting Python.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from generator.release.provenance import (
    RECORDS,
    file_sha256,
    files_digest,
    generator_version,
    read_provenance,
    recorded_files,
    records_in,
    tool_version,
    tree_digest,
)
from generator.settings import Settings

GENERATOR_DIR = Path(__file__).resolve().parent.parent


def settings_digest(settings: Settings) -> str:
    relevant = {
        "project_name": settings.project_name,
        "package_name": settings.package_name,
        "client_name": settings.client_name,
        "env_prefix": settings.env_prefix,
        "login_operation": settings.login_operation,
        "skip_unsupported": settings.skip_unsupported,
        "auth": settings.auth,
        "upstream": settings.upstream,
    }
    if settings.resources:
        relevant["resources"] = settings.resources
    if settings.migration_guide is not None:  # its text is an input: a new guide is a new regen
        relevant["migration_guide"] = hashlib.sha256(settings.migration_guide.read_bytes()).hexdigest()
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()


def source_digest() -> str:
    """The generator's own code: a change to it must not be mistaken for 'nothing changed'."""
    return tree_digest(GENERATOR_DIR, sorted(GENERATOR_DIR.rglob("*.py")))


def inputs_record(spec_bytes: bytes, settings: Settings) -> dict[str, Any]:
    """What the provenance file records about the inputs of a regen."""
    return {
        "spec_sha256": hashlib.sha256(spec_bytes).hexdigest(),
        "templates_sha256": tree_digest(settings.templates),
        "settings_sha256": settings_digest(settings),
        "generator_sha256": source_digest(),
        "generator_version": generator_version(),
        # not `upstream.installed_version()`: importing generator.upstream loads upstream itself,
        # which a regen with nothing to do never needs
        "openapi_python_client_version": tool_version("openapi-python-client"),
        "ruff_version": tool_version("ruff"),
    }


def live_files(project_dir: Path, manifest: dict[str, str]) -> dict[str, str] | None:
    """The manifest's files as they are now under `project_dir`; None when one is missing.

    Files the manifest does not name are the user's and do not count."""
    hashes: dict[str, str] = {}
    for name in manifest:
        found = file_sha256(project_dir / name)
        if found is None:
            return None
        hashes[name] = found
    return hashes


def is_up_to_date(settings: Settings) -> bool:
    if records_in(settings.project_dir, settings.package_name) != RECORDS:
        return False  # the records are still inside the package: the full run moves them out
    record = read_provenance(settings.project_dir, settings.package_name)
    if record is None:
        return False
    try:
        # Only a regular file: reading a FIFO or a device could block; the full run refuses those.
        if not settings.spec.is_file():
            return False
        spec_bytes = settings.spec.read_bytes()
    except OSError:
        return False  # the full run reports it properly
    expected = inputs_record(spec_bytes, settings)
    if any(record.get(key) != value for key, value in expected.items()):
        return False
    manifest = recorded_files(record)
    if manifest is None:
        return False  # written before provenance listed its files: regenerate to list them
    live = live_files(settings.project_dir, manifest)
    return live == manifest and record.get("output_sha256") == files_digest(manifest)
