"""User programs against the public API type-check under `mypy --strict`: the function-style
program, the resource-style one, and every Python example of the generated README."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT

PROGRAM = Path(__file__).with_name("typed_user_program.py")
RESOURCE_PROGRAM = Path(__file__).with_name("typed_resource_program.py")


def _mypy_strict(tmp_path: Path, *paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "MYPYPATH": str(PROJECT)},
    )


@pytest.mark.slow
def test_a_user_program_passes_mypy_strict(tmp_path: Path) -> None:
    result = _mypy_strict(tmp_path, PROGRAM, RESOURCE_PROGRAM)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


@pytest.mark.slow
def test_every_readme_example_passes_mypy_strict(tmp_path: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", (PROJECT / "README.md").read_text(), flags=re.S)
    assert len(blocks) > 40  # the guide and one example per resource method and per operation
    examples = tmp_path / "examples"
    examples.mkdir()
    for number, code in enumerate(blocks):
        (examples / f"example_{number:02d}.py").write_text(code)
    result = _mypy_strict(tmp_path, examples)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_the_resource_program_is_checked_for_real(tmp_path: Path) -> None:
    """A wrong call in the same style fails: the check above is not vacuous."""
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from altegio_activity import AltegioClient\n"
        "with AltegioClient('p') as client:\n"
        "    client.events.get(4564, 1.5)\n"
        "    client.events.create(4564, capacity='nine')\n"
    )
    result = _mypy_strict(tmp_path, wrong)
    assert result.returncode == 1
    assert "wrong.py:3: error" in result.stdout and "wrong.py:4: error" in result.stdout
