"""Skip mode does work linear in the number of things upstream cannot generate.

The work is counted, not timed: the lines run in `generator/render/render.py` (where the left-out
pieces are gathered, named and told apart from the build's own problems) while a document with a
few thousand unsupported operations renders. Going from 750 to 3,000 such operations must cost
about four times the lines, not sixteen; a run that passes any sane linear budget stops at once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from generator.config import load_settings
from generator.pipeline import load_spec
from generator.render import left_out as left_out_module
from generator.render import render as render_module
from generator.upstream.shared_copies import spec_values_shared
from tests.conftest import ROOT

PLAIN = ROOT / "tests" / "configs" / "plain.toml"
BUDGET_PER_PROBLEM = 400  # lines of render.py per left-out operation: far above what linear code needs


class _OverBudget(Exception):
    pass


def _document(path: Path, unsupported: int) -> Path:
    paths: dict[str, Any] = {"/ok": {"get": {"operationId": "ok", "responses": {"204": {"description": "ok"}}}}}
    for i in range(unsupported):
        body = {"required": True, "content": {"image/png": {"schema": {"type": "string", "format": "binary"}}}}
        paths[f"/p{i}"] = {
            "put": {"operationId": f"put_{i}", "requestBody": body, "responses": {"204": {"description": "x"}}}
        }
    path.write_text(json.dumps({"openapi": "3.0.3", "info": {"title": "Many", "version": "1"}, "paths": paths}))
    return path


def _lines_rendering(tmp_path: Path, unsupported: int) -> int:
    spec = _document(tmp_path / f"many-{unsupported}.json", unsupported)
    settings = load_settings(PLAIN, spec=spec, output=tmp_path / f"out-{unsupported}", skip_unsupported=True)
    doc, validated = load_spec(settings)
    budget = BUDGET_PER_PROBLEM * unsupported
    count = 0
    watched = {render_module.__file__, left_out_module.__file__}

    def local(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
            if count > budget:
                raise _OverBudget(
                    f"over {budget} lines of render.py and left_out.py for {unsupported} left-out operations"
                )
        return local

    def on_call(frame: FrameType, event: str, arg: object) -> Any:
        return local if frame.f_code.co_filename in watched else None

    sys.settrace(on_call)
    try:
        with spec_values_shared():
            rendered = render_module.render(doc, validated, settings, settings.project_dir)
    finally:
        sys.settrace(None)
    assert len(rendered.left_out) == unsupported
    assert all(left.what == f"PUT /p{i}" for i, left in enumerate(rendered.left_out))
    return count


def test_skip_mode_work_is_linear_in_the_left_out_operations(tmp_path: Path) -> None:
    small = _lines_rendering(tmp_path, 750)
    large = _lines_rendering(tmp_path, 3000)
    assert large < 5 * small, (small, large)  # four times the problems: about four times the work
