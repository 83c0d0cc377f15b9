"""The document's model: operations with their parameters, bodies and responses, and schemas."""

from __future__ import annotations

from typing import Any

import pytest

from generator.spec.model import SpecModel, path_parameter_names, path_shape
from generator.spec.pointer import RefError
from generator.spec.prepare import upstream_input

DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "security": [{"Partner": []}],
    "paths": {
        "/events/{location_id}/{event_id}": {
            "parameters": [
                {"$ref": "#/components/parameters/Location"},
                {"name": "event_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "Accept", "in": "header", "schema": {"const": "application/vnd.api.v2+json"}},
            ],
            "get": {
                "operationId": "get_event",
                "tags": ["events", 7],
                "parameters": [
                    {"name": "event_id", "in": "path", "required": True, "schema": {"type": "integer"}},
                    {"name": "fields", "in": "query", "style": "deepObject", "schema": {"type": "object"}},
                ],
                "responses": {
                    "200": {"$ref": "#/components/responses/Event"},
                    "404": {"description": "gone"},
                },
            },
            "delete": {
                "security": [],
                "deprecated": True,
                "x-replaced-by": "get_event",
                "requestBody": {"$ref": "#/components/requestBodies/Why"},
                "responses": {"204": {"description": "deleted"}},
            },
        },
        "x-internal": {"get": {}},
    },
    "components": {
        "parameters": {
            "Location": {"name": "location_id", "in": "path", "required": True, "schema": {"type": "integer"}}
        },
        "responses": {
            "Event": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Event"}}},
            }
        },
        "requestBodies": {"Why": {"required": True, "content": {"application/json": {"schema": {"type": "string"}}}}},
        "schemas": {
            "Event": {
                "type": "object",
                "properties": {
                    "properties": {"type": "string", "enum": ["a", "b", "a"]},
                    "tags": {"type": "array", "items": {"type": "string", "enum": ["x"]}},
                    "extra": {"type": "object", "additionalProperties": {"type": "integer"}},
                },
            }
        },
    },
}


def model() -> SpecModel:
    return SpecModel.build(DOC)


def test_path_shapes_ignore_parameter_names() -> None:
    assert path_shape("/events/{location_id}/{event_id}") == "/events/{}/{}"
    assert path_shape("/a/{id}") == path_shape("/a/{name}")
    assert path_parameter_names("/events/{location_id}/{event_id}") == ["location_id", "event_id"]


def test_operations_are_indexed_by_place_and_id_and_skip_extensions() -> None:
    spec = model()
    assert [(op.method, op.path) for op in spec.operations] == [
        ("get", "/events/{location_id}/{event_id}"),
        ("delete", "/events/{location_id}/{event_id}"),
    ]
    assert spec.by_id["get_event"] is spec.by_place[("get", "/events/{location_id}/{event_id}")]
    assert spec.operations[1].label == "DELETE /events/{location_id}/{event_id}"


def test_operation_parameters_override_path_level_ones() -> None:
    get = model().by_id["get_event"]
    named = {(p.name, p.location): p for p in get.parameters}
    assert named[("event_id", "path")].level == "operation"
    assert named[("event_id", "path")].schema == {"type": "integer"}
    assert named[("location_id", "path")].level == "path"
    # A `$ref`'d parameter says both where it is listed and where it is defined.
    assert named[("location_id", "path")].entry == "/paths/~1events~1{location_id}~1{event_id}/parameters/0"
    assert named[("location_id", "path")].pointer == "/components/parameters/Location"
    assert [p.name for p in get.parameters].count("event_id") == 1
    assert named[("fields", "query")].style == "deepObject"


def test_accept_security_deprecation_and_tags() -> None:
    get, delete = model().operations
    assert get.accept == "application/vnd.api.v2+json"
    assert get.security == ({"Partner": []},) and get.security_pointer == "/security"
    assert delete.security == () and delete.security_pointer.endswith("/delete/security")
    assert delete.deprecated and delete.replaced_by == "get_event"
    assert [tag for tag, _ in get.tags] == ["events"]  # the non-string tag is not a tag


def test_bodies_and_responses_are_followed_through_refs() -> None:
    get, delete = model().operations
    assert delete.body is not None and delete.body.required
    assert delete.body.pointer == "/components/requestBodies/Why"
    assert [m.name for m in delete.body.content] == ["application/json"]
    assert [(r.status, r.is_success) for r in get.responses] == [("200", True), ("404", False)]
    assert get.success_responses[0].pointer == "/components/responses/Event"
    assert get.success_responses[0].content[0].schema == {"$ref": "#/components/schemas/Event"}


def test_schema_positions_reach_nested_schemas_but_not_a_property_named_properties_keywords() -> None:
    positions = {pointer for _, pointer in model().schema_positions()}
    event = "/components/schemas/Event"
    assert {event, f"{event}/properties/properties", f"{event}/properties/tags/items"} <= positions
    assert f"{event}/properties/extra/additionalProperties" in positions
    # The property named `properties` is a schema; its keywords (`type`, `enum`) are not properties.
    assert f"{event}/properties/properties/properties" not in positions
    assert f"{event}/properties/properties/type" not in positions
    assert "/paths/~1events~1{location_id}~1{event_id}/parameters/1/schema" in positions


def test_upstream_input_drops_accept_headers_and_repeated_enum_values_without_touching_the_document() -> None:
    prepared = upstream_input(model())
    item = prepared["paths"]["/events/{location_id}/{event_id}"]
    names = [p.get("name", p.get("$ref")) for p in item["parameters"]]
    assert names == ["#/components/parameters/Location", "event_id"]
    assert prepared["components"]["schemas"]["Event"]["properties"]["properties"]["enum"] == ["a", "b"]
    assert DOC["components"]["schemas"]["Event"]["properties"]["properties"]["enum"] == ["a", "b", "a"]
    assert len(DOC["paths"]["/events/{location_id}/{event_id}"]["parameters"]) == 3


def test_a_dangling_parameter_ref_is_refused_where_it_is_written() -> None:
    broken = {"paths": {"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/Nope"}]}}}}
    with pytest.raises(RefError) as caught:
        SpecModel.build(broken)
    assert caught.value.pointer == "/paths/~1a/get/parameters/0/$ref"
