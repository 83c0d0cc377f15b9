"""Compare two versions of the OpenAPI document for what they do to code that calls the client.

Operations pair up by operationId, then by method and path (see `operations.py`); each pair is
checked for identity (`identity.py`), deprecation, security, parameters and request body
(`request_side.py`), and responses (`response_side.py`); schemas are compared direction-aware
(`schemas.py`). Findings, by kind (severity in brackets):

operations    operation_removed [breaking], operation_added [new], operation_id_changed,
              operation_module_changed (the first tag names the module), path_changed,
              method_changed [breaking], operation_deprecated [deprecated; `new`
              is the `x-replaced-by` operationId], operation_undeprecated [new],
              operation_replacement_changed [docs]
security      security_changed [breaking], security_alternative_added [new],
              security_scheme_changed [breaking]
document      server_url_changed [breaking] (the first server is the client's default base URL)
parameters    parameter_removed, parameter_added_required, parameter_made_required [breaking],
              parameter_added, parameter_made_optional [new], parameter_deprecated [deprecated]
request body  request_body_removed, request_body_added_required, request_body_made_required,
              request_media_type_removed [breaking], request_body_added,
              request_media_type_added [new]
request       request_field_removed, request_field_added_required, request_field_made_required,
  values      request_type_changed, request_format_changed, request_enum_added,
              request_enum_value_removed, request_constraint_tightened,
              request_variant_removed, request_not_changed, request_datetime_dropped [breaking]; request_field_added,
              request_field_made_optional, request_type_widened, request_enum_value_added,
              request_variant_added, request_datetime_accepted,
              request_datetime_layout_changed [new] (`x-strftime`: the field takes a datetime)
responses     success_status_changed (docs when what the body parses into is the same: the
              client takes any 2xx whose body fits), success_status_removed,
              response_media_type_removed [breaking], success_status_added,
              response_media_type_added [new], error_response_added, error_response_removed [docs]
response      response_field_removed, response_field_made_optional, response_field_made_nullable,
  values      response_type_changed, response_format_changed, response_enum_value_removed,
              response_variant_added, response_not_changed, response_model_closed
              (`additionalProperties: false`) [breaking]; response_field_added,
              response_enum_value_added, response_enum_opened [new] (unknown values arrive as text)
models        model_renamed [breaking]: a component schema renamed or retitled, an inline schema
              moved behind a `$ref` (or back), or a class nested in a renamed one; old and new are
              the class names, as the generator makes them in each client
any schema    field_deprecated [deprecated]
text          docs_changed [docs]: summary, description, examples, tags, info, other x-* ...

Header parameters named Accept, Content-Type or Authorization are ignored, as OpenAPI says: the
client sets those itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from generator.diff.context import Comparison
from generator.diff.deprecation import compare_deprecation, replacement_hint
from generator.diff.docs import docs_findings
from generator.diff.finding import DOCUMENT, Finding, code, grouped
from generator.diff.identity import compare_identity
from generator.diff.left_out import LeftOutReasons, reason_for
from generator.diff.models import compare_component_classes
from generator.diff.operations import pair_operations
from generator.diff.request_side import compare_parameters, compare_request_body
from generator.diff.response_side import compare_responses
from generator.diff.schemas import SchemaComparer
from generator.diff.security import compare_security, compare_security_schemes
from generator.diff.servers import compare_default_server
from generator.diff.spec_view import Side, SpecShapeError, SpecView
from generator.spec.load import Document
from generator.spec.model import Operation, SpecModel
from generator.spec.pointer import RefError

if TYPE_CHECKING:
    from generator.diff.inputs import SpecInput

__all__ = ["compare_documents", "compare_models", "compare_specs"]

LeftOutPair = tuple[LeftOutReasons | None, LeftOutReasons | None]


def compare_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Finding]:
    """`compare_models` for two documents as plain data; raises `SpecShapeError` on malformed
    input."""
    return compare_models(_model("old", _plain_keys(old)), _model("new", _plain_keys(new)))


def compare_documents(
    old: Document | SpecInput, new: Document | SpecInput, left_out: LeftOutPair = (None, None)
) -> list[Finding]:
    """`compare_models` for loaded files: read by `inputs.read_spec` (whose models are reused),
    or only loaded; a malformed part raises `InputError` at its line."""
    old_document = old if isinstance(old, Document) else old.document
    new_document = new if isinstance(new, Document) else new.document
    try:
        old_model = _model("old", old.data) if isinstance(old, Document) else old.model
        new_model = _model("new", new.data) if isinstance(new, Document) else new.model
        return compare_models(old_model, new_model, left_out)
    except SpecShapeError as exc:
        document = old_document if exc.side == "old" else new_document
        raise document.error(exc.message, exc.pointer or None) from None


def compare_models(old: SpecModel, new: SpecModel, left_out: LeftOutPair = (None, None)) -> list[Finding]:
    """One finding per distinct change (naming every operation it reaches), most serious first.

    `left_out`: the operations the generator leaves out of the old and the new client (see
    `left_out.py`); calling code never had, or no longer has, their functions.
    """
    old_view, new_view = SpecView("old", old), SpecView("new", new)
    pairing = pair_operations(old, new)
    schemas = SchemaComparer(old_view, new_view)
    findings: list[Finding] = []

    for op in pairing.removed:
        if reason_for(left_out[0], op) is not None:
            continue  # never a function of the old client
        findings.append(
            Finding(
                "operation_removed",
                "breaking",
                op.label,
                op.pointer,
                op.route,
                None,
                f"operation removed{replacement_hint(op.raw)}",
            )
        )
    for op in pairing.added:
        if reason_for(left_out[1], op) is not None:
            continue
        findings.append(
            Finding("operation_added", "new", op.label, op.pointer, None, op.route, f"new operation {code(op.route)}")
        )
    for old_op, new_op in pairing.matched:
        if _left_out_finding(findings, left_out, old_op, new_op):
            continue
        cmp = Comparison(old_view, new_view, old_op.label, findings, schemas)
        compare_identity(cmp, old_op, new_op)
        compare_deprecation(cmp, old_op, new_op)
        compare_security(cmp, old_op, new_op)
        compare_parameters(cmp, old_op, new_op)
        compare_request_body(cmp, old_op, new_op)
        compare_responses(cmp, old_op, new_op)
    findings.extend(compare_security_schemes(old_view, new_view))
    findings.extend(compare_default_server(old_view, new_view))
    findings.extend(compare_component_classes(old_view, new_view, pairing.matched))
    findings.extend(docs_findings(old_view.root, new_view.root, _operation_names(pairing.matched)))
    return grouped(findings)


def _left_out_finding(findings: list[Finding], left_out: LeftOutPair, old_op: Operation, new_op: Operation) -> bool:
    """Report an operation the generator leaves out of one client as its function removed or
    added; True when there is nothing more to compare (its function is in at most one client)."""
    old_reason, new_reason = reason_for(left_out[0], old_op), reason_for(left_out[1], new_op)
    if old_reason is None and new_reason is None:
        return False
    if old_reason is None:
        message = f"function no longer generated: {new_reason}"
        findings.append(
            Finding("operation_removed", "breaking", old_op.label, new_op.pointer, old_op.route, None, message)
        )
    elif new_reason is None:
        message = f"function now generated (left out before: {old_reason})"
        findings.append(Finding("operation_added", "new", old_op.label, new_op.pointer, None, new_op.route, message))
    return True


def _model(side: Side, root: Mapping[str, Any]) -> SpecModel:
    try:
        return SpecModel.build(root)
    except RefError as exc:
        raise SpecShapeError(side, exc.pointer, exc.message) from None


def _plain_keys(value: Any) -> Any:
    """YAML reads `200:` as an int key; pointers and status checks want strings everywhere."""
    if isinstance(value, Mapping):
        return {str(key): _plain_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain_keys(item) for item in value]
    return value


def _operation_names(matched: list[tuple[Operation, Operation]]) -> Callable[[str], str]:
    """Name a docs edit after the operation it is in, when that operation did not move."""
    names = {new.pointer: old.label for old, new in matched if old.pointer == new.pointer}

    def operation_at(pointer: str) -> str:
        for prefix, name in names.items():
            if pointer.startswith(prefix + "/"):
                return name
        return DOCUMENT

    return operation_at
