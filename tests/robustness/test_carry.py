"""The user's files in the project directory survive a regen exactly: modes included, and never
an older version of a file saved while the regen carried them into the new tree.

Permissions only bite an ordinary user (root reads a `chmod 000` directory anyway), so the
permission test runs the regen in a subprocess without the capabilities that let root ignore
permission bits when the tests run as root (as they do on CI), and as the current user
otherwise: it runs everywhere, it never skips.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import publish
from tests.conftest import GENERATED, ROOT, SPEC
from tests.robustness.support import leftovers, run_in_process

pytestmark = pytest.mark.slow  # each test races a regen against edits to its output

PROJECT, PACKAGE = "altegio-activity-client", "altegio_activity"


def renamed_spec(where: Path) -> Path:
    """A spec with one change, so the regen has a new tree to swap in (`fetch_event_v2`)."""
    spec = where / "spec.yaml"
    text = SPEC.read_text(encoding="utf-8").replace("operationId: get_event_v2", "operationId: fetch_event_v2")
    spec.write_text(text.replace("x-replaced-by: get_event_v2", "x-replaced-by: fetch_event_v2"), encoding="utf-8")
    return spec


def is_new_tree(output: Path) -> bool:
    return "fetch_event_v2" in (output / PROJECT / ".generator" / "surface.json").read_text(encoding="utf-8")


def copy_of_generated(where: Path) -> Path:
    shutil.copytree(GENERATED, where, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    return where


# --- modes, as an ordinary user ---------------------------------------------------------------------------


# Linux capabilities that let root ignore permission bits. Without them root is held to the mode
# bits of its own files exactly as an ordinary user is held to theirs (uid 65534 itself cannot
# run this interpreter: it lives under /root, mode 0700).
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3
_PR_CAPBSET_DROP = 24


def drop_root_overrides() -> None:  # preexec_fn: banned in the generator, fine in a test
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run_as_ordinary_user(*args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=drop_root_overrides if os.geteuid() == 0 else None,  # noqa: PLW1509 - a test's child
    )


def test_the_ordinary_user_stand_in_is_refused_what_an_ordinary_user_is(tmp_path: Path) -> None:
    """Else the test below would prove nothing."""
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o000)
    probe = subprocess.run(
        [sys.executable, "-c", f"import os; os.listdir({str(closed)!r})"],
        capture_output=True,
        text=True,
        preexec_fn=drop_root_overrides if os.geteuid() == 0 else None,  # noqa: PLW1509 - a test's child
    )
    closed.chmod(0o700)
    assert probe.returncode == 1 and "PermissionError" in probe.stderr, probe.stderr


def test_directories_without_permissions_and_read_only_ones_keep_their_modes(tmp_path: Path) -> None:
    tmp = tmp_path
    output = copy_of_generated(tmp / "out")
    project = output / PROJECT
    layout: dict[str, tuple[int, str | None]] = {  # path: (mode, content or None for a directory)
        "private": (0o000, None),
        "private/secret.txt": (0o600, "secret\n"),
        "private/sub": (0o700, None),
        "private/sub/deep.txt": (0o644, "deep\n"),
        "empty-closed": (0o000, None),
        "readonly": (0o555, None),
        "readonly/ro.txt": (0o444, "read only\n"),
        f"{PACKAGE}/mine": (0o500, None),
        f"{PACKAGE}/mine/patch.py": (0o400, "PATCHED = True\n"),
        "notes": (0o750, None),
        "notes/todo.md": (0o640, "todo\n"),
    }
    for name, (_, content) in layout.items():
        path = project / name
        if content is None:
            path.mkdir()
        else:
            path.write_text(content)
    spec = renamed_spec(tmp)
    for name, (mode, _) in sorted(layout.items(), reverse=True):  # children before their parents
        (project / name).chmod(mode)

    result = run_as_ordinary_user("regen", "--spec", spec, "--output", output)

    assert result.returncode == 0, result.stderr
    assert is_new_tree(output)
    found = {}
    for name in sorted(layout):  # parents first: a mode is read before the directory is opened up
        found[name] = stat.S_IMODE((project / name).lstat().st_mode)
        if layout[name][1] is None:
            (project / name).chmod(0o700)  # root reads it anyway; an ordinary user needs this
    assert found == {name: mode for name, (mode, _) in layout.items()}
    for name, (_, content) in layout.items():
        if content is not None:
            assert (project / name).read_text() == content, name
    assert leftovers(output) == []


# --- a file saved while the regen carries the user's files ------------------------------------------------


def during_carry(monkeypatch: pytest.MonkeyPatch, act: Callable[[], object]) -> None:
    """Do `act` once, right after the first of the user's files is linked into the new tree."""
    real_link = os.link
    done: list[bool] = []

    def linking(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        real_link(src, dst, *args, **kwargs)
        if not done and ".staging-" in str(dst):
            done.append(True)
            act()

    monkeypatch.setattr(os, "link", linking)


@pytest.fixture
def output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    where = copy_of_generated(tmp_path / "out")
    (where / PROJECT / "NOTES.md").write_text("first draft\n")
    (where / PROJECT / "zzz-later.md").write_text("mine\n")
    return where


def save_like_an_editor(path: Path, text: str) -> None:
    """Write a new file and rename it over the old one: the old inode is what was linked."""
    temporary = path.with_name(path.name + ".swp")
    temporary.write_text(text)
    os.rename(temporary, path)


@pytest.mark.parametrize(
    "change",
    ["saved anew", "a new file", "a new directory", "removed once carried"],
)
def test_a_file_changed_during_the_carry_stops_the_run_and_is_never_lost(
    output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    project = output / PROJECT
    notes = project / "NOTES.md"

    def new_directory() -> None:
        (project / "drafts").mkdir()
        (project / "drafts" / "d.md").write_text("d\n")

    actions: dict[str, Callable[[], object]] = {
        "saved anew": lambda: save_like_an_editor(notes, "second draft\n"),
        "a new file": lambda: (project / "NEW.md").write_text("new\n"),
        "a new directory": new_directory,
        "removed once carried": lambda: notes.unlink(),  # the new tree would bring it back
    }
    during_carry(monkeypatch, actions[change])

    run = run_in_process("regen", "--spec", renamed_spec(tmp_path), "--output", output)

    monkeypatch.undo()
    assert run.code == 3, run.stderr
    assert "while your files were carried into the new client; run again" in run.stderr, run.stderr
    assert run.stderr.rstrip().endswith(publish.UNCHANGED) and len(run.stderr.splitlines()) == 1
    assert not is_new_tree(output)
    assert leftovers(output) == []
    if change == "saved anew":
        assert notes.read_text() == "second draft\n"
    again = run_in_process("regen", "--spec", renamed_spec(tmp_path), "--output", output)
    assert again.code == 0, again.stderr
    assert is_new_tree(output)
    if change == "removed once carried":
        assert not notes.exists()
    else:
        assert notes.read_text() == ("second draft\n" if change == "saved anew" else "first draft\n")
    if change == "a new file":
        assert (project / "NEW.md").read_text() == "new\n"
    if change == "a new directory":
        assert (project / "drafts" / "d.md").read_text() == "d\n"


def test_a_file_written_in_place_during_the_carry_keeps_what_was_written(
    output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hard link shares the file: a write to it reaches the new tree, so the run goes on."""
    notes = output / PROJECT / "NOTES.md"

    def append() -> None:
        with open(notes, "a") as handle:
            handle.write("appended\n")

    during_carry(monkeypatch, append)
    run = run_in_process("regen", "--spec", renamed_spec(tmp_path), "--output", output)
    monkeypatch.undo()
    assert run.code == 0, run.stderr
    assert is_new_tree(output)
    assert notes.read_text() == "first draft\nappended\n"


def test_a_file_deleted_before_it_is_carried_is_simply_not_carried(
    output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = output / PROJECT / "zzz-later.md"
    during_carry(monkeypatch, later.unlink)
    run = run_in_process("regen", "--spec", renamed_spec(tmp_path), "--output", output)
    monkeypatch.undo()
    assert run.code == 0, run.stderr
    assert is_new_tree(output) and not later.exists()
    assert (output / PROJECT / "NOTES.md").read_text() == "first draft\n"


@pytest.mark.parametrize("change", ["saved anew", "a new file in a new directory"])
def test_a_file_saved_between_the_last_check_and_the_swap_reaches_the_new_tree(
    output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    project = output / PROJECT
    real_check = publish.check_carried

    def then_save(*args: Any) -> None:
        real_check(*args)
        if change == "saved anew":
            save_like_an_editor(project / "NOTES.md", "saved just before the swap\n")
        else:
            (project / "late").mkdir()
            (project / "late" / "new.md").write_text("saved just before the swap\n")

    monkeypatch.setattr(publish, "check_carried", then_save)
    run = run_in_process("regen", "--spec", renamed_spec(tmp_path), "--output", output)
    monkeypatch.undo()
    assert run.code == 0, run.stderr
    assert is_new_tree(output)
    saved = project / ("NOTES.md" if change == "saved anew" else "late/new.md")
    assert saved.read_text() == "saved just before the swap\n"
    assert (project / "zzz-later.md").read_text() == "mine\n"
    assert leftovers(output) == []


def test_when_late_saves_cannot_be_carried_the_old_tree_is_kept_not_deleted(
    output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    project = output / PROJECT
    real_check = publish.check_carried

    def then_save(*args: Any) -> None:
        real_check(*args)
        save_like_an_editor(project / "NOTES.md", "saved just before the swap\n")

    def refused(*args: Any) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(project / "NOTES.md"))

    monkeypatch.setattr(publish, "check_carried", then_save)
    monkeypatch.setattr(publish, "carry_late_changes", refused)
    run = run_in_process("regen", "--spec", renamed_spec(tmp_path), "--output", output)
    monkeypatch.undo()

    kept = output / f"{PROJECT}.kept-1"
    assert run.code == 3, run.stderr
    assert run.stderr.rstrip().endswith(
        f"the new client is in place in {project}; "
        f"the tree it replaced, with your files as they were, is kept in {kept}"
    ), run.stderr
    assert is_new_tree(output)
    assert (kept / "NOTES.md").read_text() == "saved just before the swap\n"
    assert leftovers(output) == []
