"""Component schemas whose generated class changes name: a renamed schema, or a new `title`.

Calling code imports model classes by name, so a rename breaks it even when every field stays the
same; regen's surface check sees the class removed and another added, and this reports the pair as
one rename, with both class names. A removed schema pairs with an added one when their content is
the same apart from text, or when the places that referred to the old one now refer to the new (in
an operation that moved to another path too, and inside a shared response or a renamed schema).
(An inline schema moved behind a `$ref` is found where it sits, by `schemas.py`.)
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from generator.diff.docs import DOC_KEYWORDS
from generator.diff.finding import DOCUMENT, Finding, code
from generator.diff.schema_shape import makes_class
from generator.diff.spec_view import SpecView, join
from generator.naming.class_names import component_class
from generator.spec.model import Operation
from generator.spec.pointer import lookup, ref_target

PREFIX = "#/components/schemas/"


def compare_component_classes(
    old: SpecView, new: SpecView, matched: Iterable[tuple[Operation, Operation]] = ()
) -> list[Finding]:
    """`matched`: the operations paired old to new (`operations.pair_operations`)."""
    old_schemas, new_schemas = _schemas(old), _schemas(new)
    moved = [(old_op, new_op) for old_op, new_op in matched if old_op.pointer != new_op.pointer]
    findings = []
    for name, renamed in _renames(old, new, old_schemas, new_schemas, moved).items():
        findings.append(_rename(name, renamed, old_schemas[name], new_schemas[renamed]))
    for name, node in new_schemas.items():
        if name in old_schemas:
            finding = _rename(name, name, old_schemas[name], node)
            if finding.old != finding.new:
                findings.append(finding)
    return [finding for finding in findings if finding.old != finding.new]


def _rename(old_name: str, new_name: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> Finding:
    old_class = component_class(old_name, _title(old))
    new_class = component_class(new_name, _title(new))
    why = f"schema {code(old_name)} -> {code(new_name)}" if old_name != new_name else "its `title` changed"
    return Finding(
        "model_renamed",
        "breaking",
        DOCUMENT,
        join("/components/schemas", new_name),
        old_class,
        new_class,
        f"model class {code(old_class)} renamed to {code(new_class)} ({why})",
    )


def _title(node: Mapping[str, Any]) -> str | None:
    title = node.get("title")
    return title if isinstance(title, str) and title else None


def _schemas(view: SpecView) -> dict[str, Mapping[str, Any]]:
    """Component schemas the generator makes a class for, by name."""
    return {
        name: schema.raw
        for name, schema in view.model.schemas.items()
        if isinstance(schema.raw, Mapping) and "$ref" not in schema.raw and makes_class(schema.raw)
    }


def _renames(
    old: SpecView,
    new: SpecView,
    old_schemas: dict[str, Mapping[str, Any]],
    new_schemas: dict[str, Mapping[str, Any]],
    moved: list[tuple[Operation, Operation]],
) -> dict[str, str]:
    removed = [name for name in old_schemas if name not in new_schemas]
    added = [name for name in new_schemas if name not in old_schemas]
    if not removed or not added:
        return {}
    pairs: dict[str, str] = {}
    changes = _RefChanges(old, new, removed, added)
    walks = [changes.walk(old.root, new.root)]
    walks += [changes.walk(old_op.raw, new_op.raw) for old_op, new_op in moved]
    votes = Counter((before, after) for walk in walks for before, after in walk if before in removed and after in added)
    for (before, after), _ in votes.most_common():
        if before not in pairs and after not in pairs.values():
            pairs[before] = after
    by_content: dict[str, list[str]] = {}
    for name in added:
        if name not in pairs.values():
            by_content.setdefault(_canonical(new_schemas[name], {}), []).append(name)
    for name in removed:
        if name in pairs:
            continue
        twins = by_content.get(_canonical(old_schemas[name], pairs), [])
        if len(twins) == 1:
            pairs[name] = twins.pop()
    return pairs


class _RefChanges:
    """(old schema name, new schema name) wherever the same place refers to different schemas.

    The walk starts at the document roots and at each operation that moved (paired by
    `operations.py`, so its old and new paths differ). Where both sides refer to different
    shared objects (a response, a parameter), it goes on into them; where they refer to a schema
    that only the old document has and one only the new has, it goes on into that pair too, so a
    renamed schema's renamed parts are found.
    """

    def __init__(self, old: SpecView, new: SpecView, removed: list[str], added: list[str]) -> None:
        self.old_root, self.new_root = old.root, new.root
        self.removed, self.added = set(removed), set(added)
        self.seen: set[tuple[str, str]] = set()

    def walk(self, old: Any, new: Any) -> Iterator[tuple[str, str]]:
        if isinstance(old, Mapping) and isinstance(new, Mapping):
            before, after = old.get("$ref"), new.get("$ref")
            if isinstance(before, str) and isinstance(after, str):
                yield from self._refs(before, after)
                return
            for key in old:
                if key in new:
                    yield from self.walk(old[key], new[key])
        elif isinstance(old, list) and isinstance(new, list):
            for before, after in zip(old, new, strict=False):
                yield from self.walk(before, after)

    def _refs(self, before: str, after: str) -> Iterator[tuple[str, str]]:
        if before == after:
            return  # the same object: the walk from the roots compares it with itself
        schemas = before.startswith(PREFIX) and after.startswith(PREFIX)
        if schemas:
            yield before[len(PREFIX) :], after[len(PREFIX) :]  # a vote each time it is seen
        if (before, after) in self.seen:
            return  # gone into already (and refs can cycle)
        self.seen.add((before, after))
        if schemas and (before[len(PREFIX) :] not in self.removed or after[len(PREFIX) :] not in self.added):
            return
        old_target, new_target = ref_target(before), ref_target(after)
        if old_target is None or new_target is None:
            return
        (old_found, old_node), (new_found, new_node) = (
            lookup(self.old_root, old_target),
            lookup(self.new_root, new_target),
        )
        if old_found and new_found:
            yield from self.walk(old_node, new_node)


def _canonical(node: Any, renames: Mapping[str, str]) -> str:
    return json.dumps(_without_text(node, renames), sort_keys=True, default=str)


def _without_text(node: Any, renames: Mapping[str, str]) -> Any:
    if isinstance(node, Mapping):
        out = {}
        for key, value in node.items():
            if key in DOC_KEYWORDS or str(key).startswith("x-"):
                continue
            if key == "$ref" and isinstance(value, str) and value.startswith(PREFIX):
                name = value[len(PREFIX) :]
                value = PREFIX + renames.get(name, name)
            out[str(key)] = _without_text(value, renames)
        return out
    if isinstance(node, list):
        return [_without_text(item, renames) for item in node]
    return node
