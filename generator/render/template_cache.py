"""Compiled templates kept between runs, as Python keeps bytecode in `__pycache__`.

Jinja compiles every template from source into Python code on each run: about a sixth of a
regen of upstream's baseline document, for the same templates every time. This cache keeps the
compiled code; it may make a run faster, never different and never unsafe:

- An entry is code, and loading code runs it, so the cache trusts only entries this user's own
  runs wrote: each carries an HMAC-SHA256 under a random per-user key, over the template's path,
  a hash of its source, the Python and Jinja versions and the options that change compiled code.
  The entry itself is Jinja's own bucket format (a pickled checksum, then the marshalled code),
  read by Jinja only once its tag checks, so a forged, stale or truncated entry is a miss.
  (Jinja's own `FileSystemBytecodeCache` unpickles an entry before checking anything.)
- The key lives in `$XDG_STATE_HOME/altegio-generator` (else `~/.local/state`), not beside the
  entries in `$XDG_CACHE_HOME/altegio-generator/jinja` (else `~/.cache`): a cache directory
  restored from elsewhere (a CI cache saved by another branch) brings entries but not the key
  they would need, so they are all misses.
- Either directory is used only if it is this user's own and not writable by group or others;
  else the run goes without a cache. Entries are opened relative to the directory as checked
  (`dir_fd`), never through a symbolic link, and only regular files are read (a FIFO, a device
  or a directory in an entry's place is a miss, and never blocks).
- Every failure to read is a miss and every failure to write is ignored; writes go to a
  temporary file renamed into place, so a reader sees a whole entry or none.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib.util
import os
import pickle
import secrets
import stat
from pathlib import Path
from types import CodeType
from typing import TYPE_CHECKING

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

if TYPE_CHECKING:
    from jinja2 import Environment

APP_DIR = "altegio-generator"
ENTRY_PREFIX = "template-"
KEY_FILE = "template-cache.key"
KEY_BYTES = 32
MAX_ENTRY_BYTES = 16 * 1024 * 1024  # the largest compiled template is under 100 KB
_MAGIC = b"altegio-template-cache 2\n"  # 2: the payload is Jinja's bucket format
_TAG_BYTES = hashlib.sha256().digest_size
# Everything besides the source that makes Jinja compile a template into other code.
_COMPILE_OPTIONS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "is_async",
)


def _cache_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def _state_home() -> Path:
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")


def own_directory(path: Path) -> int | None:
    """A descriptor of `path` (made, mode 0700, if missing) when it is a directory of this user's
    that no one else may write to; None otherwise."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
    except OSError:
        os.close(fd)
        return None
    if info.st_uid != os.geteuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        os.close(fd)
        return None
    return fd


def read_regular(name: str, dir_fd: int, cap: int) -> tuple[bytes, os.stat_result] | None:
    """The bytes of `name` in the directory `dir_fd` when it is a regular file of at most `cap`
    bytes (never through a symbolic link, never blocking on a FIFO); None for anything else."""
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=dir_fd)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > cap:
            return None
        chunks, size = [], 0
        while size <= cap and (chunk := os.read(fd, cap + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
        return (b"".join(chunks), info) if size <= cap else None
    except OSError:
        return None
    finally:
        os.close(fd)


def write_atomically(name: str, data: bytes, dir_fd: int) -> None:
    """`name` in the directory `dir_fd` holds `data`, mode 0600, or (on `OSError`) is unchanged."""
    temporary = f".{name}.{os.getpid()}.{secrets.token_hex(8)}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600, dir_fd=dir_fd)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(temporary, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except BaseException:
        try:
            os.unlink(temporary, dir_fd=dir_fd)
        except OSError:
            pass
        raise


def _user_key(directory: Path) -> bytes | None:
    """This user's secret key, made on first use; None when it cannot be kept safely."""
    fd = own_directory(directory)
    if fd is None:
        return None
    try:
        for _ in range(2):
            found = read_regular(KEY_FILE, fd, KEY_BYTES)
            if found is not None:
                key, info = found
                if len(key) == KEY_BYTES and info.st_uid == os.geteuid() and not info.st_mode & 0o077:
                    return key
            try:  # missing or not a key: a new one (a run that read the old one only misses)
                write_atomically(KEY_FILE, secrets.token_bytes(KEY_BYTES), fd)
            except OSError:
                return None
        return None
    finally:
        os.close(fd)


def _compile_options(environment: Environment) -> str:
    options = [repr(getattr(environment, name, None)) for name in _COMPILE_OPTIONS]
    options += [
        f"{type(environment).__module__}.{type(environment).__qualname__}",
        ",".join(sorted(environment.extensions)),
        f"autoescape={'function' if callable(environment.autoescape) else environment.autoescape!r}",
        f"finalize={getattr(environment.finalize, '__qualname__', repr(environment.finalize))}",
        f"jinja={jinja2.__version__}",
        f"python={importlib.util.MAGIC_NUMBER.hex()}",
    ]
    return "\0".join(options)


class SignedTemplateCache(BytecodeCache):
    """Compiled templates in a directory of the user's own, each entry signed with the user's key."""

    def __init__(self, directory_fd: int, key: bytes) -> None:
        self._fd = directory_fd
        self._key = key

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        # By absolute path: the loader gives paths relative to the working directory, so every
        # checkout's `templates/model.py.jinja` would otherwise share one entry.
        where = os.path.abspath(filename) if filename else f"<{name}>"
        identity = "\0".join((_compile_options(environment), where, name))
        key = hashlib.sha256(identity.encode("utf-8", "surrogateescape")).hexdigest()
        checksum = hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()
        bucket = Bucket(environment, key, checksum)
        self.load_bytecode(bucket)
        return bucket

    def _tag(self, bucket: Bucket, payload: bytes) -> bytes:
        signed = hmac.new(self._key, digestmod=hashlib.sha256)
        signed.update(_MAGIC + f"{bucket.key}\0{bucket.checksum}\0".encode("ascii"))
        signed.update(payload)
        return signed.digest()

    def load_bytecode(self, bucket: Bucket) -> None:
        bucket.reset()
        if self._fd < 0:
            return
        found = read_regular(ENTRY_PREFIX + bucket.key, self._fd, MAX_ENTRY_BYTES)
        if found is None:
            return
        data, start = found[0], len(_MAGIC) + _TAG_BYTES
        head, tag, payload = data[: len(_MAGIC)], data[len(_MAGIC) : start], data[start:]
        if head != _MAGIC or len(tag) != _TAG_BYTES or not hmac.compare_digest(tag, self._tag(bucket, payload)):
            return  # not written by this user's runs for this template as it is now: a miss
        try:
            bucket.bytecode_from_string(payload)  # what Jinja cannot read leaves the bucket empty
        except (EOFError, ValueError, TypeError, pickle.UnpicklingError):
            bucket.reset()
        if not isinstance(bucket.code, CodeType):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        if self._fd < 0 or bucket.code is None:
            return
        try:
            payload = bucket.bytecode_to_string()
            write_atomically(ENTRY_PREFIX + bucket.key, _MAGIC + self._tag(bucket, payload) + payload, self._fd)
        except (OSError, ValueError):
            pass  # only the next run is slower

    def clear(self) -> None:
        """Nothing to do: stale entries are never read (their tags do not match)."""


def template_bytecode_cache() -> SignedTemplateCache | None:
    """The cache, or None when no safe directory or key can be had (the run is then only slower)."""
    try:  # Path.home() raises RuntimeError when there is no home to find
        cache_dir = _cache_home() / APP_DIR / "jinja"
        key_dir = _state_home() / APP_DIR
    except RuntimeError:
        return None
    key = _user_key(key_dir)
    if key is None:
        return None
    fd = own_directory(cache_dir)
    return SignedTemplateCache(fd, key) if fd is not None else None
