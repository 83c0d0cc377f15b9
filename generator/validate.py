"""Check an OpenAPI document before anything is generated from it.

Schema validation comes from openapi-spec-validator; on top of it go the checks that matter for
the generated code (unique operationIds, declared path parameters, local references only, names
that survive the trip into Python). The first problem found is raised as an `InputError`
pointing at its line.

Spec text that ends up in generated code is escaped by upstream and `facts.py`; what is refused
here is text that escaping would silently change (a property name losing a control character
sends the wrong key) or that cannot become a Python name at all.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from openapi_python_client import strings
from openapi_python_client.schema import openapi_schema_pydantic as oai
from pydantic import ValidationError

from generator.load import Document

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_PARAM = re.compile(r"{([^{}]*)}")
# Arguments every generated operation function takes besides the spec's parameters, and the
# locals of `_get_kwargs` that a parameter of the same name would be overwritten by.
_OWN_ARGUMENTS = ("request_options", "headers", "params", "cookies")
# Names the generated model classes use themselves: members, and locals of to_dict/from_dict that
# a property of the same name would overwrite (a property `d` breaks `from_dict`).
_MODEL_MEMBERS = (
    "additional_properties",
    "additional_keys",
    "to_dict",
    "from_dict",
    "to_multipart",
    "d",
    "cls",
    "src_dict",
    "field_dict",
)
_FIELD_PREFIX = "field_"  # upstream's default; names only need to be checked, not reproduced


def pointer_of(parts: Any) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts) if parts else ""


def validate_document(doc: Document, *, allow_external_refs: bool = False, literal_enums: bool = False) -> None:
    """Raise `InputError` for what cannot be generated.

    The structure the generator relies on is checked by upstream's own document model, and that
    is fatal. The full OpenAPI rule book (openapi-spec-validator) is `lint_document`: stricter
    than generating needs (documents written elsewhere often carry an extra `title` or a 3.1
    keyword in a 3.0 file) and slow on large documents, so it is not part of every regen.
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
    _check_ref_cycles(doc)
    _check_structure(doc)
    _check_values(doc)
    _check_bidi(doc)
    _check_paths(doc)
    _check_operations(doc)
    _check_names(doc, literal_enums)


def lint_document(doc: Document) -> list[str]:
    """What openapi-spec-validator finds wrong, as located warnings (at most a few)."""
    return [str(warning) for warning in _rule_warnings(doc, str(doc.data.get("openapi", "")))]


def _check_structure(doc: Document) -> None:
    try:
        oai.OpenAPI.model_validate(doc.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = _document_location(doc.data, first["loc"])
        raise doc.error(f"invalid OpenAPI: {_short(first['msg'])}", pointer_of(location) or None) from None
    except RecursionError:
        raise doc.error("invalid OpenAPI: the document nests too deeply to be read") from None


def _document_location(data: Any, loc: tuple[Any, ...]) -> list[Any]:
    """pydantic's error location, minus the union members it names (`Reference`, `other`, ...)."""
    node, kept = data, []
    for index, part in enumerate(loc):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif index < len(loc) - 1 or not isinstance(node, dict):
            continue  # a model or union branch name, not a place in the document
        kept.append(part)  # the last part may be a missing field: keep it
    return kept


def _rule_warnings(doc: Document, version: str, limit: int = 5) -> list[Any]:
    from jsonschema.exceptions import best_match
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator_cls = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    warnings: list[Any] = []
    try:
        for count, error in enumerate(validator_cls(doc.data).iter_errors()):
            if count == limit:
                warnings.append(f"{doc.path}: (more openapi-spec-validator warnings not shown)")
                break
            leaf = error
            while leaf.context:
                leaf = best_match(leaf.context)
            message = f"warning: {_short(leaf.message, 160)}"
            pointer = pointer_of(list(leaf.absolute_path))
            warnings.append(doc.error(message, pointer) if pointer else f"{doc.path}: {message}")
    except RecursionError:  # its $ref resolver follows recursive schemas: it is advice, not a gate
        warnings.append(f"{doc.path}: warning: openapi-spec-validator gave up (recursive schemas)")
    except Exception as exc:  # noqa: BLE001 - it trips on some malformed documents; upstream's parser decides
        warnings.append(f"{doc.path}: warning: openapi-spec-validator could not check it ({type(exc).__name__}: {exc})")
    return warnings


def _short(message: str, limit: int = 300) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."


def _walk(node: Any, parts: list[Any]) -> Iterator[tuple[Any, list[Any]]]:
    """Every value with its path, depth first, without recursion (documents are depth-capped)."""
    stack = [(node, parts)]
    while stack:
        node, parts = stack.pop()
        yield node, parts
        if isinstance(node, dict):
            stack.extend((value, [*parts, key]) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((value, [*parts, index]) for index, value in reversed(list(enumerate(node))))


def _walk_refs(node: Any, parts: list[Any]) -> Iterator[tuple[str, list[Any]]]:
    for value, at in _walk(node, parts):
        if isinstance(value, dict) and isinstance(value.get("$ref"), str):
            yield value["$ref"], [*at, "$ref"]


# --- references -------------------------------------------------------------------------------


def _check_refs(doc: Document, allow_external: bool) -> None:
    for ref, parts in _walk_refs(doc.data, []):
        pointer = pointer_of(parts)
        if ref.startswith("#"):
            if not _resolves(doc.data, ref[1:]):
                raise doc.error(f"$ref {ref!r} does not resolve to anything in this document", pointer)
            continue
        try:
            target = urlsplit(ref)
        except ValueError:
            target = urlsplit("invalid://")
        if target.scheme or target.netloc or ref.startswith("//"):
            raise doc.error(
                f"$ref {ref!r} is a URL; the generator never fetches documents over the network",
                pointer,
            )
        if not allow_external:
            raise doc.error(
                f"$ref {ref!r} points outside this document; only local '#/...' references are "
                "allowed (set allow_external_refs in [tool.altegio-generator] to permit files)",
                pointer,
            )
        if not _inside(doc.path, target.path):
            raise doc.error(
                f"$ref {ref!r} points to a file outside the directory of {doc.path.name}; refused",
                pointer,
            )


def _inside(spec: Path, relative: str) -> bool:
    if not relative or relative.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", relative):
        return False
    base = spec.resolve().parent
    return (base / relative).resolve().is_relative_to(base)


def _tokens(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]


def _lookup(data: Any, pointer: str) -> tuple[bool, Any]:
    node = data
    for token in _tokens(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False, None
    return True, node


def _resolves(data: Any, pointer: str) -> bool:
    return _lookup(data, pointer)[0]


def _resolve(data: Any, node: Any) -> Any:
    """Follow local `$ref`s to what they name (cycles are refused before this is used)."""
    for _ in range(100):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")):
            return node
        found, node = _lookup(data, node["$ref"][1:])
        if not found:
            return None
    return None


def _check_ref_cycles(doc: Document) -> None:
    """Refuse `$ref`s that lead only to other `$ref`s and back: nothing is ever defined.

    A schema that refers to itself through a property (a tree node) is fine and stays allowed;
    what cannot be generated is a chain of bare references with no schema in between.
    """
    ends: set[str] = set()  # targets known to reach a definition
    for ref, parts in _walk_refs(doc.data, []):
        if not ref.startswith("#"):
            continue
        chain = [ref]
        while True:
            target = chain[-1][1:]
            if target in ends:
                break
            _, node = _lookup(doc.data, target)
            following = node.get("$ref") if isinstance(node, dict) else None
            if not (isinstance(following, str) and following.startswith("#")):
                break
            if following in chain or following[1:] == pointer_of(parts[:-1]):
                cycle = " -> ".join([*chain, following])
                raise doc.error(f"$ref cycle with no schema in between: {cycle}", pointer_of(parts))
            chain.append(following)
        ends.update(link[1:] for link in chain)


# --- values -----------------------------------------------------------------------------------

# Text that upstream's string escaping drops or that Python source cannot carry: control and
# format characters, surrogates, unassigned code points, and the Unicode line/paragraph separators.
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
_SAFE_CONTROLS = "\b\t\f"  # escaped, not dropped


def _unsafe_character(text: str) -> str | None:
    for character in text:
        if character not in _SAFE_CONTROLS and unicodedata.category(character) in _UNSAFE_CATEGORIES:
            name = unicodedata.name(character, "control character")
            return f"U+{ord(character):04X} ({name})"
    return None


_PROSE_KEYS = ("example", "examples", "description", "summary")
# Maps whose keys are names chosen by the author, so `description` there is a name, not prose.
_NAME_MAPS = ("properties", "patternProperties", "$defs", "definitions", "paths", "webhooks", "callbacks")


def _is_prose(parts: list[Any], key: Any) -> bool:
    """Documentation and free-form data (examples, `x-` extensions): neither names nor values."""
    if not (isinstance(key, str) and (key in _PROSE_KEYS or key.startswith("x-"))):
        return False
    return not (parts[-1:] and parts[-1] in _NAME_MAPS or (len(parts) == 2 and parts[0] == "components"))


def _semantic_walk(data: Any) -> Iterator[tuple[Any, list[Any]]]:
    """`_walk`, skipping prose and free-form data."""
    stack: list[tuple[Any, list[Any]]] = [(data, [])]
    while stack:
        node, parts = stack.pop()
        yield node, parts
        if isinstance(node, dict):
            stack.extend((v, [*parts, k]) for k, v in reversed(node.items()) if not _is_prose(parts, k))
        elif isinstance(node, list):
            stack.extend((v, [*parts, i]) for i, v in reversed(list(enumerate(node))))


def _check_values(doc: Document) -> None:
    """Names and values that become string literals must survive escaping unchanged."""
    for node, parts in _semantic_walk(doc.data):
        if isinstance(node, float) and not math.isfinite(node):
            raise doc.error(
                f"{node} is not a finite number; JSON and Python literals have no inf or nan", pointer_of(parts)
            )
        if not isinstance(node, dict):
            continue
        if parts[-1:] == ["properties"] or parts == ["paths"]:
            for name in node:
                _refuse_unsafe(doc, name, "name", [*parts, name])
        if "in" in node:
            _refuse_unsafe(doc, node.get("name"), "parameter name", [*parts, "name"])
        for key in ("const", "default"):
            _refuse_unsafe(doc, node.get(key), key, [*parts, key])
        if isinstance(node.get("discriminator"), dict):
            _refuse_unsafe(doc, node["discriminator"].get("propertyName"), "discriminator", [*parts, "discriminator"])
        for key in ("enum", "required"):
            items: list[Any] = node[key] if isinstance(node.get(key), list) else []
            for index, item in enumerate(items):
                _refuse_unsafe(doc, item, f"{key} value", [*parts, key, index])
        if parts[-1:] == ["content"]:
            for media_type in node:
                _refuse_unsafe(doc, media_type, "media type", [*parts, media_type])


# Trojan Source (CVE-2021-42574): bidirectional overrides and isolates make text, and the code
# around it, display in a different order than it is read. Marks (U+200E/U+200F) stay allowed.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _check_bidi(doc: Document) -> None:
    """Refuse bidirectional overrides anywhere, prose included: they end up in docstrings."""
    for node, parts in _walk(doc.data, []):
        for text, where in [(node, parts)] + ([(k, [*parts, k]) for k in node] if isinstance(node, dict) else []):
            if isinstance(text, str) and (found := _BIDI_CONTROLS.search(text)):
                raise doc.error(
                    f"text contains the bidirectional control U+{ord(found.group()):04X}, which can make "
                    "generated code display differently than it runs (Trojan Source); remove it",
                    pointer_of(where),
                )


def _refuse_unsafe(doc: Document, text: Any, what: str, parts: list[Any]) -> None:
    if isinstance(text, str) and (found := _unsafe_character(text)):
        raise doc.error(
            f"{what} {text!r} contains {found}, which generated code cannot carry unchanged", pointer_of(parts)
        )


# --- paths and operations ---------------------------------------------------------------------


def _check_paths(doc: Document) -> None:
    paths = doc.data.get("paths") or {}
    for path in paths:
        pointer = pointer_of(["paths", path])
        if not path.startswith("/"):
            raise doc.error(f"path {path!r} must start with '/'", pointer)
        leftover = _PATH_PARAM.sub("", path)
        if "{" in leftover or "}" in leftover:
            raise doc.error(f"path {path!r} has an unbalanced '{{' or '}}'", pointer)


def _check_operations(doc: Document) -> None:
    data = doc.data
    seen: dict[str, str] = {}
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = [_resolve(data, p) for p in item.get("parameters") or []]
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
            own = [_resolve(data, p) for p in operation.get("parameters") or []]
            params = [p for p in shared + own if isinstance(p, dict)]
            declared = {p.get("name") for p in params if p.get("in") == "path"}
            for name in _PATH_PARAM.findall(path):
                if name not in declared:
                    raise doc.error(
                        f"path parameter {{{name}}} of {method.upper()} {path} is not declared in its parameters",
                        pointer,
                    )
            _check_parameters(doc, operation, params, pointer)


def _check_parameters(doc: Document, operation: dict[str, Any], params: list[dict[str, Any]], pointer: str) -> None:
    own = set(_OWN_ARGUMENTS) | ({"body"} if operation.get("requestBody") is not None else set())
    for param in params:
        name = param.get("name")
        if not isinstance(name, str):
            continue
        python_name = strings.PythonIdentifier(name, _FIELD_PREFIX)
        if python_name in own:
            raise doc.error(
                f"parameter {name!r} would become the argument `{python_name}`, a name the generated "
                "function already uses; rename the parameter",
                pointer + "/parameters",
            )


# --- names that become Python identifiers and file names --------------------------------------


def _check_names(doc: Document, literal_enums: bool) -> None:
    """Names must stay the same identifier for Python, which reads identifiers in NFKC form.

    `ﬁx` (with the ligature) and `fix` are two strings but one Python name: two properties so
    named would silently become one attribute, and a module so named could not be imported.
    """
    for node, parts in _semantic_walk(doc.data):
        key = parts[-1] if parts else None
        if parts[:-1] == ["components", "schemas"] and isinstance(key, str):
            _refuse_unnormalized(doc, strings.ClassName(key, _FIELD_PREFIX), key, "schema name", parts)
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("title"), str) and _looks_like_schema(node):
            title = node["title"]
            _refuse_unnormalized(doc, strings.ClassName(title, _FIELD_PREFIX), title, "title", [*parts, "title"])
        if isinstance(node.get("properties"), dict):
            for name in node["properties"]:
                identifier = strings.PythonIdentifier(name, _FIELD_PREFIX)
                _refuse_unnormalized(doc, identifier, name, "property name", [*parts, "properties", name])
                if identifier in _MODEL_MEMBERS:
                    raise doc.error(
                        f"property {name!r} would become the attribute `{identifier}`, a name the generated "
                        "model uses itself (its to_dict/from_dict would break); rename the property",
                        pointer_of([*parts, "properties", name]),
                    )
        if isinstance(node.get("name"), str) and "in" in node:
            name = node["name"]
            identifier = strings.PythonIdentifier(name, _FIELD_PREFIX)
            _refuse_unnormalized(doc, identifier, name, "parameter name", [*parts, "name"])
        if key in HTTP_METHODS and len(parts) == 3:
            if isinstance(node.get("operationId"), str):
                op_id = node["operationId"]
                identifier = strings.PythonIdentifier(op_id, _FIELD_PREFIX)
                _refuse_unnormalized(doc, identifier, op_id, "operationId", [*parts, "operationId"])
            tags: list[Any] = node["tags"] if isinstance(node.get("tags"), list) else []
            for index, tag in enumerate(tags):
                if isinstance(tag, str):
                    identifier = strings.PythonIdentifier(tag, _FIELD_PREFIX)
                    _refuse_unnormalized(doc, identifier, tag, "tag", [*parts, "tags", index])
        if isinstance(node.get("enum"), list) and not literal_enums:
            _check_enum_members(doc, node, parts)


def _looks_like_schema(node: dict[str, Any]) -> bool:
    return any(key in node for key in ("type", "properties", "allOf", "anyOf", "oneOf", "enum", "items"))


def _refuse_unnormalized(doc: Document, identifier: str, original: str, what: str, parts: list[Any]) -> None:
    if identifier.isascii() or unicodedata.is_normalized("NFKC", identifier):
        return
    normal = unicodedata.normalize("NFKC", identifier)
    raise doc.error(
        f"{what} {original!r} becomes the Python name {identifier!r}, which Python reads as {normal!r} "
        "(Unicode NFKC); spell it in normalized form",
        pointer_of(parts),
    )


def _check_enum_members(doc: Document, node: dict[str, Any], parts: list[Any]) -> None:
    """Enum members are named after their values (or `x-enum-varnames`); two values must not share a name.

    Upstream names a member `snake_case(value).upper()`, so `a` and `A!` both become `A` and one of
    them is silently dropped; a name that is not an identifier would not compile.
    """
    values = [v for v in node["enum"] if v is not None]
    varnames: list[Any] = node["x-enum-varnames"] if isinstance(node.get("x-enum-varnames"), list) else []
    use_varnames = len(varnames) == len(values)
    if not values or not (all(type(v) is str for v in values) or all(type(v) is int for v in values)):
        return
    members: dict[str, Any] = {}
    for index, value in enumerate(values):
        if use_varnames:
            key = str(varnames[index])
        elif isinstance(value, int):
            key = f"VALUE_{value}" if value >= 0 else f"VALUE_NEGATIVE_{-value}"
        elif value and value[0].isalpha():
            key = value.upper()
        else:
            key = f"VALUE_{index}"
        member = strings.snake_case(key).upper()
        where = [*parts, "x-enum-varnames" if use_varnames else "enum", index]
        if not member.isidentifier() or member[:1].isdigit():
            raise doc.error(
                f"enum value {value!r} would be the member name {member!r}, which is not a Python identifier"
                + ("; fix its x-enum-varnames entry" if use_varnames else ""),
                pointer_of(where),
            )
        _refuse_unnormalized(doc, member, key, "enum member", where)
        if member in members:
            raise doc.error(
                f"enum values {members[member]!r} and {value!r} would both be the member {member}; one would be lost",
                pointer_of(where),
            )
        members[member] = value
