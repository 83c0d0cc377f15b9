# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""The User-Agent the client sends: `<project>/<version> httpx/<version>`.

Servers and proxies log it; "python-httpx" alone does not say which client or release sent a
request. The version is the one the regen wrote into the package's `_version.py`, so a
vendored copy (never pip-installed) knows it too.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata

import httpx

__all__ = ["package_version", "user_agent"]

_PACKAGE = __name__.split(".")[0]  # the generated package, e.g. altegio_activity


@functools.cache
def package_version() -> str:
    try:  # generated beside the runtime, which is copied verbatim: found by name, not imported
        version = getattr(importlib.import_module(f"{_PACKAGE}._version"), "VERSION", None)
    except ImportError:
        version = None
    if isinstance(version, str) and version:
        return version
    try:
        return importlib.metadata.version(_PACKAGE.replace("_", "-") + "-client")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


@functools.cache
def user_agent() -> str:
    return f"{_PACKAGE.replace('_', '-')}/{package_version()} httpx/{httpx.__version__}"
