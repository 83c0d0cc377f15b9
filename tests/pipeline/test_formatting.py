"""ruff's passes over the rendered tree: started in the background, with the cores the run leaves them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.checks import fmt
from generator.errors import InputError


@pytest.mark.parametrize(("cores", "threads"), [(1, "1"), (2, "1"), (3, "1"), (8, "6")])
def test_ruff_gets_the_cores_the_generator_and_the_import_check_leave(
    monkeypatch: pytest.MonkeyPatch, cores: int, threads: str
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setenv("RAYON_NUM_THREADS", "64")  # the user's setting is not ruff's to follow here
    environment = fmt._ruff_environment()
    assert environment["RAYON_NUM_THREADS"] == threads
    assert environment["PATH"] == os.environ["PATH"]


def test_both_passes_format_the_tree_in_place(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("import os, sys\nx = {'a':1}\nprint(sys)\n", encoding="utf-8")
    with fmt.Formatting(tmp_path) as formatting:
        assert formatting.succeeded()
    assert module.read_text(encoding="utf-8") == 'import sys\n\nx = {"a": 1}\nprint(sys)\n'


def test_code_ruff_cannot_read_is_refused(tmp_path: Path) -> None:
    (tmp_path / "module.py").write_text("def (:\n", encoding="utf-8")
    with fmt.Formatting(tmp_path) as formatting, pytest.raises(InputError, match="rejected the generated code"):
        formatting.wait()


def test_leaving_early_stops_ruff_and_closes_its_pipe(tmp_path: Path) -> None:
    """The run failed elsewhere while ruff was at work: ruff is stopped and reaped, and no pipe
    of it is left for the garbage collector (a ResourceWarning under pytest)."""
    (tmp_path / "module.py").write_text("x = 1\n")
    formatting = fmt.Formatting(tmp_path).__enter__()
    process = formatting._process
    assert process is not None and process.stderr is not None
    formatting.__exit__(None, None, None)
    assert process.returncode is not None
    assert process.stderr.closed
