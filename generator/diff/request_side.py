"""What the caller passes: parameters (path, query, header, cookie) and the request body."""

from __future__ import annotations

from collections.abc import Mapping

from generator.diff.content import compare_content
from generator.diff.context import Comparison
from generator.diff.finding import code
from generator.diff.schema_shape import Sub
from generator.diff.schemas import Place, compare_schema
from generator.diff.spec_view import join
from generator.naming.class_names import argument_name
from generator.spec.model import Operation, Parameter

IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
"""OpenAPI says these header parameters "SHALL be ignored"; the client sets them itself (the
generator sends the `Accept` value the spec names), so calling code never passes them."""


def parameters_of(op: Operation) -> dict[tuple[str, str], Parameter]:
    """The parameters calling code passes (path-level ones unless the operation overrides them),
    keyed by location and the Python name of the argument (`eventId` and `event_id` are one)."""
    return {
        (parameter.location, argument_name(parameter.name)): parameter
        for parameter in op.parameters
        if not (parameter.location == "header" and parameter.name.lower() in IGNORED_HEADERS)
    }


def _subject(parameter: Parameter) -> str:
    return f"{parameter.location} parameter {code(parameter.name)}"


def _schema(parameter: Parameter) -> Sub | None:
    """The parameter's `schema`, or the one under its first `content` media type."""
    if "schema" in parameter.raw:
        return parameter.raw["schema"], join(parameter.pointer, "schema")
    content = parameter.raw.get("content")
    if isinstance(content, Mapping):
        for media_type, media in content.items():
            if isinstance(media, Mapping) and "schema" in media:
                return media["schema"], join(parameter.pointer, "content", media_type, "schema")
    return None


def compare_parameters(cmp: Comparison, old_op: Operation, new_op: Operation) -> None:
    old_params = parameters_of(old_op)
    new_params = parameters_of(new_op)
    for key, old in old_params.items():
        new = new_params.get(key)
        if new is None:
            cmp.add("parameter_removed", "breaking", old.pointer, f"{_subject(old)} removed", old.name, None)
            continue
        subject = _subject(new)
        if new.required and not old.required:
            cmp.add("parameter_made_required", "breaking", new.pointer, f"{subject} is now required", False, True)
        elif old.required and not new.required:
            cmp.add("parameter_made_optional", "new", new.pointer, f"{subject} is now optional", True, False)
        if new.raw.get("deprecated") is True and old.raw.get("deprecated") is not True:
            cmp.add("parameter_deprecated", "deprecated", new.pointer, f"{subject} is deprecated")
        old_schema, new_schema = _schema(old), _schema(new)
        if old_schema is not None and new_schema is not None:
            place = Place(subject, "", cmp.operation, new.name, None, cmp.operation, old.name)
            compare_schema(cmp, "request", old_schema, new_schema, place)
    for key, new in new_params.items():
        if key in old_params:
            continue
        if new.required:
            cmp.add(
                "parameter_added_required", "breaking", new.pointer, f"new required {_subject(new)}", None, new.name
            )
        else:
            cmp.add("parameter_added", "new", new.pointer, f"new optional {_subject(new)}", None, new.name)


def compare_request_body(cmp: Comparison, old_op: Operation, new_op: Operation) -> None:
    old_site, new_site = join(old_op.pointer, "requestBody"), join(new_op.pointer, "requestBody")
    old_body, new_body = old_op.body, new_op.body
    if old_body is None and new_body is None:
        return
    if new_body is None:
        cmp.add("request_body_removed", "breaking", old_site, "request body removed")
        return
    if old_body is None:
        if new_body.required:
            cmp.add("request_body_added_required", "breaking", new_site, "new required request body")
        else:
            cmp.add("request_body_added", "new", new_site, "new optional request body")
        return
    if new_body.required and not old_body.required:
        cmp.add("request_body_made_required", "breaking", new_body.pointer, "request body is now required", False, True)
    compare_content(cmp, "request", old_body, new_body, "body")
