"""Hostile input: one document per place where spec text reaches generated code or file names.

Each payload would create `hostile-marker` in the working directory if it ever ran. A document
either generates, and the client is then imported and exercised in a fresh interpreter, or is
refused with one located message and the output left as it was; either way the marker must not
exist afterwards. Outcomes are snapshots in `tests/hostile/<case>.expected` (`UPDATE_SNAPSHOTS=1`
rewrites them).
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

from generator.checks import gate
from tests.conftest import ROOT
from tests.robustness.support import (
    MARKER,
    check_snapshot,
    normalized,
    previous_output,
    run_in_process,
    tree_hash,
)

HOSTILE = ROOT / "tests" / "hostile"
DOCUMENTS = sorted(HOSTILE.glob("*.yaml"))
EXERCISE = Path(__file__).with_name("exercise.py")
PROJECT, PACKAGE = "altegio-activity-client", "altegio_activity"


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_every_vector_of_the_issue_has_a_document() -> None:
    names = {p.stem for p in DOCUMENTS}
    for case in (
        "path-key", "parameter-name-query", "parameter-name-header", "property-name", "descriptions",
        "enum-values", "default-values", "schema-name-and-title", "tag", "operation-id", "server-url",
        "info-version", "info-title", "file-name-traversal", "reserved-file-name", "case-clash",
    ):  # fmt: skip
        assert case in names


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.stem)
@pytest.mark.slow
def test_hostile_document_generates_safe_code_or_is_refused(document: Path, tmp_path: Path, at_root: None) -> None:
    output = previous_output(tmp_path / "out")
    before = tree_hash(output)
    run = run_in_process("regen", "--spec", document.relative_to(ROOT), "--output", output)
    assert not (ROOT / MARKER).exists(), "the payload ran while generating"
    assert "Traceback" not in run.stderr
    check_snapshot(document.with_suffix(".expected"), normalized(run, (output, "<output>")))
    if run.code != 0:
        assert run.code == 2
        assert tree_hash(output) == before, "a refused run changed the output"
        return

    project = output / PROJECT
    assert (project / "pyproject.toml").is_file() and (project / ".generator" / "provenance.toml").is_file()
    gate.check_tree(project, project)  # what the pipeline ran; here to fail loudly if it ever did not
    assert_payload_only_in_strings(project / PACKAGE)
    workdir = tmp_path / "run"
    workdir.mkdir()
    result = subprocess.run(
        [sys.executable, str(EXERCISE), str(project), PACKAGE], cwd=workdir, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert not (workdir / MARKER).exists(), "the payload ran when the client was imported or called"
    # The calls got as far as the transport: the payload had its chance to run in the request code.
    called = re.fullmatch(r"called (\d+) operations, sent (\d+) requests\n", result.stdout)
    assert called and int(called[1]) > 0 and int(called[2]) > 0, result.stdout


def assert_payload_only_in_strings(package: Path) -> None:
    """Wherever the payload text landed in generated code, it is inside a string or a comment."""
    for path in package.rglob("*.py"):
        if "_runtime" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        if MARKER not in source:
            continue
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if MARKER in token.string:
                assert token.type in (tokenize.STRING, tokenize.COMMENT), (path, token)
