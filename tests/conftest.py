"""Shared paths and helpers. The generated package is imported from generated/, as users vendor it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
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

# No test reads or writes the user's own caches and state (the template cache and its key):
# one temporary home for them per session, set before any test runs, so that every subprocess a
# test starts (`run_generator`, `make`, a regen killed halfway) inherits it too.
CACHE_HOME = Path(tempfile.mkdtemp(prefix="altegio-test-xdg-"))
os.environ["XDG_CACHE_HOME"] = str(CACHE_HOME / "cache")
os.environ["XDG_STATE_HOME"] = str(CACHE_HOME / "state")


def pytest_unconfigure() -> None:
    shutil.rmtree(CACHE_HOME, ignore_errors=True)


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
