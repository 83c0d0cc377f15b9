"""The last gate: every generated module imports, in a fresh interpreter.

Formatting and the security gate prove the output parses and does nothing unexpected at import
time; they cannot prove that it imports. A spec name that shadows a name the generated code uses
(a model `Response`, a parameter `quote`) or a model cycle upstream mishandles would give a
package that fails on `import`. One subprocess imports every module (all of them, so the run stays
fast on large documents) and reports the first failure at the generated file and line.

It imports only after the security gate has allowed every generated module (only definitions,
imports and literal assignments at module level), so importing executes nothing the spec could
have chosen. `ImportCheck` starts the interpreter early, which loads the client's dependencies
while the generator formats and gates; it is handed the module names once the tree is final, and
imports them while the generator writes its records.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.errors import InputError

TIMEOUT_SECONDS = 300
# Runs in the child: `-B` keeps __pycache__ out of the tree, `-I` ignores the environment and the
# user's site-packages, so only the package and the installed dependencies are importable.
_PROGRAM = """
import importlib, json, sys, traceback
root, package = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
for dependency in ("httpx", "attrs", "dateutil.parser", "typing_extensions"):
    try:  # what every generated module imports, loaded while the tree is still being made
        importlib.import_module(dependency)
    except ImportError:
        pass  # then the module that needs it fails below, and says so
for name in sys.stdin.read().split():
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
        sys.exit(1)
"""


def module_names(project_dir: Path, package_name: str) -> list[str]:
    package = project_dir / package_name
    names = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(project_dir).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


class ImportCheck:
    """`check_imports` in steps: the interpreter starts with the object and waits for `start()`.

    Use as a context manager, so that an interpreter still waiting or importing is stopped when
    the run fails elsewhere. `start()` hands it the modules (call it once every module is gated
    and formatted); `wait()` raises `InputError` naming the first module that does not import.
    """

    def __init__(self, project_dir: Path, package_name: str, shown_as: Path) -> None:
        self.project_dir, self.package_name, self.shown_as = project_dir, package_name, shown_as
        self._root = str(project_dir.resolve())
        self._process = subprocess.Popen(
            [sys.executable, "-B", "-I", "-c", _PROGRAM, self._root, package_name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=self._root,
        )
        self._names: str | None = None

    def __enter__(self) -> ImportCheck:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._process.returncode is None:  # not reaped by `wait`: the run failed elsewhere
            self._process.kill()
            self._process.communicate()

    def start(self) -> None:
        assert self._process.stdin is not None
        self._names = "\n".join(module_names(self.project_dir, self.package_name))
        try:
            self._process.stdin.write(self._names)
            self._process.stdin.close()  # end of input: the child starts importing
        except BrokenPipeError:
            pass  # it has died already: `wait` reports what it said
        self._process.stdin = None  # so that `communicate` leaves the closed pipe alone

    def wait(self) -> None:
        if self._names is None:
            self.start()
        try:
            stdout, stderr = self._process.communicate(timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            raise InputError(self.shown_as, f"importing the generated package took over {TIMEOUT_SECONDS} s") from None
        if self._process.returncode == 0:
            return
        _raise_failure(stdout, stderr, self._root, self.shown_as)


def check_imports(project_dir: Path, package_name: str, shown_as: Path) -> None:
    """Raise `InputError` naming the first generated module that does not import, and why."""
    with ImportCheck(project_dir, package_name, shown_as) as imports:
        imports.start()
        imports.wait()


def _raise_failure(stdout: str, stderr: str, root: str, shown_as: Path) -> None:
    try:
        failure = json.loads(stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        detail = (stderr.strip().splitlines() or ["no output"])[-1]
        raise InputError(shown_as, f"the generated package does not import: {detail}") from None
    where: Path = shown_as
    if failure.get("file"):
        where = shown_as / Path(failure["file"]).resolve().relative_to(root)
    raise InputError(
        where,
        # the staging directory means nothing to the user: say the output's path instead
        f"generated module {failure['module']} does not import ({failure['error'].replace(root, str(shown_as))}); "
        "a name in the spec probably clashes with one the generated code uses",
        failure.get("line"),
    )
