"""The surface record is read from the gate's readings of the modules as rendered, not
from the formatted files: ruff's changes (imports sorted or dropped, syntax modernised,
re-indented) must leave every recorded entry as it is. Held to the record read from the
formatted package, on the committed spec and every real-world document, with the early gate's
child reading most modules (its readings travel as JSON and are placed afterwards)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.checks import early_gate
from generator.cli import main
from generator.release.surface import Surface, surface_record, write_surface_record
from tests.conftest import REALWORLD_SPECS, ROOT, SPEC

DOCUMENTS = [SPEC, *sorted(p for p in REALWORLD_SPECS.iterdir() if p.suffix in (".json", ".yaml"))]
CONFIG = ROOT / "tests" / "configs" / "realworld.toml"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
@pytest.mark.slow
def test_surface_from_the_gates_trees_is_the_formatted_packages(
    document: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded: list[Surface] = []

    def kept(path: Path, surface: Surface) -> None:
        recorded.append(surface)
        write_surface_record(path, surface)

    monkeypatch.setattr(pipeline, "write_surface_record", kept)
    monkeypatch.setattr(early_gate, "BATCH_CHARACTERS", 20_000)  # even a small client's modules
    args = ["--config", str(CONFIG), "regen", "--spec", str(document), "--output", str(tmp_path), "--skip-unsupported"]
    assert main(args) == 0
    assert recorded and recorded[0], "the pipeline records the surface it read from the gate's readings"
    (project,) = (path.parent for path in tmp_path.glob("*/.generator"))
    (package,) = (path.parent.name for path in project.glob("*/_version.py"))
    # Written once the release is known, after the record: the one module the record leaves out.
    from_files = {name: entry for name, entry in surface_record(project, package).items() if "._version" not in name}
    assert recorded[0] == from_files
