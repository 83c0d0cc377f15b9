"""ruff's passes over the rendered tree: started in the background, with the cores the run leaves them."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from typing import Any

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


def test_leaving_early_stops_ruff_and_closes_its_pipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run failed elsewhere while ruff was at work: ruff is stopped and reaped, no pipe of it
    is left for the garbage collector (a ResourceWarning under pytest), and no later pass starts."""
    (tmp_path / "module.py").write_text("x = 1\n")
    started: list[subprocess.Popen[bytes]] = []
    popen = subprocess.Popen

    def slow_ruff(args: list[str], **options: Any) -> subprocess.Popen[bytes]:
        process = popen(["sleep", "30"], **options)  # a pass that is still at work when the run fails
        started.append(process)
        return process

    monkeypatch.setattr(subprocess, "Popen", slow_ruff)
    formatting = fmt.Formatting(tmp_path).__enter__()
    while not started:  # the first pass is running
        time.sleep(0.01)
    formatting.__exit__(None, None, None)
    assert len(started) == 1
    (process,) = started
    assert process.returncode is not None and process.returncode < 0
    assert process.stderr is not None and process.stderr.closed


def test_the_second_pass_starts_as_the_first_ends_without_the_caller(tmp_path: Path) -> None:
    """The caller works on while ruff runs; the format pass does not wait for the caller to ask."""
    module = tmp_path / "module.py"
    module.write_text("import os, sys\nx = {'a':1}\nprint(sys)\n", encoding="utf-8")
    with fmt.Formatting(tmp_path) as formatting:
        deadline = time.monotonic() + 60
        while module.read_text(encoding="utf-8") != 'import sys\n\nx = {"a": 1}\nprint(sys)\n':
            assert time.monotonic() < deadline, "the format pass never ran"
            time.sleep(0.01)
        assert formatting.succeeded()


def test_a_pass_that_cannot_start_is_raised_to_the_caller(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_ruff(args: list[str], **options: Any) -> subprocess.Popen[bytes]:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(subprocess, "Popen", no_ruff)
    with fmt.Formatting(tmp_path) as formatting, pytest.raises(OSError, match="Too many open files"):
        formatting.succeeded()


@pytest.mark.slow
@pytest.mark.parametrize("document", ["spec/altegio-activity.yaml", "tests/realworld/discourse.json"])
def test_ruffs_fix_pass_finds_nothing_to_rewrite_in_the_rendered_modules(
    document: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The templates write imports as ruff's sorter leaves them, only the ones the code uses, and
    URLs as f-strings: a module ruff's fix pass rewrites it parses again and again, and such
    rewrites were most of that pass's time on large clients (`render.imports`)."""
    import shutil

    from generator.cli import main
    from tests.conftest import ROOT

    rendered = tmp_path / "rendered"
    start = fmt.Formatting.__enter__

    def copied_first(self: fmt.Formatting) -> fmt.Formatting:
        shutil.copytree(self.project_dir, rendered)  # as render wrote it, before ruff
        return start(self)

    monkeypatch.setattr(fmt.Formatting, "__enter__", copied_first)
    config = ROOT / "tests" / "configs" / "realworld.toml"
    args = ["--config", str(config), "regen", "--spec", str(ROOT / document), "--output", str(tmp_path / "out")]
    assert main([*args, "--skip-unsupported"]) == 0
    modules = [str(path) for part in ("models", "api", "resources") for path in rendered.glob(f"*/{part}")]
    assert len(modules) == 3
    rules = "F401,I001,UP032"  # unused imports, unsorted ones, `.format` calls
    command = [fmt._ruff_binary(), "check", "--isolated", "--no-cache", "--select", rules, "--target-version", "py311"]
    found = subprocess.run([*command, "--output-format", "concise", *modules], capture_output=True, text=True)
    assert found.returncode == 0, found.stdout
