"""`build_project` writes what upstream's `Project.build` writes, whichever process renders the endpoints."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from jinja2 import TemplateError
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from generator import split_build
from generator.split_build import build_project
from tests.conftest import ROOT

DOCUMENT = ROOT / "tests" / "realworld" / "opc-baseline_openapi_3.0.json"


def project_for(output: Path) -> Project:
    settings = ConfigFile(post_hooks=[], content_type_overrides={"openapi/python/client": "application/json"})
    config = Config.from_sources(settings, MetaType.UV, DOCUMENT, "utf-8", overwrite=True, output_path=output)
    openapi = GeneratorData.from_dict(json.loads(DOCUMENT.read_text(encoding="utf-8")), config=config)
    assert isinstance(openapi, GeneratorData)
    return Project(openapi=openapi, config=config)


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def upstream_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    output = tmp_path_factory.mktemp("upstream") / "out"
    project = project_for(output)
    project.build()
    return files(project.project_dir)


def recorded_forks(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    forked: list[int | None] = []
    real_fork = split_build._fork_for

    def recording(work: Callable[[], None]) -> int | None:
        forked.append(real_fork(work))
        return forked[-1]

    monkeypatch.setattr(split_build, "_fork_for", recording)
    return forked


def test_the_split_build_writes_what_upstream_writes(
    tmp_path: Path, upstream_files: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    forked = recorded_forks(monkeypatch)
    project = project_for(tmp_path / "out")
    build_project(project)
    assert forked and forked[0] is not None, "the endpoints were not rendered by a forked copy"
    written = files(project.project_dir)
    assert any(name.startswith("my_test_api_client/api/") for name in written)
    assert written == upstream_files


def test_without_a_fork_this_process_renders_everything(
    tmp_path: Path, upstream_files: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(split_build, "_fork_for", lambda work: None)
    project = project_for(tmp_path / "out")
    build_project(project)
    assert files(project.project_dir) == upstream_files


def test_a_copy_that_fails_halfway_is_redone_here(
    tmp_path: Path, upstream_files: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    real: Callable[[Project], None] = Project._build_api

    def failing_in_the_copy(self: Project) -> None:
        if os.getpid() != parent:
            (self.package_dir / "api").mkdir(exist_ok=True)
            (self.package_dir / "api" / "half_written.py").write_text("def", encoding="utf-8")
            raise OSError(28, "No space left on device")
        real(self)

    monkeypatch.setattr(Project, "_build_api", failing_in_the_copy)
    forked = recorded_forks(monkeypatch)
    project = project_for(tmp_path / "out")
    build_project(project)
    assert forked and forked[0] is not None
    assert files(project.project_dir) == upstream_files


def test_an_error_here_stops_the_copy_and_is_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_models(self: Project) -> None:
        raise TemplateError("model.py.jinja is broken")

    forked = recorded_forks(monkeypatch)
    monkeypatch.setattr(Project, "_build_models", broken_models)
    with pytest.raises(TemplateError, match="broken"):
        build_project(project_for(tmp_path / "out"))
    assert forked and forked[0] is not None
    with pytest.raises(ChildProcessError):
        os.waitpid(forked[0], os.WNOHANG)  # the copy is stopped and reaped
