"""The generated package stands alone: it imports, type-checks strictly and installs into a fresh venv."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import PROJECT

OPERATION_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


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
