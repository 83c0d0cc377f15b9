"""Swap a finished tree into place in one step, so the output is always old or new, never mixed.

On Linux `renameat2(RENAME_EXCHANGE)` swaps two directories atomically. Elsewhere the old tree
is renamed aside first; `recover` puts it back if a run died between the two renames.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import InputError

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def staging_dir(output: Path) -> Path:
    """A fresh directory beside `output` (same filesystem, so renames stay atomic)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{output.name}.staging-", dir=output.parent))


def _exchange(a: Path, b: Path) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    if ctypes.get_errno() in (errno.EINVAL, errno.ENOSYS, errno.EXDEV):
        return False  # filesystem without exchange support: fall back
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(b))


def replace_dir(new: Path, output: Path) -> None:
    """Make `new` the content of `output`; `new` is consumed."""
    if not output.exists():
        os.rename(new, output)
        return
    if _exchange(new, output):
        shutil.rmtree(new)  # now holds the old tree
        return
    aside = output.with_name(f".{output.name}.old")
    shutil.rmtree(aside, ignore_errors=True)
    os.rename(output, aside)
    os.rename(new, output)
    shutil.rmtree(aside)


def recover(output: Path) -> None:
    """Undo a fallback swap that was interrupted between its two renames; drop stale staging dirs."""
    aside = output.with_name(f".{output.name}.old")
    if aside.exists() and not output.exists():
        os.rename(aside, output)
    for stale in output.parent.glob(f".{output.name}.staging-*"):
        shutil.rmtree(stale, ignore_errors=True)


@contextmanager
def output_lock(output: Path, wait: bool = True) -> Iterator[None]:
    """One regen at a time per output directory; a second one waits (or fails if `wait` is False)."""
    import fcntl

    output.parent.mkdir(parents=True, exist_ok=True)
    lock_path = output.parent / f".{output.name}.lock"
    with open(lock_path, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise InputError(output, "another regen is writing this directory; try again when it ends") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
