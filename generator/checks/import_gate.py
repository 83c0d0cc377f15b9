"""The last gate: every generated module imports, in a fresh interpreter.

Formatting and the security gate prove the output parses and does nothing unexpected at import
time; they cannot prove that it imports. A spec name that shadows a name the generated code uses
(a model `Response`, a parameter `quote`) or a model cycle upstream mishandles would give a
package that fails on `import`. One subprocess, `checks.child`, imports every module (all of
them, so the run stays fast on large documents) and reports each failure at the generated file
and line.

It imports only after the security gate has allowed every generated module (only definitions,
imports and literal assignments at module level), so importing executes nothing the spec could have
chosen. The pipeline starts it before it reads the spec: it loads the client's dependencies
meanwhile, then compiles the hand-written runtime as render begins, and it is the process that
gates most modules while render writes them (`early_gate`), compiling what of each an import runs
(`import_time_text`: the function bodies emptied), on the other core. After render, each module the
gate allowed is handed over: the text, or where the child already keeps it compiled. Told that the
last is allowed, the child runs them, while ruff formats the files (which changes no meaning: the
gate reads the same text) and the generator writes its records.
"""

from __future__ import annotations

import ast
import contextlib
import json
import queue
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from generator.checks import gate
from generator.errors import HelperKilled, InputError
from generator.startup import switched_off

TIMEOUT_SECONDS = 300
# The child's program: it imports the gate (`early_gate`), which imports this module, so it is
# run, not imported.
CHILD_PROGRAM = str(Path(__file__).with_name("child.py"))
_END = object()  # the end of the child's input


# Names a module's own function must not have for its body to be emptied: the gate lets module
# level and class bodies call these, so a function of the module named like one could run at import.
_CALLED_AT_IMPORT = frozenset(
    part for name in (*gate.ALLOWED_CALLS, *gate.ALLOWED_DECORATORS) for part in name.split(".")
)


def import_time_text(text: str, tree: ast.Module) -> str:
    """`text` as far as importing it runs it: each function's body, which an import never runs,
    is emptied (`pass` on its first line, the rest of its lines blank), so every line keeps its
    number and a failure is still reported at its line of the generated file.

    Bodies are about half of a client's code: the child compiles that much less, on the core
    ruff needs. The security gate has read the whole text; `tree` is its syntax tree of `text`.
    A text with a carriage return is sent whole: the parser counts one as a line break.
    """
    if "\r" in text or switched_off("empty-bodies"):
        return text
    lines = text.split("\n")
    # A loop, not a recursive closure: with the collector off (`startup`), a function that
    # refers to itself is a cycle that would keep every line of every module alive.
    todo: list[ast.stmt] = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.ClassDef):
            todo.extend(node.body)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name not in _CALLED_AT_IMPORT:
            first, end = node.body[0], node.end_lineno or 0
            # `col_offset` counts UTF-8 bytes: a prefix with anything but blanks in it is not
            # all blanks whichever it counts, and then the body shares the `def` line.
            indent = lines[first.lineno - 1][: first.col_offset]
            if indent.strip():
                continue
            lines[first.lineno - 1] = indent + "pass"
            lines[first.lineno : end] = [""] * (end - first.lineno)
    return "\n".join(lines)


@dataclass(frozen=True)
class HeldByChild:
    """A module the child gated itself (`early_gate`): it keeps what an import runs of it,
    compiled, as the `index`-th module of batch `batch`."""

    batch: int
    index: int


def module_name(path: Path, project_dir: Path) -> str:
    parts = path.relative_to(project_dir).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


class ImportCheck:
    """The checks' child process, from before the spec is read to the import. `start()` starts
    it (`stream()` does, if it has not been); `stream()` hands it the runtime; `gate_batch`
    has it gate a batch of modules (see `early_gate`, which reads `batch_read`); `add(path,
    imported)` hands it one module the gate allowed, and `end()` says every module is gated, so it
    may run them. `wait()` raises `InputError` naming the first module that does not import.

    A thread of its own writes to the child, so that handing over never waits for the child to
    read (render goes on meanwhile); it is the only one touching the pipe.

    Use as a context manager, so that a child still at work is stopped when the run fails
    elsewhere (and one that was never told `end()` runs nothing).
    """

    def __init__(self, project_dir: Path, shown_as: Path) -> None:
        self.project_dir, self.shown_as = project_dir, shown_as
        self._root = str(project_dir.resolve())
        self._process: subprocess.Popen[str] | None = None
        self._said: queue.SimpleQueue[object] = queue.SimpleQueue()  # messages for the child; _END: no more
        self._writer: threading.Thread | None = None

    def __enter__(self) -> ImportCheck:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        """Kill the child if it is still at work (the run failed elsewhere), and reap it."""
        if self._process is not None and self._process.returncode is None:
            self._process.kill()
            self._close()
            self._stop_writer()
            self._process.communicate()

    def start(self) -> None:
        """Start the child: it loads the client's dependencies, then waits for `stream`. Started
        before the spec is even read, the child does that on the core the generator leaves idle
        while it loads and validates the spec."""
        self._process = subprocess.Popen(
            [sys.executable, "-B", "-I", CHILD_PROGRAM, str(Path(__file__).parents[2])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            # A session of its own: a terminal's Ctrl-C reaches only the generator, which stops it.
            start_new_session=True,
        )

    def stream(self, runtime: dict[Path, bytes]) -> None:
        """Hand the child (started here if `start` did not) the hand-written `runtime` (path ->
        content; its modules are compiled while render works, they need no gate); the generated
        modules follow with `gate_batch` and `add`, and `end`."""
        if self._process is None:
            self.start()
        assert self._process is not None
        pipe, self._process.stdin = self._process.stdin, None  # the writer's: `communicate` leaves it alone
        assert pipe is not None
        self._writer = threading.Thread(target=self._write, args=(pipe,), name="checks-child-input", daemon=True)
        self._writer.start()
        self._say({"root": self._root})
        for path, data in runtime.items():
            if path.suffix == ".py":
                self.add(path, data.decode("utf-8"))

    def gate_batch(self, spool: Path, number: int) -> None:
        """Have the child gate batch `number` of the spool, unless the generator takes it back."""
        self._say(["batch", str(spool), number])

    def batch_read(self) -> int | None:
        """Wait for the next batch the child has gated; None once it has ended (it died)."""
        assert self._process is not None and self._process.stdout is not None, "start() starts the child"
        while line := self._process.stdout.readline():
            try:
                message = json.loads(line)
            except ValueError:
                continue  # not the child's (nothing of the client runs before `end`)
            if isinstance(message, list) and message[:1] == ["read"]:
                return int(message[1])
        return None

    def add(self, path: Path, imported: str | HeldByChild) -> None:
        """Hand over the module at `path` (a file under the project directory): its text as the
        gate allowed it, what of that an import runs (`import_time_text`), or where the child
        keeps that, compiled."""
        name, file = module_name(path, self.project_dir), str(Path(self._root, path.relative_to(self.project_dir)))
        if isinstance(imported, HeldByChild):
            self._say(["bind", name, file, imported.batch, imported.index])
        else:
            self._say(["module", name, file, imported])

    def end(self) -> None:
        """Every module is gated and handed over: the child runs them."""
        self._say(["end"])
        self._close()

    def _close(self) -> None:
        """The input ends here: the writer closes our end of the pipe once the rest is written
        (without `end` before it, the child runs nothing)."""
        self._said.put(_END)

    def _say(self, message: object) -> None:
        self._said.put(message)  # encoded by the writer: one message's JSON at a time

    def _write(self, pipe: IO[str]) -> None:
        """The writer thread: each line in turn, then the end of input."""
        try:
            while (message := self._said.get()) is not _END:
                pipe.write(json.dumps(message) + "\n")
                if self._said.empty():  # out now, not when the buffer fills: the child may be waiting
                    pipe.flush()
        except OSError:
            pass  # it has died (a broken pipe): `wait` reports what it said
        finally:
            with contextlib.suppress(OSError):
                pipe.close()  # end of input

    def _stop_writer(self) -> None:
        if self._writer is not None:
            self._writer.join()
            self._writer = None

    def wait(self) -> None:
        assert self._process is not None, "start() starts the child"
        try:
            stdout, stderr = self._process.communicate(timeout=TIMEOUT_SECONDS)
            self._stop_writer()
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.communicate()
            self._stop_writer()
            raise InputError(self.shown_as, f"importing the generated package took over {TIMEOUT_SECONDS} s") from None
        if self._process.returncode == 0:
            return
        if self._process.returncode < 0:  # a signal from outside: ours come only on timeout or from `stop`
            raise HelperKilled(CHILD_PROGRAM, -self._process.returncode, "checking the generated package")
        _raise_failure(stdout, stderr, self._root, self.shown_as)


@dataclass(frozen=True)
class FailedImport:
    module: str
    file: Path | None  # the generated file the failure is in (under the project directory), if any
    error: str  # with the output's path in place of the staging directory's


class ImportFailed(InputError):
    """`InputError` for the first module that does not import; `failed` lists every one."""

    failed: tuple[FailedImport, ...] = ()


def _raise_failure(stdout: str, stderr: str, root: str, shown_as: Path) -> None:
    failures = []
    for line in stdout.strip().splitlines():
        try:
            found = json.loads(line)
        except ValueError:
            continue  # a module printed something while it was imported
        if isinstance(found, dict) and "module" in found:  # not a batch read, nor a module's print
            failures.append(found)
    if not failures:
        detail = (stderr.strip().splitlines() or ["no output"])[-1]
        raise InputError(shown_as, f"the generated package does not import: {detail}") from None
    failed = tuple(
        FailedImport(
            failure["module"],
            Path(root) / Path(failure["file"]).resolve().relative_to(root) if failure.get("file") else None,
            # the staging directory means nothing to the user: say the output's path instead
            failure["error"].replace(root, str(shown_as)),
        )
        for failure in failures
    )
    first = failed[0]
    error = ImportFailed(
        shown_as / first.file.relative_to(root) if first.file else shown_as,
        f"generated module {first.module} does not import ({first.error}); "
        "a name in the spec probably clashes with one the generated code uses",
        failures[0].get("line"),
    )
    error.failed = failed
    raise error
