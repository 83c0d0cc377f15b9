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
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from generator.errors import InputError

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
# A regen takes seconds; a lock held for ten minutes belongs to a run that is stuck, not busy.
LOCK_TIMEOUT_SECONDS = 600.0


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
    """Finish or undo what a killed run left behind; call it holding the lock.

    A fallback swap interrupted between its two renames left the old tree aside and no output:
    it goes back. An aside next to a complete output, and staging directories (a run killed while
    building, or while deleting the old tree after the exchange), are leftovers and are removed.
    """
    aside = output.with_name(f".{output.name}.old")
    if aside.exists() and not output.exists():
        os.rename(aside, output)
    _remove(aside)
    for stale in output.parent.glob(f".{output.name}.staging-*"):
        _remove(stale)


def _remove(path: Path, attempts: int = 20) -> None:
    """Delete a leftover tree; retry while a formatter orphaned by a killed run still writes into it."""
    for _ in range(attempts):
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            return
        time.sleep(0.1)


@contextmanager
def output_lock(output: Path, wait: bool = True, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """One regen at a time per output directory: a second one waits, then fails clearly.

    The lock is an advisory `flock` on a file beside the output, so the kernel releases it when its
    holder dies, however it dies; the file itself is left in place and says who holds it.
    """
    import fcntl

    output.parent.mkdir(parents=True, exist_ok=True)
    lock_path = output.parent / f".{output.name}.lock"
    with open(lock_path, "a+b") as handle:
        if not _try_lock(handle):
            holder = _holder(handle)
            if not wait:
                raise InputError(output, f"another regen ({holder}) is writing this directory; try again when it ends")
            print(f"{output}: waiting for another regen ({holder}) to finish writing it", file=sys.stderr)
            deadline = time.monotonic() + timeout
            while not _try_lock(handle):
                if time.monotonic() > deadline:
                    raise InputError(
                        output,
                        f"another regen ({holder}) has been writing this directory for over {timeout:.0f} s; "
                        "stop it or try again later",
                    )
                time.sleep(0.05)
        handle.truncate(0)
        handle.write(f"pid {os.getpid()}\n".encode())
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _try_lock(handle: BinaryIO) -> bool:
    import fcntl

    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(handle: BinaryIO) -> str:
    handle.seek(0)
    text = handle.read(100).decode("ascii", "replace").strip()
    return text or "pid unknown"
