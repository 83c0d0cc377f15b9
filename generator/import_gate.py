"""The last gate: every generated module imports, in a fresh interpreter.

Formatting and the security gate prove the output parses and does nothing unexpected at import
time; they cannot prove that it imports. A spec name that shadows a name the generated code uses
(a model `Response`, a parameter `quote`) or a model cycle upstream mishandles would give a
package that fails on `import`. One subprocess imports every module (all of them, so the run stays
fast on large documents) and reports the first failure at the generated file and line.

It imports only after the security gate has allowed every generated module (only definitions,
imports and literal assignments at module level), so importing executes nothing the spec could
have chosen. The interpreter starts before the client is rendered (`python -m generator` starts
it first thing, see `prestart`), so that it loads the client's dependencies on the other core;
it is told where the package is and handed the module names once the tree is final, and imports
them while the generator writes its records.

Compiling the modules is most of the import's cost, and the generator has nothing left to do
once its records are written: it then compiles modules too, from the other end of the list, and
passes them to the child through a file in a scratch directory; the child lists in another file
the modules it compiles itself, which the generator then skips. The child still executes every
module itself.
"""

from __future__ import annotations

import json
import marshal
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from generator.errors import InputError

TIMEOUT_SECONDS = 300
# What generated modules import (the security gate allows no other module) and what the
# hand-written runtime does, loaded while the client is still being made.
PRELOADED = (
    "httpx",
    "httpcore",
    "attrs",
    "dateutil.parser",
    "typing_extensions",
    "anyio",
    "asyncio",
    "json",
    "uuid",
    "importlib.metadata",
    "tomllib",
    "email.utils",
    "zlib",
    "random",
    "logging",
)
# Runs in the child: `-B` keeps __pycache__ out of the tree, `-I` ignores the environment and the
# user's site-packages, so only the package and the installed dependencies are importable. Its
# input is one JSON line (the package's root, the scratch directory and the module names), or
# none at all if the run ended before the tree was made. The root goes on `sys.path` only once
# the tree exists (a missing directory would be cached as holding nothing), with a finder of its
# own that reads the modules the generator compiled.
_PROGRAM = r"""
import importlib, importlib.machinery as machinery, json, marshal, os, sys, traceback
for dependency in sys.argv[1:]:
    try:
        importlib.import_module(dependency)
    except ImportError:
        pass  # then the module that needs it fails below, and says so
# One line, not the end of input: forked copies of the generator may hold the pipe open.
where = sys.stdin.readline()  # blocks until the tree is final
if not where:
    sys.exit(0)
root, bytecode, names = json.loads(where)

# Modules compiled by the generator arrive in one append-only file, each record a name and its
# code; the names this process compiles itself go to another, so that the generator skips them.
try:
    offered = open(os.path.join(bytecode, "offered"), "rb")
    taken = open(os.path.join(bytecode, "taken"), "a", buffering=1)
except OSError:  # then this process compiles every module itself
    offered = taken = None
received, pending = {}, bytearray()

def precompiled(name):
    if offered is None:
        return None
    try:
        pending.extend(offered.read())
    except OSError:
        pass
    start = 0
    while len(pending) - start >= 8:
        name_size = int.from_bytes(pending[start:start + 4], "little")
        end = start + 8 + name_size + int.from_bytes(pending[start + 4:start + 8], "little")
        if end > len(pending):
            break  # the rest of this record is still being written
        received[bytes(pending[start + 8:start + 8 + name_size]).decode()] = bytes(pending[start + 8 + name_size:end])
        start = end
    del pending[:start]
    return received.pop(name, None)

class Loader(machinery.SourceFileLoader):
    def get_code(self, fullname):
        code = precompiled(fullname)
        if code is not None:
            return marshal.loads(code)
        try:
            taken.write(fullname + "\n")
        except (OSError, AttributeError):
            pass  # the generator may compile it too: that only costs time
        return super().get_code(fullname)

finder = machinery.FileFinder.path_hook((Loader, [".py"]))
def hook(path):
    if path == root or path.startswith(root + os.sep):
        return finder(path)
    raise ImportError(path)
sys.path_hooks.insert(0, hook)
sys.path.insert(0, root)
failed = False
for name in names:
    try:
        importlib.import_module(name)
    except BaseException as exc:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(root)]
        where = frames[-1] if frames else None
        print(json.dumps({
            "module": name,
            "error": f"{type(exc).__name__}: {exc}",
            "file": where.filename if where else None,
            "line": where.lineno if where else None,
        }))
        failed = True  # the rest are imported all the same: every module that fails is named
sys.exit(1 if failed else 0)
"""


def module_names(project_dir: Path, package_name: str) -> list[str]:
    return [name for name, _ in _modules(project_dir, package_name)]


def _modules(project_dir: Path, package_name: str) -> list[tuple[str, Path]]:
    package = project_dir / package_name
    found = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(project_dir).with_suffix("").parts
        found.append((".".join(parts[:-1] if parts[-1] == "__init__" else parts), path))
    return found


_prestarted: subprocess.Popen[str] | None = None


def prestart() -> None:
    """Start the interpreter now, for the next `ImportCheck` to use: its dependencies load while
    this process is still importing its own. Harmless if no check follows: the interpreter ends
    when this process does."""
    global _prestarted
    if _prestarted is None:
        _prestarted = _interpreter()


def _interpreter() -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-B", "-I", "-c", _PROGRAM, *PRELOADED],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class ImportCheck:
    """`check_imports` in steps: the interpreter starts with the object (or earlier, see
    `prestart`) and waits for `start()`.

    `project_dir` need not exist yet; `scratch` is an empty directory outside it for the compiled
    modules (a temporary one if not given). Use as a context manager, so that an interpreter still
    waiting or importing is stopped when the run fails elsewhere. `start()` hands it the modules
    (call it once every module is gated and formatted); `wait()` helps it compile, then raises
    `InputError` naming the first module that does not import.
    """

    def __init__(self, project_dir: Path, package_name: str, shown_as: Path, scratch: Path | None = None) -> None:
        self.project_dir, self.package_name, self.shown_as = project_dir, package_name, shown_as
        self._root = str(project_dir.resolve())
        self._scratch = scratch if scratch is not None else Path(tempfile.mkdtemp(prefix="altegio-imports-"))
        self._scratch.mkdir(exist_ok=True)
        for name in ("offered", "taken"):  # opened by the child once it is told where they are
            os.close(os.open(self._scratch / name, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        global _prestarted
        self._process, _prestarted = (_prestarted, None) if _prestarted is not None else (_interpreter(), None)
        self._modules: list[tuple[str, Path]] | None = None

    def __enter__(self) -> ImportCheck:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._process.returncode is None:  # not reaped by `wait`: the run failed elsewhere
            self._process.kill()
            self._process.communicate()
        shutil.rmtree(self._scratch, ignore_errors=True)

    def start(self) -> None:
        assert self._process.stdin is not None
        self._modules = _modules(self.project_dir, self.package_name)
        try:
            names = [name for name, _ in self._modules]
            self._process.stdin.write(json.dumps([self._root, str(self._scratch.resolve()), names]) + "\n")
            self._process.stdin.flush()
            self._process.stdin.close()  # end of input: the child starts importing
        except BrokenPipeError:
            pass  # it has died already: `wait` reports what it said
        self._process.stdin = None  # so that `communicate` leaves the closed pipe alone

    def wait(self) -> None:
        if self._modules is None:
            self.start()
        self._compile_for_child()
        try:
            stdout, stderr = self._process.communicate(timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            raise InputError(self.shown_as, f"importing the generated package took over {TIMEOUT_SECONDS} s") from None
        if self._process.returncode == 0:
            return
        _raise_failure(stdout, stderr, self._root, self.shown_as)

    def _compile_for_child(self) -> None:
        """Compile modules the child has not taken yet, last first, until it has finished.

        Best effort: a module that does not compile, or a write that fails, is left to the child,
        which compiles it itself (and reports what is wrong with it).
        """
        try:
            offered = os.open(self._scratch / "offered", os.O_WRONLY | os.O_APPEND)
        except OSError:
            return
        try:
            with open(self._scratch / "taken", "rb") as child_took:
                taken: set[str] = set()
                pending = b""
                for name, path in reversed(self._modules or []):
                    if self._process.poll() is not None:
                        return
                    *names, pending = (pending + child_took.read()).split(b"\n")
                    taken.update(n.decode() for n in names)
                    if name in taken:
                        continue
                    try:
                        where = os.path.join(self._root, path.relative_to(self.project_dir))
                        code = marshal.dumps(compile(path.read_bytes(), where, "exec", dont_inherit=True))
                    except (SyntaxError, ValueError):
                        continue
                    encoded = name.encode()
                    record = len(encoded).to_bytes(4, "little") + len(code).to_bytes(4, "little") + encoded + code
                    if os.write(offered, record) != len(record):
                        return  # a short write (a full disk): the child stops reading at the torn record
        except OSError:
            return
        finally:
            os.close(offered)


def check_imports(project_dir: Path, package_name: str, shown_as: Path) -> None:
    """Raise `InputError` naming the first generated module that does not import, and why."""
    with ImportCheck(project_dir, package_name, shown_as) as imports:
        imports.start()
        imports.wait()


@dataclass(frozen=True)
class FailedImport:
    module: str
    file: Path | None  # the generated file the failure is in (under the project directory), if any
    error: str  # with the output's path in place of the staging directory's


@dataclass
class ImportFailed(InputError):
    """`InputError` for the first module that does not import; `failed` lists every one."""

    failed: tuple[FailedImport, ...] = ()


def _raise_failure(stdout: str, stderr: str, root: str, shown_as: Path) -> None:
    failures = []
    for line in stdout.strip().splitlines():
        try:
            failures.append(json.loads(line))
        except ValueError:
            continue  # a module printed something while it was imported
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
    raise ImportFailed(
        shown_as / first.file.relative_to(root) if first.file else shown_as,
        f"generated module {first.module} does not import ({first.error}); "
        "a name in the spec probably clashes with one the generated code uses",
        failures[0].get("line"),
        failed=failed,
    )
