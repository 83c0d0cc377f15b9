"""The import check's child: imports every generated module and reports those that fail.

Run by `generator.checks.import_gate` as `python -B -I <this file>` (`-B` keeps `__pycache__` out
of the tree, `-I` ignores the environment, the user's site-packages and this file's directory, so
only the package and the installed dependencies are importable). It imports nothing of the
generator. Its input is one JSON object on stdin: `root`, the directory holding the package, and
`modules`, the names to import. It prints one JSON line per module that does not import (its
name, the error, and the generated file and line it happened at) and exits 1 if there was one.
"""

from __future__ import annotations

import gc
import importlib
import json
import sys
import traceback
from typing import Any


def failure(name: str, error: BaseException, root: str) -> dict[str, Any]:
    """What the parent needs to report `error`: the innermost frame in a generated file, if any."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename.startswith(root)]
    where = frames[-1] if frames else None
    return {
        "module": name,
        "error": f"{type(error).__name__}: {error}",
        "file": where.filename if where else None,
        "line": where.lineno if where else None,
    }


def main() -> int:
    # A short-lived process that only defines things: the cyclic collector would walk every
    # module and class imported so far, again and again (a tenth of its time on large clients).
    gc.disable()
    request = json.loads(sys.stdin.read())
    root, modules = str(request["root"]), [str(name) for name in request["modules"]]
    sys.path.insert(0, root)
    failed = False
    for name in modules:
        try:
            importlib.import_module(name)
        except BaseException as exc:  # noqa: BLE001  (whatever a module raises is its failure)
            print(json.dumps(failure(name, exc, root)), flush=True)
            failed = True  # the rest are imported all the same: every module that fails is named
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
