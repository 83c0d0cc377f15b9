"""What a previous regen recorded is read as regular files only, capped, and trusted only where
it could have been written by a regen: the attacks are records replaced by links to /dev/zero,
FIFOs and huge files, and `[files]` entries naming files outside the project or a user's own."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.release import records
from tests.conftest import GENERATED, ROOT
from tests.robustness.support import leftovers, run_in_process

pytestmark = pytest.mark.slow  # each test regenerates over tampered records

PROJECT, RECORDS = "altegio-activity-client", ".generator"


@pytest.fixture
def output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    where = tmp_path / "generated"
    shutil.copytree(GENERATED, where, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    return where


def tree_hash(root: Path) -> str:
    """Like support.tree_hash, without reading anything but regular files (a FIFO would block)."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        digest.update(f"{path.relative_to(root).as_posix()}\0{stat.S_IFMT(info.st_mode)}\0".encode())
        if stat.S_ISREG(info.st_mode):
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def provenance(output: Path) -> Path:
    return output / PROJECT / RECORDS / "provenance.toml"


def add_entry(output: Path, name: str) -> int:
    """List `name` under `[files]` (the last table); return the line it is on."""
    record = provenance(output)
    lines = record.read_text(encoding="utf-8").splitlines()
    lines.append(f'"{name}" = "{"0" * 64}"')
    record.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


@pytest.mark.parametrize("command", ["regen", "check", "regen --force"])
@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "directory", "too-large"])
def test_a_provenance_record_that_is_not_a_regular_file_is_refused_at_it(output: Path, command: str, kind: str) -> None:
    record = provenance(output)
    record.unlink()
    if kind == "dev-zero":
        record.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(record)
    elif kind == "directory":
        record.mkdir()
    else:
        with open(record, "wb") as handle:
            handle.truncate(records.MAX_RECORD_BYTES + 1)  # sparse: costs no disk
    before = tree_hash(output)

    run = run_in_process(*command.split(), "--output", output)

    assert run.code == 2, run.stderr
    assert run.stderr.startswith(f"{record}: "), run.stderr
    assert len(run.stderr.splitlines()) == 1 and "pyproject.toml" not in run.stderr
    assert tree_hash(output) == before
    assert leftovers(output) == []


@pytest.mark.parametrize("record_name", ["surface.json", "openapi.yaml"])
def test_a_record_replaced_by_a_link_to_dev_zero_is_refused_at_its_entry(output: Path, record_name: str) -> None:
    record = output / PROJECT / RECORDS / record_name
    record.unlink()
    record.symlink_to("/dev/zero")
    line = next(
        number
        for number, text in enumerate(provenance(output).read_text().splitlines(), start=1)
        if text.startswith(f'"{RECORDS}/{record_name}" =')
    )
    for command in (["regen"], ["check"]):
        run = run_in_process(*command, "--output", output)
        assert run.code == 2, run.stderr
        assert run.stderr.startswith(
            f'{provenance(output)}:{line}:1: [files] entry "{RECORDS}/{record_name}" names a symbolic link'
        )
    assert record.is_symlink()


def test_files_entries_outside_the_project_are_refused_and_nothing_is_touched(output: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    outside_dir = tmp_path / "elsewhere"
    outside_dir.mkdir()
    (outside_dir / "notes.txt").write_text("precious too\n")
    (output / PROJECT / "linked").symlink_to(outside_dir)
    cases = {
        str(victim): "is an absolute path, outside the project directory",
        "../../victim.txt": "is not a plain relative path inside the project directory",
        "linked/notes.txt": "goes through a symbolic link (linked)",
        "/dev/zero": "is an absolute path, outside the project directory",
    }
    for name, problem in cases.items():
        shutil.copy(GENERATED / PROJECT / RECORDS / "provenance.toml", provenance(output))
        line = add_entry(output, name)
        before = tree_hash(output)
        for command in (["regen"], ["regen", "--force"], ["check"]):
            run = run_in_process(*command, "--output", output)
            assert run.code == 2, run.stderr
            expected = f'{provenance(output)}:{line}:1: [files] entry "{name}" {problem}; '
            assert run.stderr.startswith(expected), run.stderr
            assert len(run.stderr.splitlines()) == 1
            assert tree_hash(output) == before
    assert victim.read_text() == "precious\n"
    assert (outside_dir / "notes.txt").read_text() == "precious too\n"


@pytest.mark.parametrize("kind", ["fifo", "symlink-to-dev-zero", "directory"])
def test_a_files_entry_naming_what_is_not_a_regular_file_is_refused(output: Path, kind: str) -> None:
    target = output / PROJECT / "thing"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "directory":
        target.mkdir()
        (target / "keep.txt").write_text("mine\n")
    else:
        target.symlink_to("/dev/zero")
    line = add_entry(output, "thing")
    run = run_in_process("regen", "--output", output)
    assert run.code == 2, run.stderr
    assert run.stderr.startswith(f'{provenance(output)}:{line}:1: [files] entry "thing" '), run.stderr
    assert os.path.lexists(target)
    assert kind != "directory" or (target / "keep.txt").read_text() == "mine\n"


def test_a_files_entry_naming_a_users_file_inside_the_project_never_deletes_it(output: Path) -> None:
    """The entry's hash is not the file's: the generator did not write it as it is, so it is kept."""
    notes = output / PROJECT / "NOTES.md"
    notes.write_text("my notes\n")
    add_entry(output, "NOTES.md")

    run = run_in_process("regen", "--force", "--output", output)

    assert run.code == 0, run.stderr
    assert notes.read_text() == "my notes\n"
    checked = run_in_process("check", "--output", output)
    assert checked.code == 0, checked.stdout + checked.stderr
    again = run_in_process("regen", "--force", "--output", output)
    assert again.code == 0 and notes.read_text() == "my notes\n"


def test_read_record_refuses_links_fifos_and_oversized_files(tmp_path: Path) -> None:
    regular = tmp_path / "regular"
    regular.write_bytes(b"x" * 10)
    assert records.read_record(regular) == b"x" * 10
    with pytest.raises(InputError, match="records over 9 bytes are refused"):
        records.read_record(regular, cap=9)
    (tmp_path / "link").symlink_to(regular)
    with pytest.raises(InputError, match="is a symbolic link"):
        records.read_record(tmp_path / "link")
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(InputError, match="is not a regular file"):
        records.read_record(tmp_path / "fifo")
    with pytest.raises(FileNotFoundError):
        records.read_record(tmp_path / "missing")
