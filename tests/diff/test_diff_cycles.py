"""Schemas that refer to each other in cycles: each pair is compared once, whatever the web.

Stripe's expandable fields (`anyOf: [string, $ref]`) tie hundreds of schemas into one strongly
connected set; a comparison that walked every path through it never finished.
"""

from __future__ import annotations

import tracemalloc
from typing import Any

import pytest

from generator.diff.schemas import Place, SchemaComparer
from generator.diff.spec_view import SpecView
from generator.diff.specdiff import compare_models, compare_specs
from generator.spec.model import SpecModel

pytestmark = pytest.mark.slow  # webs of thousands of schemas, compared to show the work stays linear

LINKS = (1, 7, 31)


def web(count: int, *, changed: int | None = None) -> dict[str, Any]:
    """`count` schemas, each linking to three others through an expandable field; schema
    `changed` (if any) has its `id` turned into an integer."""
    schemas: dict[str, Any] = {}
    for number in range(count):
        properties: dict[str, Any] = {"id": {"type": "integer" if number == changed else "string"}}
        for step in LINKS:
            target = f"#/components/schemas/S{(number + step) % count}"
            properties[f"link{step}"] = {"anyOf": [{"type": "string"}, {"$ref": target}]}
        schemas[f"S{number}"] = {"type": "object", "properties": properties}
    return {
        "openapi": "3.0.3",
        "info": {"title": "web", "version": "1"},
        "paths": {
            f"/s{number}": {
                "get": {
                    "operationId": f"get_s{number}",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/S{number}"}}},
                        }
                    },
                }
            }
            for number in (0, count // 3)
        },
        "components": {"schemas": schemas},
    }


def _pairs_compared(count: int) -> int:
    old, new = SpecModel.build(web(count)), SpecModel.build(web(count, changed=count // 2))
    comparer = SchemaComparer(SpecView("old", old), SpecView("new", new))
    root = {"$ref": "#/components/schemas/S0"}
    found, _ = comparer.compare("response", (root, "/x"), (root, "/x"), Place("response body"))
    assert [finding.pointer for finding in found] == [f"/components/schemas/S{count // 2}/properties/id"]
    return comparer.pairs_compared


def test_each_pair_in_a_web_of_cycles_is_compared_once() -> None:
    # Every schema is reached; each has 1 + 4 properties + 3 x 2 branches = 11 subschemas at most.
    small, large = _pairs_compared(200), _pairs_compared(2000)
    assert small <= 11 * 200
    assert large <= 11 * 2000
    assert large <= 10 * small + 10


def test_a_change_in_a_cycle_is_named_after_every_operation_that_reaches_it() -> None:
    findings = compare_specs(web(60), web(60, changed=45))

    assert [(f.kind, f.pointer, f.reached_by) for f in findings] == [
        ("response_type_changed", "/components/schemas/S45/properties/id", ("get_s0", "get_s20")),
    ]


def test_a_web_of_two_thousand_schemas_stays_small_in_memory() -> None:
    tracemalloc.start()
    try:
        old, new = SpecModel.build(web(2000)), SpecModel.build(web(2000, changed=1000))
        documents, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        findings = compare_models(old, new)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert [f.pointer for f in findings] == ["/components/schemas/S1000/properties/id"]
    assert peak - documents < 2 * documents


def union_web(count: int, *, changed: int | None = None) -> dict[str, Any]:
    """`count` schemas, each a `oneOf` of two others and an inline object that links to a third:
    unions of unions that refer to each other, which the comparison flattens."""
    schemas: dict[str, Any] = {}
    for number in range(count):

        def ref(step: int, number: int = number) -> dict[str, str]:
            return {"$ref": f"#/components/schemas/S{(number + step) % count}"}

        kind = "integer" if number == changed else "string"
        inline = {"type": "object", "properties": {"id": {"type": kind}, "next": ref(31)}}
        schemas[f"S{number}"] = {"oneOf": [ref(1), ref(7), inline]}
    document = web(count)
    document["components"]["schemas"] = schemas
    return document


def test_a_web_of_unions_of_unions_is_compared_in_linear_work() -> None:
    def pairs(count: int) -> int:
        old, new = SpecModel.build(union_web(count)), SpecModel.build(union_web(count, changed=count // 2))
        comparer = SchemaComparer(SpecView("old", old), SpecView("new", new))
        root = {"$ref": "#/components/schemas/S0"}
        found, _ = comparer.compare("response", (root, "/x"), (root, "/x"), Place("response body"))
        assert {finding.pointer for finding in found} == {f"/components/schemas/S{count // 2}/oneOf/2/properties/id"}
        return comparer.pairs_compared

    small, large = pairs(100), pairs(400)
    assert large <= 4 * small + 100
