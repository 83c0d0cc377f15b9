"""Shared paths and helpers. The generated package is imported from generated/, as users vendor it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "altegio-activity.yaml"
GENERATED = ROOT / "generated"
PROJECT = GENERATED / "altegio-activity-client"
REALWORLD_SPECS = ROOT / "tests" / "realworld"

if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))
# Importing the client from there must not write __pycache__ into generated/: only the generator writes it.
sys.dont_write_bytecode = True


def run_generator(*args: str | os.PathLike[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` from the repository root, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )
