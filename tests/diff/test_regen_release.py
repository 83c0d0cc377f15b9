"""`regen` reports a spec change, versions the package by it and writes the changelog entry."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from generator.provenance import tree_digest
from tests.conftest import GENERATED, PROJECT, SPEC, run_generator

PACKAGE_VERSION = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]["version"]


def _version(output: Path) -> str:
    return str(tomllib.loads((output / PROJECT.name / "pyproject.toml").read_text())["project"]["version"])


def _changelog(output: Path) -> str:
    return (output / PROJECT.name / "CHANGELOG.md").read_text()


def _copy_output(tmp_path: Path) -> Path:
    output = tmp_path / "generated"
    shutil.copytree(GENERATED, output, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    return output


def test_a_breaking_change_bumps_the_major_version_and_writes_the_changelog(tmp_path: Path) -> None:
    output = _copy_output(tmp_path)
    spec = tmp_path / "spec.yaml"
    text = SPEC.read_text().replace("operationId: get_event_v2", "operationId: fetch_event_v2")
    text = text.replace("x-replaced-by: get_event_v2", "x-replaced-by: fetch_event_v2")
    spec.write_text(text.replace("version: 1.0.0", "version: 1.1.0", 1))

    result = run_generator("regen", "--spec", spec, "--output", output)

    assert result.returncode == 0, result.stderr
    major = int(PACKAGE_VERSION.split(".")[0])
    assert _version(output) == f"{major + 1}.0.0"
    assert "BREAKING" in result.stderr and "get_event_v2" in result.stderr
    changelog = _changelog(output)
    entry = changelog.split(f"## {major + 1}.0.0 (spec 1.1.0)", 1)[1].split("\n## ", 1)[0]
    assert "get_event_v2" in entry and "fetch_event_v2" in entry
    assert changelog.index(f"## {major + 1}.0.0") < changelog.index(f"## {PACKAGE_VERSION}")


def test_a_new_optional_parameter_bumps_the_minor_version(tmp_path: Path) -> None:
    output = _copy_output(tmp_path)
    spec = tmp_path / "spec.yaml"
    anchor = "        - name: search\n          in: query\n"
    added = "        - name: staff_id\n          in: query\n          schema:\n            type: integer\n"
    spec.write_text(SPEC.read_text().replace(anchor, added + anchor, 1))

    result = run_generator("regen", "--spec", spec, "--output", output)

    assert result.returncode == 0, result.stderr
    major, minor, _ = (int(part) for part in PACKAGE_VERSION.split("."))
    assert _version(output) == f"{major}.{minor + 1}.0"
    assert "staff_id" in _changelog(output)


def test_a_regen_with_no_spec_change_writes_nothing_new(tmp_path: Path) -> None:
    output = _copy_output(tmp_path)
    before = tree_digest(output)

    forced = run_generator("regen", "--force", "--output", output)

    assert forced.returncode == 0, forced.stderr
    assert tree_digest(output) == before
    skipped = run_generator("regen", "--output", output)
    assert skipped.returncode == 0 and "up to date" in skipped.stdout
    assert tree_digest(output) == before
