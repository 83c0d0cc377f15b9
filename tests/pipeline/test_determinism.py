"""Two regens under different hash seeds give byte-identical trees."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.release.provenance import tree_digest
from tests.conftest import run_generator


@pytest.mark.slow
def test_regen_is_byte_identical_under_different_hash_seeds(tmp_path: Path) -> None:
    digests = []
    for seed in ("0", "4242"):
        output = tmp_path / f"seed-{seed}"
        result = run_generator("regen", "--output", output, env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        digests.append(tree_digest(output))
    assert digests[0] == digests[1]
