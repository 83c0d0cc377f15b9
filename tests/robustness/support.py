"""Helpers for the robustness tests: run the CLI in-process, compare snapshots, hash trees.

Snapshots: each document `tests/<corpus>/<case>.<ext>` has `<case>.expected` beside it, holding
`exit N` and then what the generator printed on stderr, with temporary paths replaced by
`<output>`. To accept new output after a deliberate change, run the tests with
`UPDATE_SNAPSHOTS=1` and review the diff of the `.expected` files.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import io
import os
import signal
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path

from generator import cli
from tests.conftest import ROOT

UPDATE = bool(os.environ.get("UPDATE_SNAPSHOTS"))
MARKER = "hostile-marker"  # what the hostile corpus's payloads would create, relative to the cwd


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run_in_process(*args: str | os.PathLike[str]) -> Run:
    """`python -m generator ARGS` in this process (saves the interpreter start-up per case).

    The working directory must be the repository root (the `at_root` fixture) so that messages
    name documents as `tests/...`, exactly as a user running from the root sees them.
    """
    out, err = io.StringIO(), io.StringIO()
    previous = signal.getsignal(signal.SIGTERM)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the CLI prints none; pytest's "error" filter must not leak in
            code = cli.main([str(a) for a in args])
    finally:
        signal.signal(signal.SIGTERM, previous)
    return Run(code, out.getvalue(), err.getvalue())


def normalized(run: Run, *replacements: tuple[str | os.PathLike[str], str]) -> str:
    text = run.stderr
    for old, new in replacements:
        text = text.replace(str(old), new)
    text = text.replace(str(ROOT) + os.sep, "")
    return f"exit {run.code}\n{text}"


def check_snapshot(expected_file: Path, actual: str) -> None:
    """Compare with the stored snapshot, or store it when UPDATE_SNAPSHOTS=1."""
    if UPDATE:
        expected_file.write_text(actual, encoding="utf-8")
        return
    if not expected_file.exists():
        raise AssertionError(f"{expected_file.relative_to(ROOT)} is missing; run with UPDATE_SNAPSHOTS=1 to write it")
    expected = expected_file.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=str(expected_file.relative_to(ROOT)),
                tofile="actual",
            )
        )
        raise AssertionError(f"{diff}\nrun with UPDATE_SNAPSHOTS=1 to accept the new output")


def tree_hash(root: Path) -> str:
    """Every entry under `root`: its relative path, its kind, and a file's bytes (caches excluded)."""
    digest = hashlib.sha256()
    if not root.exists():
        return "missing"
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if "__pycache__" in relative.parts:
            continue
        mode = path.lstat().st_mode
        kind = "l" if stat.S_ISLNK(mode) else "d" if stat.S_ISDIR(mode) else "f"
        digest.update(f"{relative.as_posix()}\0{kind}\0".encode())
        if kind == "f":
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def previous_output(output: Path, project: str = "altegio-activity-client", package: str = "altegio_activity") -> Path:
    """A stand-in for an earlier regen's output: enough for the generator to accept replacing it."""
    package_dir = output / project / package
    package_dir.mkdir(parents=True)
    (output / project / ".generator").mkdir()
    (output / project / ".generator" / "provenance.toml").write_text(
        f'package_name = "{package}"\npackage_version = "1.0.0"\n', encoding="utf-8"
    )
    (package_dir / "__init__.py").write_text('"""An earlier client."""\n', encoding="utf-8")
    (output / project / "README.md").write_text("An earlier client.\n", encoding="utf-8")
    return output


def leftovers(output: Path, project: str = "altegio-activity-client") -> list[str]:
    """Anything the generator left beside the output or beside the project directory in it:
    staging directories, an aside tree, the lock file."""
    beside_output = output.parent.glob(f".{output.name}.*")
    beside_project = output.glob(f".{project}.*") if output.is_dir() else []
    return sorted(str(p.relative_to(output.parent)) for p in [*beside_output, *beside_project])
