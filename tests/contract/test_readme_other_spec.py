"""The README guide names this spec's operations only when the spec has them.

A client generated from another document must not tell its users to import `get_event_v2` or
`search_events` when it has no such modules.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import REALWORLD_SPECS, run_generator


def test_a_readme_for_another_spec_shows_no_examples_of_operations_it_lacks(tmp_path: Path) -> None:
    result = run_generator("regen", "--spec", REALWORLD_SPECS / "opc-3.1_specific.openapi.yaml", "--output", tmp_path)
    assert result.returncode == 0, result.stderr
    (readme,) = tmp_path.glob("*/README.md")
    text = readme.read_text()
    assert "get_event_v2" not in text and "search_events" not in text
    for title in ("## Use", "## Async", "## Errors", "## Configuration", "## Closing"):
        assert title in text  # the prose stays
    assert "## Async\n\n`Async" in text  # no gap where an example was left out
    for code in re.findall(r"```python\n(.*?)```", text, flags=re.S):
        ast.parse(code)  # every example that is left is still Python
