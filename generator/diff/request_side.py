"""What the caller passes: parameters (path, query, header, cookie) and the request body."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.diff.content import compare_content
from generator.diff.context import Comparison
from generator.diff.finding import code
from generator.diff.operations import Operation
from generator.diff.schema_shape import Sub
from generator.diff.schemas import Place, compare_schema
from generator.diff.spec_view import SpecView, join


class Parameter:
    """A parameter in effect for an operation (path-level ones unless the operation overrides)."""

    def __init__(self, node: Mapping[str, Any], pointer: str, site: str) -> None:
        self.node = node
        self.pointer = pointer
        """Where the parameter is defined (a component, for a `$ref`)."""
        self.site = site
        """Where the operation lists it."""
        self.name = str(node["name"])
        self.location = str(node["in"])
        self.required = node.get("required") is True or self.location == "path"

    @property
    def subject(self) -> str:
        return f"{self.location} parameter {code(self.name)}"

    def schema(self) -> Sub | None:
        if "schema" in self.node:
            return self.node["schema"], join(self.pointer, "schema")
        content = self.node.get("content")
        if isinstance(content, Mapping):
            for media_type, media in content.items():
                if isinstance(media, Mapping) and "schema" in media:
                    return media["schema"], join(self.pointer, "content", media_type, "schema")
        return None


IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
"""OpenAPI says these header parameters "SHALL be ignored"; the client sets them itself (the
generator sends the `Accept` value the spec names), so calling code never passes them."""


def parameters_of(view: SpecView, op: Operation) -> dict[tuple[str, str], Parameter]:
    """The parameters calling code passes, keyed by location and name."""
    found: dict[tuple[str, str], Parameter] = {}
    for owner, owner_pointer in ((op.path_item, op.path_item_pointer), (op.node, op.pointer)):
        listed_at = join(owner_pointer, "parameters")
        for index, raw in enumerate(view.sequence(owner.get("parameters"), listed_at, "parameters")):
            site = join(listed_at, index)
            node, pointer = view.resolve(raw, site, "a parameter")
            if not isinstance(node.get("name"), str) or not isinstance(node.get("in"), str):
                raise view.error(pointer, "a parameter needs a string `name` and `in`")
            parameter = Parameter(node, pointer, site)
            if parameter.location == "header" and parameter.name.lower() in IGNORED_HEADERS:
                continue
            found[(parameter.location, parameter.name)] = parameter
    return found


def compare_parameters(cmp: Comparison, old_op: Operation, new_op: Operation) -> None:
    old_params = parameters_of(cmp.old, old_op)
    new_params = parameters_of(cmp.new, new_op)
    for key, old in old_params.items():
        new = new_params.get(key)
        if new is None:
            cmp.add("parameter_removed", "breaking", old.site, f"{old.subject} removed", old.name, None)
            continue
        if new.required and not old.required:
            cmp.add(
                "parameter_made_required",
                "breaking",
                new.pointer,
                f"{new.subject} is now required",
                False,
                True,
            )
        elif old.required and not new.required:
            cmp.add("parameter_made_optional", "new", new.pointer, f"{new.subject} is now optional", True, False)
        if new.node.get("deprecated") is True and old.node.get("deprecated") is not True:
            cmp.add("parameter_deprecated", "deprecated", new.pointer, f"{new.subject} is deprecated")
        old_schema, new_schema = old.schema(), new.schema()
        if old_schema is not None and new_schema is not None:
            compare_schema(cmp, "request", old_schema, new_schema, Place(new.subject, "", cmp.operation, new.name))
    for key, new in new_params.items():
        if key in old_params:
            continue
        if new.required:
            cmp.add(
                "parameter_added_required",
                "breaking",
                new.site,
                f"new required {new.subject}",
                None,
                new.name,
            )
        else:
            cmp.add("parameter_added", "new", new.site, f"new optional {new.subject}", None, new.name)


def compare_request_body(cmp: Comparison, old_op: Operation, new_op: Operation) -> None:
    old_site, new_site = join(old_op.pointer, "requestBody"), join(new_op.pointer, "requestBody")
    has_old, has_new = "requestBody" in old_op.node, "requestBody" in new_op.node
    if not has_old and not has_new:
        return
    if not has_new:
        cmp.add("request_body_removed", "breaking", old_site, "request body removed")
        return
    new_body, new_pointer = cmp.new.resolve(new_op.node["requestBody"], new_site, "a request body")
    new_required = new_body.get("required") is True
    if not has_old:
        if new_required:
            cmp.add("request_body_added_required", "breaking", new_site, "new required request body")
        else:
            cmp.add("request_body_added", "new", new_site, "new optional request body")
        return
    old_body, old_pointer = cmp.old.resolve(old_op.node["requestBody"], old_site, "a request body")
    if new_required and old_body.get("required") is not True:
        cmp.add("request_body_made_required", "breaking", new_pointer, "request body is now required", False, True)
    compare_content(cmp, "request", (old_body, old_pointer), (new_body, new_pointer), "body")
