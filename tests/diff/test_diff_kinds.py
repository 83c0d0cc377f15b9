"""Each finding kind from a minimal document, next to the nearest edit that must not produce it.

`CASES` pairs an edit with every non-documentation finding it must produce, as
(kind, severity, pointer); a case named `near: ...` is the closest edit that must not produce the
kind of the case before it. Together they pin both sides of each rule, so changing the code that
decides a kind or its severity fails here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from generator.diff.specdiff import compare_specs

Spec = dict[str, Any]
Row = tuple[str, str, str]
OP = "/paths/~1things~1{id}/post"
REQ = OP + "/requestBody/content/application~1json/schema"
RES = OP + "/responses/200/content/application~1json/schema"
S = "/components/schemas"


def minimal() -> Spec:
    """One operation: a path parameter, an optional query parameter, a JSON body, a 200."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/{id}": {
                "post": {
                    "operationId": "make_thing",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
                        {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 10}},
                    ],
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {}}}}},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "object", "properties": {}}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {}},
    }


def op(spec: Spec) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/things/{id}"]["post"]
    return operation


def req(spec: Spec) -> dict[str, Any]:
    schema: dict[str, Any] = op(spec)["requestBody"]["content"]["application/json"]["schema"]
    return schema


def res(spec: Spec) -> dict[str, Any]:
    schema: dict[str, Any] = op(spec)["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def query(spec: Spec) -> dict[str, Any]:
    parameter: dict[str, Any] = op(spec)["parameters"][1]
    return parameter


def both(field: Callable[[Spec], dict[str, Any]], name: str, schema: Any) -> Callable[[Spec], None]:
    """Set property `name` of the body `field` picks (in a setup for both sides)."""
    return lambda s: field(s)["properties"].update({name: copy.deepcopy(schema)})


@dataclass(frozen=True)
class Case:
    name: str
    setup: Callable[[Spec], object] | None
    edit: Callable[[Spec], object]
    expected: list[Row]


def _set(target: Callable[[Spec], dict[str, Any]], **values: Any) -> Callable[[Spec], None]:
    return lambda s: target(s).update(copy.deepcopy(values))


def prop(target: Callable[[Spec], dict[str, Any]], name: str) -> Callable[[Spec], dict[str, Any]]:
    return lambda s: target(s)["properties"][name]


def component(name: str) -> Callable[[Spec], dict[str, Any]]:
    return lambda s: s["components"]["schemas"][name]


MAP_OF_ITEMS = {
    "type": "object",
    "additionalProperties": {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "integer"}, "state": {"type": "string", "enum": ["on", "off"]}},
    },
}
ITEM = RES + "/properties/by_key/additionalProperties"


def _rename_component(s: Spec, old: str, new: str) -> None:
    schemas = s["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    res(s)["properties"]["thing"] = {"$ref": f"#/components/schemas/{new}"}


def _with_component(name: str, schema: dict[str, Any]) -> Callable[[Spec], None]:
    def setup(s: Spec) -> None:
        s["components"]["schemas"][name] = copy.deepcopy(schema)
        res(s)["properties"]["thing"] = {"$ref": f"#/components/schemas/{name}"}

    return setup


THING = {"type": "object", "properties": {"id": {"type": "integer"}}}
STATUS = {"type": "object", "properties": {"code": {"type": "integer"}}}


def _inline_to_ref(component_name: str) -> Callable[[Spec], None]:
    def edit(s: Spec) -> None:
        s["components"]["schemas"][component_name] = copy.deepcopy(STATUS)
        res(s)["properties"]["status"] = {"$ref": f"#/components/schemas/{component_name}"}

    return edit


def _error_union(target: Callable[[Spec], dict[str, Any]]) -> Callable[[Spec], None]:
    """`error`: a string, or an `Err` that is itself a union of two objects."""

    def setup(s: Spec) -> None:
        schemas = s["components"]["schemas"]
        schemas["A"] = copy.deepcopy(THING)
        schemas["B"] = copy.deepcopy(STATUS)
        schemas["Err"] = {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}
        target(s)["properties"]["error"] = {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Err"}]}

    return setup


def _drop_string_branch(target: Callable[[Spec], dict[str, Any]]) -> Callable[[Spec], None]:
    return lambda s: target(s)["properties"]["error"]["anyOf"].pop(0)


def _model_ids(s: Spec) -> None:
    """OpenAI's model ids: a `$ref`'d open string with known values, beside more known values."""
    s["components"]["schemas"]["Shared"] = {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["a"]}]}
    res(s)["properties"]["model"] = {
        "anyOf": [{"$ref": "#/components/schemas/Shared"}, {"type": "string", "enum": ["x"]}]
    }


def _add_model_ids(s: Spec) -> None:
    s["components"]["schemas"]["Shared"]["anyOf"][1]["enum"].append("b")
    res(s)["properties"]["model"]["anyOf"][1]["enum"].append("y")


CASES = [
    # responses
    Case(
        "success status added",
        None,
        lambda s: op(s)["responses"].update({"201": {"description": "created"}}),
        [("success_status_added", "new", OP + "/responses/201")],
    ),
    Case(
        "near: error status added is documentation",
        None,
        lambda s: op(s)["responses"].update({"404": {"description": "missing"}}),
        [],
    ),
    Case(
        "success status removed (another stays)",
        lambda s: op(s)["responses"].update({"201": {"description": "created"}}),
        lambda s: op(s)["responses"].pop("201"),
        [("success_status_removed", "breaking", OP + "/responses/201")],
    ),
    Case(
        "response media type removed",
        lambda s: op(s)["responses"]["200"]["content"].update({"text/csv": {"schema": {"type": "string"}}}),
        lambda s: op(s)["responses"]["200"]["content"].pop("text/csv"),
        [("response_media_type_removed", "breaking", OP + "/responses/200/content/text~1csv")],
    ),
    Case(
        "response media type added",
        None,
        lambda s: op(s)["responses"]["200"]["content"].update({"text/csv": {"schema": {"type": "string"}}}),
        [("response_media_type_added", "new", OP + "/responses/200/content/text~1csv")],
    ),
    # parameters and bodies
    Case(
        "parameter deprecated",
        None,
        _set(query, deprecated=True),
        [("parameter_deprecated", "deprecated", OP + "/parameters/1")],
    ),
    Case("near: parameter description changed", None, _set(query, description="Search text."), []),
    Case(
        "parameter made optional",
        _set(query, required=True),
        _set(query, required=False),
        [("parameter_made_optional", "new", OP + "/parameters/1")],
    ),
    Case(
        "request maxLength tightened",
        None,
        lambda s: query(s)["schema"].update(maxLength=5),
        [("request_constraint_tightened", "breaking", OP + "/parameters/1/schema/maxLength")],
    ),
    Case("near: request maxLength loosened", None, lambda s: query(s)["schema"].update(maxLength=20), []),
    Case(
        "request minLength imposed",
        None,
        lambda s: query(s)["schema"].update(minLength=3),
        [("request_constraint_tightened", "breaking", OP + "/parameters/1/schema/minLength")],
    ),
    Case(
        "near: response maxLength tightened",
        both(res, "name", {"type": "string"}),
        _set(prop(res, "name"), maxLength=3),
        [],
    ),
    Case(
        "request body removed",
        None,
        lambda s: op(s).pop("requestBody"),
        [("request_body_removed", "breaking", OP + "/requestBody")],
    ),
    Case(
        "request body made required",
        None,
        lambda s: op(s)["requestBody"].update(required=True),
        [("request_body_made_required", "breaking", OP + "/requestBody")],
    ),
    Case(
        "optional request body added",
        lambda s: op(s).pop("requestBody"),
        lambda s: op(s).update(requestBody={"content": {"application/json": {"schema": {"type": "object"}}}}),
        [("request_body_added", "new", OP + "/requestBody")],
    ),
    # request values
    Case(
        "request enum value added",
        both(req, "mode", {"type": "string", "enum": ["a"]}),
        lambda s: prop(req, "mode")(s)["enum"].append("b"),
        [("request_enum_value_added", "new", REQ + "/properties/mode/enum")],
    ),
    Case(
        "request datetime accepted (x-strftime added)",
        both(req, "at", {"type": "string"}),
        _set(prop(req, "at"), **{"x-strftime": "%Y-%m-%d"}),
        [("request_datetime_accepted", "new", REQ + "/properties/at/x-strftime")],
    ),
    Case(
        "request variant added",
        both(req, "v", {"oneOf": [{"type": "object", "properties": {"a": {"type": "string"}}}]}),
        lambda s: prop(req, "v")(s)["oneOf"].append({"type": "object", "properties": {"b": {"type": "string"}}}),
        [("request_variant_added", "new", REQ + "/properties/v/oneOf/1")],
    ),
    Case(
        "request variant removed",
        both(
            req,
            "v",
            {
                "oneOf": [
                    {"type": "object", "properties": {"a": {"type": "string"}}},
                    {"type": "object", "properties": {"b": {"type": "string"}}},
                ]
            },
        ),
        lambda s: prop(req, "v")(s)["oneOf"].pop(),
        [("request_variant_removed", "breaking", REQ + "/properties/v/oneOf/1")],
    ),
    Case(
        "response variant added",
        both(res, "v", {"oneOf": [{"type": "object", "properties": {"a": {"type": "string"}}}]}),
        lambda s: prop(res, "v")(s)["oneOf"].append({"type": "object", "properties": {"b": {"type": "string"}}}),
        [("response_variant_added", "breaking", RES + "/properties/v/oneOf/1")],
    ),
    # empty oneOf: it constrained nothing, so real branches narrow the values
    Case(
        "empty oneOf gets branches in a response",
        both(res, "v", {"oneOf": []}),
        lambda s: prop(res, "v")(s)["oneOf"].extend(
            [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "object", "properties": {}}]
        ),
        [],
    ),
    Case(
        "empty oneOf gets branches in a request",
        both(req, "v", {"oneOf": []}),
        lambda s: prop(req, "v")(s)["oneOf"].extend(
            [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "object", "properties": {}}]
        ),
        [("request_variant_removed", "breaking", REQ + "/properties/v/oneOf/0")],
    ),
    # formats
    Case(
        "near: int32 on a request integer already bounded to 0..21600",
        both(req, "n", {"type": "integer", "minimum": 0, "maximum": 21600}),
        _set(prop(req, "n"), format="int32"),
        [],
    ),
    Case(
        "int32 on an unbounded request integer",
        both(req, "n", {"type": "integer"}),
        _set(prop(req, "n"), format="int32"),
        [("request_format_changed", "breaking", REQ + "/properties/n/format")],
    ),
    Case(
        "email on a request string",
        both(req, "e", {"type": "string"}),
        _set(prop(req, "e"), format="email"),
        [("request_format_changed", "breaking", REQ + "/properties/e/format")],
    ),
    Case(
        "near: email on a response string", both(res, "e", {"type": "string"}), _set(prop(res, "e"), format="email"), []
    ),
    Case(
        "near: a vendor format on a request string",
        both(req, "p", {"type": "string"}),
        _set(prop(req, "p"), format="password"),
        [],
    ),
    Case(
        "date-time on a response string (the Python type becomes datetime)",
        both(res, "at", {"type": "string"}),
        _set(prop(res, "at"), format="date-time"),
        [("response_format_changed", "breaking", RES + "/properties/at/format")],
    ),
    Case(
        "request format dropped",
        both(req, "e", {"type": "string", "format": "email"}),
        lambda s: prop(req, "e")(s).pop("format"),
        [("request_type_widened", "new", REQ + "/properties/e")],
    ),
    # enums under an open string
    Case(
        "response enum value added",
        both(res, "kind", {"type": "string", "enum": ["a"]}),
        lambda s: prop(res, "kind")(s)["enum"].append("b"),
        [("response_enum_value_added", "new", RES + "/properties/kind/enum")],
    ),
    Case(
        "response enum value removed: its member goes",
        both(res, "kind", {"type": "string", "enum": ["a", "b"]}),
        lambda s: prop(res, "kind")(s)["enum"].remove("b"),
        [("response_enum_value_removed", "breaking", RES + "/properties/kind/enum")],
    ),
    Case(
        "response enum opened to any string",
        both(res, "kind", {"type": "string", "enum": ["a", "b"]}),
        lambda s: res(s)["properties"].update(kind={"anyOf": [{"enum": ["a"]}, {"type": "string"}]}),
        [("response_enum_opened", "new", RES + "/properties/kind")],
    ),
    Case(
        "near: enum value added beside an open string branch",
        both(res, "kind", {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["a"]}]}),
        lambda s: prop(res, "kind")(s)["anyOf"][1]["enum"].append("b"),
        [],
    ),
    # map values, tuples, negation
    Case(
        "required field removed inside a response map value",
        both(res, "by_key", MAP_OF_ITEMS),
        lambda s: prop(res, "by_key")(s)["additionalProperties"]["properties"].pop("id"),
        [("response_field_removed", "breaking", ITEM + "/properties/id")],
    ),
    Case(
        "enum value added inside a response map value",
        both(res, "by_key", MAP_OF_ITEMS),
        lambda s: prop(res, "by_key")(s)["additionalProperties"]["properties"]["state"]["enum"].append("broken"),
        [("response_enum_value_added", "new", ITEM + "/properties/state/enum")],
    ),
    Case(
        "near: field added inside a response map value",
        both(res, "by_key", MAP_OF_ITEMS),
        lambda s: prop(res, "by_key")(s)["additionalProperties"]["properties"].update(extra={"type": "string"}),
        [("response_field_added", "new", ITEM + "/properties/extra")],
    ),
    Case(
        "response map values may be anything now",
        both(res, "by_key", MAP_OF_ITEMS),
        lambda s: prop(res, "by_key")(s).pop("additionalProperties"),
        [("response_type_changed", "breaking", RES + "/properties/by_key")],
    ),
    Case(
        "request union drops a string branch beside a union it refers to",
        _error_union(req),
        _drop_string_branch(req),
        [("request_variant_removed", "breaking", REQ + "/properties/error/anyOf/0")],
    ),
    Case(
        "near: the same in a response: the union's own branches pair by $ref, none changed",
        _error_union(res),
        _drop_string_branch(res),
        [],
    ),
    Case(
        "request bound made exclusive",
        both(req, "n", {"type": "number", "minimum": 0}),
        lambda s: prop(req, "n")(s).update(exclusiveMinimum=0),
        [("request_constraint_tightened", "breaking", REQ + "/properties/n/exclusiveMinimum")],
    ),
    Case(
        "near: a 3.0 exclusive bound written the 3.1 way",
        both(
            req, "n", {"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 9, "exclusiveMaximum": True}
        ),
        lambda s: req(s)["properties"].update(n={"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 9}),
        [],
    ),
    Case(
        "near: an exclusive bound made inclusive",
        both(req, "n", {"type": "number", "exclusiveMaximum": 9}),
        lambda s: req(s)["properties"].update(n={"type": "number", "maximum": 9}),
        [],
    ),
    Case(
        "operationId renamed: the function's module is renamed",
        None,
        _set(op, operationId="build_thing"),
        [("operation_id_changed", "breaking", OP + "/operationId")],
    ),
    Case(
        "near: operationId respelled to the same Python name",
        None,
        _set(op, operationId="MakeThing"),
        [],
    ),
    Case(
        "operationId added where the route named the function",
        lambda s: op(s).pop("operationId"),
        _set(op, operationId="make_thing"),
        [("operation_id_changed", "breaking", OP + "/operationId")],
    ),
    Case(
        "near: operationId added that spells the name the route gave",
        lambda s: op(s).pop("operationId"),
        _set(op, operationId="post_things_id"),
        [],
    ),
    Case(
        "near: a query parameter respelled to the same Python argument",
        None,
        lambda s: op(s)["parameters"][1].update(name="Q"),
        [],
    ),
    Case(
        "near: a required request field respelled to the same Python attribute",
        lambda s: req(s).update(properties={"eventId": {"type": "integer"}}, required=["eventId"]),
        lambda s: req(s).update(properties={"event_id": {"type": "integer"}}, required=["event_id"]),
        [],
    ),
    Case(
        "a required request field renamed",
        lambda s: req(s).update(properties={"eventId": {"type": "integer"}}, required=["eventId"]),
        lambda s: req(s).update(properties={"event": {"type": "integer"}}, required=["event"]),
        [
            ("request_field_removed", "breaking", REQ + "/properties/eventId"),
            ("request_field_added_required", "breaking", REQ + "/properties/event"),
        ],
    ),
    Case(
        "first tag changed: the function moves to another module",
        _set(op, tags=["Things"]),
        _set(op, tags=["Widgets", "Things"]),
        [("operation_module_changed", "breaking", OP + "/tags")],
    ),
    Case(
        "near: a second tag added, or the first respelled to the same module name",
        _set(op, tags=["Things"]),
        _set(op, tags=["things", "Widgets"]),
        [],
    ),
    Case(
        "near: untagged operations live in `default`",
        None,
        _set(op, tags=["default"]),
        [],
    ),
    Case(
        "near: known values added beside a referenced open string are no response change",
        _model_ids,
        _add_model_ids,
        [],
    ),
    Case(
        "request map closed with additionalProperties false",
        both(req, "tags", {"type": "object", "additionalProperties": {"type": "string"}}),
        lambda s: prop(req, "tags")(s).update(additionalProperties=False),
        [("request_constraint_tightened", "breaking", REQ + "/properties/tags/additionalProperties")],
    ),
    Case(
        "near: a closed request map opened to string values",
        both(req, "tags", {"type": "object", "additionalProperties": False}),
        lambda s: prop(req, "tags")(s).update(additionalProperties={"type": "string"}),
        [],
    ),
    Case(
        "a response map closed with additionalProperties false: its class loses additional_properties",
        both(res, "tags", {"type": "object", "additionalProperties": {"type": "string"}}),
        lambda s: prop(res, "tags")(s).update(additionalProperties=False),
        [("response_model_closed", "breaking", RES + "/properties/tags/additionalProperties")],
    ),
    Case(
        "patternProperties value type changed in a request",
        both(req, "tags", {"type": "object", "patternProperties": {"^x-": {"type": "string"}}}),
        lambda s: prop(req, "tags")(s)["patternProperties"]["^x-"].update(type="integer"),
        [("request_type_changed", "breaking", REQ + "/properties/tags/patternProperties/^x-")],
    ),
    Case(
        "prefixItems member type changed in a response",
        both(res, "pair", {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]}),
        lambda s: prop(res, "pair")(s)["prefixItems"][1].update(type="string"),
        [("response_type_changed", "breaking", RES + "/properties/pair/prefixItems/1")],
    ),
    Case(
        "field removed inside an anyOf branch of a response",
        both(
            res,
            "who",
            {"anyOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "integer"}]},
        ),
        lambda s: prop(res, "who")(s)["anyOf"][0]["properties"].pop("a"),
        [("response_field_removed", "breaking", RES + "/properties/who/anyOf/0/properties/a")],
    ),
    Case(
        "request `not` excludes more",
        both(req, "code", {"type": "string", "not": {"enum": ["x"]}}),
        lambda s: prop(req, "code")(s)["not"]["enum"].append("y"),
        [("request_not_changed", "breaking", REQ + "/properties/code/not")],
    ),
    Case(
        "near: request `not` excludes less",
        both(req, "code", {"type": "string", "not": {"enum": ["x", "y"]}}),
        lambda s: prop(req, "code")(s)["not"]["enum"].pop(),
        [("request_not_changed", "new", REQ + "/properties/code/not")],
    ),
    # model classes
    Case(
        "component schema renamed",
        _with_component("schemas-Thing", THING),
        lambda s: _rename_component(s, "schemas-Thing", "Thing-2"),
        [("model_renamed", "breaking", S + "/Thing-2")],
    ),
    Case(
        "near: renamed component whose class name stays",
        _with_component("Thing-Two", THING),
        lambda s: _rename_component(s, "Thing-Two", "ThingTwo"),
        [],
    ),
    Case(
        "component title changed",
        _with_component("Thing", THING),
        _set(component("Thing"), title="Gadget"),
        [("model_renamed", "breaking", S + "/Thing")],
    ),
    Case(
        "near: component description changed",
        _with_component("Thing", THING),
        _set(component("Thing"), description="A thing."),
        [],
    ),
    Case(
        "inline schema moved behind a $ref",
        both(res, "status", STATUS),
        _inline_to_ref("Status"),
        [("model_renamed", "breaking", RES + "/properties/status")],
    ),
    Case(
        "near: moved behind a $ref named like the inline class",
        both(res, "status", STATUS),
        _inline_to_ref("MakeThingResponse200Status"),
        [],
    ),
    # what a type change hides
    Case(
        "field type changed to an object: no follow-on fields",
        both(res, "owner", {"type": "string"}),
        lambda s: (
            s["components"]["schemas"].update(Owner={"type": "object", "properties": {"id": {"type": "integer"}}}),
            res(s)["properties"].update(owner={"$ref": "#/components/schemas/Owner"}),
        ),
        [("response_type_changed", "breaking", RES + "/properties/owner")],
    ),
]


def rows(old: Spec, new: Spec) -> list[Row]:
    return sorted((f.kind, f.severity, f.pointer) for f in compare_specs(old, new) if f.severity != "docs")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_kind(case: Case) -> None:
    old = minimal()
    if case.setup is not None:
        case.setup(old)
    new = copy.deepcopy(old)
    case.edit(new)
    assert rows(old, new) == sorted(case.expected)


def test_a_shared_schema_change_is_one_finding_naming_each_operation() -> None:
    old = minimal()
    _with_component("Thing", THING)(old)
    second = copy.deepcopy(op(old))
    second["operationId"] = "make_other"
    old["paths"]["/others/{id}"] = {"post": second}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Thing"]["properties"].pop("id")
    [finding] = compare_specs(old, new)
    assert (finding.kind, finding.pointer, finding.reached_by) == (
        "response_field_removed",
        S + "/Thing/properties/id",
        ("make_other", "make_thing"),
    )
    assert finding.message == "response field `Thing.id` removed"


def test_inlining_a_ref_without_changing_text_is_no_documentation_edit() -> None:
    """The class rename is the only finding: the same text, now inline, is no edit."""
    old = minimal()
    described = {**THING, "description": "A thing."}
    _with_component("Thing", described)(old)
    new = copy.deepcopy(old)
    res(new)["properties"]["thing"] = copy.deepcopy(described)
    [rename] = compare_specs(old, new)
    assert (rename.kind, rename.old, rename.new) == ("model_renamed", "Thing", "MakeThingResponse200Thing")
    res(new)["properties"]["thing"]["description"] = "Something else."
    [_, edit] = compare_specs(old, new)
    assert (edit.kind, edit.pointer, edit.old, edit.new) == (
        "docs_changed",
        RES + "/properties/thing/description",
        "A thing.",
        "Something else.",
    )


def test_replacement_change_is_documentation() -> None:
    old = minimal()
    op(old).update({"deprecated": True, "x-replaced-by": "make_thing_v2"})
    new = copy.deepcopy(old)
    op(new)["x-replaced-by"] = "make_thing_v3"
    [finding] = compare_specs(old, new)
    assert (finding.kind, finding.severity, finding.pointer) == (
        "operation_replacement_changed",
        "docs",
        OP + "/x-replaced-by",
    )


def test_error_responses_are_documentation_both_ways() -> None:
    old = minimal()
    new = copy.deepcopy(old)
    op(new)["responses"]["404"] = {"description": "missing"}
    assert [(f.kind, f.severity) for f in compare_specs(old, new)] == [("error_response_added", "docs")]
    assert [(f.kind, f.severity) for f in compare_specs(new, old)] == [("error_response_removed", "docs")]
