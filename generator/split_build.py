"""upstream's `Project.build`, on both cores: a forked copy of this process renders the endpoint
modules while this one renders the models.

Rendering templates is most of a render (about half of a regen at 1,000 operations), and
upstream renders one file after the other. Its two big loops share nothing but what they read:
`_build_models` writes `models/`, `_build_api` writes `client.py`, `errors.py` and `api/`. The copy
only writes files; if it fails in any way (a template error, a full disk, no `fork` here), this
process renders the endpoints itself, so every error surfaces exactly as it did before, and the
files on disk are the same either way.

This calls `Project`'s private steps, in the order `Project.build` calls them (openapi-python-client
is pinned; tests/pipeline/test_split_build.py holds the two to the same files).
"""

from __future__ import annotations

import os
import shutil
import signal
import threading
from collections.abc import Callable, Sequence

from openapi_python_client import Project
from openapi_python_client.parser.errors import GeneratorError


def build_project(project: Project) -> Sequence[GeneratorError]:
    """What `project.build()` does with no post-hooks: write the project, return upstream's problems."""
    if project.config.post_hooks:
        raise ValueError("build_project runs no post-hooks; formatting is the pipeline's own stage")
    project.project_dir.mkdir(parents=True, exist_ok=project.config.overwrite)
    project._create_package()
    endpoints = _fork_for(project._build_api)
    try:
        project._build_metadata()
        project._build_models()
    except BaseException:
        _joined(endpoints, stop=True)
        raise
    if not _joined(endpoints):
        shutil.rmtree(project.package_dir / "api", ignore_errors=True)  # whatever the copy left half-written
        project._build_api()
    return project._get_errors()


def _fork_for(work: Callable[[], None]) -> int | None:
    """The pid of a forked copy of this process that runs `work()` and exits; None if there is none."""
    if not hasattr(os, "fork") or threading.active_count() != 1:
        return None  # forking a threaded process copies locks held by other threads
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            from generator.fmt import _die_with_parent

            _die_with_parent()  # a killed regen must not leave it writing into the staging directory
            work()
            code = 0
        finally:
            os._exit(code)  # never back into the parent's code: no atexit handlers, no flushing
    return pid


def _joined(pid: int | None, stop: bool = False) -> bool:
    """Wait for the copy (killing it first if `stop`); whether it did its work."""
    if pid is None:
        return False
    if stop:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    _, status = os.waitpid(pid, 0)
    return not stop and os.waitstatus_to_exitcode(status) == 0
