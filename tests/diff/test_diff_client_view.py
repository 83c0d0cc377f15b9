"""What calling code sees: class names as the generator makes them, parameters however written."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.diff.cli import main
from generator.diff.specdiff import compare_specs

SEARCH_RESULT: dict[str, Any] = {
    "type": "object",
    "properties": {
        "found": {"type": "integer"},
        "request_params": {
            "type": "object",
            "properties": {
                "q": {"type": "string"},
                "voice_query": {"type": "object", "properties": {"text": {"type": "string"}}},
            },
        },
    },
}


def _search(items: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/s": {
                "get": {
                    "operationId": "multi_search",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/MultiSearchResult"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "SearchResult": SEARCH_RESULT,
                "MultiSearchResult": {"type": "object", "properties": {"results": {"type": "array", "items": items}}},
            }
        },
    }


def test_an_inlined_schema_renames_its_class_and_the_classes_nested_in_it() -> None:
    old = _search({"$ref": "#/components/schemas/SearchResult"})
    new = _search(copy.deepcopy(SEARCH_RESULT))

    items = "/components/schemas/MultiSearchResult/properties/results/items"
    assert [(f.kind, f.severity, f.pointer, f.old, f.new) for f in compare_specs(old, new)] == [
        ("model_renamed", "breaking", items, "SearchResult", "MultiSearchResultResultsItem"),
        (
            "model_renamed",
            "breaking",
            items + "/properties/request_params",
            "SearchResultRequestParams",
            "MultiSearchResultResultsItemRequestParams",
        ),
        (
            "model_renamed",
            "breaking",
            items + "/properties/request_params/properties/voice_query",
            "SearchResultRequestParamsVoiceQuery",
            "MultiSearchResultResultsItemRequestParamsVoiceQuery",
        ),
    ]


def test_a_union_branch_inserted_before_another_renames_its_inline_class() -> None:
    """Upstream names an inline branch class after its position (`..._type_1`)."""
    branch = {"type": "object", "properties": {"a": {"type": "string"}}}
    old = _search({"oneOf": [copy.deepcopy(branch), {"type": "integer"}]})
    ref = {"$ref": "#/components/schemas/SearchResult"}
    new = _search({"oneOf": [ref, copy.deepcopy(branch), {"type": "integer"}]})

    renamed = [(f.old, f.new) for f in compare_specs(old, new) if f.kind == "model_renamed"]
    assert renamed == [("MultiSearchResultResultsItemType0", "MultiSearchResultResultsItemType1")]


def _with_parameter(parameter: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/s": {
                "get": {
                    "operationId": "search",
                    "parameters": [{"name": "filter", "in": "query", **parameter}],
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
    }


AS_SCHEMA: dict[str, Any] = {"schema": {"type": "object", "properties": {"q": {"type": "string"}}}}
AS_CONTENT: dict[str, Any] = {
    "content": {"application/json": {"schema": {"type": "object", "properties": {"q": {"type": "string"}}}}}
}


def test_a_parameter_moved_from_schema_to_content_with_the_same_type_is_no_change() -> None:
    assert compare_specs(_with_parameter(AS_SCHEMA), _with_parameter(AS_CONTENT)) == []
    assert compare_specs(_with_parameter(AS_CONTENT), _with_parameter(AS_SCHEMA)) == []


def test_a_content_parameter_is_compared_like_a_schema_parameter() -> None:
    changed = copy.deepcopy(AS_CONTENT)
    changed["content"]["application/json"]["schema"]["properties"]["q"]["type"] = "integer"

    [finding] = compare_specs(_with_parameter(AS_CONTENT), _with_parameter(changed))
    assert (finding.kind, finding.severity) == ("request_type_changed", "breaking")
    assert finding.pointer == "/paths/~1s/get/parameters/0/content/application~1json/schema/properties/q"


def test_a_dropped_content_parameter_is_removed() -> None:
    gone = _with_parameter(AS_CONTENT)
    gone["paths"]["/s"]["get"]["parameters"] = []

    [finding] = compare_specs(_with_parameter(AS_CONTENT), gone)
    assert (finding.kind, finding.severity, finding.old) == ("parameter_removed", "breaking", "filter")


def _two_operations(extra_parameter: dict[str, Any] | None = None) -> dict[str, Any]:
    parameters = [extra_parameter] if extra_parameter else []
    ok = {"204": {"description": "ok"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {"get": {"operationId": "get_a", "parameters": parameters, "responses": ok}},
            "/b": {"get": {"operationId": "get_b", "responses": ok}},
        },
    }


# A parameter that would become the argument `headers`, which every generated function has: the
# generator leaves the operation out (with skip_unsupported) rather than generate it wrongly.
CLASHING = {"name": "headers", "in": "query", "schema": {"type": "string"}}


def test_an_operation_the_generator_leaves_out_is_a_function_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(_two_operations()), encoding="utf-8")
    new.write_text(json.dumps(_two_operations(CLASHING)), encoding="utf-8")

    assert main([str(old), str(new), "--format", "json"]) == 0, "as the spec sees it: a new optional parameter"
    assert [f["kind"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["parameter_added"]

    assert main([str(old), str(new), "--format", "json", "--skip-unsupported"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert (finding["kind"], finding["severity"], finding["operation"]) == ("operation_removed", "breaking", "get_a")
    assert finding["message"].startswith("function no longer generated: parameter 'headers' would become the argument")

    assert main([str(new), str(old), "--format", "json", "--skip-unsupported"]) == 0
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert (finding["kind"], finding["severity"]) == ("operation_added", "new")
    assert finding["message"].startswith("function now generated (left out before: parameter 'headers'")


def test_an_operation_left_out_of_both_clients_is_not_compared(tmp_path: Path) -> None:
    old_doc, new_doc = _two_operations(CLASHING), _two_operations(CLASHING)
    new_doc["paths"]["/a"]["get"]["parameters"].append({"name": "q", "in": "query", "required": True, "schema": {}})
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(old_doc), encoding="utf-8")
    new.write_text(json.dumps(new_doc), encoding="utf-8")

    assert main([str(old), str(new), "--skip-unsupported"]) == 0
    assert main([str(old), str(new)]) == 1, "as the spec sees it: a new required parameter"


def _moved_spec(prefix: str, path: str, operation_id: str, extra: str) -> dict[str, Any]:
    """An operation answering through a shared response with a document, a resource and its
    attributes, each a component named with `prefix`; `extra` is a field only this side has, so
    no schema is the same as its counterpart."""

    def ref(kind: str, name: str) -> dict[str, str]:
        return {"$ref": f"#/components/{kind}/{prefix}{name}"}

    def obj(**properties: Any) -> dict[str, Any]:
        return {"type": "object", "properties": {**properties, extra: {"type": "string"}}}

    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {path: {"get": {"operationId": operation_id, "responses": {"200": ref("responses", "")}}}},
        "components": {
            "responses": {
                prefix: {"description": "ok", "content": {"application/json": {"schema": ref("schemas", "Document")}}}
            },
            "schemas": {
                f"{prefix}Document": obj(data=ref("schemas", "Resource")),
                f"{prefix}Resource": obj(attributes=ref("schemas", "Attributes")),
                f"{prefix}Attributes": obj(name={"type": "string"}),
            },
        },
    }


def test_the_schemas_of_an_operation_that_moved_pair_with_their_renamed_selves() -> None:
    old = _moved_spec("Activity", "/v2/companies/{id}/activities", "get_event", "old_only")
    new = _moved_spec("Event", "/v2/locations/{id}/events", "get_event", "new_only")
    renamed = [(f.old, f.new) for f in compare_specs(old, new) if f.kind == "model_renamed"]
    assert renamed == [
        ("ActivityAttributes", "EventAttributes"),
        ("ActivityDocument", "EventDocument"),
        ("ActivityResource", "EventResource"),
    ]
    unpaired = _moved_spec("Event", "/v2/locations/{id}/events", "list_events", "new_only")
    kinds = sorted(f.kind for f in compare_specs(old, unpaired))
    assert kinds == ["operation_added", "operation_removed"], "an operation removed and another added pair no schemas"


def test_an_operation_left_out_for_a_name_validation_refuses_is_a_function_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Without skip_unsupported validation refuses the document (`ﬁx` is `fix` to Python); with
    # it, regen leaves out the operation that reaches the name, and so must the diff.
    def document(name: str) -> dict[str, Any]:
        schema = {"$ref": "#/components/schemas/A"}
        ok = {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
        return {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/a": {"get": {"operationId": "get_a", "responses": ok}},
                "/b": {"get": {"operationId": "get_b", "responses": {"200": {"description": "ok"}}}},
            },
            "components": {"schemas": {"A": {"type": "object", "properties": {name: {"type": "string"}}}}},
        }

    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(document("fix")), encoding="utf-8")
    new.write_text(json.dumps(document("\ufb01x")), encoding="utf-8")
    assert main([str(old), str(new), "--format", "json", "--skip-unsupported"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert (finding["kind"], finding["operation"]) == ("operation_removed", "get_a")
    assert "which Python reads as 'fix'" in finding["message"]
