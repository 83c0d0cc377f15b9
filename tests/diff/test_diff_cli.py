"""`python -m generator diff`: output streams, exit codes, and errors users can act on."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.diff.cli import main

REPO = Path(__file__).parents[2]


def test_text_report_lists_findings_then_a_summary(base: dict[str, Any], run_diff: Any) -> None:
    new = copy.deepcopy(base)
    new["paths"]["/v2/locations/{location_id}/events"] = new["paths"].pop("/v2/companies/{location_id}/activities")
    new["info"]["description"] = "Edited."
    code, out, err = run_diff(base, new)
    assert (code, err) == (1, "")
    assert out == (
        "Operations removed or moved:\n"
        "BREAKING create_event_v2: path changed: `/v2/companies/{location_id}/activities` -> "
        "`/v2/locations/{location_id}/events`  (#/paths/~1v2~1locations~1{location_id}~1events/post)\n\n"
        "1 breaking, 0 deprecated, 0 new, 1 documentation edit\n"
    )


def test_json_and_markdown_formats(base: dict[str, Any], run_diff: Any) -> None:
    new = copy.deepcopy(base)
    new["components"]["schemas"]["Event"]["properties"].pop("company_id")
    code, out, _ = run_diff(base, new, "--format", "json")
    document = json.loads(out)
    assert code == 1
    assert document["summary"] == {"breaking": 1, "deprecated": 0, "new": 0, "docs": 0}
    [finding] = document["findings"]
    assert finding["operation"] == "create_event"
    assert finding["operations"] == ["create_event", "get_event", "search_events"]
    assert finding["message"] == "response field `Event.company_id` removed"
    code, out, _ = run_diff(base, new, "--format", "markdown", "--fail-on", "none")
    assert code == 0
    assert out.startswith(
        "### Breaking changes\n\n#### Responses changed\n\n- response field `Event.company_id` removed "
        "(reached by 3 operations: `create_event`, `get_event`, `search_events`)\n"
    )


def test_text_groups_a_shared_change_on_one_line(base: dict[str, Any], run_diff: Any) -> None:
    new = copy.deepcopy(base)
    new["components"]["schemas"]["Event"]["properties"].pop("company_id")
    code, out, _ = run_diff(base, new)
    assert (code, out) == (
        1,
        "Responses changed:\n"
        "BREAKING response field `Event.company_id` removed  (#/components/schemas/Event/properties/company_id; "
        "reached by 3 operations: create_event, get_event, search_events)\n\n"
        "1 breaking, 0 deprecated, 0 new, 0 documentation edits\n",
    )


VALID_OLD = (
    "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {responses: {'200': {description: ok}}}\n"
)
INFO = "info: {title: t, version: '1'}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "swagger: '2.0'\n" + INFO + "paths: {}\n",
            "new.yaml:1:10: Swagger 2.0 is not supported; convert it to OpenAPI 3.0 or 3.1 (at /swagger)",
        ),
        (INFO + "paths: {}\n", "new.yaml:1:1: missing the 'openapi' field (expected 3.0.x or 3.1.x)"),
        (
            "openapi: 4.0.0\n" + INFO + "paths: {}\n",
            "new.yaml:1:10: unsupported OpenAPI version '4.0.0' (expected 3.0.x or 3.1.x) (at /openapi)",
        ),
        ("openapi: 3.1.0\npaths: {}\n", "new.yaml:1:1: invalid OpenAPI: 'info' is a required property (at /info)"),
        (
            "openapi: 3.1.0\n" + INFO + "paths: [1, 2]\n",
            "new.yaml:3:8: invalid OpenAPI: [1, 2] is not of type 'object' (at /paths)",
        ),
        (
            "openapi: 3.1.0\n" + INFO + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n"
            "          $ref: '#/components/responses/Missing'\n",
            "new.yaml:8:17: $ref '#/components/responses/Missing' does not resolve to anything in this document "
            "(at /paths/~1a/get/responses/200/$ref)",
        ),
        (
            "openapi: 3.1.0\n" + INFO + "paths:\n  /a:\n    get: {operationId: x, responses: {'200': {description: ok}}"
            "}\n  /b:\n    get: {operationId: x, responses: {'200': {description: ok}}}\n",
            "new.yaml:7:24: duplicate operationId 'x' (first used at /paths/~1a/get) (at /paths/~1b/get/operationId)",
        ),
        ("- just\n- a list\n", "new.yaml:1:1: top level is list, expected a mapping (an OpenAPI object)"),
    ],
    ids=[
        "swagger 2.0",
        "no openapi version",
        "openapi 4",
        "no info",
        "paths not a mapping",
        "unresolved $ref",
        "duplicate operationId",
        "not a mapping",
    ],
)
def test_input_regen_refuses_exits_2_with_its_located_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    old = tmp_path / "old.yaml"
    old.write_text(VALID_OLD, encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text(text, encoding="utf-8")
    assert main([str(old), str(new)]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"{tmp_path}/{message}\n")
    assert main([str(new), str(old)]) == 2, "the old side is checked the same way"
    assert capsys.readouterr().err == f"{tmp_path}/{message}\n"


def test_swagger_pair_is_refused_not_compared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Swagger 2.0 pair whose response lost a field: refused, never a silent exit 0."""
    swagger: dict[str, Any] = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "schema": {"type": "object", "properties": {"id": {"type": "integer"}}},
                        }
                    }
                }
            }
        },
    }
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(swagger), encoding="utf-8")
    del swagger["paths"]["/a"]["get"]["responses"]["200"]["schema"]["properties"]["id"]
    new.write_text(json.dumps(swagger), encoding="utf-8")
    assert main([str(old), str(new)]) == 2
    assert "Swagger 2.0 is not supported" in capsys.readouterr().err


def test_circular_ref_chain_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "t", "version": "1"},
                "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/A"}}}}},
                "components": {
                    "responses": {
                        "A": {"$ref": "#/components/responses/B"},
                        "B": {"$ref": "#/components/responses/A"},
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    assert main([str(spec), str(spec)]) == 2
    assert "$ref cycle" in capsys.readouterr().err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")]) == 2
    assert capsys.readouterr().err == f"{tmp_path}/old.yaml: file not found\n"


def test_usage_errors_exit_2_and_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["only-one.yaml"]) == 2
    assert main(["a.yaml", "b.yaml", "--fail-on", "sometimes"]) == 2
    assert "usage: python -m generator diff" in capsys.readouterr().err
    assert main(["--help"]) == 0
    help_text = capsys.readouterr().out
    assert "breaking > deprecated > new > docs" in help_text
    assert "1  at least one finding at or above the --fail-on level" in help_text


def test_runs_as_a_module() -> None:
    spec = REPO / "tests" / "diff" / "base_spec.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", str(spec), str(spec), "--format", "json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout)["findings"] == []


def _body_spec(version: str, schema: Any) -> str:
    document = {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "post": {
                    "operationId": "send",
                    "requestBody": {"content": {"application/json": {"schema": schema}}},
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
    }
    return json.dumps(document)


@pytest.mark.parametrize(
    ("old_schema", "new_schema", "expected"),
    [
        (
            {"type": "array", "items": {"type": "string"}},
            {"type": "array", "items": False},
            "request body field `[]` changed type: `string` -> nothing (`false`) (the generator cannot "
            "generate this: upstream cannot model a boolean schema)",
        ),
        (
            {"type": "string", "enum": ["a"]},
            {"type": "string", "enum": []},
            "request body no longer accepts `a` (the generator cannot generate this: upstream cannot model "
            "an empty `enum`)",
        ),
        (
            {"type": "object", "properties": {"a": True}},
            {"type": "object", "properties": {"a": False}},
            "request body field `a` changed type: any -> nothing (`false`) (the generator cannot generate "
            "this: upstream cannot model a boolean schema)",
        ),
        (
            {"type": "array", "prefixItems": [{"type": "string"}]},
            {"type": "array", "prefixItems": [{"type": "integer"}]},
            "request body field `[0]` changed type: `string` -> `integer`",
        ),
    ],
    ids=["items false", "empty enum", "boolean schemas", "prefixItems"],
)
def test_valid_31_documents_upstream_cannot_model_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old_schema: Any, new_schema: Any, expected: str
) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(_body_spec("3.1.0", old_schema), encoding="utf-8")
    new.write_text(_body_spec("3.1.0", new_schema), encoding="utf-8")

    assert main([str(old), str(new), "--format", "json"]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert [finding["message"] for finding in json.loads(out)["findings"]] == [expected]
    assert main([str(new), str(new)]) == 0, "a valid document compared with itself"


def test_the_30_meta_schema_decides_for_30_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`enum: []` is valid JSON Schema 2020-12 (OpenAPI 3.1) but not in OpenAPI 3.0's schema."""
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(_body_spec("3.0.3", {"type": "string"}), encoding="utf-8")
    new.write_text(_body_spec("3.0.3", {"type": "string", "enum": []}), encoding="utf-8")

    assert main([str(old), str(new)]) == 2
    assert capsys.readouterr().err == (
        f"{new}:1:197: invalid OpenAPI: [] should be non-empty "
        "(at /paths/~1a/post/requestBody/content/application~1json/schema/enum)\n"
    )


def test_diff_after_the_config_option_runs_the_diff(capsys: pytest.CaptureFixture[str]) -> None:
    # `--config FILE diff ...` once fell through to `check`: the subcommand is the diff wherever
    # the generator's own options put it.
    from generator.cli import main as generator_main

    spec = REPO / "tests" / "diff" / "base_spec.yaml"
    config = REPO / "pyproject.toml"
    assert generator_main(["--config", str(config), "diff", str(spec), str(spec), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    assert generator_main(["--config", str(config), "diff"]) == 2
    assert "OLD_SPEC, NEW_SPEC" in capsys.readouterr().err
