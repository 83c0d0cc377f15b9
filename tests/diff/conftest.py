"""Fixtures for the diff tests: the base spec they mutate, and a way to run the CLI on a pair."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff.cli import main

BASE_SPEC = Path(__file__).with_name("base_spec.yaml")
_BASE: dict[str, Any] = yaml.safe_load(BASE_SPEC.read_text(encoding="utf-8"))


@pytest.fixture
def base() -> dict[str, Any]:
    """A fresh copy of the base spec, free to mutate."""
    return copy.deepcopy(_BASE)


RunDiff = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> RunDiff:
    """Write both specs as YAML files and run `main`; return exit code, stdout, stderr."""

    def run(old: dict[str, Any], new: dict[str, Any], *options: str) -> tuple[int, str, str]:
        old_path, new_path = tmp_path / "old.yaml", tmp_path / "new.yaml"
        old_path.write_text(yaml.safe_dump(old, sort_keys=False), encoding="utf-8")
        new_path.write_text(yaml.safe_dump(new, sort_keys=False), encoding="utf-8")
        capsys.readouterr()
        code = main([str(old_path), str(new_path), *options])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: generates clients and runs mypy (the oracle); deselect with -m 'not slow'"
    )
