"""The written tree: only real files and directories, inside it, with portable and unique names.

What `generator.naming.modules` asserts of the names derived from the spec, checked again on
what was actually written.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.errors import InputError
from generator.naming.modules import MAX_NAME_BYTES, WINDOWS_RESERVED, fold


def check_file_names(root: Path, shown_as: Path) -> list[Path]:
    """Everything under `root` is a real file or directory inside it, with a portable, unique name.

    Returns the files, sorted, so that the stages after it need not walk the tree again. A walk
    that never follows a link stays inside `root`, so refusing every link is enough: no path is
    resolved.
    """
    files: list[Path] = []
    _check_directory(root, root, shown_as, files)
    files.sort()
    return files


def _check_directory(directory: Path, root: Path, shown_as: Path, files: list[Path]) -> None:
    names: dict[str, str] = {}
    with os.scandir(directory) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        name, path = entry.name, directory / entry.name
        problem = None
        if entry.is_symlink():
            problem = "generated output may not contain links or leave the output directory"
        elif name.split(".")[0].lower() in WINDOWS_RESERVED:
            problem = "generated file name is one Windows reserves for a device"
        elif len(name.encode()) > MAX_NAME_BYTES:
            problem = f"generated file name is longer than {MAX_NAME_BYTES} bytes"
        elif (other := names.setdefault(fold(name), name)) != name:
            problem = f"generated file name clashes with {other!r} on case-insensitive file systems"
        if problem:
            raise InputError(shown_as / path.relative_to(root), problem)
        if entry.is_dir(follow_symlinks=False):
            _check_directory(path, root, shown_as, files)
        else:
            files.append(path)
