"""The import check's child: imports every generated module and reports those that fail.

Run by `generator.checks.import_gate` as `python -B -I <this file>` (`-B` keeps `__pycache__` out
of the tree, `-I` ignores the environment, the user's site-packages and this file's directory, so
only the package and the installed dependencies are importable). It imports nothing of the
generator. Its input is JSON lines on stdin. The first is an object: `root`, the directory the
package's files are named under. The child is started as render begins and loads the client's
dependencies while it waits. Each module follows as `["module", name, file, text]`: the
hand-written runtime's at once, each generated one as soon as the security gate has allowed it
(the text with its function bodies emptied, so that every line keeps its number), and the child
compiles it then (compiling runs nothing), on the other core while the generator gates the
next; `["end"]` says every module is gated, and only then does it run them, from the streamed
text, never from the disk. Input that stops without `["end"]` (the generator failed or was
killed) runs nothing.

It prints one JSON line per module that does not import (its name, the error, and the generated
file and line it happened at) and exits 1 if there was one.
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
import warnings
from collections.abc import Sequence
from types import CodeType, ModuleType
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


_RAN = compile("", "<ran>", "exec")  # in place of a module's code once it has run


class Compiled(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds the modules it was given (name -> file and compiled text) and runs their code.

    First on `sys.meta_path`: a module of the package comes from here, never from the disk."""

    def __init__(self) -> None:
        self.modules: dict[str, tuple[str, CodeType | BaseException]] = {}

    def add(self, name: str, file: str, text: str) -> None:
        try:
            # Silently: nothing may reach stderr while the generator is still writing to stdin and
            # not yet reading it (a full pipe each way would stall both). Python 3.12 warns of an
            # invalid escape sequence here.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self.modules[name] = (file, compile(text, file, "exec", dont_inherit=True))
        except (SyntaxError, ValueError) as exc:  # reported when the module is imported
            self.modules[name] = (file, exc)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        found = self.modules.get(fullname)
        if found is None:
            return None
        file = found[0]
        package = [os.path.dirname(file)] if os.path.basename(file) == "__init__.py" else None
        return importlib.util.spec_from_file_location(fullname, file, loader=self, submodule_search_locations=package)

    def exec_module(self, module: ModuleType) -> None:
        file, code = self.modules[module.__name__]
        if isinstance(code, BaseException):
            raise code
        exec(code, module.__dict__)  # noqa: S102  (gated, and run only once every module is)
        # Ran, and imported modules are not run again: what its functions still use stays alive
        # through them, the rest (class bodies, the module's own code) goes. On a large client
        # this process has the run's largest memory.
        self.modules[module.__name__] = (file, _RAN)


def _streamed(compiled: Compiled) -> list[str] | None:
    """Compile each streamed module as it comes; its names, or None if the input ended early."""
    for line in sys.stdin:
        message = json.loads(line)
        if message[0] == "end":
            return sorted(compiled.modules)
        _, name, file, text = message
        compiled.add(str(name), str(file), str(text))
    return None


# What every generated client's runtime imports that takes time to load (httpcore is not loaded
# by httpx's import, asyncio and importlib.metadata by neither). The generator starts this child
# as a regen's render begins and streams the generated modules only later, so these load
# meanwhile, on the other core; one that is missing is reported by the module that imports it.
DEPENDENCIES = ("httpx", "httpcore", "attrs", "asyncio", "importlib.metadata")


def _preload() -> None:
    for name in DEPENDENCIES:
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def main() -> int:
    # A short-lived process that only defines things: the cyclic collector would walk every
    # module and class imported so far, again and again (a tenth of its time on large clients).
    gc.disable()
    request = json.loads(sys.stdin.readline())
    root = str(request["root"])
    _preload()
    compiled = Compiled()
    modules = _streamed(compiled)
    if modules is None:
        return 3  # not every module was gated: nothing runs
    sys.meta_path.insert(0, compiled)
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
