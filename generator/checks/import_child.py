"""The import check's child: imports every generated module and reports those that fail.

Run by `generator.checks.import_gate` as `python -B -I <this file>` (`-B` keeps `__pycache__` out
of the tree, `-I` ignores the environment, the user's site-packages and this file's directory, so
only the package and the installed dependencies are importable). It imports nothing of the
generator. Its input is JSON lines on stdin: first an object with `root`, the directory holding
the package, `modules`, the names to import, and `sources`; with `sources` true, one line per
module follows, `[name, file, text]`, which it imports from instead of the disk (the pipeline
hands over the text it gated while ruff is still rewriting the files). It prints one JSON line
per module that does not import (its name, the error, and the generated file and line it
happened at) and exits 1 if there was one.
"""

from __future__ import annotations

import gc
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType
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


class Sources(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds the modules it was given (name -> file, text) and runs their text as that file's.

    First on `sys.meta_path`: a module of the package comes from here, never from the disk."""

    def __init__(self, sources: dict[str, tuple[str, str]]) -> None:
        self.sources = sources

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        found = self.sources.get(fullname)
        if found is None:
            return None
        file = found[0]
        package = [os.path.dirname(file)] if os.path.basename(file) == "__init__.py" else None
        return importlib.util.spec_from_file_location(fullname, file, loader=self, submodule_search_locations=package)

    def exec_module(self, module: ModuleType) -> None:
        file, text = self.sources[module.__name__]
        self.sources[module.__name__] = (file, "")  # run once: its text need not stay in memory
        exec(compile(text, file, "exec", dont_inherit=True), module.__dict__)  # noqa: S102  (gated text)


def main() -> int:
    # A short-lived process that only defines things: the cyclic collector would walk every
    # module and class imported so far, again and again (a tenth of its time on large clients).
    gc.disable()
    request = json.loads(sys.stdin.readline())
    root, modules = str(request["root"]), [str(name) for name in request["modules"]]
    if request.get("sources"):
        sources = {}
        for line in sys.stdin:
            name, file, text = json.loads(line)
            sources[str(name)] = (str(file), str(text))
        sys.meta_path.insert(0, Sources(sources))
    else:
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
