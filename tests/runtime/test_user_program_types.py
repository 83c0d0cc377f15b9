"""A user's program against the public API type-checks under `mypy --strict`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT

PROGRAM = Path(__file__).with_name("typed_user_program.py")


@pytest.mark.slow
def test_a_user_program_passes_mypy_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), str(PROGRAM)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "MYPYPATH": str(PROJECT)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
