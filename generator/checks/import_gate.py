"""The last gate: every generated module imports, in a fresh interpreter.

Formatting and the security gate prove the output parses and does nothing unexpected at import
time; they cannot prove that it imports. A spec name that shadows a name the generated code uses
(a model `Response`, a parameter `quote`) or a model cycle upstream mishandles would give a
package that fails on `import`. One subprocess, `import_child`, imports every module (all of
them, so the run stays fast on large documents) and reports each failure at the generated file
and line.

It imports only after the security gate has allowed every generated module (only definitions,
imports and literal assignments at module level), so importing executes nothing the spec could
have chosen. The pipeline starts it as soon as the gate has allowed the last module, with the
text the gate read: it imports while ruff formats the files (which changes no meaning: the gate
reads the same text) and the generator writes its records.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from generator.checks import import_child
from generator.errors import HelperKilled, InputError

TIMEOUT_SECONDS = 300


def module_names(project_dir: Path, package_name: str) -> list[str]:
    return [module_name(path, project_dir) for path in sorted((project_dir / package_name).rglob("*.py"))]


def module_name(path: Path, project_dir: Path) -> str:
    parts = path.relative_to(project_dir).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


class ImportCheck:
    """`check_imports` in steps: `start()` starts the child once every module is gated, from
    the files or from the gated text; `wait()` raises `InputError` naming the first module that
    does not import.

    Use as a context manager, so that a child still importing is stopped when the run fails
    elsewhere.
    """

    def __init__(self, project_dir: Path, package_name: str, shown_as: Path) -> None:
        self.project_dir, self.package_name, self.shown_as = project_dir, package_name, shown_as
        self._root = str(project_dir.resolve())
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> ImportCheck:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._process is not None and self._process.returncode is None:  # the run failed elsewhere
            self._process.kill()
            self._process.communicate()

    def start(self, sources: Mapping[Path, str] | None = None) -> None:
        """Import the package's modules: `sources` (file under the project directory -> text) when
        given, else the files in the tree."""
        self._process = subprocess.Popen(
            [sys.executable, "-B", "-I", import_child.__file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            # A session of its own: a terminal's Ctrl-C reaches only the generator, which stops it.
            start_new_session=True,
        )
        assert self._process.stdin is not None
        lines: Iterable[str]
        if sources is None:
            lines = [json.dumps({"root": self._root, "modules": module_names(self.project_dir, self.package_name)})]
        else:
            named = {module_name(path, self.project_dir): path for path in sources}
            # One line per module, made as it is written: the texts are not copied into one request.
            lines = itertools.chain(
                [json.dumps({"root": self._root, "modules": sorted(named), "sources": True})],
                (
                    json.dumps([name, str(Path(self._root, path.relative_to(self.project_dir))), sources[path]])
                    for name, path in named.items()
                ),
            )
        try:
            for line in lines:
                self._process.stdin.write(line + "\n")
            self._process.stdin.close()  # end of input: the child starts importing
        except BrokenPipeError:
            pass  # it has died already: `wait` reports what it said
        self._process.stdin = None  # so that `communicate` leaves the closed pipe alone

    def wait(self) -> None:
        if self._process is None:
            self.start()
        assert self._process is not None
        try:
            stdout, stderr = self._process.communicate(timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.communicate()
            raise InputError(self.shown_as, f"importing the generated package took over {TIMEOUT_SECONDS} s") from None
        if self._process.returncode == 0:
            return
        if self._process.returncode < 0:  # a signal from outside: ours come only on timeout or from __exit__
            raise HelperKilled(import_child.__file__, -self._process.returncode, "importing the generated package")
        _raise_failure(stdout, stderr, self._root, self.shown_as)


def check_imports(project_dir: Path, package_name: str, shown_as: Path) -> None:
    """Raise `InputError` naming the first generated module that does not import, and why."""
    with ImportCheck(project_dir, package_name, shown_as) as imports:
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
