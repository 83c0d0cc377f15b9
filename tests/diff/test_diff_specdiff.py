"""Each check of the spec diff, as one edit to the base spec and the findings it must produce.

A case names every finding other than documentation ones, with the exit code of
`python -m generator diff` under the default `--fail-on breaking`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff.finding import Finding
from generator.diff.specdiff import compare_specs

Spec = dict[str, Any]
Expected = tuple[str, str, str, str, Any, Any]
"""kind, severity, operation, pointer, old, new"""

COMMITTED_SPEC = Path(__file__).parents[2] / "spec" / "altegio-activity.yaml"
S = "/components/schemas"
EVENT_READERS = ("create_event", "get_event", "search_events")
ALL_OPERATIONS = ("create_event", "create_event_v2", "delete_event", "get_event", "search_events")
V1_EVENT = "/v1/activity/{location_id}/{event_id}"


def op_pointer(path: str, method: str) -> str:
    return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method


CREATE = op_pointer("/v1/activity/{location_id}", "post")
SEARCH = op_pointer("/v1/activity/{location_id}/search", "get")
GET = op_pointer(V1_EVENT, "get")
DELETE = op_pointer(V1_EVENT, "delete")
CREATE_V2 = op_pointer("/v2/companies/{location_id}/activities", "post")


def operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for node in item.values():
            if isinstance(node, dict) and node.get("operationId") == operation_id:
                return node
    raise KeyError(operation_id)


def schema(spec: Spec, name: str) -> dict[str, Any]:
    schemas: dict[str, dict[str, Any]] = spec["components"]["schemas"]
    return schemas[name]


def query_parameter(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in operation(spec, "search_events")["parameters"] if p.get("name") == name)


def data_field(operation_id: str, field: str) -> str:
    """The field path the diff reports for an Event field, per operation's envelope."""
    return f"data[].{field}" if operation_id == "search_events" else f"data.{field}"


def for_readers(kind: str, pointer: str, old: Any, new: Any, severity: str = "breaking") -> list[Expected]:
    return [(kind, severity, op, pointer, old, new) for op in EVENT_READERS]


@dataclass(frozen=True)
class Case:
    name: str
    mutate: Callable[[Spec], object]
    expected: list[Expected]
    exit_code: int
    prepare: Callable[[Spec], object] | None = None
    """An edit made to both sides first, when the base lacks what the case changes."""


def _move_operation(spec: Spec, old_path: str, new_path: str) -> None:
    spec["paths"][new_path] = spec["paths"].pop(old_path)


def _rename_scheme(spec: Spec) -> None:
    schemes = spec["components"]["securitySchemes"]
    schemes["PartnerToken"] = schemes.pop("BearerPartner")
    spec["security"] = [{"PartnerToken": []}]


def _move_method(spec: Spec) -> None:
    item = spec["paths"][V1_EVENT]
    item["post"] = item.pop("get")


def _rename_path_parameter(spec: Spec) -> None:
    item = spec["paths"].pop(V1_EVENT)
    item["parameters"][1] = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
    spec["paths"]["/v1/activity/{location_id}/{id}"] = item


def _deprecate_search(spec: Spec) -> None:
    operation(spec, "search_events").update({"deprecated": True, "x-replaced-by": "list_activities_v2"})


def _add_list_activities(spec: Spec) -> None:
    spec["paths"]["/v2/companies/{location_id}/activities"]["get"] = {
        "operationId": "list_activities_v2",
        "security": [{"BearerPartnerUser": []}],
        "responses": {"200": {"description": "A page of activities."}},
    }


def _anyof_null_staff(spec: Spec) -> None:
    schema(spec, "Event")["properties"]["staff"] = {
        "anyOf": [{"$ref": "#/components/schemas/EventStaff"}, {"type": "null"}]
    }


def _event_created_with_201(spec: Spec) -> None:
    responses = operation(spec, "create_event")["responses"]
    responses["201"] = responses.pop("200")


CASES = [
    Case(
        "operation removed",
        lambda s: s["paths"][V1_EVENT].pop("delete"),
        [
            (
                "operation_removed",
                "breaking",
                "delete_event",
                DELETE,
                "DELETE /v1/activity/{location_id}/{event_id}",
                None,
            )
        ],
        1,
    ),
    Case(
        "operationId changed",
        lambda s: operation(s, "get_event").update(operationId="fetch_event"),
        [("operation_id_changed", "breaking", "get_event", GET + "/operationId", "get_event", "fetch_event")],
        1,
    ),
    Case(
        "path changed",
        lambda s: _move_operation(s, "/v2/companies/{location_id}/activities", "/v2/locations/{location_id}/events"),
        [
            (
                "path_changed",
                "breaking",
                "create_event_v2",
                op_pointer("/v2/locations/{location_id}/events", "post"),
                "/v2/companies/{location_id}/activities",
                "/v2/locations/{location_id}/events",
            )
        ],
        1,
    ),
    Case(
        "method changed",
        _move_method,
        [("method_changed", "breaking", "get_event", op_pointer(V1_EVENT, "post"), "GET", "POST")],
        1,
    ),
    Case(
        "path parameter renamed: same route, so no path change",
        _rename_path_parameter,
        [
            (
                "parameter_removed",
                "breaking",
                op,
                "/components/parameters/EventId",
                "event_id",
                None,
            )
            for op in ("delete_event", "get_event")
        ]
        + [
            (
                "parameter_added_required",
                "breaking",
                op,
                "/paths/~1v1~1activity~1{location_id}~1{id}/parameters/1",
                None,
                "id",
            )
            for op in ("delete_event", "get_event")
        ],
        1,
    ),
    Case(
        "new required query parameter",
        lambda s: operation(s, "search_events")["parameters"].append(
            {"name": "service_id", "in": "query", "required": True, "schema": {"type": "integer"}}
        ),
        [
            (
                "parameter_added_required",
                "breaking",
                "search_events",
                SEARCH + "/parameters/4",
                None,
                "service_id",
            )
        ],
        1,
    ),
    Case(
        "new required header parameter",
        lambda s: operation(s, "get_event")["parameters"].append(
            {"name": "X-Partner-Id", "in": "header", "required": True, "schema": {"type": "string"}}
        ),
        [("parameter_added_required", "breaking", "get_event", GET + "/parameters/1", None, "X-Partner-Id")],
        1,
    ),
    Case(
        "new required request body field",
        lambda s: (
            schema(s, "EventRequest")["properties"].update(label_ids={"type": "array"}),
            schema(s, "EventRequest")["required"].append("label_ids"),
        ),
        [
            (
                "request_field_added_required",
                "breaking",
                "create_event",
                f"{S}/EventRequest/properties/label_ids",
                None,
                "EventRequest.label_ids",
            )
        ],
        1,
    ),
    Case(
        "optional query parameter made required",
        lambda s: query_parameter(s, "count").update(required=True),
        [("parameter_made_required", "breaking", "search_events", SEARCH + "/parameters/3", False, True)],
        1,
    ),
    Case(
        "optional request body field made required",
        lambda s: schema(s, "EventRequest")["required"].append("length"),
        [
            (
                "request_field_made_required",
                "breaking",
                "create_event",
                f"{S}/EventRequest/properties/length",
                False,
                True,
            )
        ],
        1,
    ),
    Case(
        "request field type changed",
        lambda s: schema(s, "EventRequest")["properties"].update(capacity={"type": "string"}),
        [
            (
                "request_type_changed",
                "breaking",
                "create_event",
                f"{S}/EventRequest/properties/capacity",
                ["integer"],
                ["string"],
            )
        ],
        1,
    ),
    Case(
        "request field no longer accepts null",
        lambda s: schema(s, "ActivityRequest")["properties"].update(color={"type": "string"}),
        [
            (
                "request_type_changed",
                "breaking",
                "create_event_v2",
                f"{S}/ActivityRequest/properties/color",
                ["null", "string"],
                ["string"],
            )
        ],
        1,
    ),
    Case(
        "query parameter format changed",
        lambda s: query_parameter(s, "from")["schema"].update(format="date-time"),
        [
            (
                "request_format_changed",
                "breaking",
                "search_events",
                SEARCH + "/parameters/1/schema/format",
                "date",
                "date-time",
            )
        ],
        1,
    ),
    Case(
        "enum added to a free request value",
        lambda s: schema(s, "ActivityRequest")["properties"]["color"].update(enum=["#9c27b0", "#ffffff", None]),
        [
            (
                "request_enum_added",
                "breaking",
                "create_event_v2",
                f"{S}/ActivityRequest/properties/color/enum",
                None,
                ["#9c27b0", "#ffffff"],
            )
        ],
        1,
    ),
    Case(
        "enum value removed from a request body field",
        lambda s: schema(s, "EventRequest")["properties"]["prepaid"]["enum"].remove("required"),
        [
            (
                "request_enum_value_removed",
                "breaking",
                "create_event",
                f"{S}/EventRequest/properties/prepaid/enum",
                ["forbidden", "optional", "required"],
                ["forbidden", "optional"],
            )
        ],
        1,
    ),
    Case(
        "datetime no longer accepted (x-strftime removed)",
        lambda s: schema(s, "ActivityRequest")["properties"]["date"].pop("x-strftime"),
        [
            (
                "request_datetime_dropped",
                "breaking",
                "create_event_v2",
                f"{S}/ActivityRequest/properties/date",
                "%Y-%m-%d %H:%M:%S",
                None,
            )
        ],
        1,
    ),
    Case(
        "request bound tightened",
        lambda s: query_parameter(s, "count")["schema"].update(maximum=100),
        [
            (
                "request_constraint_tightened",
                "breaking",
                "search_events",
                SEARCH + "/parameters/3/schema/maximum",
                300,
                100,
            )
        ],
        1,
    ),
    Case(
        "enum value added to a response: the client keeps values it does not know as text",
        lambda s: schema(s, "Event")["properties"]["prepaid"]["enum"].append("partial"),
        for_readers(
            "response_enum_value_added",
            f"{S}/Event/properties/prepaid/enum",
            ["forbidden", "optional", "required"],
            ["forbidden", "optional", "required", "partial"],
            "new",
        ),
        0,
    ),
    Case(
        "response field removed",
        lambda s: schema(s, "Event")["properties"].pop("company_id"),
        [
            (
                "response_field_removed",
                "breaking",
                op,
                f"{S}/Event/properties/company_id",
                "Event.company_id",
                None,
            )
            for op in EVENT_READERS
        ],
        1,
    ),
    Case(
        "response field made nullable (3.1 type list)",
        lambda s: schema(s, "Event")["properties"].update(capacity={"type": ["integer", "null"]}),
        for_readers("response_field_made_nullable", f"{S}/Event/properties/capacity", ["integer"], ["integer", "null"]),
        1,
    ),
    Case(
        "response field made nullable (3.0 nullable)",
        lambda s: schema(s, "Event")["properties"]["staff_id"].update(nullable=True),
        for_readers("response_field_made_nullable", f"{S}/Event/properties/staff_id", ["integer"], ["integer", "null"]),
        1,
    ),
    Case(
        "response field made nullable (anyOf with null)",
        _anyof_null_staff,
        for_readers(
            "response_field_made_nullable",
            f"{S}/Event/properties/staff/anyOf/1",
            ["object"],
            ["null", "object"],
        ),
        1,
    ),
    Case(
        "response field made optional",
        lambda s: schema(s, "Event").pop("required"),
        [
            ("response_field_made_optional", "breaking", op, f"{S}/Event/properties/id", True, False)
            for op in EVENT_READERS
        ],
        1,
    ),
    Case(
        "response field type changed",
        lambda s: schema(s, "Event")["properties"].update(capacity={"type": "string"}),
        for_readers("response_type_changed", f"{S}/Event/properties/capacity", ["integer"], ["string"]),
        1,
    ),
    Case(
        "nested field removed (array items, through a $ref)",
        lambda s: schema(s, "Label")["properties"].pop("title"),
        [
            (
                "response_field_removed",
                "breaking",
                op,
                f"{S}/Label/properties/title",
                "Label.title",
                None,
            )
            for op in EVENT_READERS
        ],
        1,
    ),
    Case(
        "field removed from an allOf part",
        lambda s: schema(s, "SuccessEnvelope")["properties"].pop("success"),
        [
            (
                "response_field_removed",
                "breaking",
                op,
                f"{S}/SuccessEnvelope/properties/success",
                "success",
                None,
            )
            for op in EVENT_READERS
        ],
        1,
    ),
    Case(
        "success status changed: the inline body class is named after it",
        _event_created_with_201,
        [
            (
                "model_renamed",
                "breaking",
                "create_event",
                "/components/responses/Event/content/application~1json/schema",
                "CreateEventResponse200",
                "CreateEventResponse201",
            ),
            ("success_status_changed", "breaking", "create_event", CREATE + "/responses/201", "200", "201"),
        ],
        1,
    ),
    Case(
        "security: partner-only becomes partner + user",
        lambda s: operation(s, "get_event").update(security=[{"BearerPartnerUser": []}]),
        [
            (
                "security_changed",
                "breaking",
                "get_event",
                GET + "/security",
                [["BearerPartner"]],
                [["BearerPartnerUser"]],
            )
        ],
        1,
    ),
    Case(
        "security: scheme renamed in the document-wide requirement",
        _rename_scheme,
        [
            ("security_changed", "breaking", op, "/security", [["BearerPartner"]], [["PartnerToken"]])
            for op in ("get_event", "search_events")
        ],
        1,
    ),
    Case(
        "security: an alternative added",
        lambda s: operation(s, "get_event").update(security=[{"BearerPartner": []}, {"BearerPartnerUser": []}]),
        [
            (
                "security_alternative_added",
                "new",
                "get_event",
                GET + "/security",
                [["BearerPartner"]],
                [["BearerPartner"], ["BearerPartnerUser"]],
            )
        ],
        0,
    ),
    Case(
        "operation deprecated, with its replacement",
        _deprecate_search,
        [
            (
                "operation_deprecated",
                "deprecated",
                "search_events",
                SEARCH + "/deprecated",
                None,
                "list_activities_v2",
            )
        ],
        0,
    ),
    Case(
        "operation added",
        _add_list_activities,
        [
            (
                "operation_added",
                "new",
                "list_activities_v2",
                op_pointer("/v2/companies/{location_id}/activities", "get"),
                None,
                "GET /v2/companies/{location_id}/activities",
            )
        ],
        0,
    ),
    Case(
        "optional parameter added",
        lambda s: operation(s, "search_events")["parameters"].append(
            {"name": "staff_ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}}
        ),
        [("parameter_added", "new", "search_events", SEARCH + "/parameters/4", None, "staff_ids")],
        0,
    ),
    Case(
        "optional request body field added",
        lambda s: schema(s, "EventRequest")["properties"].update(comment={"type": "string"}),
        [
            (
                "request_field_added",
                "new",
                "create_event",
                f"{S}/EventRequest/properties/comment",
                None,
                "EventRequest.comment",
            )
        ],
        0,
    ),
    Case(
        "response field added",
        lambda s: schema(s, "Event")["properties"].update(records_count={"type": "integer"}),
        [
            (
                "response_field_added",
                "new",
                op,
                f"{S}/Event/properties/records_count",
                None,
                "Event.records_count",
            )
            for op in EVENT_READERS
        ],
        0,
    ),
    Case(
        "request type widened",
        lambda s: schema(s, "EventRequest")["properties"].update(capacity={"type": "number"}),
        [
            (
                "request_type_widened",
                "new",
                "create_event",
                f"{S}/EventRequest/properties/capacity",
                ["integer"],
                ["number"],
            )
        ],
        0,
    ),
    Case(
        "response narrowed: nothing to report",
        lambda s: schema(s, "Event")["properties"].update(comment={"type": "string"}),
        [],
        0,
    ),
    Case(
        "enum value removed from a query parameter",
        lambda s: query_parameter(s, "prepaid")["schema"]["enum"].pop(),
        [
            (
                "request_enum_value_removed",
                "breaking",
                "search_events",
                SEARCH + "/parameters/4/schema/enum",
                ["forbidden", "optional", "required"],
                ["forbidden", "optional"],
            )
        ],
        1,
        prepare=lambda s: operation(s, "search_events")["parameters"].append(
            {
                "name": "prepaid",
                "in": "query",
                "schema": {"type": "string", "enum": ["forbidden", "optional", "required"]},
            }
        ),
    ),
    Case(
        "Accept, Content-Type and Authorization headers are the client's business",
        lambda s: (
            s["components"]["parameters"]["Accept"]["schema"]["enum"].reverse(),
            operation(s, "get_event")["parameters"].append(
                {"name": "authorization", "in": "header", "required": True, "schema": {"type": "string"}}
            ),
        ),
        [],
        0,
    ),
    Case(
        "parameter removed",
        lambda s: operation(s, "search_events")["parameters"].pop(3),
        [("parameter_removed", "breaking", "search_events", SEARCH + "/parameters/3", "count", None)],
        1,
    ),
    Case(
        "request body field removed",
        lambda s: schema(s, "EventRequest")["properties"].pop("length"),
        [
            (
                "request_field_removed",
                "breaking",
                "create_event",
                f"{S}/EventRequest/properties/length",
                "EventRequest.length",
                None,
            )
        ],
        1,
    ),
    Case(
        "request body added",
        lambda s: operation(s, "delete_event").update(
            requestBody={"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}
        ),
        [("request_body_added_required", "breaking", "delete_event", DELETE + "/requestBody", None, None)],
        1,
    ),
    Case(
        "request media type replaced",
        lambda s: s["components"]["requestBodies"]["EventRequest"]["content"].update(
            {"multipart/form-data": s["components"]["requestBodies"]["EventRequest"]["content"].pop("application/json")}
        ),
        [
            (
                "request_media_type_removed",
                "breaking",
                "create_event",
                "/components/requestBodies/EventRequest/content/application~1json",
                "application/json",
                None,
            ),
            (
                "request_media_type_added",
                "new",
                "create_event",
                "/components/requestBodies/EventRequest/content/multipart~1form-data",
                None,
                "multipart/form-data",
            ),
        ],
        1,
    ),
    Case(
        "response enum lifted",
        lambda s: schema(s, "Event")["properties"]["prepaid"].pop("enum"),
        for_readers(
            "response_enum_opened", f"{S}/Event/properties/prepaid", ["forbidden", "optional", "required"], None, "new"
        ),
        0,
    ),
    Case(
        "a lower success status becomes the one sync() returns",
        lambda s: operation(s, "create_event_v2")["responses"].update(
            {"200": operation(s, "create_event_v2")["responses"]["201"]}
        ),
        [],  # any 2xx whose body fits is a success: a `docs` finding
        0,
    ),
    Case(
        "error response documented",
        lambda s: operation(s, "get_event")["responses"].update({"403": {"$ref": "#/components/responses/Error"}}),
        [],
        0,
    ),
    Case(
        "field deprecated",
        lambda s: schema(s, "Event")["properties"]["company_id"].update(deprecated=True),
        for_readers("field_deprecated", f"{S}/Event/properties/company_id", None, None, "deprecated"),
        0,
    ),
    Case(
        "parameter deprecated",
        lambda s: query_parameter(s, "count").update(deprecated=True),
        [("parameter_deprecated", "deprecated", "search_events", SEARCH + "/parameters/3", None, None)],
        0,
    ),
    Case(
        "operation no longer deprecated",
        lambda s: operation(s, "search_events").pop("deprecated"),
        [("operation_undeprecated", "new", "search_events", SEARCH, "list_activities_v2", None)],
        0,
        prepare=_deprecate_search,
    ),
    Case(
        "security scheme sent differently",
        lambda s: s["components"]["securitySchemes"].update(
            BearerPartner={"type": "apiKey", "in": "header", "name": "Authorization"}
        ),
        [
            (
                "security_scheme_changed",
                "breaking",
                "(document)",
                "/components/securitySchemes/BearerPartner",
                {"type": "http", "scheme": "bearer"},
                {"type": "apiKey", "in": "header", "name": "Authorization"},
            )
        ],
        1,
    ),
    Case(
        "default server moved",
        lambda s: s["servers"][0].update(url="https://api.example.test/api"),
        [
            (
                "server_url_changed",
                "breaking",
                "(document)",
                "/servers/0/url",
                "https://api.alteg.io/api",
                "https://api.example.test/api",
            )
        ],
        1,
    ),
    Case(
        "datetime layout changed (x-strftime)",
        lambda s: schema(s, "ActivityRequest")["properties"]["date"].update({"x-strftime": "%Y-%m-%dT%H:%M"}),
        [
            (
                "request_datetime_layout_changed",
                "new",
                "create_event_v2",
                f"{S}/ActivityRequest/properties/date/x-strftime",
                "%Y-%m-%d %H:%M:%S",
                "%Y-%m-%dT%H:%M",
            )
        ],
        0,
    ),
]


def _expected_view(findings: list[Finding]) -> list[Expected]:
    """One row per operation a finding reaches, so a case also says which operations it names."""
    return sorted(
        (
            (f.kind, f.severity, operation, f.pointer, f.old, f.new)
            for f in findings
            if f.severity != "docs"
            for operation in f.reached_by
        ),
        key=repr,
    )


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_check(case: Case, base: Spec, run_diff: Any) -> None:
    if case.prepare is not None:
        case.prepare(base)
    new = copy.deepcopy(base)
    case.mutate(new)

    assert _expected_view(compare_specs(base, new)) == sorted(case.expected, key=repr)
    code, out, err = run_diff(base, new)
    assert (code, err) == (case.exit_code, "")
    assert out.endswith(" documentation edits\n") or out.endswith(" documentation edit\n")


def test_messages_say_what_changed(base: Spec) -> None:
    new = copy.deepcopy(base)
    _deprecate_search(new)
    operation(new, "get_event").update(operationId="fetch_event")
    messages = {f.kind: f.message for f in compare_specs(base, new)}
    assert messages["operation_deprecated"] == ("operation is deprecated; use `list_activities_v2` instead")
    assert messages["operation_id_changed"] == (
        "operationId changed: `get_event` -> `fetch_event`; the generated function is renamed"
    )


def test_removed_operation_names_its_replacement(base: Spec) -> None:
    old = copy.deepcopy(base)
    operation(old, "create_event").update({"deprecated": True, "x-replaced-by": "create_event_v2"})
    new = copy.deepcopy(old)
    new["paths"]["/v1/activity/{location_id}"].pop("post")
    [finding] = [f for f in compare_specs(old, new) if f.kind == "operation_removed"]
    assert finding.message == "operation removed; use `create_event_v2` instead"


def test_operation_without_id_is_named_by_route_and_matched_by_route(base: Spec) -> None:
    old = copy.deepcopy(base)
    operation(old, "delete_event").pop("operationId")
    new = copy.deepcopy(old)
    new["paths"][V1_EVENT]["delete"]["responses"] = {"204": {"description": "Deleted."}}
    findings = compare_specs(old, new)
    assert [(f.kind, f.severity, f.operation, f.pointer) for f in findings] == [
        ("success_status_changed", "docs", f"DELETE {V1_EVENT}", DELETE + "/responses/204"),
    ]
    assert findings[0].message == (
        "success status changed: `202` -> `204`; any 2xx whose body fits is a success, so the result is the same"
    )


def test_recursive_schemas_terminate_and_changes_inside_them_are_found(base: Spec) -> None:
    label = schema(base, "Label")
    label["properties"]["children"] = {"type": "array", "items": {"$ref": "#/components/schemas/Label"}}
    new = copy.deepcopy(base)
    schema(new, "Label")["properties"]["title"]["format"] = "uuid"
    assert _expected_view(compare_specs(base, new)) == sorted(
        for_readers("response_format_changed", f"{S}/Label/properties/title/format", None, "uuid"),
        key=repr,
    )


def test_documentation_edits_are_only_counted(base: Spec, run_diff: Any) -> None:
    new = copy.deepcopy(base)
    new["info"]["description"] = "Group events, V1 and V2."
    new["tags"].reverse()
    operation(new, "create_event")["summary"] = "Create a group event"
    operation(new, "create_event")["tags"] = ["Events", "V1"]
    query_parameter(new, "from")["description"] = "First day (location time), inclusive."
    schema(new, "EventRequest")["properties"]["date"]["example"] = "2026-11-22 14:00"
    new["info"]["version"] = "1.1.0"  # the spec's version: not an edit at all

    findings = compare_specs(base, new)
    assert {f.severity for f in findings} == {"docs"}
    assert sorted((f.operation, f.pointer) for f in findings) == [
        ("(document)", "/components/schemas/EventRequest/properties/date/example"),
        ("(document)", "/info/description"),
        ("(document)", "/tags"),
        ("create_event", CREATE + "/summary"),
        ("create_event", CREATE + "/tags"),
        ("search_events", SEARCH + "/parameters/1/description"),
    ]
    code, out, _ = run_diff(base, new)
    assert (code, out) == (0, "0 breaking, 0 deprecated, 0 new, 6 documentation edits\n")
    assert run_diff(base, new, "--fail-on", "docs")[0] == 1


def test_a_property_called_description_is_not_documentation(base: Spec) -> None:
    new = copy.deepcopy(base)
    schema(base, "Label")["properties"]["description"] = {"type": "string"}
    schema(new, "Label")["properties"]["description"] = {"type": "integer"}
    [finding] = compare_specs(base, new)
    assert (finding.kind, finding.reached_by) == ("response_type_changed", EVENT_READERS)


def test_a_spec_against_itself_reports_nothing(base: Spec, run_diff: Any) -> None:
    assert compare_specs(base, copy.deepcopy(base)) == []
    assert run_diff(base, base, "--fail-on", "docs") == (
        0,
        "0 breaking, 0 deprecated, 0 new, 0 documentation edits\n",
        "",
    )


def test_committed_spec_against_itself_reports_nothing() -> None:
    spec = yaml.safe_load(COMMITTED_SPEC.read_text(encoding="utf-8"))
    assert compare_specs(spec, copy.deepcopy(spec)) == []


def test_a_change_that_breaks_nothing_exits_0_unless_asked(base: Spec, run_diff: Any) -> None:
    new = copy.deepcopy(base)
    _add_list_activities(new)
    _deprecate_search(new)
    assert run_diff(base, new)[0] == 0
    assert run_diff(base, new, "--fail-on", "deprecated")[0] == 1
    assert run_diff(base, new, "--fail-on", "new")[0] == 1
    assert run_diff(base, new, "--fail-on", "none")[0] == 0


def test_status_keys_read_as_numbers_by_yaml_still_compare(base: Spec) -> None:
    new = copy.deepcopy(base)
    for spec in (base, new):
        responses = operation(spec, "create_event")["responses"]
        responses[200] = responses.pop("200")
    assert compare_specs(base, new) == []


def test_committed_spec_against_its_yaml_snapshot_reports_nothing() -> None:
    """regen keeps the spec it used as a YAML dump; the next regen diffs against that."""
    spec = yaml.safe_load(COMMITTED_SPEC.read_text(encoding="utf-8"))
    snapshot = yaml.safe_load(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100))
    assert compare_specs(snapshot, spec) == []


def test_circular_allof_terminates(base: Spec) -> None:
    schemas = base["components"]["schemas"]
    schemas["Loop"] = {"allOf": [{"$ref": "#/components/schemas/Other"}]}
    schemas["Other"] = {"allOf": [{"$ref": "#/components/schemas/Loop"}], "properties": {"a": {"type": "string"}}}
    schema(base, "Event")["properties"]["loop"] = {"$ref": "#/components/schemas/Loop"}
    new = copy.deepcopy(base)
    schemas = new["components"]["schemas"]
    schemas["Other"]["properties"]["a"]["type"] = "integer"
    assert {f.kind for f in compare_specs(base, new)} == {"response_type_changed"}


def _cycle_spec() -> dict[str, Any]:
    """`A.b` is a `B` and `B.a` an `A`; one operation returns an `A`, the other a `B`."""

    def returning(name: str, operation_id: str) -> dict[str, Any]:
        schema = {"$ref": f"#/components/schemas/{name}"}
        return {
            "get": {
                "operationId": operation_id,
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}},
            }
        }

    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": returning("A", "get_a"), "/b": returning("B", "get_b")},
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {"x": {"type": "string"}, "b": {"$ref": "#/components/schemas/B"}},
                },
                "B": {
                    "type": "object",
                    "properties": {"y": {"type": "string"}, "a": {"$ref": "#/components/schemas/A"}},
                },
            }
        },
    }


@pytest.mark.parametrize("changed", ["A", "B"])
def test_a_change_in_a_schema_cycle_reaches_every_operation_whichever_end_it_enters(changed: str) -> None:
    """Each schema pair is compared once per diff; a pair first met inside a cycle must not be
    remembered without the findings of the pair that closed the cycle."""
    old = _cycle_spec()
    new = copy.deepcopy(old)
    field = "x" if changed == "A" else "y"
    new["components"]["schemas"][changed]["properties"][field]["type"] = "integer"
    [finding] = compare_specs(old, new)
    assert (finding.kind, finding.pointer) == (
        "response_type_changed",
        f"/components/schemas/{changed}/properties/{field}",
    )
    assert finding.reached_by == ("get_a", "get_b")


def test_a_shared_parameter_removed_from_several_operations_is_one_line(base: Spec) -> None:
    """A `$ref`'d parameter is named where it is defined, so its removal from every operation
    that lists it is one change."""
    new = copy.deepcopy(base)
    _rename_path_parameter(new)
    [removed] = [f for f in compare_specs(base, new) if f.kind == "parameter_removed"]
    assert removed.pointer == "/components/parameters/EventId"
    assert removed.reached_by == ("delete_event", "get_event")
