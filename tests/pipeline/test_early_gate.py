"""The early gate: modules read by a child process while render writes, paired with the files
afterwards by their text. A verdict must be the one the gate gives in this process, whichever
process read the module, and the child must never outlive the run."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest

from generator import startup
from generator.checks import early_gate
from generator.checks.early_gate import Allowed, EarlyGate, Gated, NotPython
from generator.cli import main
from generator.errors import InputError
from generator.release.provenance import tree_digest
from generator.release.surface import placed, read_unplaced
from tests.conftest import REALWORLD_SPECS, ROOT

CONFIG = ROOT / "tests" / "configs" / "realworld.toml"

HEADER = "# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.\n"
MODEL = HEADER + "\n".join(
    [
        '"""A model."""',
        "",
        "from ..types import UNSET",
        "from .other import Other",
        "",
        "",
        "class Pet:",
        "    name: str = UNSET",
        "",
        "    def to_dict(self) -> dict:",
        '        return {"name": self.name}',
        "",
    ]
)
REFUSED = HEADER + 'import os\n\nos.system("echo pwned")\n'
NOT_PYTHON = HEADER + "def broken(:\n    pass\n"
BIDI = HEADER + 'NAME = "a\u202eb"\n'
TEXTS = {
    "pkg/models/pet.py": MODEL,
    "pkg/models/same_as_pet.py": MODEL,  # the same text at another place: a reading of its own
    "pkg/api/tag/op.py": REFUSED,
    "pkg/api/tag/broken.py": NOT_PYTHON,
    "pkg/bidi.py": BIDI,
    "pkg/__init__.py": HEADER + '"""The package."""\n',
}


def verdicts(project: Path, *, child: bool, monkeypatch: pytest.MonkeyPatch) -> dict[Path, Gated]:
    monkeypatch.setattr(early_gate, "CHILD_FROM_CHARACTERS", 0 if child else 10**12)
    monkeypatch.setattr(early_gate, "BATCH_CHARACTERS", 1)  # a batch a module
    with EarlyGate(project.parent) as gate:
        for text in TEXTS.values():
            gate.submit(text)
        if child:  # let it read them all, so that none is taken back
            spool = gate._spool
            assert spool is not None, "the child was started"
            deadline = time.monotonic() + 60
            while len(list(spool.glob("*.out"))) < len(TEXTS) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert len(list(spool.glob("*.out"))) == len(TEXTS), "the child read every batch"
        return gate.verdicts(project, Path("out/project"), [(project / name, text) for name, text in TEXTS.items()])


def test_the_childs_verdicts_are_the_ones_made_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    here = verdicts(project, child=False, monkeypatch=monkeypatch)
    by_child = verdicts(project, child=True, monkeypatch=monkeypatch)
    assert by_child == here

    pet, same = here[project / "pkg/models/pet.py"], here[project / "pkg/models/same_as_pet.py"]
    assert isinstance(pet, Allowed) and isinstance(same, Allowed) and pet.read and same.read
    assert (pet.read.path, same.read.path) == ("pkg.models.pet", "pkg.models.same_as_pet")
    assert pet.read.imported == {"UNSET": "pkg.types.UNSET", "Other": "pkg.models.other.Other"}
    assert "return" not in pet.imported and pet.imported.count("\n") == MODEL.count("\n")  # body emptied

    refused = here[project / "pkg/api/tag/op.py"]
    assert isinstance(refused, InputError)
    assert str(refused).startswith("out/project/pkg/api/tag/op.py:4:1: security gate:")

    broken = here[project / "pkg/api/tag/broken.py"]
    assert isinstance(broken, NotPython)
    assert broken.syntax_error == "invalid syntax, line 1"  # counted without the header
    assert str(broken.refused).startswith("out/project/pkg/api/tag/broken.py:2:")

    bidi = here[project / "pkg/bidi.py"]
    assert isinstance(bidi, InputError) and "bidirectional control U+202E" in bidi.message


def test_a_module_read_before_its_place_is_known_is_placed_like_one_read_there(tmp_path: Path) -> None:
    import ast

    from generator.release.surface import read_module

    text = "from . import a\nfrom .. import b as c\nfrom ...x.y import z\nfrom .m import *\nimport json\n"
    unplaced = read_unplaced(ast.parse(text))
    for name in ("pkg/api/tag/op.py", "pkg/api/tag/__init__.py", "pkg/__init__.py"):
        file = tmp_path / name
        direct = read_module(tmp_path, file, ast.parse(text))
        assert placed(unplaced, tmp_path, file) == direct
    op = placed(unplaced, tmp_path, tmp_path / "pkg/api/tag/op.py")
    assert op is not None and op.imported == {"a": "pkg.api.tag.a", "c": "pkg.api.b", "z": "pkg.x.y.z", "json": "json"}
    assert op.stars == ["pkg.api.tag.m"]
    assert unplaced.path == "\0", "placing makes a new reading: the same text may be at another place"
    assert placed(unplaced, tmp_path, tmp_path / "not-a-name/x.py") is None


def test_the_child_ends_with_its_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator killed (its end of the pipe closed) or done: the child does not stay."""
    monkeypatch.setattr(early_gate, "CHILD_FROM_CHARACTERS", 0)
    monkeypatch.setattr(early_gate, "BATCH_CHARACTERS", 1)
    gate = EarlyGate(tmp_path)
    gate.submit(MODEL)
    process = gate._process
    assert process is not None and process.poll() is None
    gate._close()  # what the kernel does when the generator dies
    assert process.wait(timeout=60) == 0
    gate.__exit__(None, None, None)
    assert list(tmp_path.iterdir()) == [], "the spool is removed"


@pytest.mark.slow
def test_a_client_read_by_the_child_is_the_client_read_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end, on a real document whose modules the child reads most of: the same bytes as
    with the early gate off."""
    read_by_child: list[int] = []
    original = EarlyGate._read_by_child

    def counted(self: EarlyGate, numbers: set[int]) -> dict[int, list[early_gate.Reading]]:
        found = original(self, numbers)
        read_by_child.append(sum(map(len, found.values())))
        return found

    monkeypatch.setattr(EarlyGate, "_read_by_child", counted)
    monkeypatch.setattr(early_gate, "CHILD_FROM_CHARACTERS", 0)
    monkeypatch.setattr(early_gate, "BATCH_CHARACTERS", 20_000)
    document = REALWORLD_SPECS / "discourse.json"
    digests = []
    for disabled in ("", "early-gate"):
        monkeypatch.setenv(startup.DISABLE_VARIABLE, disabled)
        output = tmp_path / (disabled or "child")
        args = [
            "--config",
            str(CONFIG),
            "regen",
            "--spec",
            str(document),
            "--output",
            str(output),
            "--skip-unsupported",
        ]
        assert main(args) == 0
        digests.append(tree_digest(output))
    assert read_by_child and read_by_child[0] > 100, "the child read most modules"
    assert digests[0] == digests[1]


def test_no_room_for_the_spool_is_the_machines_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk fails the run as any write of it would (the pipeline reports an `OSError` as
    the machine's, exit 3: tests/robustness/test_machine_errors.py), not as the spec's, and is
    not hidden: the client's own files would be next."""

    def full(*args: object, **kwargs: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "mkdtemp", full)
    monkeypatch.setattr(early_gate, "CHILD_FROM_CHARACTERS", 0)
    monkeypatch.setattr(early_gate, "BATCH_CHARACTERS", 1)
    with EarlyGate(tmp_path) as gate, pytest.raises(OSError, match="No space left"):
        gate.submit(MODEL)
    assert list(tmp_path.iterdir()) == []
