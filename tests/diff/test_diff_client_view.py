"""What calling code sees: class names as the generator makes them, parameters however written."""

from __future__ import annotations

import copy
from typing import Any

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


AS_SCHEMA = {"schema": {"type": "object", "properties": {"q": {"type": "string"}}}}
AS_CONTENT = {"content": {"application/json": {"schema": {"type": "object", "properties": {"q": {"type": "string"}}}}}}


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
