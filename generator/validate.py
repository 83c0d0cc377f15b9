"""Check an OpenAPI document before anything is generated from it.

Schema validation comes from openapi-spec-validator; on top of it go the checks that matter for
the generated code (unique operationIds, declared path parameters, local references only). The
first problem found is raised as an `InputError` pointing at its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jsonschema.exceptions import best_match
from openapi_python_client.schema import openapi_schema_pydantic as oai
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from pydantic import ValidationError

from generator.load import Document

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_PARAM = re.compile(r"{([^{}]*)}")


def pointer_of(parts: Any) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts) if parts else ""


def validate_document(doc: Document, *, allow_external_refs: bool = False) -> list[str]:
    """Raise `InputError` for what cannot be generated; return warnings for what merely breaks the rules.

    openapi-spec-validator is stricter than the generator needs (documents written elsewhere often
    carry an extra `title` or a 3.1 keyword in a 3.0 file), so its findings are warnings; the
    structure the generator relies on is checked by upstream's own document model, and that is fatal.
    """
    data = doc.data
    version = data.get("openapi")
    if version is None:
        if "swagger" in data:
            raise doc.error("Swagger 2.0 is not supported; convert it to OpenAPI 3.0 or 3.1", "/swagger")
        raise doc.error("missing the 'openapi' field (expected 3.0.x or 3.1.x)")
    if not isinstance(version, str) or not re.fullmatch(r"3\.[01]\.\d+(-.+)?", version):
        raise doc.error(f"unsupported OpenAPI version {version!r} (expected 3.0.x or 3.1.x)", "/openapi")

    _check_refs(doc, allow_external_refs)
    _check_structure(doc)
    _check_operations(doc)
    return [str(warning) for warning in _rule_warnings(doc, version)]


def _check_structure(doc: Document) -> None:
    try:
        oai.OpenAPI.model_validate(doc.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = [part for part in first["loc"] if not _is_union_branch(part)]
        raise doc.error(f"invalid OpenAPI: {_short(first['msg'])}", pointer_of(location) or None) from None


def _is_union_branch(part: Any) -> bool:
    # pydantic names the union member it tried (e.g. "Reference", "function-after[...]")
    return isinstance(part, str) and (part[:1].isupper() or "[" in part)


def _rule_warnings(doc: Document, version: str, limit: int = 5) -> list[Any]:
    validator_cls = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    warnings = []
    for count, error in enumerate(validator_cls(doc.data).iter_errors()):
        if count == limit:
            warnings.append(f"{doc.path}: (more openapi-spec-validator warnings not shown)")
            break
        leaf = error
        while leaf.context:
            leaf = best_match(leaf.context)
        warning = doc.error(f"warning: {_short(leaf.message, 160)}", pointer_of(list(leaf.absolute_path)) or None)
        warnings.append(warning)
    return warnings


def _short(message: str, limit: int = 300) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."


def _walk_refs(node: Any, parts: list[Any]) -> Iterator[tuple[str, list[Any]]]:
    stack = [(node, parts)]
    while stack:
        node, parts = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield ref, [*parts, "$ref"]
            stack.extend((value, [*parts, key]) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, [*parts, index]) for index, value in enumerate(node))


def _check_refs(doc: Document, allow_external: bool) -> None:
    for ref, parts in _walk_refs(doc.data, []):
        pointer = pointer_of(parts)
        if not ref.startswith("#"):
            if not allow_external:
                raise doc.error(
                    f"$ref {ref!r} points outside this document; only local '#/...' references are "
                    "allowed (set allow_external_refs in [tool.altegio-generator] to permit files)",
                    pointer,
                )
            continue
        if not _resolves(doc.data, ref[1:]):
            raise doc.error(f"$ref {ref!r} does not resolve to anything in this document", pointer)


def _resolves(data: Any, pointer: str) -> bool:
    node = data
    for token in pointer.lstrip("/").split("/") if pointer not in ("", "/") else []:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False
    return True


def _resolve(data: Any, node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        target: Any = data
        for token in node["$ref"][1:].lstrip("/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
        if seen > 50:
            break
    return node


def _check_operations(doc: Document) -> None:
    data = doc.data
    seen: dict[str, str] = {}
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = [_resolve(data, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            pointer = pointer_of(["paths", path, method])
            operation_id = operation.get("operationId")
            if isinstance(operation_id, str):
                if operation_id in seen:
                    raise doc.error(
                        f"duplicate operationId {operation_id!r} (first used at {seen[operation_id]})",
                        pointer + "/operationId",
                    )
                seen[operation_id] = pointer
            params = shared + [_resolve(data, p) for p in operation.get("parameters", [])]
            declared = {p.get("name") for p in params if isinstance(p, dict) and p.get("in") == "path"}
            for name in _PATH_PARAM.findall(path):
                if name not in declared:
                    raise doc.error(
                        f"path parameter {{{name}}} of {method.upper()} {path} is not declared "
                        "in its parameters",
                        pointer,
                    )
