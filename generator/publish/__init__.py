"""Swap a finished project directory into place in one step, so it is always old or new, never mixed.

A regen owns `<output>/<project_name>/` and nothing else in the output directory. Its lock file,
its staging tree and (where the swap has to fall back to two renames) the old tree set aside all
sit beside the project directory, inside the output directory (one file system, so renames are
atomic), and all of them are gone when the run ends; a run that dies leaves them behind, and the
next run removes them before it starts. Files in the project directory that the previous regen
did not write (its `.generator/provenance.toml` lists what it wrote) are the user's: they are hard-linked
into the new tree before the swap, so they survive it, whenever the run is killed.

On Linux `renameat2(RENAME_EXCHANGE)` swaps two directories atomically. Elsewhere the old tree
is renamed aside first; `recover` puts it back if a run died between the two renames.

Failures of the machine rather than of the input (permissions, a read-only or full file system)
are `OutputError`s, which name the path and the OS error and say what state the output is in.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO

from generator.errors import InputError
from generator.release.provenance import TOOL_CACHES  # never carried into a new tree

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
# A regen takes seconds; a lock held for ten minutes belongs to a run that is stuck, not busy.
LOCK_TIMEOUT_SECONDS = 600.0

UNCHANGED = "the output directory is unchanged"


class OutputError(Exception):
    """The machine refused a read or write (not the input's fault); the CLI exits 3."""

    def __init__(self, path: Path | str, error: OSError, doing: str, state: str) -> None:
        self.path, self.error, self.doing, self.state = Path(path), error, doing, state
        super().__init__(str(self))

    def __str__(self) -> str:
        name = errno.errorcode.get(self.error.errno or 0, "")
        reason = self.error.strerror or str(self.error)
        return f"{self.path}: {reason}{f' ({name})' if name else ''} while {self.doing}; {self.state}"


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM, with what state the output was left in."""

    def __init__(self, state: str) -> None:
        super().__init__(state)
        self.state = state


@contextmanager
def machine_errors(doing: str, where: Path, state: str = UNCHANGED) -> Iterator[None]:
    """Turn an `OSError` inside the block into an `OutputError` naming the file it was about."""
    try:
        yield
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(exc.filename or where, exc, doing, state) from None


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block is done, so that cleaning up is never cut short."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    deferred = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, deferred)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _aside(target: Path) -> Path:
    """Where the fallback swap sets the old tree aside."""
    return target.with_name(f".{target.name}.old")


def _staging_prefix(target: Path) -> str:
    return f".{target.name}.staging-"


def staging_dirs(target: Path) -> list[Path]:
    """The staging trees beside `target` (`staging_dir`)."""
    return sorted(target.parent.glob(_staging_prefix(target) + "*"))


def leftovers(target: Path) -> list[Path]:
    """What a run that died, or could not clean up, left beside `target`: staging trees and an
    old tree set aside (`recover` removes them, or puts the old tree back)."""
    aside = _aside(target)
    return [*staging_dirs(target), *([aside] if aside.exists() else [])]


def staging_dir(target: Path) -> Path:
    """A fresh directory beside `target` (same file system, so renames stay atomic)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=_staging_prefix(target), dir=target.parent))


def _exchange(a: Path, b: Path) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    if ctypes.get_errno() in (errno.EINVAL, errno.ENOSYS, errno.EXDEV):
        return False  # file system without exchange support: fall back
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(b))


def replace_dir(new: Path, target: Path) -> Path | None:
    """Make `new` the content of `target`; `new` is consumed.

    Returns where the old tree now is (for the caller to delete), or None if there was none.
    Raises `OutputError`; whatever it says, `target` is then the old tree, whole.
    """
    doing = f"moving the new tree into place at {target}"
    if not target.exists():
        with machine_errors(doing, target):
            os.rename(new, target)
        return None
    with machine_errors(doing, target):
        if _exchange(new, target):
            return new  # now holds the old tree
    aside = _aside(target)
    with machine_errors(doing, target):
        remove_tree(aside)
        os.rename(target, aside)
    try:
        os.rename(new, target)
    except OSError as exc:
        os.rename(aside, target)  # undo the first rename; the same rename just worked the other way
        raise OutputError(target, exc, doing, UNCHANGED) from None
    return aside


def recover(target: Path) -> None:
    """Finish or undo what a killed run left behind; call it holding the lock.

    A fallback swap interrupted between its two renames left the old tree aside and no target: it
    goes back. An aside next to a complete target, and staging directories (a run killed while
    building, or while deleting the old tree after the exchange), are leftovers and are removed.
    """
    aside = _aside(target)
    with machine_errors("cleaning up after an earlier run", target):
        if aside.exists() and not target.exists():
            os.rename(aside, target)
        for stale in leftovers(target):
            _remove_retrying(stale)


def remove_tree(path: Path) -> None:
    """Delete a tree this generator made, read-only directories in it included; `OSError` if it cannot."""

    def writable_and_retry(function: Callable[..., Any], name: str, info: Any) -> None:
        error = info[1]
        if not isinstance(error, PermissionError):
            raise error
        parent = os.path.dirname(name)
        os.chmod(parent, stat.S_IRWXU | os.stat(parent).st_mode)
        if function in (os.rmdir, os.unlink):
            function(name)
        elif function in (os.open, os.scandir):
            os.chmod(name, stat.S_IRWXU | os.stat(name).st_mode)
            shutil.rmtree(name, onerror=writable_and_retry)
        else:
            raise error

    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path, onerror=writable_and_retry)


def _remove_retrying(path: Path, attempts: int = 20) -> None:
    """Delete a leftover tree; retry while a formatter orphaned by a killed run still writes into it."""
    for attempt in range(attempts):
        try:
            remove_tree(path)
        except FileNotFoundError:
            pass
        except OSError:
            if attempt == attempts - 1:
                raise
        if not path.exists() and not path.is_symlink():
            return
        time.sleep(0.1)


class Carried:
    """What `carry_over` put into the new tree: each entry's path, and what identifies the
    original (device and inode; for a copy, also its size and modification time)."""

    def __init__(self) -> None:
        self.kept: list[str] = []
        self.identities: dict[str, tuple[int, ...]] = {}


def carry_over(old: Path, new: Path, is_generated: Callable[[str], bool]) -> Carried:
    """Hard-link into `new` every entry of `old` the generator did not make.

    Links (a copy where the file system refuses one) leave the originals where they are, so a run
    killed before the swap loses nothing, and one killed after it has them in the new tree.
    A directory of the user's keeps its mode, read-only or without any permission (one the
    user owns but cannot list is opened for the time it takes to list it). Tool caches
    (`__pycache__` and the like) are not carried. Raises `InputError` when the new tree has a
    file where the user has one, and `PermissionError` for a directory of someone else's that
    cannot be listed (never a silent loss).

    Call `check_carried` just before the swap: a file saved meanwhile is not in the new tree.
    """
    carried = Carried()
    if not old.is_dir() or old.is_symlink():
        return carried
    modes: list[tuple[Path, int]] = []
    for relative, path, info in _user_entries(old, is_generated):
        is_dir = relative.endswith("/")
        destination = new / relative.rstrip("/")
        if is_dir and destination.is_dir() and not destination.is_symlink():
            continue  # the new tree has this directory too: its mode is the generator's
        if os.path.lexists(destination) or _file_on_the_way(new, destination):
            raise InputError(
                path,
                f"is not a {'directory' if is_dir else 'file'} the generator made, but the new client writes "
                f"one at that path; move it out of {old} and run again",
            )
        destination.parent.mkdir(parents=True, exist_ok=True)
        if is_dir:
            os.mkdir(destination, 0o700)  # its own mode once everything is in it
            modes.append((destination, stat.S_IMODE(info.st_mode)))
            continue
        try:
            os.link(path, destination, follow_symlinks=False)
            identity = _identity(os.lstat(destination), copied=False)  # the file as linked, whatever came since
        except OSError as exc:
            if isinstance(exc, FileNotFoundError) and not os.path.lexists(path):
                continue  # deleted since it was listed: nothing to keep
            if stat.S_ISLNK(info.st_mode):
                os.symlink(os.readlink(path), destination)
            else:
                shutil.copy2(path, destination, follow_symlinks=False)
            identity = _identity(info, copied=True)  # as it was before the copy: a change since shows
        carried.kept.append(relative)
        carried.identities[relative] = identity
    for directory, mode in reversed(modes):  # the deepest first: a parent may take away access
        os.chmod(directory, mode)
    return carried


def check_carried(old: Path, carried: Carried, is_generated: Callable[[str], bool]) -> None:
    """`OutputError` (nothing changed) when a file of the user's in `old` changed since
    `carry_over`: saved anew (another inode), copied and then written, added or removed."""
    if not old.is_dir() or old.is_symlink():
        return
    now: dict[str, tuple[int, ...]] = {}
    with machine_errors(f"keeping your files in {old}", old):
        for relative, _, info in _user_entries(old, is_generated):
            if relative.endswith("/"):
                continue
            before = carried.identities.get(relative)
            now[relative] = _identity(info, copied=before is not None and len(before) > 2)
    for relative in sorted(now.keys() | carried.identities.keys()):
        if now.get(relative) != carried.identities.get(relative):
            how = "appeared" if relative not in carried.identities else "changed"
            how = "was removed" if relative not in now else how
            error = OSError(errno.EAGAIN, f"{how} while your files were carried into the new client; run again")
            raise OutputError(old / relative, error, f"keeping your files in {old}", UNCHANGED)


def carry_late_changes(old: Path, new: Path, carried: Carried, is_generated: Callable[[str], bool]) -> None:
    """After the swap: bring into `new` (now in place) what the user saved in `old` (the tree
    swapped out) between `check_carried` and the swap, which would be lost with the old tree.

    Once the swap is done, a save by path lands in the new tree, so this closes the window. A
    file is replaced only while the new tree still has what was carried there (a save made
    since, into the new tree, is newer); a new file only where the new tree has none.
    """
    for relative, path, info in _user_entries(old, is_generated):
        if relative.endswith("/"):
            continue
        before = carried.identities.get(relative)
        if before is not None and len(before) > 2:
            continue  # copied, not linked (a file system without hard links): checked before the swap
        if before == _identity(info, copied=False):
            continue
        destination = new / relative
        if before is not None:
            try:
                if _identity(os.lstat(destination), copied=False) != before:
                    continue
            except FileNotFoundError:
                continue  # deleted in the new tree since the swap: the user's latest word
        elif os.path.lexists(destination) or _file_on_the_way(new, destination):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        temporary = destination.with_name(f".{destination.name}.carry-{os.getpid()}")
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        os.link(path, temporary, follow_symlinks=False)
        os.replace(temporary, destination)


def keep_aside(tree: Path, target: Path) -> Path:
    """Move `tree` beside `target` under a name no cleanup removes (`<name>.kept-N`); return it."""
    number = 1
    while os.path.lexists(kept := target.with_name(f"{target.name}.kept-{number}")):
        number += 1
    os.rename(tree, kept)
    return kept


def _identity(info: os.stat_result, copied: bool) -> tuple[int, ...]:
    # A hard link shares the file: writes to it reach the new tree too; only a new inode is lost.
    if copied:
        return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
    return (info.st_dev, info.st_ino)


def _user_entries(old: Path, is_generated: Callable[[str], bool]) -> Iterator[tuple[str, Path, os.stat_result]]:
    """Every entry under `old` the generator did not make, parents before children, sorted:
    (relative path, with a `/` after a directory's; path; its `lstat`). Directories the generator
    made are walked, not listed; tool caches are left out."""

    def visit(relative_dir: str) -> Iterator[tuple[str, Path, os.stat_result]]:
        here = old / relative_dir if relative_dir else old
        with _listed(here) as names:
            for name in names:
                relative = f"{relative_dir}/{name}" if relative_dir else name
                path = here / name
                try:
                    info = os.lstat(path)
                except FileNotFoundError:
                    continue  # deleted since the directory was listed
                if stat.S_ISDIR(info.st_mode):
                    if name in TOOL_CACHES:
                        continue
                    if not is_generated(relative + "/"):
                        yield relative + "/", path, info
                    yield from visit(relative)
                elif not is_generated(relative):
                    yield relative, path, info

    return visit("")


@contextmanager
def _listed(directory: Path) -> Iterator[list[str]]:
    """The sorted names in `directory`. One the user owns but may not list or enter (`chmod 000`)
    is given read and search permission for the user while the caller works in it, then its mode
    back; one of someone else's raises `PermissionError`."""
    if os.access(directory, os.R_OK | os.X_OK, effective_ids=os.access in os.supports_effective_ids):
        yield sorted(os.listdir(directory))
        return
    info = os.lstat(directory)
    if info.st_uid != os.geteuid():
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(directory))
    mode = stat.S_IMODE(info.st_mode)
    os.chmod(directory, mode | stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield sorted(os.listdir(directory))
    finally:
        os.chmod(directory, mode)


def _file_on_the_way(root: Path, destination: Path) -> bool:
    """A parent of `destination` below `root` exists and is not a directory."""
    for parent in destination.relative_to(root).parents:
        path = root / parent
        if parent.parts and (path.is_symlink() or (path.exists() and not path.is_dir())):
            return True
    return False


@contextmanager
def output_lock(target: Path, wait: bool = True, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """One regen at a time per project directory: a second one waits, then fails clearly.

    The lock is an advisory `flock` on a file beside `target`, so the kernel releases it when its
    holder dies, however it dies. The holder deletes the file when it is done; whoever then holds
    a lock on a file no longer at that path opens the new one and locks again. The file says who
    holds it.
    """
    import fcntl

    lock_path = target.parent / f".{target.name}.lock"
    with machine_errors("taking the lock", lock_path):
        target.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    announced = False
    while True:
        handle = _open_lock_file(lock_path)
        try:
            if not _try_lock(handle):
                holder = _holder(handle)
                if not wait:
                    raise InputError(
                        target, f"another regen ({holder}) is writing this directory; try again when it ends"
                    )
                if not announced:
                    print(f"{target}: waiting for another regen ({holder}) to finish writing it", file=sys.stderr)
                    announced = True
                while not _try_lock(handle):
                    if time.monotonic() > deadline:
                        raise InputError(
                            target,
                            f"another regen ({holder}) has been writing this directory for over {timeout:.0f} s; "
                            "stop it or try again later",
                        )
                    time.sleep(0.05)
            if not _is_current(handle, lock_path):
                continue  # its holder deleted it as we waited: lock the file now at that path
            with machine_errors("taking the lock", lock_path):
                handle.truncate(0)
                handle.seek(0)
                handle.write(f"pid {os.getpid()}\n".encode())
                handle.flush()
            try:
                yield
            finally:
                with signals_deferred():
                    with suppress(FileNotFoundError):
                        os.unlink(lock_path)
                    fcntl.flock(handle, fcntl.LOCK_UN)
            return
        finally:
            handle.close()


def _open_lock_file(lock_path: Path) -> BinaryIO:
    """The lock file, opened without following a symbolic link (a link there would have the
    holder's pid written through it into whatever file it names); `InputError` for anything at
    that path that is not a regular file of its own."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(lock_path, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP or lock_path.is_symlink():
            raise InputError(lock_path, _NOT_A_LOCK.format("a symbolic link")) from None
        if exc.errno in (errno.EISDIR, errno.ENXIO):
            raise InputError(lock_path, _NOT_A_LOCK.format("not a regular file")) from None
        raise OutputError(exc.filename or lock_path, exc, "taking the lock", UNCHANGED) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
        os.close(fd)
        what = "not a regular file" if not stat.S_ISREG(info.st_mode) else "a hard link to another file"
        raise InputError(lock_path, _NOT_A_LOCK.format(what))
    os.set_blocking(fd, True)
    return os.fdopen(fd, "r+b")


_NOT_A_LOCK = (
    "is {}, not the lock file a regen makes there; refusing to write through it "
    "(remove it if no regen is running, and run again)"
)


def _is_current(handle: BinaryIO, path: Path) -> bool:
    try:
        return os.fstat(handle.fileno()).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


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
