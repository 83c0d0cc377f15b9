"""Interrupted, failed and concurrent regens: the output is always the old tree or the new one.

The kill tests start a real regen on the committed spec over a copy of an older output and
SIGKILL it at points spread over its run (fractions of a measured regen of the same kind, and the
moments its staging directory appears and fills up); each checks that the regen was still running
when it was killed, so a regen that ends early fails the test instead of passing it. Whatever the
timing, the output's hash must be the old tree's or the new one's, and the next regen must clean
up and finish.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import publish
from generator.errors import InputError
from tests.conftest import ROOT, SPEC, run_generator
from tests.robustness.support import (
    leftovers,
    previous_output,
    run_in_process,
    tree_hash,
)

PROJECT, PACKAGE = "altegio-activity-client", "altegio_activity"


class Trees:
    def __init__(self, root: Path) -> None:
        old_spec = root / "old.yaml"
        old_spec.write_text(
            SPEC.read_text(encoding="utf-8").replace("https://api.alteg.io/api", "https://old.alteg.io/api", 1),
            encoding="utf-8",
        )
        self.old, self.new = root / "old", root / "new"
        result = run_generator("regen", "--spec", old_spec, "--output", self.old)
        assert result.returncode == 0, result.stderr
        # The new tree is what a regen makes over the old one: its version and changelog follow
        # from what changed since the old tree.
        shutil.copytree(self.old, self.new, symlinks=True)
        started = time.monotonic()
        result = run_generator("regen", "--output", self.new)
        # What each kill test interrupts: a regen of the committed spec over the old tree.
        self.regen_seconds = time.monotonic() - started
        assert result.returncode == 0, result.stderr
        self.old_hash, self.new_hash = tree_hash(self.old / PROJECT), tree_hash(self.new / PROJECT)
        assert self.old_hash != self.new_hash

    def output(self, where: Path) -> Path:
        """A fresh copy of the old tree, as a user's output directory."""
        shutil.copytree(self.old, where, symlinks=True)
        return where


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> Trees:
    return Trees(tmp_path_factory.mktemp("trees"))


def start_regen(output: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "regen", "--output", str(output)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[str], timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if condition():
            return True
        time.sleep(0.005)
    return False


def staging(output: Path) -> list[Path]:
    return list(output.glob(f".{PROJECT}.staging-*"))


# A float is a fraction of the measured regen's wall time; the last stops short of its end so
# that a regen a little faster than the measured one is still running when it is killed.
KILL_POINTS: dict[str, Callable[[Path], Callable[[], bool]] | float] = {
    "while starting": 0.05,
    "at a fifth": 0.2,
    "at two fifths": 0.4,
    "at three fifths": 0.6,
    "at three quarters": 0.75,
    "when staging appears": lambda out: lambda: bool(staging(out)),
    "when the package is rendered": lambda out: (
        lambda: any((s / PROJECT / PACKAGE / "client.py").exists() for s in staging(out))
    ),
    "when provenance is written": lambda out: (
        lambda: any((s / PROJECT / ".generator" / "provenance.toml").exists() for s in staging(out))
    ),
    "right after the swap": lambda out: lambda: swapped(out),
}


def swapped(output: Path) -> bool:
    """The new tree is in place (its client names the committed spec's server); the old one is being deleted."""
    try:
        return "https://api.alteg.io/api" in (output / PROJECT / PACKAGE / "client.py").read_text(encoding="utf-8")
    except OSError:
        return False


def start_and_reach(point: str, trees: Trees, tmp_path: Path, attempts: int = 3) -> tuple[Path, subprocess.Popen[str]]:
    """Start a regen over a copy of the old tree and return once it reaches `point`, still running.

    A regen that ends first (the machine is less loaded than when the regen was measured, or it
    finished between the moment seen and the kill) is measured and the point tried again on a
    fresh copy; after `attempts` such runs the test fails rather than kill nothing.
    """
    when = KILL_POINTS[point]
    for attempt in range(attempts):
        output = trees.output(tmp_path / f"out-{attempt}")
        started = time.monotonic()
        process = start_regen(output)
        if callable(when):
            reached = wait_for(when(output), process)
        else:
            try:
                process.wait(timeout=when * trees.regen_seconds)
                reached = False
            except subprocess.TimeoutExpired:
                reached = True
        if reached and process.poll() is None:
            return output, process
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 0, stderr
        trees.regen_seconds = time.monotonic() - started
    raise AssertionError(
        f"in {attempts} regens none was still running {point}; the last took {trees.regen_seconds:.1f} s"
    )


@pytest.mark.parametrize("point", KILL_POINTS, ids=KILL_POINTS.keys())
@pytest.mark.slow
def test_a_killed_regen_leaves_the_old_tree_or_the_new_one(point: str, trees: Trees, tmp_path: Path) -> None:
    for attempt in range(3):
        output, process = start_and_reach(point, trees, tmp_path / f"attempt-{attempt}")
        assert process.poll() is None, f"the regen ended before {point}"
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        if process.returncode == -signal.SIGKILL:
            break
        # It finished between the look and the kill (after the swap only cleanup is left): that
        # killed nothing, so try again rather than pass.
        assert process.returncode == 0, f"the regen failed {point}"
    assert process.returncode == -signal.SIGKILL, "in 3 runs the regen exited before the kill reached it"
    assert tree_hash(output / PROJECT) in (trees.old_hash, trees.new_hash), f"killed {point}: a mixed tree"

    with publish.output_lock(output / PROJECT):  # what the next regen does first
        publish.recover(output / PROJECT)
    assert tree_hash(output / PROJECT) in (trees.old_hash, trees.new_hash)
    assert leftovers(output) == []


@pytest.mark.slow
def test_the_regen_after_a_killed_one_completes(trees: Trees, tmp_path: Path) -> None:
    output = trees.output(tmp_path / "out")
    process = start_regen(output)
    assert wait_for(lambda: bool(staging(output)), process)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL, "the regen exited before the kill reached it"
    assert staging(output), "the killed run should have left its staging directory"
    result = run_generator("regen", "--output", output)
    assert result.returncode == 0, result.stderr
    assert tree_hash(output / PROJECT) == trees.new_hash
    assert leftovers(output) == []


@pytest.mark.slow
def test_a_terminated_regen_cleans_up_and_says_so(trees: Trees, tmp_path: Path) -> None:
    output = trees.output(tmp_path / "out")
    process = start_regen(output)
    # Staging appears before the client is rendered: the signal always comes while it works.
    assert wait_for(lambda: bool(staging(output)), process)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    if "interrupted; the new client is in place" in stderr:  # the signal came just after the swap
        assert tree_hash(output / PROJECT) == trees.new_hash
    else:
        assert "interrupted; the output directory is unchanged" in stderr
        assert tree_hash(output / PROJECT) == trees.old_hash
    assert leftovers(output) == []


@pytest.mark.slow
def test_two_regens_at_once_queue_on_the_lock(trees: Trees, tmp_path: Path) -> None:
    output = trees.output(tmp_path / "out")
    first = start_regen(output)
    # Staging is made under the lock: the first holds it from then until it has published. It is
    # held still there, so that the second surely finds the lock taken however loaded the machine.
    assert wait_for(lambda: bool(staging(output)), first)
    first.send_signal(signal.SIGSTOP)
    lines: list[str] = []
    try:
        second = start_regen(output)
        reader = threading.Thread(target=lambda: lines.extend(second.stderr or []), daemon=True)
        reader.start()
        waiting = f"waiting for another regen (pid {first.pid})"
        assert wait_for(lambda: any(waiting in line for line in lines), second, timeout=120), "".join(lines)
    finally:
        first.send_signal(signal.SIGCONT)
    _, first_stderr = first.communicate(timeout=120)
    with second:  # leaving the block closes its pipes
        second.wait(timeout=120)
    reader.join(timeout=10)
    assert first.returncode == 0, first_stderr
    assert second.returncode == 0, "".join(lines)
    assert tree_hash(output / PROJECT) == trees.new_hash
    assert leftovers(output) == []


@pytest.mark.slow
def test_a_waiting_regen_says_what_it_waits_for(trees: Trees, tmp_path: Path) -> None:
    output = trees.output(tmp_path / "out")
    lines: list[str] = []
    with publish.output_lock(output / PROJECT):
        process = start_regen(output)
        reader = threading.Thread(target=lambda: lines.extend(process.stderr or []), daemon=True)
        reader.start()
        assert wait_for(lambda: any("waiting for another regen" in line for line in lines), process, timeout=120)
        assert tree_hash(output / PROJECT) == trees.old_hash  # it waits before touching anything
    with process:  # the lock is free: it finishes; leaving the block closes its pipes
        process.wait(timeout=120)
    reader.join(timeout=10)
    assert process.returncode == 0, "".join(lines)
    assert f"{output / PROJECT}: waiting for another regen (pid {os.getpid()}) to finish writing it\n" in lines
    assert tree_hash(output / PROJECT) == trees.new_hash


def test_the_lock_fails_clearly_when_not_waiting_or_waiting_too_long(tmp_path: Path) -> None:
    output = tmp_path / "out"
    with publish.output_lock(output):
        with pytest.raises(InputError, match=r"another regen \(pid \d+\) is writing this directory"):
            with publish.output_lock(output, wait=False):
                pass
        with pytest.raises(InputError, match=r"has been writing this directory for over 0 s"):
            with publish.output_lock(output, timeout=0.2):
                pass
    with publish.output_lock(output, wait=False):  # released: free again
        pass


# --- the fallback swap, for file systems without renameat2 -------------------------------------------


def fake_tree(root: Path, text: str) -> Path:
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "a.py").write_text(text)
    return root


def test_the_fallback_swap_replaces_the_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(publish, "_exchange", lambda a, b: False)
    output = fake_tree(tmp_path / "out", "old")
    new = fake_tree(publish.staging_dir(output), "new")
    old = publish.replace_dir(new, output)
    assert old is not None and (old / "pkg" / "a.py").read_text() == "old"
    publish.remove_tree(old)
    assert (output / "pkg" / "a.py").read_text() == "new"
    assert leftovers(output) == []


def test_recover_puts_back_a_fallback_swap_killed_between_its_renames(tmp_path: Path) -> None:
    output = fake_tree(tmp_path / "out", "old")
    before = tree_hash(output)
    fake_tree(publish.staging_dir(output), "new")  # the finished tree, never moved in
    os.rename(output, output.with_name(".out.old"))  # the first rename, then the kill
    publish.recover(output)
    assert tree_hash(output) == before
    assert leftovers(output) == []


def test_recover_drops_an_aside_tree_left_after_a_complete_swap(tmp_path: Path) -> None:
    output = fake_tree(tmp_path / "out", "new")
    fake_tree(output.with_name(".out.old"), "old")
    publish.recover(output)
    assert (output / "pkg" / "a.py").read_text() == "new"
    assert leftovers(output) == []


# --- what the output may be --------------------------------------------------------------------------


def test_an_output_that_is_a_file_or_a_link_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    a_file = tmp_path / "file"
    a_file.write_text("keep me")
    link = tmp_path / "link"
    link.symlink_to(previous_output(tmp_path / "real"))
    for output, message in ((a_file, "exists and is not a directory"), (link, "is a symbolic link")):
        run = run_in_process("regen", "--output", output)
        assert run.code == 2 and message in run.stderr, run.stderr
    assert a_file.read_text() == "keep me"
    assert link.is_symlink()


def test_a_project_directory_not_made_here_is_never_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    output = tmp_path / "out"
    (output / PROJECT / "mine").mkdir(parents=True)
    (output / PROJECT / "mine" / "notes.txt").write_text("precious")
    before = tree_hash(output)
    run = run_in_process("regen", "--output", output)
    assert run.code == 2 and "refusing to replace it" in run.stderr
    assert tree_hash(output) == before
    assert leftovers(output) == []


def test_other_things_in_the_output_directory_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    output = tmp_path / "out"
    (output / "vendor" / "otherlib").mkdir(parents=True)
    (output / "vendor" / "otherlib" / "__init__.py").write_text("VALUE = 1\n")
    (output / "NOTES.txt").write_text("precious")
    before = {p: p.read_bytes() for p in output.rglob("*") if p.is_file()}
    run = run_in_process("regen", "--output", output)
    assert run.code == 0, run.stderr
    assert {p: p.read_bytes() for p in before} == before
    assert sorted(p.name for p in output.iterdir()) == ["NOTES.txt", PROJECT, "vendor"]
    assert leftovers(output) == []


def test_the_lock_file_is_removed_and_a_waiting_run_locks_the_next_one(tmp_path: Path) -> None:
    target = tmp_path / "out" / PROJECT
    lock_file = target.parent / f".{PROJECT}.lock"
    order: list[str] = []

    def second() -> None:
        with publish.output_lock(target):
            order.append("second holds it")
            assert lock_file.read_text() == f"pid {os.getpid()}\n"

    with publish.output_lock(target):
        assert lock_file.exists()
        waiter = threading.Thread(target=second)
        waiter.start()
        time.sleep(0.3)  # long enough for it to be waiting on this run's lock file
        order.append("first lets go")
    waiter.join(timeout=30)
    assert order == ["first lets go", "second holds it"]
    assert not lock_file.exists()
    assert leftovers(target.parent) == []


# --- the lock file is never written through --------------------------------------------------------------


@pytest.mark.parametrize("kind", ["symlink", "dangling-symlink", "hard-link", "directory", "fifo"])
def test_a_lock_path_that_is_not_a_lock_file_is_refused_and_never_written_through(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    output = previous_output(tmp_path / "out")
    before = tree_hash(output / PROJECT)
    lock = output / f".{PROJECT}.lock"
    victim = tmp_path / "victim"
    victim.write_text("precious\n")
    if kind == "symlink":
        lock.symlink_to(victim)
    elif kind == "dangling-symlink":
        lock.symlink_to(tmp_path / "created-through-the-link")
    elif kind == "hard-link":
        os.link(victim, lock)
    elif kind == "directory":
        lock.mkdir()
    else:
        os.mkfifo(lock)

    run = run_in_process("regen", "--output", output)

    assert run.code == 2, run.stderr
    assert run.stderr.startswith(f"{lock}: is "), run.stderr
    assert "refusing to write through it" in run.stderr and len(run.stderr.splitlines()) == 1
    assert victim.read_text() == "precious\n"
    assert not (tmp_path / "created-through-the-link").exists()
    assert tree_hash(output / PROJECT) == before
    assert lock.is_symlink() or lock.exists()  # left for the user to look at


def test_the_lock_file_holds_only_its_holders_pid(tmp_path: Path) -> None:
    target = tmp_path / "out" / PROJECT
    lock_file = target.parent / f".{PROJECT}.lock"
    target.parent.mkdir()
    lock_file.write_text("pid 1\n" + "x" * 200)  # left by a killed run, longer than what we write
    with publish.output_lock(target):
        assert lock_file.read_text() == f"pid {os.getpid()}\n"
    assert not lock_file.exists()
