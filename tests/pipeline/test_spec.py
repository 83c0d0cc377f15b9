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
    "create_event": ("post", "/v1/activity/{location_id}", "200", USER, True, "create_event_v2"),
    "get_event": ("get", "/v1/activity/{location_id}/{event_id}", "200", PARTNER, True, "get_event_v2"),
    "update_event": ("put", "/v1/activity/{location_id}/{event_id}", "200", USER, True, "update_event_v2"),
    "delete_event": ("delete", "/v1/activity/{location_id}/{event_id}", "202", USER, True, "delete_event_v2"),
    "search_events": ("get", "/v1/activity/{location_id}/search", "200", PARTNER, False, None),
    "list_activities_v2": ("get", "/v2/companies/{location_id}/activities", "200", USER, False, None),
    "create_event_v2": ("post", "/v2/companies/{location_id}/activities", "201", USER, False, None),
    "get_event_v2": ("get", "/v2/companies/{location_id}/activities/{event_id}", "200", USER, False, None),
    "update_event_v2": ("put", "/v2/companies/{location_id}/activities/{event_id}", "200", USER, False, None),
    "delete_event_v2": ("delete", "/v2/companies/{location_id}/activities/{event_id}", "204", USER, False, None),
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document = yaml.safe_load(SPEC.read_text())
    assert isinstance(document, dict)
    return document


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
    for name in ("BadRequest", "Unauthorized", "Forbidden", "NotFound", "UnprocessableEntity"):
        assert responses[name]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorEnvelope")
    assert responses["Conflict"]["content"]["application/json"]["schema"]["$ref"].endswith("/JsonApiErrors")
