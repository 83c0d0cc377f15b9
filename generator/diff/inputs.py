"""Read the two documents of a diff the way `regen` reads a spec, so both refuse the same input.

A Swagger 2.0 document, one without a 3.0/3.1 `openapi` version, one with a structural error or
an unresolvable `$ref` raises `InputError` (exit 2) with the located message `regen` would print;
comparing such a document would report on a misreading of it. What only generating code needs
(Python names, escapable text) is not checked: the diff reports on any valid document.
"""

from __future__ import annotations

from pathlib import Path

from generator.load import Document, load_document
from generator.validate import validate_structure


def read_spec(path: Path) -> Document:
    document = load_document(path)
    validate_structure(document)
    return document
