"""Documents written elsewhere generate with our templates, and the result compiles and imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REALWORLD_SPECS, ROOT, run_generator

DOCUMENTS = sorted(p for p in REALWORLD_SPECS.iterdir() if p.suffix in (".json", ".yaml"))


def test_the_realworld_corpus_is_present() -> None:
    assert len(DOCUMENTS) >= 4


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_document_generates_compiles_and_imports(document: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    result = run_generator(
        "--config", ROOT / "tests" / "configs" / "realworld.toml", "regen", "--spec", document, "--output", output
    )
    assert result.returncode == 0, result.stderr
    project = output / "realworld-client"
    modules = [
        ".".join(p.relative_to(project).with_suffix("").parts)
        for p in sorted((project / "realworld_client").rglob("*.py"))
    ]
    assert any(".api." in m for m in modules)
    program = (
        "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m.removesuffix('.__init__'))\n"
    )
    imported = subprocess.run(
        [sys.executable, "-c", program, *modules], cwd=project, capture_output=True, text=True, timeout=120
    )
    assert imported.returncode == 0, imported.stderr
