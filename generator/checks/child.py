"""The checks' child process: gates the generated modules while render writes them, compiles what
an import of each runs, and imports them all once every one is gated; it reports those that fail.

Run by `generator.checks.import_gate` as `python -B -I <this file> ROOT` (`-B` keeps
`__pycache__` out of the tree, `-I` ignores the environment, the user's site-packages and this
file's directory; ROOT is the directory holding the `generator` package, whose security gate it
runs). It is started before the generator reads the spec, and loads the client's dependencies
while it waits.

Its input is JSON lines on stdin. The first is an object: `root`, the directory the package's
files are named under. Then, in any order:
- `["module", name, file, text]`: a module to compile as it is: the hand-written runtime's at
  once (they need no gate), and each generated module the generator gated itself;
- `["batch", spool, number]`: a batch of generated modules for the security gate, taken unless
  the generator has taken it back (`early_gate.read_batch`). Its readings go to the spool, the
  child prints `["read", number]`, and keeps what of each allowed module an import runs
  (`import_time_text`), compiled: gate and compiler work here, on the core render leaves idle;
- `["bind", name, file, number, index]`: the module `name`, at `file`, is the `index`-th of batch
  `number` as this process read and compiled it;
- `["end"]`: every module is gated. The gate's own modules leave `sys.modules` (a client package
  may be called `generator`), and only then are the modules run, from the text handed over,
  never from the disk. Input that stops without `["end"]` (the generator failed or was killed)
  runs nothing.

It then prints one JSON object per module that does not import (its name, the error, and the
generated file and line it happened at) and exits 1 if there was one.
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
_NOT_FILED = "<gated>"  # the file of a module compiled before its place is known (see `filed_at`)

Compiled = CodeType | BaseException  # a module's code, or why it does not compile


def compiled(text: str, file: str) -> Compiled:
    """`text` compiled (which runs nothing), or the error that stops it: reported when imported.

    Silently: nothing may reach stderr while the generator is still writing to stdin and not
    yet reading it (a full pipe each way would stall both). Python 3.12 warns of an invalid
    escape sequence here.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return compile(text, file, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        return exc


def filed_at(code: Compiled, file: str) -> Compiled:
    """`code`, compiled before its file was known, as if compiled at `file` (so that a failure is
    reported there): the same text may be at several places."""
    if not isinstance(code, CodeType):
        return code
    consts = tuple(filed_at(const, file) if isinstance(const, CodeType) else const for const in code.co_consts)
    return code.replace(co_filename=file, co_consts=consts)


class Modules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds the modules it was given (name -> file and code) and runs their code.

    First on `sys.meta_path`: a module of the package comes from here, never from the disk."""

    def __init__(self) -> None:
        self.modules: dict[str, tuple[str, Compiled]] = {}

    def add(self, name: str, file: str, code: Compiled) -> None:
        self.modules[name] = (file, code)

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


class Gating:
    """The batches this process gates, and what it keeps of each allowed module: its code, by
    (batch, index in it), until the generator says where the module is (`bind`)."""

    def __init__(self, generator_root: str) -> None:
        self.generator_root = generator_root
        self.held: dict[tuple[int, int], Compiled] = {}

    def read(self, spool: str, number: int) -> bool:
        """Gate batch `number` unless the generator has taken it; whether this process did."""
        if self.generator_root not in sys.path:
            sys.path.insert(0, self.generator_root)  # the gate's modules, loaded with the first batch
        from generator.checks.early_gate import read_batch

        with warnings.catch_warnings():  # silently, as `compiled`: the parser warns too (3.12)
            warnings.simplefilter("ignore")
            imported = read_batch(spool, number)
        if imported is None:
            return False
        for index, text in enumerate(imported):
            if text is not None:
                self.held[number, index] = compiled(text, _NOT_FILED)
        return True

    def forget_the_gate(self) -> None:
        """Unload the gate's modules: the client's package may have one's name."""
        self.held.clear()
        if self.generator_root in sys.path:
            sys.path.remove(self.generator_root)
        for name in [name for name in sys.modules if name == "generator" or name.startswith("generator.")]:
            del sys.modules[name]


def _streamed(modules: Modules, gating: Gating) -> list[str] | None:
    """Take the messages (see the module's doc) until `["end"]`: the names of the modules to
    import, or None if the input ended before it."""
    for line in sys.stdin:
        message = json.loads(line)
        kind = message[0]
        if kind == "module":
            _, name, file, text = message
            modules.add(str(name), str(file), compiled(str(text), str(file)))
        elif kind == "batch":
            if gating.read(str(message[1]), int(message[2])):
                print(json.dumps(["read", message[2]]), flush=True)
        elif kind == "bind":
            _, name, file, number, index = message
            modules.add(str(name), str(file), filed_at(gating.held[int(number), int(index)], str(file)))
        elif kind == "end":
            gating.forget_the_gate()
            return sorted(modules.modules)
    return None


# What every generated client's runtime imports that takes time to load (httpcore is not loaded
# by httpx's import, asyncio and importlib.metadata by neither). The generator starts this child
# before it reads the spec and streams the generated modules only later, so these load
# meanwhile, on the other core; one that is missing is reported by the module that imports it.
DEPENDENCIES = ("httpx", "httpcore", "attrs", "asyncio", "importlib.metadata")


def _preload() -> None:
    for name in DEPENDENCIES:
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def main(generator_root: str) -> int:
    # A short-lived process that only defines things: the cyclic collector would walk every
    # module and class imported so far, again and again (a tenth of its time on large clients).
    # Each gated module's syntax tree is freed by its last reference.
    gc.disable()
    _preload()  # while the generator reads the spec: it starts this process first
    request = json.loads(sys.stdin.readline())
    root = str(request["root"])
    modules = Modules()
    names = _streamed(modules, Gating(generator_root))
    if names is None:
        return 3  # not every module was gated: nothing runs
    sys.meta_path.insert(0, modules)
    failed = False
    for name in names:
        try:
            importlib.import_module(name)
        except BaseException as exc:  # noqa: BLE001  (whatever a module raises is its failure)
            print(json.dumps(failure(name, exc, root)), flush=True)
            failed = True  # the rest are imported all the same: every module that fails is named
    return 1 if failed else 0


def leave(code: int) -> None:
    """End with `code` once the output is out, without freeing every module and class made: on
    a large client, tearing the interpreter down took half a second the generator waited for."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # the generator has gone: the output has nowhere to go
    os._exit(code)


if __name__ == "__main__":
    leave(main(sys.argv[1]))
