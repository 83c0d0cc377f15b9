"""Broken input: one document (or settings file) per mistake, each refused with one located message.

Every case must exit 2 with `FILE:LINE:COLUMN: what is wrong`, print no traceback, and leave an
existing output directory byte-for-byte as it was. The messages are snapshots in
`tests/broken/<case>.expected` (rewrite them with `UPDATE_SNAPSHOTS=1`, then review the diff).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from generator.spec import load
from tests.conftest import ROOT, SPEC, run_generator
from tests.robustness.support import check_snapshot, normalized, previous_output, run_in_process, tree_hash

BROKEN = ROOT / "tests" / "broken"
DOCUMENTS = sorted(p for p in BROKEN.iterdir() if p.is_file() and p.suffix in (".yaml", ".json"))
SETTINGS = sorted((BROKEN / "config").glob("*.toml"))
LOCATED = re.compile(r"^\S.*?:\d+:\d+: \S", re.MULTILINE)


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture
def output(tmp_path: Path) -> Path:
    return previous_output(tmp_path / "out")


def assert_refused(run_code: int, stderr: str, output: Path, before: str, located: bool = True) -> None:
    assert run_code == 2, stderr
    assert "Traceback" not in stderr
    fatal = [line for line in stderr.splitlines() if ": warning: " not in line]
    assert len(fatal) == 1, stderr  # one message, on one line
    assert LOCATED.match(fatal[0]) or not located, fatal[0]
    assert tree_hash(output) == before, "a refused run changed the output"
    assert not list(output.parent.glob(".out.staging-*")), "a refused run left its staging directory"


def test_the_corpus_covers_the_issue() -> None:
    names = {p.stem for p in DOCUMENTS}
    for case in (
        "yaml-syntax", "json-syntax", "top-level-list", "empty", "binary", "missing-openapi",
        "unsupported-version", "wrong-type", "missing-required-field", "unresolvable-ref",
        "duplicate-operation-id", "undeclared-path-parameter", "alias-bomb", "deep-nesting",
        "recursive-alias", "ref-to-url", "ref-to-file", "ref-to-itself", "ref-cycle",
    ):  # fmt: skip
        assert case in names
    assert {p.stem for p in SETTINGS} >= {"toml-syntax", "wrong-type", "missing-template"}


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_broken_document_is_refused_with_one_located_message(document: Path, output: Path, at_root: None) -> None:
    before = tree_hash(output)
    run = run_in_process("regen", "--spec", document.relative_to(ROOT), "--output", output)
    assert_refused(run.code, run.stderr, output, before)
    check_snapshot(document.with_suffix(".expected"), normalized(run, (output, "<output>")))


@pytest.mark.parametrize("settings", SETTINGS, ids=lambda p: p.name)
def test_broken_settings_are_refused_with_one_located_message(settings: Path, output: Path, at_root: None) -> None:
    before = tree_hash(output)
    run = run_in_process("--config", settings.relative_to(ROOT), "regen", "--output", output)
    assert_refused(run.code, run.stderr, output, before, located=settings.stem != "missing-spec")
    check_snapshot(settings.with_suffix(".expected"), normalized(run, (output, "<output>")))


@pytest.mark.parametrize("case", ["yaml-syntax.yaml", "alias-bomb.yaml", "schema-modules-clash.yaml"])
def test_the_command_line_prints_what_the_snapshot_says(case: str, output: Path) -> None:
    """The in-process runs above see what a user sees: same message, exit code, no traceback."""
    before = tree_hash(output)
    result = run_generator("regen", "--spec", Path("tests/broken") / case, "--output", output)
    assert_refused(result.returncode, result.stderr, output, before)
    expected = (BROKEN / case).with_suffix(".expected").read_text(encoding="utf-8")
    assert f"exit {result.returncode}\n{result.stderr.replace(str(output), '<output>')}" == expected


# --- cases that cannot be files in the repository ---------------------------------------------------


def test_a_missing_document(output: Path, at_root: None) -> None:
    before = tree_hash(output)
    run = run_in_process("regen", "--spec", "tests/broken/no-such-file.yaml", "--output", output)
    assert_refused(run.code, run.stderr, output, before, located=False)  # no line to point at
    assert run.stderr == "tests/broken/no-such-file.yaml: file not found\n"


def test_a_directory_or_a_device_is_not_read(output: Path, tmp_path: Path, at_root: None) -> None:
    fifo = tmp_path / "spec.yaml"
    os.mkfifo(fifo)  # reading it would block forever
    before = tree_hash(output)
    for spec, message in ((tmp_path, "is a directory"), (fifo, "is not a regular file"), (Path("/dev/zero"), "is not")):
        run = run_in_process("regen", "--spec", spec, "--output", output)
        assert_refused(run.code, run.stderr, output, before, located=False)
        assert message in run.stderr


def test_a_huge_document_is_refused_before_it_is_read(output: Path, tmp_path: Path, at_root: None) -> None:
    spec = tmp_path / "huge.yaml"
    filler = "x-filler: '" + "a" * (load.MAX_DOCUMENT_BYTES) + "'\n"
    spec.write_text("openapi: 3.1.0\ninfo: {title: Huge, version: '1'}\npaths: {}\n" + filler, encoding="utf-8")
    before = tree_hash(output)
    started = time.monotonic()
    run = run_in_process("regen", "--spec", spec, "--output", output)
    assert time.monotonic() - started < 5
    assert_refused(run.code, run.stderr, output, before)
    assert f"documents over {load.MAX_DOCUMENT_BYTES} bytes are refused" in run.stderr


@pytest.mark.slow
def test_bombs_are_refused_in_bounded_time_and_memory(output: Path) -> None:
    """The alias bomb expands to 10^9 values and the deep document nests 5000 levels: both end fast."""
    for case in ("alias-bomb.yaml", "deep-nesting.yaml", "json-deep-nesting.json", "recursive-alias.yaml"):
        started = time.monotonic()
        result = run_generator("regen", "--spec", BROKEN / case, "--output", output)
        assert time.monotonic() - started < 20, case
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
    import resource

    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 500 * 1024  # KiB: under 500 MB


@pytest.mark.slow
def test_a_document_just_inside_the_limits_still_generates(tmp_path: Path) -> None:
    """The limits refuse attacks, not big or deep documents: 99 levels of nesting still generate."""
    spec = tmp_path / "deep.yaml"
    text = SPEC.read_text(encoding="utf-8")
    deep = "[" * (load.MAX_DEPTH - 1) + "]" * (load.MAX_DEPTH - 1)
    spec.write_text(text + f"x-deep: {deep}\n", encoding="utf-8")
    result = run_generator("regen", "--spec", spec, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr


def test_schemas_that_refer_to_themselves_still_generate(tmp_path: Path, at_root: None) -> None:
    """Only bare `$ref` cycles are refused; a tree node holding its children is an ordinary model."""
    node = "#/components/schemas/Node"
    spec = tmp_path / "tree.yaml"
    spec.write_text(
        f"""
openapi: 3.1.0
info: {{title: Tree, version: "1"}}
paths:
  /tree:
    get:
      operationId: get_tree
      responses:
        "200": {{description: ok, content: {{application/json: {{schema: {{$ref: "{node}"}}}}}}}}
components:
  schemas:
    Node:
      type: object
      required: [name]
      properties:
        name: {{type: string}}
        parent: {{$ref: "{node}"}}
        children: {{type: array, items: {{$ref: "{node}"}}}}
        index: {{type: object, additionalProperties: {{$ref: "{node}"}}}}
""",
        encoding="utf-8",
    )
    started = time.monotonic()
    run = run_in_process("regen", "--spec", spec, "--output", tmp_path / "out")
    assert run.code == 0, run.stderr
    assert time.monotonic() - started < 30
    assert len(list((tmp_path / "out").glob("*/*/models/node.py"))) == 1  # named after the document's title


def test_allowed_file_references_must_stay_beside_the_spec(tmp_path: Path, at_root: None) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text(
        (ROOT / "pyproject.toml")
        .read_text(encoding="utf-8")
        .replace('templates = "templates"', f'templates = "{ROOT / "templates"}"')
        .replace("allow_external_refs = false", "allow_external_refs = true"),
        encoding="utf-8",
    )
    output = previous_output(tmp_path / "out")
    before = tree_hash(output)
    for case, message in (
        ("ref-to-file.yaml", "points to a file outside the directory of ref-to-file.yaml; refused"),
        ("ref-to-url.yaml", "is a URL; the generator never fetches documents over the network"),
    ):
        run = run_in_process("--config", settings, "regen", "--spec", f"tests/broken/{case}", "--output", output)
        assert_refused(run.code, run.stderr, output, before)
        assert message in run.stderr
