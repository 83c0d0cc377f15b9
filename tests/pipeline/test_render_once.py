"""What render asks for again and again is rendered once: an operation's docstring but its
`Returns:`, which its module's four functions and its resource methods share."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import jinja2

from generator.render.render import _once_per_operation

MACROS = "{% macro docstring_head(endpoint, op) %}{{ seen(endpoint) }}head of {{ endpoint.name }}{% endmacro %}"


def test_an_operations_docstring_head_is_rendered_once_per_operation() -> None:
    rendered: list[Any] = []

    def seen(endpoint: Any) -> str:
        rendered.append(endpoint)
        return ""

    env = jinja2.Environment(loader=jinja2.DictLoader({"endpoint_macros.py.jinja": MACROS}))
    env.globals["seen"] = seen
    head = _once_per_operation(env, "docstring_head")
    first, second = SimpleNamespace(name="first"), SimpleNamespace(name="second")
    assert head(first, None) == head(first, None) == "head of first"  # type: ignore[arg-type]
    assert head(second, None) == "head of second"  # type: ignore[arg-type]
    assert rendered == [first, second]
