"""Reading what a previous regen recorded (`provenance.toml`, the surface record, the spec
snapshot), which sits in a directory the user owns and may have changed.

A record is read only as a regular file, never through a symbolic link, never blocking (a FIFO)
and never past a size cap (a link to `/dev/zero` would otherwise be read until memory runs out);
a problem is reported at the record itself. The `[files]` manifest in `provenance.toml` says
which files the generator owns, so an entry there may only name a regular file inside the
project directory: anything else would have a regen read, or replace, a file of the user's.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path, PurePosixPath
from typing import Any

from generator.errors import InputError

# Far above any record a regen writes (the largest documents' snapshots are a few MiB).
MAX_RECORD_BYTES = 64 * 1024 * 1024
_RESTORE = "restore it (for example with `git checkout`) and run again"


def read_record(path: Path, cap: int = MAX_RECORD_BYTES) -> bytes:
    """The bytes of the record at `path`.

    `FileNotFoundError` when there is none (the caller decides what that means); `InputError`
    naming `path` when it is a symbolic link, not a regular file, or over `cap` bytes; any other
    `OSError` as raised.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            message = f"is a symbolic link; a record the generator writes is a regular file; {_RESTORE}"
            raise InputError(path, message) from None
        if exc.errno == errno.ENXIO:
            raise InputError(path, f"is not a regular file; {_RESTORE}") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, f"is not a regular file; {_RESTORE}")
        if info.st_size > cap:
            raise InputError(path, f"is {info.st_size} bytes; records over {cap} bytes are refused")
        chunks, size = [], 0
        while size <= cap and (chunk := os.read(fd, cap + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
        if size > cap:  # grew while it was read
            raise InputError(path, f"is over {cap} bytes; records over {cap} bytes are refused")
        return b"".join(chunks)
    finally:
        os.close(fd)


def check_manifest(record: dict[str, Any], project_dir: Path, record_path: Path, text: str) -> None:
    """Refuse a `[files]` entry of `record` (read from `record_path`, whose text is `text`) that
    is not a relative path inside `project_dir`, goes through a symbolic link, or names something
    there that is not a regular file. A regen writes none of these, so the record is not as it
    wrote it, and trusting it would have the next regen read or delete a file of the user's."""
    files = record.get("files")
    if not isinstance(files, dict):
        return
    for name in files:
        problem = _entry_problem(str(name), project_dir)
        if problem is not None:
            line, column = _entry_position(text, str(name))
            raise InputError(
                record_path,
                f"[files] entry {json.dumps(str(name), ensure_ascii=False)} {problem}; a regen lists only "
                f"regular files inside {project_dir}, so this record is not as it wrote it; {_RESTORE}",
                line,
                column,
            )


def _entry_problem(name: str, project_dir: Path) -> str | None:
    relative = PurePosixPath(name)
    if not name or "\0" in name or "\\" in name:
        return "is not a file name"
    if relative.is_absolute():
        return "is an absolute path, outside the project directory"
    if any(part in ("..", ".") for part in name.split("/")) or "" in name.split("/"):
        return "is not a plain relative path inside the project directory"
    here = project_dir
    for part in relative.parts[:-1]:
        here = here / part
        try:
            mode = os.lstat(here).st_mode
        except FileNotFoundError:
            return None  # a directory the user removed: nothing there to read or replace
        if stat.S_ISLNK(mode):
            return f"goes through a symbolic link ({here.relative_to(project_dir).as_posix()})"
        if not stat.S_ISDIR(mode):
            return None  # nothing can be there
    try:
        mode = os.lstat(project_dir / relative).st_mode
    except FileNotFoundError:
        return None  # deleted: the regen writes it again
    except NotADirectoryError:
        return None
    if stat.S_ISLNK(mode):
        return "names a symbolic link"
    if not stat.S_ISREG(mode):
        return "names something that is not a regular file"
    return None


def _entry_position(text: str, name: str) -> tuple[int | None, int | None]:
    """Where `name`'s line is in the record (its key as the generator writes it, else quoted or
    bare), else the `[files]` header; (None, None) when neither is found."""
    spellings = (json.dumps(name, ensure_ascii=False), f"'{name}'", name)
    header = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip()
        if stripped.startswith("[files]") and header is None:
            header = number
        for spelling in spellings:
            if stripped.startswith(spelling) and stripped[len(spelling) :].lstrip().startswith("="):
                return number, len(line) - len(stripped) + 1
    return (header, 1) if header is not None else (None, None)
