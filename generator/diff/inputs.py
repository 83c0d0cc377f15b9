"""Read the two documents of a diff the way `regen` reads a spec, so both refuse the same input.

A Swagger 2.0 document, one without a 3.0/3.1 `openapi` version, one with a structural error or
an unresolvable `$ref` raises `InputError` (exit 2) with the located message `regen` would print;
comparing such a document would report on a misreading of it. What only generating code needs
(Python names, escapable text) is not checked: the diff reports on any valid document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.spec.load import Document, load_document
from generator.spec.model import SpecModel
from generator.spec.validate import validate_structure


@dataclass(frozen=True)
class SpecInput:
    """A document read for the diff, with the model `validate_structure` built of it."""

    document: Document
    model: SpecModel


def read_spec(path: Path) -> SpecInput:
    document = load_document(path)
    return SpecInput(document, validate_structure(document).model)
