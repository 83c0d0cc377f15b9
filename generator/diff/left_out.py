"""Operations regen leaves out of the client with `skip_unsupported`, so that a change which makes
the generator drop an operation is reported as the function it removes (or, the other way, adds),
not as the spec edit that caused it.

What is left out is what `render.plan` leaves out (our checks, then upstream's parse of the
document), as regen with `skip_unsupported` finds it before writing anything; an operation whose
written module would not import, which regen finds only by importing it, is not foreseen here. A
document upstream cannot read at all (valid OpenAPI it has no model for) gives no client to
subtract from: None.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from generator.errors import InputError
from generator.render.render import plan
from generator.settings import Settings
from generator.spec.load import Document
from generator.spec.model import Operation
from generator.spec.validate import validate_for

LeftOutReasons = dict[str, str]
"""`METHOD /path` of each operation left out, with why."""


def left_out_operations(document: Document, settings: Settings) -> LeftOutReasons | None:
    try:
        validated = validate_for(document, settings)
        with tempfile.TemporaryDirectory() as scratch:
            planned = plan(document, validated, settings, Path(scratch) / settings.project_name)
    except InputError:
        return None
    operations = {operation.route for operation in validated.model.operations}
    return {item.what: item.reason for item in planned.left_out if item.what in operations}


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
    return None if left_out is None else left_out.get(operation.route)
