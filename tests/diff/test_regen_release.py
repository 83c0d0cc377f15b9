"""`regen` reports a spec change, versions the package by it and writes the changelog entry."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from generator.release.provenance import files_digest, toml_value, tree_digest
from generator.render.headers import HEADER_TEXT
from tests.conftest import GENERATED, PROJECT, ROOT, SPEC, run_generator

pytestmark = pytest.mark.slow  # each test regenerates twice

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
    spec.write_text(text.replace("version: 2.0.0", "version: 2.1.0", 1))

    result = run_generator("regen", "--spec", spec, "--output", output)

    assert result.returncode == 0, result.stderr
    major = int(PACKAGE_VERSION.split(".")[0])
    assert _version(output) == f"{major + 1}.0.0"
    assert "BREAKING" in result.stderr and "get_event_v2" in result.stderr
    changelog = _changelog(output)
    entry = changelog.split(f"## {major + 1}.0.0 (spec 2.1.0)", 1)[1].split("\n## ", 1)[0]
    assert "get_event_v2" in entry and "fetch_event_v2" in entry
    assert changelog.index(f"## {major + 1}.0.0") < changelog.index(f"## {PACKAGE_VERSION}")


def test_a_new_optional_parameter_bumps_the_minor_version(tmp_path: Path) -> None:
    output = _copy_output(tmp_path)
    spec = tmp_path / "spec.yaml"
    anchor = "        - name: filter[capacity]\n          in: query\n"
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


def test_a_renamed_operation_counts_once(tmp_path: Path) -> None:
    output = _copy_output(tmp_path)
    spec = tmp_path / "spec.yaml"
    text = SPEC.read_text().replace("operationId: get_event_v2", "operationId: fetch_event_v2")
    spec.write_text(text.replace("x-replaced-by: get_event_v2", "x-replaced-by: fetch_event_v2"))

    result = run_generator("regen", "--spec", spec, "--output", output)

    assert result.returncode == 0, result.stderr
    assert "operationId changed: `get_event_v2` -> `fetch_event_v2`" in result.stderr
    # The module's removal and addition say it again, so they are not listed. The resource method
    # the default rules name after the operationId moves too (`events.get` -> `events.fetch`, sync
    # and async), a change of its own for resource users: mapping the new operationId to
    # "events.get" in [tool.altegio-generator.resources] keeps it.
    assert "3 breaking, 0 deprecated, 2 new" in result.stderr
    assert "module `altegio_activity.api.events" not in result.stderr
    assert "`EventsResource.get(" in result.stderr and "`EventsResource.fetch(" in result.stderr


def _hand_edit(output: Path) -> Path:
    module = output / PROJECT.name / "altegio_activity" / "api" / "events" / "get_event_v2.py"
    module.write_text(module.read_text() + "\n\ndef extra() -> None:\n    pass\n")
    return module


def test_a_hand_edit_is_undone_by_check_and_regen_without_a_release(tmp_path: Path) -> None:
    output = _copy_output(tmp_path)
    pristine = tree_digest(output)
    module = _hand_edit(output)
    version, changelog = _version(output), _changelog(output)

    checked = run_generator("check", "--output", output)

    assert checked.returncode == 1, checked.stderr
    names = [line.split(maxsplit=1)[1] for line in checked.stdout.splitlines() if line.startswith(("--- ", "+++ "))]
    relative = module.relative_to(output).as_posix()
    assert names == [f"a/{relative}", f"b/{relative}"]
    assert "-def extra() -> None:" in checked.stdout
    assert not any(line.startswith("+") and "extra" in line for line in checked.stdout.splitlines())

    result = run_generator("regen", "--output", output)
    assert result.returncode == 0, result.stderr
    assert (_version(output), _changelog(output)) == (version, changelog)
    assert tree_digest(output) == pristine


def test_a_hand_edited_changelog_is_restored_by_check(tmp_path: Path) -> None:
    output = _copy_output(tmp_path)
    changelog = output / PROJECT.name / "CHANGELOG.md"
    pristine = changelog.read_text()
    changelog.write_text(pristine.replace("## ", "## 9.9.9 (spec x)\n\nmy note\n\n## ", 1))

    checked = run_generator("check", "--output", output)

    assert checked.returncode == 1, checked.stderr
    assert "-my note" in checked.stdout and f"+++ b/{PROJECT.name}/CHANGELOG.md" in checked.stdout
    assert run_generator("regen", "--output", output).returncode == 0
    assert changelog.read_text() == pristine


def test_an_edited_record_is_refused_not_trusted(tmp_path: Path) -> None:
    output = _copy_output(tmp_path)
    record = output / PROJECT.name / ".generator" / "surface.json"
    record.write_text(record.read_text().replace('"altegio_activity.api"', '"altegio_activity.gone"', 1))
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.read_text().replace("version: 2.0.0", "version: 2.1.0", 1))

    result = run_generator("regen", "--spec", spec, "--output", output)

    assert result.returncode == 2
    assert f"{record}: differs from what the last regen wrote (a hand edit?)" in result.stderr
    assert "altegio_activity.gone" in record.read_text()
    # With the spec it was made from, the record is not needed, and a regen restores it.
    assert run_generator("regen", "--output", output).returncode == 0
    assert "altegio_activity.gone" not in record.read_text()


def test_files_of_the_users_beside_and_inside_the_project_survive(tmp_path: Path) -> None:
    output = _copy_output(tmp_path)
    project = output / PROJECT.name
    mine = {
        output / "NOTES.txt": "beside the project",
        output / "otherlib" / "__init__.py": "VALUE = 1\n",
        project / "NOTES.md": "inside the project",
        project / "altegio_activity" / "local_patch.py": "PATCHED = True\n",
        project / "scripts" / "deploy.sh": "echo deploy\n",
    }
    for path, text in mine.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (project / "link-to-notes").symlink_to("NOTES.md")
    spec = tmp_path / "spec.yaml"
    anchor = "        - name: filter[capacity]\n          in: query\n"
    added = "        - name: staff_id\n          in: query\n          schema:\n            type: integer\n"
    spec.write_text(SPEC.read_text().replace(anchor, added + anchor, 1))

    result = run_generator("regen", "--spec", spec, "--output", output)

    assert result.returncode == 0, result.stderr
    assert {path: path.read_text() for path in mine} == mine
    assert (project / "link-to-notes").is_symlink() and (project / "link-to-notes").read_text() == "inside the project"
    assert "staff_id" in _changelog(output)
    assert sorted(p.name for p in output.iterdir()) == ["NOTES.txt", PROJECT.name, "otherlib"]
    checked = run_generator("check", "--spec", spec, "--output", output)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    again = run_generator("regen", "--spec", spec, "--output", output)
    assert again.returncode == 0 and "up to date" in again.stdout


def _legacy_layout(output: Path) -> Path:
    """`output` as regens wrote it before the records left the package: `provenance.toml`,
    `openapi.yaml` and `surface.yaml` (JSON after a header comment) inside `altegio_activity/`,
    the manifest naming them there, and no `_version.py`."""
    project = output / PROJECT.name
    records, package = project / ".generator", project / "altegio_activity"
    record = tomllib.loads((records / "provenance.toml").read_text())
    files: dict[str, str] = record.pop("files")
    del record["package_name"]
    (records / "openapi.yaml").rename(package / "openapi.yaml")
    surface = json.loads((records / "surface.json").read_text())
    del surface["generated"]
    legacy_surface = f"# {HEADER_TEXT}\n" + json.dumps(surface, ensure_ascii=False) + "\n"
    (package / "surface.yaml").write_text(legacy_surface, encoding="utf-8")
    (records / "surface.json").unlink()
    (records / "provenance.toml").unlink()
    records.rmdir()
    (package / "_version.py").unlink()
    del files[".generator/surface.json"], files[".generator/openapi.yaml"], files["altegio_activity/_version.py"]
    files["altegio_activity/openapi.yaml"] = hashlib.sha256((package / "openapi.yaml").read_bytes()).hexdigest()
    files["altegio_activity/surface.yaml"] = hashlib.sha256(legacy_surface.encode()).hexdigest()
    record["output_sha256"] = files_digest(files)
    lines = [f"# {HEADER_TEXT}", *(f"{key} = {toml_value(value)}" for key, value in record.items()), "", "[files]"]
    lines += [f"{toml_value(name)} = {toml_value(files[name])}" for name in sorted(files)]
    (package / "provenance.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return output


RECORDS = (".generator/provenance.toml", ".generator/openapi.yaml", ".generator/surface.json")
LEGACY = ("altegio_activity/provenance.toml", "altegio_activity/openapi.yaml", "altegio_activity/surface.yaml")


def test_the_first_regen_moves_the_records_out_of_the_package_and_changes_nothing_else(tmp_path: Path) -> None:
    output = _legacy_layout(_copy_output(tmp_path))
    project = output / PROJECT.name
    assert all((project / name).is_file() for name in LEGACY) and not (project / ".generator").exists()
    mine = project / "altegio_activity" / "local_patch.py"
    mine.write_text("PATCHED = True\n")

    result = run_generator("regen", "--output", output)  # no --force: the old layout is not up to date

    assert result.returncode == 0, result.stderr
    assert "0 breaking, 0 deprecated, 0 new" in result.stderr
    assert not any((project / name).exists() for name in LEGACY)
    assert mine.read_text() == "PATCHED = True\n"
    mine.unlink()
    # Exactly the committed tree: same version, same changelog, records in their new place.
    assert tree_digest(project) == tree_digest(PROJECT)
    again = run_generator("regen", "--output", output)
    assert again.returncode == 0 and "up to date" in again.stdout


def test_a_release_from_the_old_layout_carries_the_version_and_the_changelog_on(tmp_path: Path) -> None:
    output = _legacy_layout(_copy_output(tmp_path))
    project = output / PROJECT.name
    old_changelog = _changelog(output)
    old_entries = old_changelog[old_changelog.index(f"## {PACKAGE_VERSION} ") :]
    spec = tmp_path / "spec.yaml"
    anchor = "        - name: filter[capacity]\n          in: query\n"
    added = "        - name: staff_id\n          in: query\n          schema:\n            type: integer\n"
    spec.write_text(SPEC.read_text().replace(anchor, added + anchor, 1))

    result = run_generator("regen", "--spec", spec, "--output", output)

    assert result.returncode == 0, result.stderr
    # Compared with the spec snapshot read from its old place: one new parameter, nothing else.
    assert "0 breaking, 0 deprecated, 1 new" in result.stderr
    major, minor, _ = (int(part) for part in PACKAGE_VERSION.split("."))
    assert _version(output) == f"{major}.{minor + 1}.0"
    changelog = _changelog(output)
    assert changelog.endswith(old_entries)
    new_entry = changelog[changelog.index(f"## {major}.{minor + 1}.0 ") : changelog.index(f"## {PACKAGE_VERSION} ")]
    assert "staff_id" in new_entry
    assert not any((project / name).exists() for name in LEGACY)
    manifest = tomllib.loads((project / RECORDS[0]).read_text())["files"]
    assert set(RECORDS[1:]) <= manifest.keys() and not manifest.keys() & set(LEGACY)
    assert "staff_id" in (project / ".generator" / "openapi.yaml").read_text()
    checked = run_generator("check", "--spec", spec, "--output", output)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_record_in_the_old_layout_is_read_there_and_refused_when_edited(tmp_path: Path) -> None:
    output = _legacy_layout(_copy_output(tmp_path))
    record = output / PROJECT.name / "altegio_activity" / "surface.yaml"
    record.write_text(record.read_text().replace('"altegio_activity.api"', '"altegio_activity.gone"', 1))
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.read_text().replace("version: 2.0.0", "version: 2.1.0", 1))

    result = run_generator("regen", "--spec", spec, "--output", output)

    assert result.returncode == 2
    assert f"{record}: differs from what the last regen wrote (a hand edit?)" in result.stderr
    assert not (output / PROJECT.name / ".generator").exists()  # nothing changed


def test_a_breaking_line_shows_the_old_and_new_signature_and_links_the_migration_guide(tmp_path: Path) -> None:
    output = _copy_output(tmp_path)
    major = int(PACKAGE_VERSION.split(".")[0])
    # The guide (setting `migration_guide`) is the spec's; a section for the new version is linked.
    guide = tmp_path / "MIGRATING.md"
    guide.write_text(f"# Migrating\n\n## {major + 1}.0.0: get_event_v2 returns the V1 event\n\nDo this.\n")
    config = tmp_path / "pyproject.toml"
    settings = (ROOT / "pyproject.toml").read_text()
    for key, value in (("migration_guide", guide), ("spec", SPEC), ("templates", ROOT / "templates")):
        settings = re.sub(rf'^{key} = ".*"$', f'{key} = "{value}"', settings, count=1, flags=re.MULTILINE)
    config.write_text(settings)
    assert str(guide) in config.read_text()
    spec = tmp_path / "spec.yaml"
    text = SPEC.read_text()
    start = text.index("operationId: get_event_v2")
    old_ref = "$ref: '#/components/responses/EventDocument'"
    response = text.index(old_ref, start)
    spec.write_text(text[:response] + "$ref: '#/components/responses/Event'" + text[response + len(old_ref) :])

    result = run_generator("--config", config, "regen", "--spec", spec, "--output", output)

    assert result.returncode == 0, result.stderr
    changelog = _changelog(output)
    entry = changelog.split(f"## {major + 1}.0.0 (spec ", 1)[1].split("\n## ", 1)[0]
    link = f"([migrating](MIGRATING.md#{major + 1}00-get_event_v2-returns-the-v1-event))"
    module = "`altegio_activity.api.events.get_event_v2`"
    assert f"- {module}: `get_event_v2.sync(...) -> EventResource` → " in entry
    assert f"`get_event_v2.sync(...) -> Event`: return type changed {link}\n" in entry
    breaking = entry.split("### Breaking changes", 1)[1].split("\n### ", 1)[0]
    lines = [line for line in breaking.splitlines() if line.startswith("- ")]
    assert lines and all(line.endswith(link) for line in lines)
    assert "__" not in entry
    assert (output / PROJECT.name / "MIGRATING.md").read_text().endswith("Do this.\n")


def test_the_snapshot_is_bytes_the_generator_chooses_and_the_next_regen_reads_it(tmp_path: Path) -> None:
    """A JSON spec with CRLF line ends: its snapshot is a JSON dump of its data, LF only, so a
    repository that converts line ends (`* text=auto`) commits the bytes the manifest's hash was
    taken of, and the next regen, reading it as JSON (`1e+20` stays a number), finds the one
    documentation edit and nothing else."""
    source = json.loads((ROOT / "tests" / "realworld" / "twilio_lookups_v1.json").read_text())
    source["components"]["schemas"]["big"] = {"type": "number", "maximum": 1e20, "description": "caf\u00e9"}
    spec, output = tmp_path / "lookups.json", tmp_path / "out"
    spec.write_bytes(json.dumps(source, indent=2).replace("\n", "\r\n").encode())
    config = ROOT / "tests" / "configs" / "realworld.toml"
    first = run_generator("--config", config, "regen", "--spec", spec, "--output", output)
    assert first.returncode == 0, first.stderr
    (project,) = output.iterdir()
    assert not (project / ".generator" / "openapi.yaml").exists()
    snapshot = (project / ".generator" / "openapi.json").read_bytes()
    assert b"\r" not in snapshot and "café".encode() in snapshot
    assert json.loads(snapshot) == source

    source["paths"]["/v1/PhoneNumbers/{PhoneNumber}"]["description"] = "Look a phone number up"
    spec.write_bytes(json.dumps(source, indent=2).replace("\n", "\r\n").encode())
    second = run_generator("--config", config, "regen", "--spec", spec, "--output", output)
    assert second.returncode == 0, second.stderr
    assert "0 breaking, 0 deprecated, 0 new, 1 documentation edit" in second.stderr
