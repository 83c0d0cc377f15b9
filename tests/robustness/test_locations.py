"""Each message points at the exact place, for the documents that used to get it wrong.

The snapshots in tests/broken/ hold the whole messages; here each expected position is worked
out from the document's text on its own, so a snapshot accepted by mistake cannot hide a wrong
place.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.robustness.support import run_in_process

BROKEN = ROOT / "tests" / "broken"
WHERE = re.compile(r"^(?P<file>\S+?):(?P<line>\d+):(?P<column>\d+): ", re.MULTILINE)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column: every CRLF, CR or LF ends a line; columns count characters."""
    lines = re.split(r"\r\n|\r|\n", text[:offset])
    return len(lines), len(lines[-1]) + 1


def reported(case: str, tmp_path: Path) -> tuple[int, int]:
    run = run_in_process("regen", "--spec", BROKEN / case, "--output", tmp_path / "out")
    assert run.code == 2, run.stderr
    match = WHERE.search(run.stderr)
    assert match, run.stderr
    return int(match["line"]), int(match["column"])


def text_of(case: str) -> str:
    return (BROKEN / case).read_bytes().decode("utf-8", "replace")


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_a_duplicate_json_key_is_reported_where_it_repeats_not_where_the_name_first_appears(tmp_path: Path) -> None:
    text = text_of("json-duplicate-key-elsewhere.json")
    assert text.count('"title"') == 3  # info's title, then the schema's title twice
    assert reported("json-duplicate-key-elsewhere.json", tmp_path) == position(text, text.rindex('"title"'))


@pytest.mark.parametrize("case", ["json-surrogate-pair-then-error.json", "json-long-key-then-error.json"])
def test_json_that_yaml_cannot_read_is_still_located(case: str, tmp_path: Path) -> None:
    text = text_of(case)
    assert reported(case, tmp_path) == position(text, text.index('"responses": 5') + len('"responses": '))


@pytest.mark.parametrize("case", ["cr-line-endings.yaml", "json-cr-line-endings.json"])
def test_cr_only_line_endings_count_as_lines(case: str, tmp_path: Path) -> None:
    text = text_of(case)
    assert "\n" not in text
    offset = text.index("responses") + len('responses": ' if case.endswith(".json") else "responses: ")
    assert reported(case, tmp_path) == position(text, offset)


def test_a_json_syntax_error_in_a_cr_only_file_is_on_its_line(tmp_path: Path) -> None:
    text = text_of("json-cr-line-endings-syntax.json")
    assert reported("json-cr-line-endings-syntax.json", tmp_path) == position(text, text.index(",}") + 1)


def test_a_latin_1_byte_is_reported_at_its_column(tmp_path: Path) -> None:
    raw = (BROKEN / "latin-1.yaml").read_bytes()
    offset = raw.index(b"\xe9")
    assert reported("latin-1.yaml", tmp_path) == position(raw[:offset].decode("ascii"), offset)


def test_an_unclosed_quote_is_reported_where_it_opens(tmp_path: Path) -> None:
    text = text_of("unclosed-quote.yaml")
    assert reported("unclosed-quote.yaml", tmp_path) == position(text, text.index('"unclosed'))


def test_a_quote_that_runs_on_to_a_later_line_is_reported_where_it_opens(tmp_path: Path) -> None:
    text = text_of("runaway-quote.yaml")
    assert reported("runaway-quote.yaml", tmp_path) == position(text, text.index('"unclosed'))


def test_json_nested_101_levels_is_located_at_the_101st_level(tmp_path: Path) -> None:
    text = text_of("json-nesting-101.json")
    opened = [m.start() for m in re.finditer(r"[{\[]", text)]
    assert len(opened) == 103  # the top level, info, paths, then 100 levels under x-a
    # info and paths close before x-a opens: x-a's 100th level is the document's 101st.
    assert reported("json-nesting-101.json", tmp_path) == position(text, opened[-1])
