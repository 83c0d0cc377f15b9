"""Documents of other shapes than bench/synth.py's, N operations each, made here and not tuned to.

- `crud`: a light CRUD API. Five operations per resource (list, create, get, update, delete) on
  one small flat schema each (four or five scalar fields), no envelope, no shared responses:
  1,000 operations give 200 small schemas.
- `schemas`: many small schemas. Every operation has its own request and response schema, each
  with a small nested object schema of its own and a shared enum: about four schemas per operation.
- `deep`: deep nesting and many parameters. Every operation takes path, query and header
  parameters (ten in all, some with enums and defaults) and returns an object nested five levels
  deep inline, with arrays of objects on the way.

The same N always gives the same bytes (JSON, which is also YAML).

    python -m bench.shapes crud 1000 /tmp/crud-1000.json
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

JsonObject = dict[str, Any]


def _ref(name: str) -> JsonObject:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: JsonObject) -> JsonObject:
    return {"application/json": {"schema": schema}}


def _document(title: str, paths: JsonObject, schemas: JsonObject) -> JsonObject:
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": "1.0.0"},
        "servers": [{"url": "https://api.example.test"}],
        "paths": paths,
        "components": {
            "securitySchemes": {"ApiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}},
            "schemas": schemas,
        },
        "security": [{"ApiKey": []}],
    }


def crud(operations: int) -> JsonObject:
    paths: JsonObject = {}
    schemas: JsonObject = {}
    for k in range((operations + 4) // 5):
        name = f"Thing{k}"
        schemas[name] = {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "integer"},
                "name": {"type": "string"},
                "active": {"type": "boolean"},
                "created": {"type": "string", "format": "date-time"},
                **({"note": {"type": "string", "nullable": True}} if k % 2 else {}),
            },
        }
        one = {"description": "The thing.", "content": _json(_ref(name))}
        body = {"required": True, "content": _json(_ref(name))}
        item_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
        ops: list[tuple[str, str, JsonObject]] = [
            (
                f"/things{k}",
                "get",
                {
                    "operationId": f"listThings{k}",
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {"description": "Things.", "content": _json({"type": "array", "items": _ref(name)})}
                    },
                },
            ),
            (f"/things{k}", "post", {"operationId": f"createThing{k}", "requestBody": body, "responses": {"201": one}}),
            (f"/things{k}/{{id}}", "get", {"operationId": f"getThing{k}", "responses": {"200": one}}),
            (
                f"/things{k}/{{id}}",
                "put",
                {"operationId": f"updateThing{k}", "requestBody": body, "responses": {"200": one}},
            ),
            (
                f"/things{k}/{{id}}",
                "delete",
                {"operationId": f"deleteThing{k}", "responses": {"204": {"description": "Gone."}}},
            ),
        ]
        for path, method, operation in ops[: operations - 5 * k]:
            entry = paths.setdefault(path, {})
            if "{id}" in path:
                entry.setdefault("parameters", [item_id])
            entry[method] = {"tags": [f"things{k // 10}"], **operation}
    return _document(f"Light CRUD API of {operations} operations", paths, schemas)


def many_schemas(operations: int) -> JsonObject:
    paths: JsonObject = {}
    schemas: JsonObject = {"Status": {"type": "string", "enum": ["new", "open", "closed"]}}
    for k in range(operations):
        detail, request, response = f"Detail{k}", f"Op{k}Request", f"Op{k}Response"
        schemas[detail] = {
            "type": "object",
            "properties": {"code": {"type": "string"}, "weight": {"type": "number"}},
        }
        schemas[request] = {
            "type": "object",
            "required": ["label"],
            "properties": {"label": {"type": "string"}, "detail": _ref(detail), "status": _ref("Status")},
        }
        schemas[response] = {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "detail": _ref(detail),
                "count": {"type": "integer"},
                "tags": {"type": "array", "items": {"type": "string"}},
            },
        }
        paths[f"/area{k // 20}/op{k}"] = {
            "post": {
                "operationId": f"doOperation{k}",
                "tags": [f"area{k // 20}"],
                "requestBody": {"required": True, "content": _json(_ref(request))},
                "responses": {"200": {"description": "Done.", "content": _json(_ref(response))}},
            }
        }
    return _document(f"Many small schemas, {operations} operations", paths, schemas)


def _nested(depth: int) -> JsonObject:
    """An inline object `depth` levels deep, one object per level: a single child at even
    levels, an array of them at odd ones."""
    properties: JsonObject = {"name": {"type": "string"}, "value": {"type": "number", "nullable": True}}
    if depth > 1:
        child = _nested(depth - 1)
        if depth % 2:
            properties["children"] = {"type": "array", "items": child}
        else:
            properties["child"] = child
    return {"type": "object", "properties": properties}


def deep(operations: int) -> JsonObject:
    paths: JsonObject = {}
    for k in range(operations):
        parameters: list[JsonObject] = [
            {"name": "org_id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "item_id", "in": "path", "required": True, "schema": {"type": "integer"}},
            {"name": "page", "in": "query", "schema": {"type": "integer", "default": 1}},
            {"name": "per_page", "in": "query", "schema": {"type": "integer", "maximum": 100}},
            {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
            {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
            {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
            {"name": "include_archived", "in": "query", "schema": {"type": "boolean", "default": False}},
            {"name": "X-Request-Id", "in": "header", "schema": {"type": "string"}},
            {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
        ]
        paths[f"/orgs/{{org_id}}/group{k // 25}/items{k}/{{item_id}}"] = {
            "get": {
                "operationId": f"fetchNested{k}",
                "tags": [f"group{k // 25}"],
                "parameters": parameters,
                "responses": {"200": {"description": "A tree.", "content": _json(_nested(5))}},
            }
        }
    return _document(f"Deep nesting, many parameters, {operations} operations", paths, {})


SHAPES: dict[str, tuple[str, Callable[[int], JsonObject]]] = {
    "crud": ("light CRUD, one small schema per five operations", crud),
    "schemas": ("many small schemas, about four per operation", many_schemas),
    "deep": ("deep inline nesting, ten parameters per operation", deep),
}


def write(shape: str, operations: int, path: Path) -> Path:
    path.write_text(json.dumps(SHAPES[shape][1](operations), indent=1) + "\n", encoding="utf-8")
    return path


def measure(operations: int, rounds: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Ours against upstream on each shape at `operations` operations (project settings for ours)."""
    from bench.measure import ROOT
    from bench.regen import OURS, UPSTREAM, Document, time_tools

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-shapes-") as tmp:
        for shape, (title, _) in SHAPES.items():
            path = write(shape, operations, Path(tmp) / f"{shape}-{operations}.json")
            doc = Document(f"{shape}-{operations}", title, path, ROOT / "pyproject.toml")
            log(f"shape {shape}: {operations} operations ({rounds} rounds)")
            results[shape] = {
                "title": title,
                "operations": operations,
                "tools": time_tools(doc, [OURS, UPSTREAM], {OURS.key: rounds, UPSTREAM.key: rounds}, log),
            }
    return {"operations": operations, "shapes": results}


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in SHAPES or not argv[1].isdigit():
        print(f"usage: python -m bench.shapes {{{','.join(SHAPES)}}} OPERATIONS OUTPUT_FILE", file=sys.stderr)
        return 2
    write(argv[0], int(argv[1]), Path(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
