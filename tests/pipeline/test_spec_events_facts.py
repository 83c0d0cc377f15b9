"""The committed spec says what `altegio-events-facts.md` (generation G-C) says: one test per fact
the spec encodes. Operation ids, methods, paths, security and deprecation are in test_spec.py."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.conftest import SPEC

V2_LIST = "/v2/locations/{location_id}/events"
V2_ITEM = "/v2/locations/{location_id}/events/{event_id}"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text())
    return loaded


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for value in item.values():
            if isinstance(value, dict) and value.get("operationId") == operation_id:
                found: dict[str, Any] = value
                return found
    raise AssertionError(operation_id)


def parameters(spec: dict[str, Any], operation_id: str) -> dict[str, dict[str, Any]]:
    """Query parameters of the operation, by wire name."""
    found = [resolve(spec, p) for p in operation(spec, operation_id).get("parameters", [])]
    return {p["name"]: p for p in found if p["in"] == "query"}


def success_schema(spec: dict[str, Any], operation_id: str, status: str = "200") -> dict[str, Any]:
    response = resolve(spec, operation(spec, operation_id)["responses"][status])
    schema: dict[str, Any] = resolve(spec, response["content"]["application/json"]["schema"])
    return schema


def properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Properties of a schema, through `allOf`."""
    schema = resolve(spec, schema)
    found = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        found.update(properties(spec, part))
    return found


def statuses(spec: dict[str, Any], operation_id: str) -> set[str]:
    return set(operation(spec, operation_id)["responses"])


# --- V1 -----------------------------------------------------------------------------------------


def test_search_events_takes_required_days_id_arrays_and_a_page_of_25_without_a_maximum(spec: dict[str, Any]) -> None:
    query = parameters(spec, "search_events")
    assert query["from"]["required"] and query["till"]["required"]
    assert query["from"]["schema"]["format"] == query["till"]["schema"]["format"] == "date"
    for name in ("service_ids", "staff_ids", "resource_ids"):
        assert query[name]["schema"]["items"]["type"] == "integer"
    assert query["page"]["schema"]["default"] == 1
    assert query["count"]["schema"]["default"] == 25
    assert "maximum" not in query["count"]["schema"]  # fact 12: no maximum on the vendor page


def test_search_events_answers_with_meta_count_and_events_whose_labels_may_be_an_object(spec: dict[str, Any]) -> None:
    schema = success_schema(spec, "search_events")
    event = resolve(spec, properties(spec, schema)["data"]["items"])
    labels = event["properties"]["labels"]["anyOf"]
    assert {branch["type"] for branch in labels} == {"array", "object"}  # the vendor's example sends {}
    example = resolve(
        spec, operation(spec, "search_events")["responses"]["200"]["content"]["application/json"]["examples"]["page"]
    )
    assert example["value"]["meta"] == {"count": 1}
    assert example["value"]["data"][0]["labels"] == {}
    assert statuses(spec, "search_events") == {"200", "401", "403", "404"}


def test_search_event_dates_takes_the_search_filters_without_paging_and_keeps_its_undocumented_body(
    spec: dict[str, Any],
) -> None:
    query = parameters(spec, "search_event_dates")
    assert set(query) == {"from", "till", "service_ids", "staff_ids", "resource_ids"}
    assert query["from"]["required"] and query["till"]["required"]
    schema = success_schema(spec, "search_event_dates")
    assert schema["additionalProperties"] is True
    assert "with no fields" in operation(spec, "search_event_dates")["description"]


def test_get_event_date_range_takes_only_the_id_arrays_and_gives_nullable_days(spec: dict[str, Any]) -> None:
    assert set(parameters(spec, "get_event_date_range")) == {"service_ids", "staff_ids", "resource_ids"}
    data = resolve(spec, properties(spec, success_schema(spec, "get_event_date_range"))["data"])
    assert data["properties"]["min_date"]["type"] == data["properties"]["max_date"]["type"] == ["string", "null"]


def test_get_event_search_filters_gives_groups_of_flagged_options(spec: dict[str, Any]) -> None:
    assert set(parameters(spec, "get_event_search_filters")) == {"service_ids", "staff_ids", "resource_ids"}
    group = resolve(spec, properties(spec, success_schema(spec, "get_event_search_filters"))["data"]["items"])
    assert set(group["properties"]) == {"code", "title", "data"}
    for code in ("staff", "resource", "service", "service_category"):
        assert f"`{code}`" in group["properties"]["code"]["description"]
    option = resolve(spec, group["properties"]["data"]["items"])
    assert option["properties"]["is_disabled"]["type"] == "boolean"


def test_duplicate_event_takes_an_optional_open_body_and_lists_its_errors(spec: dict[str, Any]) -> None:
    found = operation(spec, "duplicate_event")
    assert found["requestBody"]["required"] is False
    body = resolve(spec, found["requestBody"]["content"]["application/json"]["schema"])
    assert body["additionalProperties"] is True
    assert body["properties"]["dates"]["maxItems"] == 100
    assert statuses(spec, "duplicate_event") == {"200", "400", "401", "403", "404", "422"}
    assert properties(spec, success_schema(spec, "duplicate_event"))["data"]["type"] == "array"


def test_search_event_services_filters_by_team_member_and_term(spec: dict[str, Any]) -> None:
    assert set(parameters(spec, "search_event_services")) == {"staff_id", "term"}
    item = resolve(spec, properties(spec, success_schema(spec, "search_event_services"))["data"]["items"])
    assert {"id", "title", "capacity", "price_min", "price_max", "is_multi", "category", "staff", "resources"} <= set(
        item["properties"]
    )


def test_duplication_strategies_need_a_title_and_a_repeat_mode_and_update_by_post(spec: dict[str, Any]) -> None:
    for operation_id in ("create_event_duplication_strategy", "update_event_duplication_strategy"):
        body = resolve(
            spec, resolve(spec, operation(spec, operation_id)["requestBody"])["content"]["application/json"]["schema"]
        )
        assert body["required"] == ["title", "repeat_mode_id"]
        assert body["properties"]["days"]["items"]["type"] == "integer"
        assert set(body["properties"]) == {"title", "repeat_mode_id", "days", "interval", "content_type"}
    path = spec["paths"]["/v1/activity/{location_id}/duplication_strategy/{strategy_id}"]
    assert set(path) == {"parameters", "post"}  # the vendor updates a strategy with POST, not PUT
    assert success_schema(spec, "list_event_duplication_strategies")["additionalProperties"] is True


@pytest.mark.parametrize(
    ("operation_id", "replacement"),
    [
        ("get_event", f"GET {V2_ITEM}"),
        ("update_event", f"PUT {V2_ITEM}"),
        ("delete_event", f"DELETE {V2_ITEM}"),
        ("create_event", f"POST {V2_LIST}"),
    ],
)
def test_deprecated_crud_names_its_v2_locations_replacement(
    spec: dict[str, Any], operation_id: str, replacement: str
) -> None:
    found = operation(spec, operation_id)
    assert found["deprecated"] is True
    assert replacement in " ".join(found["description"].split())
    method, path = replacement.split(" ")
    replaced_by = spec["paths"][path][method.lower()]["operationId"]
    assert found["x-replaced-by"] == replaced_by


def test_v1_delete_answers_202_whose_example_has_no_data_key(spec: dict[str, Any]) -> None:
    assert "data" not in spec["components"]["examples"]["Accepted"]["value"]
    assert "202" in statuses(spec, "delete_event")


def test_v1_validation_errors_are_an_array_and_v2_ones_an_object(spec: dict[str, Any]) -> None:
    responses = spec["components"]["responses"]
    v1 = responses["BadRequest"]["content"]["application/json"]["example"]["meta"]
    v2 = responses["BadRequestV2"]["content"]["application/json"]["example"]["meta"]
    assert isinstance(v1["errors"], list) and isinstance(v2["errors"], dict)
    errors = spec["components"]["schemas"]["ErrorMeta"]["properties"]["errors"]["anyOf"]
    assert {branch["type"] for branch in errors} == {"array", "object"}
    assert operation(spec, "update_event")["responses"]["400"]["$ref"].endswith("/BadRequest")
    assert operation(spec, "update_event_v2")["responses"]["400"]["$ref"].endswith("/BadRequestV2")


def test_error_messages_and_an_empty_404_meta_as_array_or_object(spec: dict[str, Any]) -> None:
    responses = spec["components"]["responses"]
    assert (
        responses["Unauthorized"]["content"]["application/json"]["example"]["meta"]["message"]
        == "Authentication needed."
    )
    assert responses["Forbidden"]["content"]["application/json"]["example"]["meta"]["message"] == "Access denied."
    meta = spec["components"]["schemas"]["ErrorEnvelope"]["properties"]["meta"]["anyOf"]
    assert meta[0] == {"type": "array", "maxItems": 0, "items": {"type": "object"}}
    assert resolve(spec, meta[1])["type"] == "object"
    assert responses["NotFound"]["content"]["application/json"]["example"]["meta"] == {}


# --- V2 -----------------------------------------------------------------------------------------


def test_v2_list_filters_are_the_vendors_keys_with_clean_python_names(spec: dict[str, Any]) -> None:
    query = parameters(spec, "list_events_v2")
    assert set(query) == {
        "filter[from]",
        "filter[to]",
        "filter[master_ids][]",
        "filter[service_ids][]",
        "filter[capacity]",
        "page",
        "limit",
        "include",
    }
    for name in ("filter[from]", "filter[to]"):
        assert query[name]["required"] is True
        assert re.fullmatch(query[name]["schema"]["pattern"], query[name]["example"])
    for name in ("filter[master_ids][]", "filter[service_ids][]"):
        assert (query[name]["style"], query[name]["explode"], query[name]["schema"]["type"]) == ("form", True, "array")
    assert {name: p["x-python-name"] for name, p in query.items() if "x-python-name" in p} == {
        "filter[from]": "from_",
        "filter[to]": "to",
        "filter[master_ids][]": "master_ids",
        "filter[service_ids][]": "service_ids",
        "filter[capacity]": "capacity",
    }
    assert "free places" in query["filter[capacity]"]["description"]


def test_v2_include_values_are_the_documented_relations(spec: dict[str, Any]) -> None:
    for operation_id in ("list_events_v2", "get_event_v2", "update_event_v2"):
        include = parameters(spec, operation_id)["include"]
        values = resolve(spec, include["schema"]["items"])["enum"]
        assert values == ["staff", "service", "resource_instances", "labels", "duration_details", "master"]


def test_v2_list_is_data_and_included_without_meta_or_pagination(spec: dict[str, Any]) -> None:
    schema = success_schema(spec, "list_events_v2")
    assert set(schema["properties"]) == {"data", "included"}
    assert schema["additionalProperties"] is True


def test_v2_event_document_and_attributes(spec: dict[str, Any]) -> None:
    document = success_schema(spec, "get_event_v2")
    assert set(document["properties"]) == {"data", "included", "meta"}
    resource = resolve(spec, document["properties"]["data"])
    assert resource["required"] == ["type", "id", "attributes"]
    attributes = resolve(spec, resource["properties"]["attributes"])["properties"]
    assert attributes["master_id"]["deprecated"] is True
    assert attributes["schedule_event_modified"]["type"] == ["boolean", "null"]
    assert "type" not in attributes["schedule_till"]  # typed "any" by the vendor
    relationships = resolve(spec, resource["properties"]["relationships"])["properties"]
    assert set(relationships) == {"staff", "master", "service", "resource_instances", "labels", "duration_details"}
    assert spec["components"]["examples"]["EventDocument"]["value"]["meta"] == []


def test_v2_update_body_requires_what_the_page_requires(spec: dict[str, Any]) -> None:
    body = spec["components"]["schemas"]["EventWriteRequest"]
    assert body["required"] == [
        "staff_id",
        "service_id",
        "resource_instance_ids",
        "label_ids",
        "date",
        "length",
        "capacity",
    ]
    assert body["properties"]["technical_break_duration"]["type"] == ["integer", "null"]
    assert body["properties"]["date"]["x-strftime"] == "%Y-%m-%d %H:%M:%S"


def test_v2_appointment_needs_a_client_and_a_count_and_answers_201(spec: dict[str, Any]) -> None:
    found = operation(spec, "create_event_appointment_v2")
    body = resolve(spec, resolve(spec, found["requestBody"])["content"]["application/json"]["schema"])
    assert body["required"] == ["client", "clients_count"]
    assert body["properties"]["client_id"]["deprecated"] is True
    client = resolve(spec, body["properties"]["client"])
    assert client["properties"]["id"]["type"] == ["integer", "null"]
    assert re.fullmatch(client["properties"]["phone"]["pattern"], "") and re.fullmatch(
        client["properties"]["phone"]["pattern"], "123456789"
    )
    assert min(code for code in found["responses"] if code.startswith("2")) == "201"


def test_operation_id_rule_is_written_and_followed(spec: dict[str, Any]) -> None:
    description = " ".join(spec["info"]["description"].split())
    assert "suffix `_v2`" in description
    for path, item in spec["paths"].items():
        for method, value in item.items():
            if method == "parameters":
                continue
            assert value["operationId"].endswith("_v2") == path.startswith("/v2/"), path
    assert not [path for path in spec["paths"] if path.startswith("/v2/companies")]


def test_uncertain_security_is_the_safer_scheme_and_says_so(spec: dict[str, Any]) -> None:
    for operation_id in ("get_event", "search_event_services", "list_event_duplication_strategies"):
        found = operation(spec, operation_id)
        assert found["security"] == [{"BearerPartnerUser": []}]
        assert "safer" in found["description"]


def test_response_objects_keep_unknown_keys(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in (
        "Event",
        "EventResource",
        "EventAttributes",
        "EventDocument",
        "IncludedResource",
        "UndocumentedEnvelope",
    ):
        assert schemas[name]["additionalProperties"] is True, name
