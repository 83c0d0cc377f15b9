"""One example call per operation, built from the spec's own examples, for the package README.

Example values are untrusted spec text: they reach the README only through `python_literal`,
which accepts plain JSON data and emits it with `repr`, so an example can never become code.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser.properties import (
    DateProperty,
    DateTimeProperty,
    EnumProperty,
    ModelProperty,
)

_MAX_DEPTH = 8


class NoExample(Exception):
    """The spec gives no usable example for a required value; the README shows no call."""


def python_literal(value: Any, depth: int = 0) -> str:
    if depth > _MAX_DEPTH:
        raise NoExample("example nested too deeply")
    if value is None or isinstance(value, bool | int | float | str):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(item, depth + 1) for item in value) + "]"
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        items = (f"{python_literal(k)}: {python_literal(v, depth + 1)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    raise NoExample(f"unsupported example value of type {type(value).__name__}")


def deref(data: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (validation refused cycles and dangling ones; `{}` if one is missing)."""
    for _ in range(50):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
            return node
        target: Any = data
        for token in node["$ref"][2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or token not in target:
                return {}
            target = target[token]
        node = target
    return node


def schema_example(data: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """An example for a schema: its own example, default or first enum value, else one built
    from its required properties."""
    schema = deref(data, schema)
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        raise NoExample("no schema")
    for key in ("example", "default", "const"):
        if key in schema:
            return schema[key]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        return {
            name: schema_example(data, properties[name], depth + 1)
            for name in schema.get("required", [])
            if name in properties
        }
    if kind == "array":
        return []
    fallback = {"integer": 1, "number": 1.0, "boolean": False, "string": "string"}
    if kind in fallback:
        return fallback[kind]
    raise NoExample("schema without a type")


def parameter_example(data: dict[str, Any], param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    examples = param.get("examples")
    if isinstance(examples, dict) and examples:
        first = deref(data, next(iter(examples.values())))
        if isinstance(first, dict) and "value" in first:
            return first["value"]
    return schema_example(data, param.get("schema") or {})


def body_example(data: dict[str, Any], raw_operation: dict[str, Any], content_type: str) -> Any:
    body = deref(data, raw_operation.get("requestBody") or {})
    media = deref(data, ((body.get("content") or {}).get(content_type)) or {})
    if "example" in media:
        return media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict) and examples:
        first = deref(data, next(iter(examples.values())))
        if isinstance(first, dict) and "value" in first:
            return first["value"]
    return schema_example(data, media.get("schema") or {})


def argument(prop: Any, value: Any, package: str, imports: set[str]) -> str:
    """Python code for passing `value` where upstream's property `prop` is expected."""
    text = python_literal(value)
    if isinstance(prop, ModelProperty):
        imports.add(f"from {package}.models import {prop.class_info.name}")
        return f"{prop.class_info.name}.from_dict({text})"
    if isinstance(prop, EnumProperty):
        imports.add(f"from {package}.models import {prop.class_info.name}")
        return f"{prop.class_info.name}({text})"
    if isinstance(prop, DateTimeProperty):
        imports.add("import datetime")
        return f"datetime.datetime.fromisoformat({text})"
    if isinstance(prop, DateProperty):
        imports.add("import datetime")
        return f"datetime.date.fromisoformat({text})"
    return text


def example_call(
    data: dict[str, Any],
    endpoint: Any,
    raw_path_item: dict[str, Any],
    raw_operation: dict[str, Any],
    module_path: str,
    package: str,
    user_token: bool,
    result_name: str,
) -> str | None:
    """A complete snippet calling the operation's `sync`, or None when an example is missing."""
    params = {
        (p.get("in"), p.get("name")): p
        for p in (
            deref(data, raw) for raw in [*raw_path_item.get("parameters", []), *raw_operation.get("parameters", [])]
        )
        if isinstance(p, dict)
    }
    imports = {"from " + package + " import AltegioClient"}
    tag_module, _, function_module = module_path.rpartition(".")
    imports.add(f"from {tag_module} import {function_module}")
    try:
        positional = [
            argument(p, parameter_example(data, params[("path", _raw(p.name))]), package, imports)
            for p in endpoint.path_parameters
        ]
        keywords = ["client=client"]
        if endpoint.bodies:
            body = endpoint.bodies[0]
            value = body_example(data, raw_operation, body.content_type)
            keywords.append(f"body={argument(body.prop, value, package, imports)}")
        for p in endpoint.query_parameters:
            if p.required:
                value = parameter_example(data, params[("query", _raw(p.name))])
                keywords.append(f"{p.python_name}={argument(p, value, package, imports)}")
    except (NoExample, KeyError):
        return None
    tokens = 'partner_token="PARTNER_TOKEN"' + (', user_token="USER_TOKEN"' if user_token else "")
    call = f"{function_module}.sync({', '.join([*positional, *keywords])})"
    lines = sorted(i for i in imports if i.startswith("import ")) + sorted(i for i in imports if i.startswith("from "))
    lines += [
        "",
        f"with AltegioClient({tokens}) as client:",
        f"    {result_name} = {call}" if result_name else f"    {call}",
    ]
    return "\n".join(lines)


def _raw(text: Any) -> str:
    return text.get_untrusted_value() if hasattr(text, "get_untrusted_value") else str(text)
