"""Edits that change what the reader is told but not what the client does.

The walk compares the two documents at the same pointers, so text under a moved operation is
not compared (the move itself is already reported). Only a count of these reaches the text and
Markdown reports; JSON lists them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from generator.diff.finding import Finding, code, plain
from generator.spec.pointer import RefError, Resolver, join, unescape

DOC_KEYWORDS = frozenset(
    {
        "summary",
        "description",
        "title",
        "example",
        "examples",
        "externalDocs",
        "tags",
        "bearerFormat",
        "$comment",
    }
)
IGNORED_KEYWORDS = frozenset({"x-replaced-by", "x-strftime"})
"""Reported by their own checks (deprecation, request schemas); `info.version` is skipped too:
it is the spec's version, not an edit. A server's `url` is not text either (see specdiff)."""

_NAME_MAPS = frozenset(
    {
        "paths",
        "properties",
        "patternProperties",
        "responses",
        "content",
        "schemas",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "encoding",
        "variables",
        "mapping",
        "webhooks",
        "$defs",
        "definitions",
        "dependentSchemas",
        "pathItems",
    }
)
"""Mappings whose keys are names that the spec author chose, not keywords (a property may be
called `description`)."""


def docs_findings(old: Mapping[str, Any], new: Mapping[str, Any], operation_at: Callable[[str], str]) -> list[Finding]:
    """`operation_at(pointer)` names the operation a pointer is in, or `DOCUMENT`."""
    findings = []
    walk = _Walk(old, new)
    for pointer, before, after in walk.walk(old, new, "", keys_are_names=False):
        change = "added" if before is None else "removed" if after is None else "changed"
        keyword = unescape(pointer.rsplit("/", 1)[-1])
        findings.append(
            Finding(
                "docs_changed",
                "docs",
                operation_at(pointer),
                pointer,
                plain(before),
                plain(after),
                f"{code(keyword)} {change}",
            )
        )
    return findings


class _Walk:
    """Both documents, for following a `$ref` that only one side has: inlining a schema (or
    moving one behind a `$ref`) without changing its text is no edit."""

    def __init__(self, old_root: Mapping[str, Any], new_root: Mapping[str, Any]) -> None:
        self.old, self.new = Resolver(old_root), Resolver(new_root)
        self.followed: set[tuple[str, str]] = set()

    def walk(self, old: Any, new: Any, pointer: str, keys_are_names: bool) -> Iterator[tuple[str, Any, Any]]:
        if old is new or old == new:
            return  # the same text, `$ref`s included: nothing to follow
        if isinstance(old, Mapping) and isinstance(new, Mapping):
            if old.get("$ref") != new.get("$ref"):
                old, new = self._follow(old, new)
                if old is None:
                    return
            for key in sorted(set(old) | set(new), key=str):
                child = join(pointer, key)
                if not keys_are_names and _is_doc_keyword(pointer, str(key)):
                    if old.get(key) != new.get(key):
                        yield child, old.get(key), new.get(key)
                elif key in old and key in new:
                    yield from self.walk(old[key], new[key], child, not keys_are_names and key in _NAME_MAPS)
        elif isinstance(old, list) and isinstance(new, list):
            for index, before, after in _pairs(old, new):
                yield from self.walk(before, after, join(pointer, index), False)

    def _follow(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[Any, Any]:
        """Both sides with their `$ref` followed (once per pair of targets, so cycles end)."""
        old_ref, new_ref = old.get("$ref"), new.get("$ref")
        key = (str(old_ref), str(new_ref))
        if key in self.followed:
            return None, None
        self.followed.add(key)
        return _target(self.old, old), _target(self.new, new)


def _target(resolver: Resolver, node: Mapping[str, Any]) -> Mapping[str, Any]:
    """What a local `$ref` names, with the keys written beside it; the node itself otherwise."""
    try:
        target = resolver.mapping(node, "")
    except RefError:
        return node
    if target is None:
        return node
    return {**target, **{key: value for key, value in node.items() if key != "$ref"}}


def _is_doc_keyword(pointer: str, key: str) -> bool:
    if key in IGNORED_KEYWORDS or (pointer == "/info" and key == "version"):
        return False
    return key in DOC_KEYWORDS or key.startswith("x-") or pointer == "/info"


def _pairs(old: list[Any], new: list[Any]) -> Iterator[tuple[int, Any, Any]]:
    """Items that are the same thing in both lists: parameters by `in` and `name`, schemas by
    their `$ref` or `title` (a union that gains a branch in the middle is no text edit of the
    branches after it), other items in order. The index is the new one, so pointers point into
    the new document.
    """
    old_keys = [_item_key(item) for item in old]
    new_keys = [_item_key(item) for item in new]
    keyed = [key for key in old_keys if key is not None]
    if len(set(keyed)) < len(keyed):  # the same key twice: nothing to pair by
        old_keys = [None] * len(old)
        new_keys = [None] * len(new)
    old_by_key = {key: item for key, item in zip(old_keys, old, strict=True) if key is not None}
    old_unkeyed = iter([item for key, item in zip(old_keys, old, strict=True) if key is None])
    for index, (key, item) in enumerate(zip(new_keys, new, strict=True)):
        if key is None:
            before = next(old_unkeyed, _NO_ITEM)
            if before is not _NO_ITEM:
                yield index, before, item
        elif key in old_by_key:
            yield index, old_by_key[key], item


_NO_ITEM = object()


def _item_key(item: Any) -> tuple[str, ...] | None:
    if not isinstance(item, Mapping):
        return None
    if "name" in item and "in" in item:
        return "parameter", str(item["in"]), str(item["name"])
    if isinstance(item.get("$ref"), str):
        return "$ref", item["$ref"]
    if isinstance(item.get("title"), str):
        return "title", item["title"]
    return None
