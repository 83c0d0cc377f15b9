"""Read the two documents of a diff: any valid OpenAPI 3.0 or 3.1 document is compared.

What is valid is what the OpenAPI meta-schema of the document's version says (through
openapi-spec-validator's copy of it), not what upstream's document model can hold: a 3.1 document
with `items: false`, `enum: []` or boolean schemas is valid JSON Schema 2020-12 and gets a report,
even though no client can be generated from it (the findings that touch such a schema say so).
Upstream's model is tried first, as `regen` reads a document: it is several times faster than the
meta-schema on a large document (Stripe's: 3 s against 9), so the meta-schema is asked only about
a document upstream refuses, and then decides.

A Swagger 2.0 document, one without a 3.0/3.1 `openapi` version, one the meta-schema rejects, one
with an unresolvable or external `$ref` or a repeated operationId (the diff pairs operations by
them) raises `InputError` (exit 2) with FILE:LINE:COLUMN and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError, best_match
from openapi_spec_validator.schemas import openapi_v30_schema_validator, openapi_v31_schema_validator

from generator.errors import InputError
from generator.spec.load import Document, load_document
from generator.spec.model import SpecModel
from generator.spec.pointer import RefError, pointer_of, ref_target
from generator.spec.prepare import upstream_input
from generator.spec.validate import (
    check_refs,
    check_structure,
    check_version,
    document_refs,
    operation_id_problems,
    shortened,
)


@dataclass(frozen=True)
class SpecInput:
    """A document read for the diff, with its model (every `$ref` in it resolved)."""

    document: Document
    model: SpecModel


def read_spec(path: Path) -> SpecInput:
    document = load_document(path)
    check_version(document)
    found = list(document_refs(document.data))
    check_refs(document, False, found)
    try:
        model = SpecModel.build(document.data)
        for ref, at in found:
            if ref_target(ref) is not None:
                model.resolver.resolve({"$ref": ref}, at)
    except RefError as exc:
        raise document.error(exc.message, exc.pointer) from None
    try:
        check_structure(document, upstream_input(model))
    except InputError:
        _check_meta_schema(document)  # valid all the same: compared, though upstream cannot model it
    if problems := operation_id_problems(model):
        raise document.error(problems[0].message, problems[0].pointer)
    return SpecInput(document, model)


def _check_meta_schema(document: Document) -> None:
    """The first thing the meta-schema of the document's OpenAPI version rejects, located."""
    version = str(document.data.get("openapi"))
    validator: Any = openapi_v31_schema_validator if version.startswith("3.1") else openapi_v30_schema_validator
    error = best_match(validator.iter_errors(document.data))
    if error is None:
        return
    while error.context:
        error = best_match(error.context)
    path = list(error.absolute_path)
    missing = _missing_property(error)
    if missing is not None:
        path.append(missing)
    raise document.error(f"invalid OpenAPI: {shortened(error.message, 200)}", pointer_of(path) or None)


def _missing_property(error: ValidationError) -> str | None:
    """For "'info' is a required property", the missing name (the error sits on its parent)."""
    names: Any = error.validator_value
    if error.validator != "required" or not isinstance(error.instance, dict) or not isinstance(names, list):
        return None
    return next((str(name) for name in names if name not in error.instance), None)
