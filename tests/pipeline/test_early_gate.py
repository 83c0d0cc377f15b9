"""The early gate: modules read by the checks' child while render writes, paired with the files
afterwards by their text. A verdict must be the one the gate gives in this process, whichever
process read the module; what the child compiled of it is what the import check runs, at the
module's own place; and the child must never outlive the run."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest

from generator import startup
from generator.checks import early_gate
from generator.checks.early_gate import Allowed, EarlyGate, Gated, NotPython
from generator.checks.import_gate import HeldByChild, ImportCheck, ImportFailed
from generator.checks.module_surface import placed, read_unplaced
from generator.cli import main
from generator.errors import InputError
from generator.release.provenance import tree_digest
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


def read_by_the_child(gate: EarlyGate, batches: int) -> None:
    """Wait until the child has read this many batches: none is left for the parent to take back."""
    spool = gate._spool
    assert spool is not None, "the child was given batches"
    deadline = time.monotonic() + 60
    while len(list(spool.glob("*.out"))) < batches and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(list(spool.glob("*.out"))) == batches, "the child read every batch"


def verdicts(project: Path, *, child: bool, monkeypatch: pytest.MonkeyPatch) -> dict[Path, Gated]:
    monkeypatch.setenv(startup.DISABLE_VARIABLE, "" if child else "early-gate")
    monkeypatch.setattr(early_gate, "BATCH_CHARACTERS", 1)  # a batch a module
    with ImportCheck(project, Path("out/project")) as imports, EarlyGate(project.parent, imports) as gate:
        imports.stream({})
        for text in TEXTS.values():
            gate.submit(text)
        if child:  # let it read them all, so that none is taken back
            read_by_the_child(gate, len(TEXTS))
        return gate.verdicts(project, Path("out/project"), [(project / name, text) for name, text in TEXTS.items()])


def test_the_childs_verdicts_are_the_ones_made_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    here = verdicts(project, child=False, monkeypatch=monkeypatch)
    by_child = verdicts(project, child=True, monkeypatch=monkeypatch)
    held = {path: found.imported for path, found in by_child.items() if isinstance(found, Allowed)}
    # What an import runs of a module the child read stays there, compiled: the parent has its place.
    assert held == {
        project / "pkg/models/pet.py": HeldByChild(0, 0),
        project / "pkg/models/same_as_pet.py": HeldByChild(0, 0),  # the first batch with that text
        project / "pkg/__init__.py": HeldByChild(5, 0),
    }
    assert {
        path: Allowed(found.read, here[path].imported) if isinstance(found, Allowed) else found  # type: ignore[union-attr]
        for path, found in by_child.items()
    } == here

    pet, same = here[project / "pkg/models/pet.py"], here[project / "pkg/models/same_as_pet.py"]
    assert isinstance(pet, Allowed) and isinstance(same, Allowed) and pet.read and same.read
    assert (pet.read.path, same.read.path) == ("pkg.models.pet", "pkg.models.same_as_pet")
    assert pet.read.imported == {"UNSET": "pkg.types.UNSET", "Other": "pkg.models.other.Other"}
    assert isinstance(pet.imported, str), "read here: the text goes to the child"
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

    from generator.checks.module_surface import read_module

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


def checked_by_the_child(project: Path, files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Gate `files` (name -> text) in the child, a batch each, and run the import check on them."""
    monkeypatch.setattr(early_gate, "BATCH_CHARACTERS", 1)
    texts = [(project / name, text) for name, text in files.items()]
    with ImportCheck(project, Path("out/project")) as imports, EarlyGate(project.parent, imports) as gate:
        imports.stream({})
        for _, text in texts:
            gate.submit(text)
        read_by_the_child(gate, len(files))
        for path, verdict in gate.verdicts(project, Path("out/project"), texts).items():
            assert isinstance(verdict, Allowed) and isinstance(verdict.imported, HeldByChild)
            imports.add(path, verdict.imported)
        imports.end()
        imports.wait()


def test_what_the_child_compiled_runs_at_each_modules_own_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import check runs a module the child gated from the code the child kept, and reports a
    failure at the file and line of each place its text is written, as for one handed over whole."""
    project = tmp_path / "project"
    failing = HEADER + '"""A model."""\n\n\nclass Pet:\n    owner: Missing = None\n'
    files = {"pkg/__init__.py": HEADER, "pkg/a.py": failing, "pkg/b.py": failing}
    with pytest.raises(ImportFailed) as caught:
        checked_by_the_child(project, files, monkeypatch)
    assert [(f.module, f.file, f.error) for f in caught.value.failed] == [
        (module, project / f"pkg/{name}.py", "NameError: name 'Missing' is not defined")
        for module, name in (("pkg.a", "a"), ("pkg.b", "b"))
    ]
    assert str(caught.value).startswith("out/project/pkg/a.py:6:1: generated module pkg.a does not import")


def test_a_client_called_generator_is_checked_as_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The child loads the gate's modules (the `generator` package) to read batches; a client
    package of that name must still be the one imported."""
    files = {"generator/__init__.py": HEADER + "VALUE = 1\n", "generator/use.py": HEADER + "from . import VALUE\n"}
    checked_by_the_child(tmp_path / "project", files, monkeypatch)


def test_a_failed_run_stops_the_child_and_removes_the_spool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(early_gate, "BATCH_CHARACTERS", 1)
    with ImportCheck(tmp_path / "project", Path("out/project")) as imports:
        imports.stream({})
        process = imports._process
        with pytest.raises(RuntimeError), EarlyGate(tmp_path, imports) as gate:
            gate.submit(MODEL)
            raise RuntimeError("the run failed elsewhere")
        assert process is not None and process.returncode is not None, "stopped, and reaped"
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
    monkeypatch.setattr(early_gate, "BATCH_CHARACTERS", 1)
    imports = ImportCheck(tmp_path / "project", Path("out/project"))  # not started: no batch reaches it
    with EarlyGate(tmp_path, imports) as gate, pytest.raises(OSError, match="No space left"):
        gate.submit(MODEL)
    assert list(tmp_path.iterdir()) == []
