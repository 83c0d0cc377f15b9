"""The committed generated/ is exactly what the spec and templates make, and `check` says so."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.release.provenance import tree_files
from tests.conftest import GENERATED, PROJECT, ROOT, run_generator


def test_check_passes_on_the_committed_tree() -> None:
    result = run_generator("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "in sync" in result.stdout


def test_check_fails_with_a_diff_after_a_hand_edit(tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy)
    edited = copy / PROJECT.name / "altegio_activity" / "client.py"
    edited.write_text(edited.read_text() + "HAND_EDIT = 1\n")

    result = run_generator("check", "--output", copy)

    assert result.returncode == 1
    assert "a/altegio-activity-client/altegio_activity/client.py" in result.stdout
    assert "-HAND_EDIT = 1" in result.stdout
    assert "make regen" in result.stderr


def test_check_fails_when_a_template_changes_without_regen(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    client = templates / "client.py.jinja"
    client.write_text(client.read_text().replace("One client for both", "A single client for both"))
    config = tmp_path / "pyproject.toml"
    config.write_text(
        (ROOT / "pyproject.toml")
        .read_text()
        .replace('spec = "spec/', f'spec = "{ROOT.as_posix()}/spec/')
        .replace('migration_guide = "spec/', f'migration_guide = "{ROOT.as_posix()}/spec/')
        .replace('output = "generated"', f'output = "{GENERATED.as_posix()}"')
        .replace('templates = "templates"', f'templates = "{templates.as_posix()}"')
    )

    result = run_generator("--config", config, "check")

    assert result.returncode == 1
    assert '+    """A single client for both' in result.stdout
    assert '-    """One client for both' in result.stdout


def test_every_generated_file_carries_the_do_not_edit_header() -> None:
    runtime = PROJECT / "altegio_activity" / "_runtime"
    for path in tree_files(PROJECT):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        if runtime in path.parents:
            assert "templates/runtime" in first, path  # copied, and says where to edit it
        else:
            assert "make regen" in first and "do not edit" in first, path


def test_no_timestamps_or_absolute_paths_in_the_output() -> None:
    for path in tree_files(PROJECT):
        text = path.read_text(encoding="utf-8")
        assert str(ROOT) not in text, path
        assert "object at 0x" not in text, path
