"""Huge documents are refused early, at a stated limit, with a message that says where.

Each case is made here rather than stored: they are megabytes. What is checked is the refusal
and its place; how long it takes is for the benchmarks (`make bench`), not for tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.spec import load, pointer
from tests.conftest import ROOT, SPEC
from tests.robustness.support import run_in_process

WHERE = re.compile(r"^(?P<file>\S+?):(?P<line>\d+):(?P<column>\d+): (?P<message>.*)$")


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def refused(spec: Path, tmp_path: Path) -> tuple[int, int, str]:
    run = run_in_process("regen", "--spec", spec, "--output", tmp_path / "out")
    assert run.code == 2, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    match = WHERE.match(lines[0])
    assert match and match["file"] == str(spec), run.stderr
    assert not (tmp_path / "out").exists()
    return int(match["line"]), int(match["column"]), match["message"]


def minimal(**extra: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, **extra}


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    spec = tmp_path / "huge.yaml"
    with open(spec, "wb") as handle:
        handle.truncate(load.MAX_DOCUMENT_BYTES + 1)  # sparse: nothing is written
    assert refused(spec, tmp_path)[:2] == (1, 1)


def test_a_snapshot_larger_than_the_spec_cap_is_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A compact spec just under the spec cap dumps to a larger snapshot (block-style YAML here);
    the next regen reads that with the records' cap, so the change report still works."""
    spec, output = tmp_path / "spec.yaml", tmp_path / "out"
    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec.write_text(yaml.safe_dump(data, default_flow_style=True, width=10**9, sort_keys=False), encoding="utf-8")
    monkeypatch.setattr(load, "MAX_DOCUMENT_BYTES", spec.stat().st_size + 100)
    first = run_in_process("regen", "--spec", spec, "--output", output)
    assert first.code == 0, first.stderr
    (snapshot,) = output.glob("*/.generator/openapi.yaml")
    assert snapshot.stat().st_size > load.MAX_DOCUMENT_BYTES

    data["info"]["description"] += " Edited."
    spec.write_text(yaml.safe_dump(data, default_flow_style=True, width=10**9, sort_keys=False), encoding="utf-8")
    second = run_in_process("regen", "--spec", spec, "--output", output)
    assert second.code == 0, second.stderr
    assert "0 breaking, 0 deprecated, 0 new, 1 documentation edit" in second.stderr


def test_a_fifteen_megabyte_word_in_a_description_is_refused_where_it_starts(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    anchor = "      description: First day, inclusive, `YYYY-MM-DD`."
    spec = tmp_path / "word.yaml"
    spec.write_text(text.replace(anchor, "      description: " + "x" * 15 * 2**20, 1), encoding="utf-8")
    line, column, message = refused(spec, tmp_path)
    assert anchor in text
    assert (line, column) == (text[: text.index(anchor)].count("\n") + 1, len("      description: ") + 1)
    assert f"strings over {load.MAX_STRING_CHARS} characters are refused" in message


def test_a_long_string_in_json_is_refused_at_its_value(tmp_path: Path) -> None:
    spec = tmp_path / "word.json"
    spec.write_text(json.dumps(minimal(**{"x-long": "y" * (load.MAX_STRING_CHARS + 1)}), indent=1))
    line, column, message = refused(spec, tmp_path)
    text = spec.read_text()
    offset = text.index('"yyy')
    assert (line, column) == (text[:offset].count("\n") + 1, offset - text.rfind("\n", 0, offset))
    assert "(at /x-long)" in message


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
@pytest.mark.slow
def test_a_two_million_item_extension_array_is_refused_at_the_value_past_the_limit(suffix: str, tmp_path: Path) -> None:
    """About 17 MB: under the size limit, over the value limit."""
    spec = tmp_path / f"items{suffix}"
    head = '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},\n"x-items": ['
    spec.write_text(head + ", ".join(str(1_000_000 + n) for n in range(2_000_000)) + "]}\n")
    assert spec.stat().st_size < load.MAX_DOCUMENT_BYTES
    line, column, message = refused(spec, tmp_path)
    assert f"holds more than {load.MAX_VALUES} values" in message
    # Before the first item: the top level, its 4 keys, "3.1.0", info with 2 keys and 2 values,
    # paths, the array: 13 values. The one past the limit is item number MAX_VALUES - 13 from 0.
    item = load.MAX_VALUES - 13
    assert line == 2 and column == len('"x-items": [') + 1 + item * len("1000000, ")


def test_a_ref_chain_of_ten_thousand_is_refused_at_its_start(tmp_path: Path) -> None:
    schemas: dict[str, Any] = {f"S{n}": {"$ref": f"#/components/schemas/S{n + 1}"} for n in range(10_000)}
    schemas["S10000"] = {"type": "object"}
    spec = tmp_path / "chain.yaml"
    spec.write_text(json.dumps(minimal(components={"schemas": schemas}), indent=1))
    line, column, message = refused(spec, tmp_path)
    assert f"$ref chain longer than {pointer.MAX_REF_CHAIN} references" in message
    assert "(at /components/schemas/S0/$ref)" in message
    text = spec.read_text()
    offset = text.index('"#/components/schemas/S1"')
    assert (line, column) == (text[:offset].count("\n") + 1, offset - text.rfind("\n", 0, offset))
