"""The class names openapi-python-client gives schemas, so a renamed schema is reported as the
model class rename that calling code sees (what regen's surface check reports).

Upstream names a component schema's class after its `title`, else its name; an inline object or
enum after the class that holds it plus its `title`, else the name it is held under (a property
name, `<property>_item` for array items, `<property>_type_<n>` for union branches,
`AdditionalProperty` for map values, `body` and `response_<status>` under an operation).
An operation's function lives in the module `api.<first tag>` (`default` without tags), in a
module named after its operationId (or, without one, its method and path).
"""

from __future__ import annotations

from functools import cache

from openapi_python_client import strings

FIELD_PREFIX = "field_"
"""Upstream's default `field_prefix`, which regen does not change."""


@cache
def component_class(name: str, title: str | None) -> str:
    return str(strings.ClassName(title or name, FIELD_PREFIX))


@cache
def inline_class(parent: str | None, name: str) -> str:
    if parent:
        return str(strings.ClassName(f"{strings.pascal_case(parent)}{strings.pascal_case(name)}", FIELD_PREFIX))
    return str(strings.ClassName(name, FIELD_PREFIX))


@cache
def tag_module(first_tag: str | None) -> str:
    """The `api` subpackage upstream puts an operation's function in, after its first tag."""
    return str(strings.PythonIdentifier(value=first_tag or "default", prefix="tag"))


@cache
def function_module(operation_id: str | None, method: str, path: str) -> str:
    """The module upstream generates an operation's `sync`/`asyncio` functions in."""
    if operation_id:
        return str(strings.PythonIdentifier(operation_id, FIELD_PREFIX))
    route = path.replace("{", "").replace("}", "").replace("/", "_").removeprefix("_").removesuffix("_")
    return str(strings.PythonIdentifier(f"{method}_{route}", FIELD_PREFIX))


@cache
def argument_name(parameter: str) -> str:
    """The keyword argument upstream generates for a parameter."""
    return str(strings.PythonIdentifier(parameter, FIELD_PREFIX))
