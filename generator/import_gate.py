"""The last gate: every generated module imports, in a fresh interpreter.

Formatting and the security gate prove the output parses and does nothing unexpected at import
time; they cannot prove that it imports. A spec name that shadows a name the generated code uses
(a model `Response`, a parameter `quote`) or a model cycle upstream mishandles would give a
package that fails on `import`. One subprocess imports every module (all of them, so the run stays
fast on large documents) and reports the first failure at the generated file and line.

It runs after `gate.check_tree`, which has already allowed only definitions, imports and literal
assignments at module level, so importing executes nothing the spec could have chosen.
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
for name in sys.argv[3:]:
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


def check_imports(project_dir: Path, package_name: str, shown_as: Path) -> None:
    """Raise `InputError` naming the first generated module that does not import, and why."""
    root = str(project_dir.resolve())
    names = module_names(project_dir, package_name)
    try:
        result = subprocess.run(
            [sys.executable, "-B", "-I", "-c", _PROGRAM, root, package_name, *names],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            cwd=root,
        )
    except subprocess.TimeoutExpired:
        raise InputError(shown_as, f"importing the generated package took over {TIMEOUT_SECONDS} s") from None
    if result.returncode == 0:
        return
    try:
        failure = json.loads(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        detail = (result.stderr.strip().splitlines() or ["no output"])[-1]
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
