"""Compiled templates kept between runs, as Python keeps bytecode in `__pycache__`.

Jinja compiles every template from source into Python code on each run: about a sixth of a
regen of upstream's baseline document, for the same 32 templates every time. Jinja's bytecode
cache stores the compiled code under a key made of the template's name and path and checks the
source's SHA-1 and the Python version before using it, so a changed template is compiled again;
output never depends on the cache. It lives in the user's cache directory; a cache that cannot
be read or written only makes the run slower, never fail.
"""

from __future__ import annotations

import os
from pathlib import Path

from jinja2.bccache import Bucket, FileSystemBytecodeCache


class _BestEffortCache(FileSystemBytecodeCache):
    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        # By absolute path: Jinja's key is the path as the loader gives it, relative to the
        # working directory here, so every checkout's `templates/model.py.jinja` would share one
        # entry and, where their templates differ, replace each other's at every run.
        return super().get_cache_key(name, os.path.abspath(filename) if filename else filename)

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def template_bytecode_cache() -> FileSystemBytecodeCache | None:
    try:  # Path.home() raises RuntimeError when there is no home to find
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        directory = Path(base) / "altegio-generator" / "jinja"
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    except (OSError, RuntimeError):
        return None
    return _BestEffortCache(str(directory))
