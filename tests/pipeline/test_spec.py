"""The committed spec is valid OpenAPI and says what the facts sheet says about each operation."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.conftest import SPEC

USER, PARTNER = "BearerPartnerUser", "BearerPartner"
# operationId: (method, path, success status, security scheme, deprecated, replacement)
OPERATIONS = {
    "authenticate_user": ("post", "/v1/auth", "201", PARTNER, False, None),
    # V1 Events tag, all 13 (facts sheet "V1 Events tag: the 13 operations"). get_event,
    # search_event_services and list_event_duplication_strategies: security uncertain in the
    # sheet, the spec takes the safer BearerPartnerUser.
    "search_events": ("get", "/v1/activity/{location_id}/search", "200", PARTNER, False, None),
    "search_event_dates": ("get", "/v1/activity/{location_id}/search_dates", "200", PARTNER, False, None),
    "get_event_date_range": ("get", "/v1/activity/{location_id}/search_dates_range", "200", PARTNER, False, None),
    "get_event_search_filters": ("get", "/v1/activity/{location_id}/filters", "200", PARTNER, False, None),
    "duplicate_event": ("post", "/v1/activity/{location_id}/{event_id}/duplicate", "200", USER, False, None),
    "search_event_services": ("get", "/v1/activity/{location_id}/services", "200", USER, False, None),
    "list_event_duplication_strategies": (
        "get",
        "/v1/activity/{location_id}/duplication_strategy",
        "200",
        USER,
        False,
        None,
    ),
    "create_event_duplication_strategy": (
        "post",
        "/v1/activity/{location_id}/duplication_strategy",
        "200",
        USER,
        False,
        None,
    ),
    "update_event_duplication_strategy": (
        "post",
        "/v1/activity/{location_id}/duplication_strategy/{strategy_id}",
        "200",
        USER,
        False,
        None,
    ),
    "get_event": ("get", "/v1/activity/{location_id}/{event_id}", "200", USER, True, "get_event_v2"),
    "update_event": ("put", "/v1/activity/{location_id}/{event_id}", "200", USER, True, "update_event_v2"),
    "delete_event": ("delete", "/v1/activity/{location_id}/{event_id}", "202", USER, True, "delete_event_v2"),
    "create_event": ("post", "/v1/activity/{location_id}", "200", USER, True, "create_event_v2"),
    # V2 events (G-C), vendor ids with `_v2` appended; all BearerPartnerUser.
    "list_events_v2": ("get", "/v2/locations/{location_id}/events", "200", USER, False, None),
    "create_event_v2": ("post", "/v2/locations/{location_id}/events", "200", USER, False, None),
    "get_event_v2": ("get", "/v2/locations/{location_id}/events/{event_id}", "200", USER, False, None),
    "update_event_v2": ("put", "/v2/locations/{location_id}/events/{event_id}", "200", USER, False, None),
    "delete_event_v2": ("delete", "/v2/locations/{location_id}/events/{event_id}", "204", USER, False, None),
    "create_event_appointment_v2": (
        "post",
        "/v2/locations/{location_id}/events/{event_id}/appointments",
        "201",
        USER,
        False,
        None,
    ),
    "update_event_appointment_v2": (
        "put",
        "/v2/locations/{location_id}/events/{event_id}/appointments/{record_id}",
        "200",
        USER,
        False,
        None,
    ),
    "reschedule_event_appointment_v2": (
        "patch",
        "/v2/locations/{location_id}/events/{event_id}/appointments/{record_id}",
        "200",
        USER,
        False,
        None,
    ),
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text())


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method, path, operation)
    return found


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)  # raises on the first problem
    assert spec["openapi"].startswith("3.1")
    assert spec["servers"][0]["url"] == "https://api.alteg.io/api"


def test_operation_ids_are_exactly_the_designed_ones(spec: dict[str, Any]) -> None:
    assert sorted(operations(spec)) == sorted(OPERATIONS)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_matches_the_facts(spec: dict[str, Any], operation_id: str) -> None:
    method, path, status, scheme, deprecated, replacement = OPERATIONS[operation_id]
    found_method, found_path, operation = operations(spec)[operation_id]
    assert (found_method, found_path) == (method, path)
    assert min(code for code in operation["responses"] if code.startswith("2")) == status
    assert operation["security"] == [{scheme: []}]
    assert operation.get("deprecated", False) is deprecated
    assert operation.get("x-replaced-by") == replacement
    accept = [p for p in operation["parameters"] if p.get("$ref") == "#/components/parameters/Accept"]
    assert accept, "every operation requires the Accept header"


def test_security_schemes_and_accept_header(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes[PARTNER]["scheme"] == schemes[USER]["scheme"] == "bearer"
    assert schemes[USER]["bearerFormat"] == "Bearer <partner_token>, User <user_token>"
    accept = spec["components"]["parameters"]["Accept"]
    assert accept["required"] is True
    assert accept["schema"]["enum"] == ["application/vnd.api.v2+json"]


def test_every_error_response_is_an_envelope_or_json_api_errors(spec: dict[str, Any]) -> None:
    responses = spec["components"]["responses"]
    for name in ("BadRequest", "BadRequestV2", "Unauthorized", "Forbidden", "NotFound", "UnprocessableEntity"):
        assert responses[name]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorEnvelope")
    assert responses["Conflict"]["content"]["application/json"]["schema"]["$ref"].endswith("/JsonApiErrors")
