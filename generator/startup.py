"""What `python -m generator` sets up before anything else is imported: a short-lived process.

- The cyclic garbage collector is off. A regen builds a few large, long-lived object graphs
  (the document, upstream's model of it, Jinja's templates) and creates little cyclic garbage;
  each collection would walk all of them again, which took a tenth of the CPU time of a regen.
  Render leaves cyclic garbage (upstream's model of the document, Jinja's contexts), which the
  later stages would pile more memory on: one collection after it (`garbage_dropped`) frees it,
  and `gc.freeze()` before render keeps that collection from walking what was alive already.
- It leaves without tearing down (`leave`): once the output is flushed, the process ends without
  running the interpreter's finalisation, which would free every object still alive.
- Installed versions are read from the `dist-info` names (`installed_version`), without
  importing `importlib.metadata`, whose email parser was a fifth of a regen with nothing to do.
- httpx and httpcore load on first use. openapi-python-client imports both at the top for
  fetching a document by URL, which the generator never asks it to do; loading them cost about
  as long as everything else the generator imports.

Each of these, and the other shortcuts (the template cache, shared copies in upstream's parser),
can be switched off alone for measuring what it gains, with `ALTEGIO_GENERATOR_DISABLE` set to a
comma-separated list of `MECHANISMS`; the output is the same either way.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import os
import re
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

DEFERRED_MODULES = ("httpx", "httpcore")
DISABLE_VARIABLE = "ALTEGIO_GENERATOR_DISABLE"
MECHANISMS = ("cache", "gc", "fast-exit", "lazy-imports", "shared-copies", "empty-bodies", "ruff-threads", "early-gate")


def switched_off(mechanism: str) -> bool:
    """Whether `ALTEGIO_GENERATOR_DISABLE` lists `mechanism` (one of `MECHANISMS`)."""
    assert mechanism in MECHANISMS, mechanism
    return mechanism in {name.strip() for name in os.environ.get(DISABLE_VARIABLE, "").split(",")}


def prepare_process() -> None:
    if not switched_off("gc"):
        gc.disable()
    if not switched_off("lazy-imports"):
        for name in DEFERRED_MODULES:
            _load_on_first_use(name)


@contextmanager
def garbage_dropped() -> Iterator[None]:
    """With the collector off, collect once after the block what it left in cycles (and only that)."""
    if gc.isenabled():
        yield
        return
    gc.freeze()  # alive before the block: not walked by the collection after it
    yield
    gc.collect()


def leave(code: int) -> NoReturn:
    """End the process with `code` once its output is out, without freeing what it built.

    Only a process that has nothing left to do may leave this way: no atexit handler runs.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe: the output has nowhere to go
    if switched_off("fast-exit"):
        sys.exit(code)
    os._exit(code)


class _Deferred(types.ModuleType):
    """Stands in for a module in `sys.modules` until one of its attributes is read.

    `importlib.util.LazyLoader` cannot do this on Python 3.11: the `import` statement itself
    reads `__spec__`, which loads the module.
    """

    def __getattr__(self, attribute: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]  # from now on, the real module
        return getattr(importlib.import_module(self.__name__), attribute)


def _load_on_first_use(name: str) -> None:
    if name not in sys.modules and importlib.util.find_spec(name) is not None:
        sys.modules[name] = _Deferred(name)


def installed_version(distribution: str, *, metadata: bool = True) -> str | None:
    """The version of an installed distribution, as `importlib.metadata.version` finds it, or None.

    One installed from a wheel is found by name alone: the first `<name>-<version>.dist-info` on
    `sys.path`, without importing `importlib.metadata` (which loads `email`: a no-change regen
    never needs it); another (an egg, a zip) is asked of `importlib.metadata`, unless `metadata`
    is false."""
    prefix = re.sub(r"[-_.]+", "_", distribution).lower() + "-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # not a directory (a zip), or gone
            continue
        for name in sorted(names):
            if name.lower().startswith(prefix) and name.endswith(".dist-info"):
                return name[len(prefix) : -len(".dist-info")]
    if not metadata:
        return None
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return None
