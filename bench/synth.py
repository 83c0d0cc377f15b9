"""Synthetic OpenAPI 3.1 documents of N operations, shaped like spec/altegio-activity.yaml.

Operations come in groups of five per resource (list with query parameters, create with a request
body, get, update, delete), each under `/v1/resourceK/{location_id}/...` with bearer security and a
`success/data/meta` response envelope; the last group is cut short when N is not a multiple of
five. Each resource has its own four schemas, so the document grows linearly with N. The same N
always gives the same bytes (JSON, which is also YAML).

    python -m bench.synth 100 /tmp/synth-100.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

_OPS_PER_RESOURCE = 5


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _resource_schemas(k: int) -> dict[str, Any]:
    item, request = f"Item{k}", f"Item{k}Request"
    return {
        item: {
            "type": "object",
            "required": ["id", "title", "date"],
            "properties": {
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "date": {"type": "string", "format": "date-time"},
                "capacity": {"type": "integer", "minimum": 0},
                "comment": {"type": ["string", "null"]},
                "is_deleted": {"type": "boolean"},
                "labels": {"type": "array", "items": _ref("Label")},
                "prepaid": {"type": "string", "enum": ["forbidden", "allowed", "required"]},
            },
        },
        request: {
            "type": "object",
            "required": ["title", "date"],
            "properties": {
                "title": {"type": "string", "minLength": 1},
                "date": {"type": "string", "example": "2026-10-10 15:30"},
                "capacity": {"type": "integer", "minimum": 1},
                "comment": {"type": "string"},
                "label_ids": {"type": "array", "items": {"type": "integer"}},
            },
        },
        f"{item}Envelope": {
            "allOf": [
                _ref("SuccessEnvelope"),
                {"type": "object", "required": ["data"], "properties": {"data": _ref(item)}},
            ]
        },
        f"{item}ListEnvelope": {
            "allOf": [
                _ref("SuccessEnvelope"),
                {
                    "type": "object",
                    "required": ["data"],
                    "properties": {"data": {"type": "array", "items": _ref(item)}},
                },
            ]
        },
    }


def _errors() -> dict[str, Any]:
    return {
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "404": {"$ref": "#/components/responses/NotFound"},
    }


def _resource_operations(k: int, count: int) -> dict[str, dict[str, Any]]:
    tag, item = f"Resource{k}", f"Item{k}"
    base, one = f"/v1/resource{k}/{{location_id}}", f"/v1/resource{k}/{{location_id}}/{{item_id}}"
    security: list[dict[str, list[str]]] = [{"BearerPartnerUser": []}]
    body = {"required": True, "content": _json(_ref(f"{item}Request"))}
    envelope = {"description": "The item.", "content": _json(_ref(f"{item}Envelope"))}
    operations: list[tuple[str, str, dict[str, Any]]] = [
        (
            base,
            "get",
            {
                "operationId": f"list_items_{k}",
                "summary": f"List resource {k} items",
                "parameters": [
                    {"name": "start_date", "in": "query", "schema": {"type": "string", "format": "date"}},
                    {"name": "end_date", "in": "query", "schema": {"type": "string", "format": "date"}},
                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
                    {"name": "count", "in": "query", "schema": {"type": "integer", "maximum": 200}},
                ],
                "responses": {
                    "200": {"description": "A page of items.", "content": _json(_ref(f"{item}ListEnvelope"))},
                    **_errors(),
                },
            },
        ),
        (
            base,
            "post",
            {
                "operationId": f"create_item_{k}",
                "summary": f"Create a resource {k} item",
                "requestBody": body,
                "responses": {"201": envelope, "400": {"$ref": "#/components/responses/BadRequest"}, **_errors()},
            },
        ),
        (
            one,
            "get",
            {
                "operationId": f"get_item_{k}",
                "summary": f"Get a resource {k} item",
                "responses": {"200": envelope, **_errors()},
            },
        ),
        (
            one,
            "put",
            {
                "operationId": f"update_item_{k}",
                "summary": f"Update a resource {k} item",
                "requestBody": body,
                "responses": {"200": envelope, "400": {"$ref": "#/components/responses/BadRequest"}, **_errors()},
            },
        ),
        (
            one,
            "delete",
            {
                "operationId": f"delete_item_{k}",
                "summary": f"Delete a resource {k} item",
                "responses": {"204": {"description": "Deleted."}, **_errors()},
            },
        ),
    ]
    paths: dict[str, dict[str, Any]] = {}
    for path, method, operation in operations[:count]:
        operation = {"tags": [tag], "security": security, **operation}
        entry = paths.setdefault(path, {"parameters": _path_parameters(path)})
        entry[method] = operation
    return paths


def _path_parameters(path: str) -> list[dict[str, Any]]:
    params = [{"$ref": "#/components/parameters/LocationId"}]
    if "{item_id}" in path:
        params.append({"$ref": "#/components/parameters/ItemId"})
    return params


def document(operations: int) -> dict[str, Any]:
    """The synthetic document with exactly `operations` operations."""
    if operations < 1:
        raise ValueError("need at least one operation")
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {
        "SuccessEnvelope": {
            "type": "object",
            "required": ["success"],
            "properties": {"success": {"type": "boolean"}, "meta": _ref("MetaObject")},
        },
        "MetaObject": {
            "type": "object",
            "properties": {"message": {"type": "string"}, "count": {"type": "integer"}},
        },
        "ErrorEnvelope": {
            "type": "object",
            "required": ["success", "meta"],
            "properties": {"success": {"type": "boolean"}, "meta": _ref("MetaObject")},
        },
        "Label": {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "integer"}, "title": {"type": "string"}, "color": {"type": "string"}},
        },
    }
    left, k = operations, 0
    while left > 0:
        count = min(left, _OPS_PER_RESOURCE)
        paths.update(_resource_operations(k, count))
        schemas.update(_resource_schemas(k))
        left -= count
        k += 1
    error = {"description": "An error.", "content": _json(_ref("ErrorEnvelope"))}
    return {
        "openapi": "3.1.0",
        "info": {"title": f"Synthetic API of {operations} operations", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.test/api"}],
        "paths": paths,
        "components": {
            "securitySchemes": {
                "BearerPartner": {"type": "http", "scheme": "bearer"},
                "BearerPartnerUser": {"type": "http", "scheme": "bearer"},
            },
            "parameters": {
                "LocationId": {"name": "location_id", "in": "path", "required": True, "schema": {"type": "integer"}},
                "ItemId": {"name": "item_id", "in": "path", "required": True, "schema": {"type": "integer"}},
            },
            "responses": {
                "BadRequest": {**error, "description": "The request is invalid."},
                "Unauthorized": {**error, "description": "No valid token."},
                "NotFound": {**error, "description": "No such item."},
            },
            "schemas": schemas,
        },
    }


def write(operations: int, path: Path) -> Path:
    path.write_text(json.dumps(document(operations), indent=1) + "\n", encoding="utf-8")
    return path


def count_operations(data: dict[str, Any]) -> int:
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(1 for item in data.get("paths", {}).values() for key in item if key in methods)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[0].isdigit():
        print("usage: python -m bench.synth OPERATIONS OUTPUT_FILE", file=sys.stderr)
        return 2
    write(int(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
