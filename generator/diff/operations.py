"""Pair each operation of the old document with its new self.

Operations come from the spec model (`generator.spec.model`), as every stage reads them. Pairing
goes by operationId first, so a moved operation is reported as moved rather than as one removed
and one added; what is left pairs by method and path (with path parameter names ignored), so a
renamed operationId is reported as a rename.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.spec.model import Operation, SpecModel


@dataclass(frozen=True)
class Pairing:
    matched: list[tuple[Operation, Operation]]
    removed: list[Operation]
    added: list[Operation]


def pair_operations(old: SpecModel, new: SpecModel) -> Pairing:
    matched: list[tuple[Operation, Operation]] = []
    paired_new: set[str] = set()
    unpaired_old: list[Operation] = []
    for op in old.operations:
        partner = new.by_id.get(op.operation_id) if op.operation_id else None
        if partner is None:
            unpaired_old.append(op)
        else:
            matched.append((op, partner))
            paired_new.add(partner.pointer)

    new_by_shape = {op.shape: op for op in new.operations if op.pointer not in paired_new}
    removed: list[Operation] = []
    for op in unpaired_old:
        partner = new_by_shape.pop(op.shape, None)
        if partner is None:
            removed.append(op)
        else:
            matched.append((op, partner))
            paired_new.add(partner.pointer)
    added = [op for op in new.operations if op.pointer not in paired_new]
    return Pairing(matched, removed, added)
