"""The generated package stands alone: it imports, type-checks strictly and installs into a fresh venv."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path, PurePosixPath

from generator.release.provenance import tree_files
from tests.conftest import PROJECT

OPERATION_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
RECORD_NAMES = {"provenance.toml", "openapi.yaml", "surface.json", "surface.yaml"}


def test_operation_modules_follow_the_upstream_layout() -> None:
    import importlib

    for module in (
        "altegio_activity.api.events.create_event",
        "altegio_activity.api.events.search_events",
        "altegio_activity.api.events.create_event_v2",
        "altegio_activity.api.events.list_events_v2",
        "altegio_activity.api.authentication_b2b.authenticate_user",
    ):
        loaded = importlib.import_module(module)
        for name in OPERATION_FUNCTIONS:
            assert callable(getattr(loaded, name)), f"{module}.{name}"


def test_package_depends_on_httpx_attrs_and_typing_extensions_only() -> None:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]
    names = sorted(dep.split(">")[0].split("=")[0].split("<")[0] for dep in project["dependencies"])
    assert names == ["attrs", "httpx", "typing_extensions"]
    sources = "\n".join(p.read_text() for p in (PROJECT / "altegio_activity").rglob("*.py"))
    assert "import generator" not in sources and "from generator" not in sources
    assert "dateutil" not in sources


def test_mypy_strict_passes_on_the_generated_package(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), "altegio_activity"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_fresh_virtualenv_installs_and_imports_the_package(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PROJECT],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr
    probe = (
        "import altegio_activity, altegio_activity.api.events.create_event as m;"
        "from altegio_activity import AltegioClient, NotFoundError;"
        "import importlib.util as u; assert u.find_spec('generator') is None;"
        "print(altegio_activity.__file__)"
    )
    result = subprocess.run([python, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert str(venv) in result.stdout  # imported from the install, not from the source tree


def test_a_wheel_holds_the_client_and_none_of_the_generators_records(tmp_path: Path) -> None:
    project = tmp_path / PROJECT.name
    shutil.copytree(PROJECT, project, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-w", tmp_path, project],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        version_module = archive.read("altegio_activity/_version.py").decode()
    package = {p.relative_to(project).as_posix() for p in tree_files(project / "altegio_activity")}
    dist_info = [name for name in names if name.split("/")[0].endswith(".dist-info")]
    assert sorted(set(names) - set(dist_info)) == sorted(package)  # the client, all of it, nothing else
    assert not [name for name in names if PurePosixPath(name).name in RECORD_NAMES]
    assert sorted(p.name for p in (project / ".generator").iterdir()) == sorted(RECORD_NAMES - {"surface.yaml"})
    version = tomllib.loads((project / "pyproject.toml").read_text())["project"]["version"]
    assert f'VERSION = "{version}"' in version_module


def test_the_client_knows_its_version_without_the_records(tmp_path: Path) -> None:
    """A vendored copy is the package directory alone: its User-Agent still names its version."""
    shutil.copytree(PROJECT / "altegio_activity", tmp_path / "altegio_activity")
    probe = "from altegio_activity._runtime._identity import user_agent; print(user_agent())"
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    version = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]["version"]
    assert result.stdout.startswith(f"altegio-activity/{version} httpx/")
