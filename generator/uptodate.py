"""Decide cheaply that a regen has nothing to do, without skipping what proves it.

The output is up to date when the provenance it carries matches the inputs as they are now
(spec bytes, templates, settings, generator source, tool versions) and the tree still hashes to
what that regen wrote. Only hashing happens here: this module must not import the renderer, so
that a no-change `make regen` costs little more than starting Python.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.config import Settings
from generator.provenance import PROVENANCE_FILE, generator_version, read_provenance, tree_digest

GENERATOR_DIR = Path(__file__).resolve().parent


def settings_digest(settings: Settings) -> str:
    relevant = {
        "project_name": settings.project_name,
        "package_name": settings.package_name,
        "login_operation": settings.login_operation,
        "skip_unsupported": settings.skip_unsupported,
        "auth": settings.auth,
        "upstream": settings.upstream,
    }
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()


def source_digest() -> str:
    """The generator's own code: a change to it must not be mistaken for 'nothing changed'."""
    digest = hashlib.sha256()
    for path in sorted(GENERATOR_DIR.rglob("*.py")):
        digest.update(path.relative_to(GENERATOR_DIR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def inputs_record(spec_bytes: bytes, settings: Settings) -> dict[str, Any]:
    """What the provenance file records about the inputs of a regen."""
    return {
        "spec_sha256": hashlib.sha256(spec_bytes).hexdigest(),
        "templates_sha256": tree_digest(settings.templates),
        "settings_sha256": settings_digest(settings),
        "generator_sha256": source_digest(),
        "generator_version": generator_version(),
        "openapi_python_client_version": version("openapi-python-client"),
        "ruff_version": version("ruff"),
    }


def output_digest(project_dir: Path) -> str:
    """Hash of the generated project, except the provenance file that records it."""
    return tree_digest(project_dir, skip=PROVENANCE_FILE)


def is_up_to_date(settings: Settings) -> bool:
    record = read_provenance(settings.package_dir)
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
    return record.get("output_sha256") == output_digest(settings.project_dir)
