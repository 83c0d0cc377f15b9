"""The bench's stage profile (`bench/stages.py`) times functions by name: one that was renamed or
moved would drop out of the table without a word."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from bench.stages import OUR_STAGES


@pytest.mark.parametrize(("label", "target"), [(label, target) for label, target, _ in OUR_STAGES])
def test_each_stage_names_a_function_that_exists(label: str, target: str) -> None:
    module_name, _, path = target.partition(":")
    found: Any = importlib.import_module(module_name)
    for name in path.split("."):
        found = getattr(found, name)
    assert callable(found), label
