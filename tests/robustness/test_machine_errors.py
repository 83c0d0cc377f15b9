"""Failures of the machine, not of the input: a read-only or full file system, or any write refused.

Each must exit 3 with one line that names the path and the OS error and says truthfully what
state the output is in; nothing may be blamed on the spec, and nothing may be left beside the
project directory. A real read-only and a real full file system need a private mount namespace
(`unshare`), which the tests use where the machine allows it; everywhere, an `OSError` is also
injected at writes spread over a whole regen.
"""

from __future__ import annotations

import builtins
import errno
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import publish
from tests.conftest import GENERATED, ROOT, SPEC
from tests.robustness.support import leftovers, run_in_process, tree_hash

PROJECT = "altegio-activity-client"
# `PATH: strerror (ENAME) while doing something; state`
MACHINE_ERROR = re.compile(r"^(?P<path>/\S*): (?P<reason>[^()]+) \((?P<name>E[A-Z]+)\) while [^;]+; (?P<state>.+)$")


def renamed_spec(tmp_path: Path) -> Path:
    """A spec with one change, so a regen over the committed client has something to write."""
    spec = tmp_path / "spec.yaml"
    text = SPEC.read_text(encoding="utf-8").replace("operationId: get_event_v2", "operationId: fetch_event_v2")
    spec.write_text(text.replace("x-replaced-by: get_event_v2", "x-replaced-by: fetch_event_v2"), encoding="utf-8")
    return spec


def copy_of_generated(where: Path) -> Path:
    shutil.copytree(GENERATED, where, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    return where


def assert_machine_error(stderr: str, errname: str, mount: Path) -> re.Match[str]:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    match = MACHINE_ERROR.match(lines[0])
    assert match, stderr
    assert match["name"] == errname, stderr
    assert Path(match["path"]).is_relative_to(mount), stderr
    assert "spec" not in match["path"] and "Traceback" not in stderr
    return match


# --- a real read-only and a real full file system -----------------------------------------------------------


def _can_mount() -> bool:
    if not shutil.which("unshare") or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || mount -t tmpfs -o size=64k tmpfs /tmp",
        ],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(), reason="no private mount namespace (unshare) on this machine")

SCRIPT = """
set -u
mount -t tmpfs -o size=64m tmpfs "$MOUNT"
cp -r "$OLD" "$MOUNT/out"
used=$(du -sk "$MOUNT" | cut -f1)
if [ "$MODE" = ro ]; then
    mount -o remount,ro "$MOUNT"
else
    mount -o remount,size=$((used + EXTRA))k "$MOUNT"
fi
"$PYTHON" -m generator regen --spec "$SPEC" --output "$MOUNT/out" 2>"$RESULT/stderr"
echo $? >"$RESULT/code"
cp -a "$MOUNT/out" "$RESULT/after"
"""


def regen_on_tmpfs(tmp_path: Path, mode: str, extra_kb: int = 0) -> tuple[int, str, Path, Path]:
    mount, result = tmp_path / "mnt", tmp_path / "result"
    mount.mkdir()
    result.mkdir()
    old = copy_of_generated(tmp_path / "old")
    env = {
        **os.environ,
        "MOUNT": str(mount),
        "OLD": str(old),
        "MODE": mode,
        "EXTRA": str(extra_kb),
        "PYTHON": sys.executable,
        "SPEC": str(renamed_spec(tmp_path)),
        "RESULT": str(result),
    }
    subprocess.run(["unshare", "-rm", "sh", "-c", SCRIPT], cwd=ROOT, env=env, check=True, timeout=300)
    code = int((result / "code").read_text())
    return code, (result / "stderr").read_text(), old, result / "after"


@needs_mount
@pytest.mark.slow
def test_a_read_only_file_system_is_reported_as_such(tmp_path: Path) -> None:
    code, stderr, old, after = regen_on_tmpfs(tmp_path, "ro")
    assert code == 3, stderr
    match = assert_machine_error(stderr, "EROFS", tmp_path / "mnt")
    assert match["state"] == publish.UNCHANGED
    assert tree_hash(after / PROJECT) == tree_hash(old / PROJECT)


@needs_mount
@pytest.mark.parametrize("extra_kb", [4, 60, 200, 350, 480])
@pytest.mark.slow
def test_a_full_file_system_is_reported_as_such(tmp_path: Path, extra_kb: int) -> None:
    """Room for a few kilobytes up to nearly the whole new tree: the failure comes at different stages."""
    code, stderr, old, after = regen_on_tmpfs(tmp_path, "full", extra_kb)
    if code == 0:  # it fitted after all (the tree shrank?): then it must be the new tree, complete
        assert "fetch_event_v2" in (after / PROJECT / ".generator" / "surface.json").read_text(), stderr
        assert leftovers(after) == []
        return
    assert code == 3, stderr
    match = assert_machine_error(stderr, "ENOSPC", tmp_path / "mnt")
    assert match["reason"] == os.strerror(errno.ENOSPC)
    assert match["state"] == publish.UNCHANGED
    assert tree_hash(after / PROJECT) == tree_hash(old / PROJECT)
    assert leftovers(after) == []


# --- an OSError injected at writes all through a regen ------------------------------------------------------


class Injector:
    """Counts the writes of a regen (files opened for writing, directories made, renames, links,
    the swap) and fails the `fail_at`-th one with ENOSPC."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.count, self.fail_at = 0, fail_at

    def hit(self, path: Any) -> None:
        self.count += 1
        if self.count == self.fail_at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), os.fspath(path))

    def installed(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real_open, real_rename, real_link, real_mkdir = builtins.open, os.rename, os.link, os.mkdir
        real_exchange = publish._exchange

        def opening(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if isinstance(file, (str, os.PathLike)) and any(flag in mode for flag in "wax+"):
                self.hit(file)
            return real_open(file, mode, *args, **kwargs)

        def renaming(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            self.hit(dst)
            real_rename(src, dst, *args, **kwargs)

        def linking(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            self.hit(dst)
            real_link(src, dst, *args, **kwargs)

        def making(path: Any, *args: Any, **kwargs: Any) -> None:
            if not os.path.isdir(path):  # making what exists writes nothing
                self.hit(path)
            real_mkdir(path, *args, **kwargs)

        def exchanging(a: Path, b: Path) -> bool:
            self.hit(b)
            return real_exchange(a, b)

        monkeypatch.setattr(builtins, "open", opening)
        monkeypatch.setattr("io.open", opening)
        monkeypatch.setattr(os, "rename", renaming)
        monkeypatch.setattr(os, "link", linking)
        monkeypatch.setattr(os, "mkdir", making)
        monkeypatch.setattr(publish, "_exchange", exchanging)


@pytest.fixture(scope="module")
def write_count(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    tmp = tmp_path_factory.mktemp("count")
    output = copy_of_generated(tmp / "out")
    spec = renamed_spec(tmp)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.chdir(ROOT)
        counter = Injector()
        counter.installed(monkeypatch)
        run = run_in_process("regen", "--spec", spec, "--output", output)
    assert run.code == 0, run.stderr
    assert counter.count > 50, "the injector sees too few writes to be spread over the run"
    yield counter.count


# Fractions of a regen's writes: the lock, staging, rendering, headers, runtime, records, the swap.
POINTS = [0.0, 0.02, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.95, 0.99, 1.0]


@pytest.mark.parametrize("point", POINTS)
@pytest.mark.slow
def test_a_write_refused_anywhere_is_reported_truthfully(
    point: float, write_count: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    output = copy_of_generated(tmp_path / "out")
    old_hash = tree_hash(output / PROJECT)
    spec = renamed_spec(tmp_path)
    fail_at = max(1, round(point * write_count))
    Injector(fail_at).installed(monkeypatch)

    run = run_in_process("regen", "--spec", spec, "--output", output)

    monkeypatch.undo()
    assert run.code == 3, f"write {fail_at} of {write_count}: {run.stderr}"
    match = assert_machine_error(run.stderr, "ENOSPC", tmp_path)
    if match["state"] == publish.UNCHANGED:
        assert tree_hash(output / PROJECT) == old_hash
    else:
        assert match["state"].startswith("the new client is in place"), run.stderr
        assert "fetch_event_v2" in (output / PROJECT / ".generator" / "surface.json").read_text()
    assert leftovers(output) == []


@pytest.mark.slow
def test_an_old_tree_that_cannot_be_removed_is_reported_with_the_new_one_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    output = copy_of_generated(tmp_path / "out")
    spec = renamed_spec(tmp_path)
    real_remove = publish.remove_tree

    def refusing(path: Path) -> None:
        if path.name == PROJECT or path.name.endswith(".old"):  # the old tree, after the swap
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        real_remove(path)

    monkeypatch.setattr(publish, "remove_tree", refusing)
    run = run_in_process("regen", "--spec", spec, "--output", output)
    monkeypatch.undo()

    assert run.code == 3, run.stderr
    match = assert_machine_error(run.stderr, "EACCES", tmp_path)
    assert match["state"].startswith(f"the new client is in place in {output / PROJECT}, but "), run.stderr
    assert match["state"].endswith("could not be removed (the next regen retries)")
    assert "fetch_event_v2" in (output / PROJECT / ".generator" / "surface.json").read_text()
    assert leftovers(output) != []
    again = run_in_process("regen", "--spec", spec, "--output", output)
    assert again.code == 0, again.stderr
    assert leftovers(output) == []


def test_windows_is_refused_at_start_without_blaming_the_spec(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.cli import main

    monkeypatch.setattr(sys, "platform", "win32")
    assert main(["regen", "--spec", "does-not-exist.yaml"]) == 2
    err = capsys.readouterr().err
    assert err == "python -m generator: Windows is not supported; run it on Linux or macOS\n"


# --- a helper killed from outside -------------------------------------------------------------------------


def _killing_itself(path: Path, shebang: str, body: str) -> Path:
    path.write_text(f"{shebang}\n{body}\n")
    path.chmod(0o755)
    return path


@pytest.mark.parametrize("helper", ["ruff", "import check"])
def test_a_helper_killed_from_outside_is_a_machine_fault(
    helper: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    from generator.checks import fmt, import_gate

    monkeypatch.chdir(ROOT)
    output = copy_of_generated(tmp_path / "out")
    old_hash = tree_hash(output / PROJECT)
    if helper == "ruff":
        killer = _killing_itself(tmp_path / "ruff", "#!/bin/sh", "kill -KILL $$")
        monkeypatch.setattr(fmt, "_ruff_binary", lambda: str(killer))
        doing = "formatting the generated code (ruff check)"
    else:
        killer = _killing_itself(tmp_path / "child.py", "", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)")
        monkeypatch.setattr(import_gate, "CHILD_PROGRAM", str(killer))
        doing = "checking the generated package"

    run = run_in_process("regen", "--force", "--output", output)

    monkeypatch.undo()
    assert run.code == 3, run.stderr
    assert run.stderr == (
        f"{killer}: killed by SIGKILL (signal 9) from outside the generator while {doing}; "
        "not a problem of the spec; the output directory is unchanged; run again\n"
    )
    assert tree_hash(output / PROJECT) == old_hash
    assert leftovers(output) == []
