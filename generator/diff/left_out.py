"""Operations regen leaves out of the client with `skip_unsupported`, so that a change which makes
the generator drop an operation is reported as the function it removes (or, the other way, adds),
not as the spec edit that caused it.

What is left out is worked out the way `render` does (our checks, then upstream's parse of the
document), without writing anything. A document upstream cannot read at all (valid OpenAPI it has
no model for) gives no client to subtract from: None.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from generator.errors import InputError
from generator.render.left_out import operation_named, unsupported, without_problem_operations
from generator.settings import Settings
from generator.spec.load import Document
from generator.spec.model import Operation
from generator.spec.upstream_model import upstream_model
from generator.spec.validate import validate_document
from generator.upstream.parse import upstream_config

LeftOutReasons = dict[str, str]
"""`METHOD /path` of each operation left out, with why."""


def left_out_operations(document: Document, settings: Settings) -> LeftOutReasons | None:
    try:
        validated = validate_document(document, allow_external_refs=settings.allow_external_refs)
    except InputError:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        config = upstream_config(settings, document.path, Path(scratch) / settings.project_name)
        openapi = upstream_model(validated, config)
        found = [*without_problem_operations(openapi, validated), *unsupported(document, openapi, validated.model)]
    operations = {operation_named(operation) for operation in validated.model.operations}
    return {item.what: item.reason for item in found if item.what in operations}


def default_settings(spec: Path) -> Settings:
    """Settings for a document outside any project: upstream's defaults, names of our own."""
    return Settings(
        root=spec.parent,
        spec=spec,
        output=spec.parent,
        templates=spec.parent,
        project_name="diff-client",
        package_name="diff_client",
        pyproject=spec.parent / "pyproject.toml",  # none: upstream's defaults cannot be wrong
        skip_unsupported=True,
    )


def reason_for(left_out: LeftOutReasons | None, operation: Operation) -> str | None:
    """Why `operation` is left out of the client, or None when it is generated."""
    return None if left_out is None else left_out.get(operation_named(operation))
