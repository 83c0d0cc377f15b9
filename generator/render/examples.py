"""One example call per operation, built from the spec's own examples, for the package README.

Example values are untrusted spec text: they reach the README only through `python_literal`,
which accepts plain JSON data and emits it with `repr`, so an example can never become code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.spec.model import Operation, SpecModel
from generator.spec.pointer import Resolver, is_ref
from generator.upstream import DateProperty, DateTimeProperty, Endpoint, EnumProperty, ModelProperty, raw

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


def schema_example(resolver: Resolver, schema: Any, depth: int = 0) -> Any:
    """An example for a schema: its own example, default or first enum value, else one built
    from its required properties."""
    schema = _follow(resolver, schema)
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
            name: schema_example(resolver, properties[name], depth + 1)
            for name in schema.get("required", [])
            if name in properties
        }
    if kind == "array":
        return []
    fallback = {"integer": 1, "number": 1.0, "boolean": False, "string": "string"}
    if kind in fallback:
        return fallback[kind]
    raise NoExample("schema without a type")


def _follow(resolver: Resolver, node: Any) -> Any:
    """What a `$ref` names (validation has followed every one already, so this cannot fail)."""
    return resolver.value(node, "") if is_ref(node) else node  # results are keyed by target, not by `at`


def _media_example(resolver: Resolver, holder: Mapping[str, Any]) -> Any:
    """The `example`, else the first of `examples`, of a parameter or media type object."""
    if "example" in holder:
        return holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, Mapping) and examples:
        first = _follow(resolver, next(iter(examples.values())))
        if isinstance(first, Mapping) and "value" in first:
            return first["value"]
    return schema_example(resolver, holder.get("schema") or {})


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
    model: SpecModel,
    endpoint: Endpoint,
    operation: Operation,
    module_path: str,
    package: str,
    client: str,
    result_name: str,
    method: str | None = None,
) -> str | None:
    """A complete snippet calling the operation's `sync`, or None when an example is missing.

    With `method` (`client.events.get`), the snippet calls that resource method instead.
    """
    resolver = model.resolver
    params = {(p.location, p.name): p.raw for p in operation.parameters}
    imports = {"from " + package + " import " + client.partition("(")[0]}
    tag_module, _, function_module = module_path.rpartition(".")
    if method is None:
        imports.add(f"from {tag_module} import {function_module}")
    try:
        positional = [
            argument(p, _media_example(resolver, params[("path", raw(p.name))]), package, imports)
            for p in endpoint.path_parameters
        ]
        keywords = [] if method else ["client=client"]
        if endpoint.bodies:
            body = endpoint.bodies[0]
            media = {m.name: m.raw for m in operation.body.content} if operation.body else {}
            value = _media_example(resolver, media[raw(body.content_type)])
            keywords.append(f"body={argument(body.prop, value, package, imports)}")
        for p in endpoint.query_parameters:
            if p.required:
                value = _media_example(resolver, params[("query", raw(p.name))])
                keywords.append(f"{p.python_name}={argument(p, value, package, imports)}")
    except (NoExample, KeyError):
        return None
    call = f"{method or function_module + '.sync'}({', '.join([*positional, *keywords])})"
    lines = sorted(i for i in imports if i.startswith("import ")) + sorted(i for i in imports if i.startswith("from "))
    lines += [
        "",
        f"with {client} as client:",
        f"    {result_name} = {call}" if result_name else f"    {call}",
    ]
    return "\n".join(lines)
