"""The security gate's reading of each Python module, made on the other core while render writes.

Render keeps one core busy (upstream's templates, one file after another) and leaves the other
mostly idle, and on a large client the gate's parse of every module took, after render, almost as
long as render itself. So the modules, as their templates render them (see
`render.HeaderedTemplate`), go in batches to the checks' child process (`checks.child`, which the
import check starts as render begins). It parses each, gates it, reads what the surface record
takes, and compiles what of it an import runs (`import_time_text`), keeping the code for the
import check. Once render is done, `EarlyGate.verdicts` pairs each file written with the reading
of its text.

The batches go through the child's input, one message at a time, from a queue the import check's
writer thread empties (`ImportCheck.gate_batch`), so that render never waits for the child. Those
still queued when render is done the child never sees: the generator takes them back and reads
them itself, while the child finishes the one it has; then the child hands over its readings.

A reading is a function of the text alone (the gate's rules do not depend on where a module
lives; the surface record's relative imports are placed once the file is known, see
`surface.placed`), so pairing by the text's digest cannot give a module another's verdict, and a
file whose text no template rendered (a file upstream copies, or headed afterwards) is read here.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from generator.checks import gate
from generator.checks.import_gate import HeldByChild, ImportCheck, import_time_text
from generator.errors import InputError
from generator.release.surface import ReadModule, module_from_json, module_to_json, placed, read_unplaced
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
    package (`surface.read_unplaced`), and what of its text an import runs (`import_time_text`;
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


def _reading_from_json(data: dict[str, Any]) -> Reading:
    if "read" in data:
        return Read(module_from_json(data["read"]), "")
    kind = data.pop("kind")
    return Unread(**data) if kind == "Unread" else Refused(**data)


def read_batch(texts: list[str]) -> tuple[list[dict[str, Any]], list[str | None]]:
    """In the child: the readings of a batch of modules (as JSON), and what an import runs of each
    module the gate allowed (None for the others)."""
    readings = [read_text(text) for text in texts]
    imported = [reading.imported if isinstance(reading, Read) else None for reading in readings]
    return [_reading_to_json(reading) for reading in readings], imported


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()


# Batches are small, so that the child starts early and the generator takes back little more
# than it must.
BATCH_CHARACTERS = 100_000


class EarlyGate:
    """`submit` hands over each module as rendered; `verdicts` pairs the files with the readings.
    Use as a context manager: leaving on an error stops the child (`ImportCheck.stop`), whatever
    it was doing.

    `child`: the import check, started (`ImportCheck.stream`), whose child reads the batches.
    Switched off (`ALTEGIO_GENERATOR_DISABLE=early-gate`), every module is read in this process,
    after render.
    """

    def __init__(self, child: ImportCheck) -> None:
        self._child = child
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
            self._child.stop()

    def submit(self, text: str) -> None:
        """Hand over a Python module's text, as rendered (header included)."""
        if self._off:
            return
        self._batch.append(text)
        self._batched += len(text)
        if self._batched >= BATCH_CHARACTERS:
            number, self._batches = self._batches, self._batches + 1
            for index, each in enumerate(self._batch):
                self._pending.setdefault(_digest(each), (number, index))
            self._child.gate_batch(number, self._batch)
            self._batch, self._batched = [], 0

    def verdicts(self, project_dir: Path, shown_as: Path, texts: Iterable[tuple[Path, str]]) -> dict[Path, Gated]:
        """The gate's verdict on each module (path, text as written), in the order given."""
        texts = list(texts)
        self._batch.clear()  # never sent: read here
        taken = self._child.take_back_batches() if self._pending else set()
        readings: dict[Path, Reading | tuple[int, int]] = {}
        for path, text in texts:  # while the child finishes the batch it has
            found = self._pending.get(_digest(text)) if self._pending else None
            readings[path] = found if found is not None and found[0] not in taken else read_text(text)
        read = (
            {number: list(map(_reading_from_json, found)) for number, found in self._child.batch_readings().items()}
            if len(taken) < self._batches
            else {}
        )
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
