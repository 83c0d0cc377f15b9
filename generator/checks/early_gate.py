"""The security gate's reading of each Python module, made on the other core while render writes.

Render keeps one core busy (upstream's templates, one file after another) and leaves the other
mostly idle, and on a large client the gate's parse of every module took, after render, almost as
long as render itself. So the modules, as their templates render them (see
`render.HeaderedTemplate`), go in batches to the checks' child process (`checks.child`, which the
import check starts before the spec is read). It parses each, gates it, reads what the surface record
takes, and compiles what of it an import runs (`import_time_text`), keeping the code for the
import check. Once render is done, `EarlyGate.verdicts` pairs each file written with the reading
of its text; batches the child has not started by then are read here, from the last one back,
while it works forward.

A reading is a function of the text alone (the gate's rules do not depend on where a module
lives; the surface record's relative imports are placed once the file is known, see
`module_surface.placed`), so pairing by the text's digest cannot give a module another's verdict, and a
file whose text no template rendered (a file upstream copies, or headed afterwards) is read here.

The batches and their readings pass through files in a spool directory (the child is told each
batch's number): a pipe that filled while the child was busy would stop render. A batch belongs
to whichever process first renames its file (`N.in` to `N.child` or `N.main`); the child writes
`N.out` (JSON, as `N.in`) and then says it has read `N`.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from generator.checks import gate
from generator.checks.import_gate import HeldByChild, ImportCheck, import_time_text
from generator.checks.module_surface import (
    ReadModule,
    SharedParameters,
    module_from_json,
    module_to_json,
    placed,
    read_unplaced,
)
from generator.errors import InputError
from generator.startup import switched_off


@dataclass(frozen=True)
class Unread:
    """A module that is not Python: its syntax error, as the parser gave it."""

    message: str
    line: int | None
    column: int | None
    syntax: bool  # a SyntaxError, not a ValueError (a NUL byte)


@dataclass(frozen=True)
class Refused:
    """A module the gate refused: what its `InputError` says, and where."""

    message: str
    line: int | None
    column: int | None


@dataclass(frozen=True)
class Read:
    """A module the gate allowed: what the surface record reads of it, not yet placed in the
    package (`module_surface.read_unplaced`), and what of its text an import runs (`import_time_text`;
    left out when the child read it, which keeps it, compiled)."""

    module: ReadModule
    imported: str


Reading = Unread | Refused | Read


def read_text(text: str) -> Reading:
    """The gate's reading of a Python module's text, wherever it is written."""
    try:
        tree = ast.parse(text)
    except SyntaxError as exc:
        return Unread(exc.msg, exc.lineno, exc.offset, True)
    except ValueError as exc:
        return Unread(str(exc), None, None, False)
    try:
        gate.check_file(_ANY_MODULE, text, Path(), tree)
    except InputError as refused:
        return Refused(refused.message, refused.line, refused.column)
    return Read(read_unplaced(tree), import_time_text(text, tree))


_ANY_MODULE = Path("module.py")  # the gate's rules for a Python module do not depend on its path


def _reading_to_json(reading: Reading) -> dict[str, Any]:
    if isinstance(reading, Read):  # what an import runs stays in the child
        return {"read": module_to_json(reading.module)}
    return {"kind": type(reading).__name__, **asdict(reading)}


def _reading_from_json(data: dict[str, Any], shared: SharedParameters) -> Reading:
    if "read" in data:
        return Read(module_from_json(data["read"], shared), "")
    kind = data.pop("kind")
    return Unread(**data) if kind == "Unread" else Refused(**data)


def read_batch(spool: str, number: int) -> list[str | None] | None:
    """In the child: read batch `number` unless the parent has taken it (then None). Its readings
    go to `N.out`; returned is what an import runs of each module the gate allowed, None for the
    others."""
    batch = Path(spool)
    try:
        os.rename(batch / f"{number}.in", batch / f"{number}.child")
    except FileNotFoundError:
        return None  # taken by the parent
    texts: list[str] = json.loads((batch / f"{number}.child").read_bytes())
    readings = [read_text(text) for text in texts]
    (batch / f"{number}.out.tmp").write_text(json.dumps(list(map(_reading_to_json, readings))), encoding="utf-8")
    os.rename(batch / f"{number}.out.tmp", batch / f"{number}.out")  # whole, or not there
    return [reading.imported if isinstance(reading, Read) else None for reading in readings]


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()


# Batches are small, so that the child starts early and the generator takes back little more
# than it must.
BATCH_CHARACTERS = 100_000


class EarlyGate:
    """`submit` hands over each module as rendered; `verdicts` pairs the files with the readings.
    Use as a context manager: leaving on an error stops the child (`ImportCheck.stop`), whatever
    it was doing, and leaving removes the spool, a new directory in `staging` (the run's own,
    removed with it if this process is killed).

    `child`: the import check, started (`ImportCheck.stream`), whose child reads the batches.
    Switched off (`ALTEGIO_GENERATOR_DISABLE=early-gate`), every module is read in this process,
    after render.
    """

    def __init__(self, staging: Path, child: ImportCheck) -> None:
        self._staging = staging
        self._child = child
        self._spool: Path | None = None
        self._batch: list[str] = []
        self._batched = 0  # characters in `_batch`
        self._batches = 0
        self._pending: dict[bytes, tuple[int, int]] = {}  # digest -> batch, index in it
        self._off = switched_off("early-gate")

    def __enter__(self) -> EarlyGate:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if error is not None:
            self._child.stop()  # before the spool goes: nothing writes into it afterwards
        if self._spool is not None:
            shutil.rmtree(self._spool, ignore_errors=True)
            self._spool = None

    def submit(self, text: str) -> None:
        """Hand over a Python module's text, as rendered (header included)."""
        if self._off:
            return
        self._batch.append(text)
        self._batched += len(text)
        if self._batched >= BATCH_CHARACTERS:
            self._send()

    def _send(self) -> None:
        # A write the machine refuses (a full disk) is the run's failure, reported as the machine's
        # like any other write of the run: the client's own files would be next.
        number, self._batches = self._batches, self._batches + 1
        if self._spool is None:
            self._spool = Path(tempfile.mkdtemp(prefix=".early-gate-", dir=self._staging))
        staged = self._spool / f"{number}.in.tmp"
        staged.write_text(json.dumps(self._batch), encoding="utf-8")
        os.rename(staged, self._spool / f"{number}.in")  # whole, or not there
        for index, text in enumerate(self._batch):
            self._pending.setdefault(_digest(text), (number, index))
        self._batch, self._batched = [], 0
        self._child.gate_batch(self._spool, number)

    def verdicts(self, project_dir: Path, shown_as: Path, texts: Iterable[tuple[Path, str]]) -> dict[Path, Gated]:
        """The gate's verdict on each module (path, text as written), in the order given."""
        texts = list(texts)
        self._batch.clear()  # never sent: read here
        readings: dict[Path, Reading | tuple[int, int]] = {}
        mine: dict[int, bool] = {}  # batch -> taken by this process
        for path, text in reversed(texts):  # the child goes forward, from the first batch
            found = self._pending.get(_digest(text)) if self._pending else None
            if found is not None and found[0] not in mine:
                mine[found[0]] = self._take(found[0])
            if found is not None and not mine[found[0]]:
                readings[path] = found  # the child's reading, once it has made it
            else:
                readings[path] = read_text(text)
        read = self._read_by_child({number for number, taken in mine.items() if not taken})
        self._pending.clear()
        gated: dict[Path, Gated] = {}
        for path, text in texts:
            reading = readings[path]
            held = None
            if isinstance(reading, tuple):
                number, index = reading
                if number in read:
                    reading, held = read[number][index], HeldByChild(number, index)
                else:  # the child died before it was done: read here
                    reading = read_text(text)
            gated[path] = _verdict(reading, held, project_dir, path, text, shown_as)
        return gated

    def _take(self, number: int) -> bool:
        assert self._spool is not None, "a batch was sent"
        try:
            os.rename(self._spool / f"{number}.in", self._spool / f"{number}.main")
        except FileNotFoundError:
            return False  # the child's
        return True

    def _read_by_child(self, numbers: set[int]) -> dict[int, list[Reading]]:
        """The child's readings of these batches, as it finishes them; a batch it never
        finished (it died) is left out, to be read here."""
        if not numbers:
            return {}
        assert self._spool is not None, "a batch was sent"
        done: set[int] = set()
        while not numbers <= done and (number := self._child.batch_read()) is not None:
            done.add(number)
        shared: SharedParameters = {}
        return {
            number: [
                _reading_from_json(data, shared) for data in json.loads((self._spool / f"{number}.out").read_bytes())
            ]
            for number in numbers & done
        }


@dataclass(frozen=True)
class Allowed:
    """A module the security gate allowed, as the later stages need it (its syntax tree is not kept)."""

    read: ReadModule | None  # what the surface record reads of it (None: no module of the package)
    # What the import check compiles and runs (see `import_time_text`), or where the child keeps it
    imported: str | HeldByChild


@dataclass(frozen=True)
class NotPython:
    """A module that does not parse: the pipeline may leave its operation out (see `left_out`),
    else `refused` is what the gate says of it."""

    syntax_error: str  # "<message>, line <n>", the line counted without the header
    refused: InputError


Gated = Allowed | NotPython | InputError  # what the security gate said of a module


def _verdict(
    reading: Reading, held: HeldByChild | None, project_dir: Path, path: Path, text: str, shown_as: Path
) -> Gated:
    relative = path.relative_to(project_dir)
    if isinstance(reading, Read):
        return Allowed(placed(reading.module, project_dir, path), held or reading.imported)
    if isinstance(reading, Refused):
        return InputError(shown_as / relative, reading.message, reading.line, reading.column)
    try:  # as the gate reports it: a bidirectional control comes first
        gate.check_file(relative, text, shown_as)
    except InputError as refused:
        line = reading.line - 1 if reading.syntax and reading.line else None  # the header's
        why = f"{reading.message}, line {line}" if reading.syntax else reading.message
        return NotPython(why, refused)
    raise AssertionError(f"the gate allowed {relative}, which does not parse")
