"""Read an OpenAPI document from disk, keeping where each value came from.

Errors name the file, line and column; later stages ask `Document.locate` for the position of a
JSON pointer so that their messages can do the same.

A document may be hostile, so reading it is bounded: its size, how deep it nests and how many
values it expands to (YAML aliases can make a small file expand exponentially, the "billion
laughs") are capped before anything walks it, and a YAML alias that contains itself is refused.
"""

from __future__ import annotations

import json
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import InputError

# The largest public OpenAPI documents (GitHub's, Stripe's) are 10-15 MB; anything bigger is a
# mistake or an attack, and every later stage holds several copies of the document in memory.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
# Real documents nest 20-30 levels at most. Later stages (upstream's parser, jsonschema, the YAML
# dumper) recurse per level, so a deeper document would end in a RecursionError, not a message.
MAX_DEPTH = 100
# Values after YAML alias expansion. Later stages walk (and copy) the expanded tree, so this bounds
# their time and memory; a 20 MB document without aliases holds a few million values at most.
MAX_VALUES = 5_000_000
# Aliases may repeat parts of a document, but not make it this many times larger: a billion-laughs
# document is a few hundred nodes expanding to billions, refused long before MAX_VALUES.
MAX_ALIAS_EXPANSION = 10

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it: 10x faster


@dataclass
class Document:
    path: Path
    data: dict[str, Any]
    raw: bytes
    _node: yaml.Node | None = field(default=None, repr=False)

    def locate(self, pointer: str) -> tuple[int | None, int | None]:
        """Line and column (1-based) of the value at a JSON pointer, or of its nearest parent."""
        node = self._node
        if node is None:
            return None, None
        best = node
        for token in _pointer_tokens(pointer):
            child = _child(node, token)
            if child is None:
                break
            node = best = child
        return best.start_mark.line + 1, best.start_mark.column + 1

    def error(self, message: str, pointer: str | None = None) -> InputError:
        """An error at the value a pointer names; without one (or a position), at the document's start."""
        line, column = self.locate(pointer) if pointer else (None, None)
        return InputError(self.path, message, line or 1, column or 1, pointer)


def _pointer_tokens(pointer: str) -> list[str]:
    if not pointer or pointer == "/":
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]


def _child(node: yaml.Node, token: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == token:
                return value
    elif isinstance(node, yaml.SequenceNode) and token.isdigit():
        index = int(token)
        if index < len(node.value):
            return node.value[index]
    return None


def load_document(path: Path) -> Document:
    """Parse a YAML or JSON file into a mapping, or raise `InputError` saying where it is wrong."""
    raw = _read(path)
    text = _decode(path, raw)
    if path.suffix.lower() == ".json":
        data = _load_json(path, text)
        node = _compose_for_locations(text)
    else:
        node = _compose_yaml(path, text)
        data = _construct_yaml(path, text, node)

    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "nothing"
        raise InputError(path, f"top level is {kind}, expected a mapping (an OpenAPI object)", 1, 1)
    doc = Document(path=path, data=data, raw=raw, _node=node)
    _check_strings(doc)
    return doc


def _read(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a directory, expected an OpenAPI document")
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device (/dev/zero) would never end
        raise InputError(path, "is not a regular file, expected an OpenAPI document")
    if info.st_size > MAX_DOCUMENT_BYTES:
        message = f"is {info.st_size} bytes; documents over {MAX_DOCUMENT_BYTES} bytes are refused"
        raise InputError(path, message, 1, 1)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror}") from None
    if len(raw) > MAX_DOCUMENT_BYTES:  # grew while we looked
        raise InputError(path, f"is over {MAX_DOCUMENT_BYTES} bytes; larger documents are refused", 1, 1)
    return raw


def _decode(path: Path, raw: bytes) -> str:
    if not raw.strip():
        raise InputError(path, "is empty, expected an OpenAPI document", 1, 1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(path, "is not UTF-8 text (binary file?)", line, 1) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError(path, "contains a NUL byte (binary file?)", line, 1)
    return text.removeprefix("\ufeff")  # a byte order mark is legal in both formats but trips json


def _too_deep(path: Path, line: int | None = None, column: int | None = None) -> InputError:
    return InputError(path, f"nests deeper than {MAX_DEPTH} levels; such documents are refused", line, column)


def _load_json(path: Path, text: str) -> Any:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in items:
            if key in found:
                raise _DuplicateKey(key)
            found[key] = value
        return found

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"invalid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    except ValueError as exc:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        digits = re.search(rf"\d{{{sys.get_int_max_str_digits() + 1},}}", text)
        where = _text_position(text, digits.start()) if digits else (1, 1)
        raise InputError(path, f"invalid number: {exc}".split(";")[0], *where) from None
    except _DuplicateKey as exc:
        line, column = _find_key(text, exc.key)
        raise InputError(path, f"duplicate key {exc.key!r} in a JSON object", line, column) from None
    except RecursionError:
        raise _too_deep(path, *_json_too_deep_at(text)) from None
    depth, _ = _measure_data(data)
    if depth > MAX_DEPTH:
        raise _too_deep(path, *_json_too_deep_at(text))
    return data


def _json_too_deep_at(text: str) -> tuple[int | None, int | None]:
    """Where JSON text first opens more than MAX_DEPTH arrays or objects (strings skipped)."""
    depth, in_string, escaped = 0, False, False
    for offset, character in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return _text_position(text, offset)
        elif character in "]}":
            depth -= 1
    return None, None


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _text_position(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _find_key(text: str, key: str) -> tuple[int | None, int | None]:
    """The position of the second occurrence of a JSON key, for the duplicate-key message."""
    needle = json.dumps(key) + ":"
    first = text.replace('" :', '":').find(needle)
    second = text.replace('" :', '":').find(needle, first + 1) if first >= 0 else -1
    if second < 0:
        return None, None
    return text.count("\n", 0, second) + 1, second - text.rfind("\n", 0, second)


def _compose_for_locations(text: str) -> yaml.Node | None:
    """JSON is read by `json`; YAML's view of the same text only supplies line numbers."""
    try:
        _scan_events(Path("-"), text)
        return _compose(text)
    except (yaml.YAMLError, InputError, RecursionError):
        return None  # valid JSON that PyYAML's YAML 1.1 cannot read: messages lose their line


def _yaml_error(path: Path, exc: yaml.MarkedYAMLError) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    message = f"invalid YAML: {exc.problem or exc.context}"
    if mark is None:
        return InputError(path, message)
    return InputError(path, message, mark.line + 1, mark.column + 1)


def _compose_yaml(path: Path, text: str) -> yaml.Node:
    try:
        _scan_events(path, text)
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(path, exc) from None
    except yaml.YAMLError as exc:
        raise InputError(path, f"invalid YAML: {exc}") from None
    if node is None:
        raise InputError(path, "holds no YAML document, expected an OpenAPI document", 1, 1)
    _measure_nodes(path, node)
    return node


def _scan_events(path: Path, text: str) -> None:
    """Check nesting depth on the flat event stream, before anything recursive touches the text."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise _too_deep(path, mark.line + 1, mark.column + 1)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _compose(text: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _node_children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


def _measure_nodes(path: Path, root: yaml.Node) -> None:
    """Refuse alias bombs and self-containing aliases, counting shared nodes once per use.

    Aliases make the node graph a DAG (or, for `&a [*a]`, a cycle); the expanded size and depth
    are computed bottom-up with each node visited once, so this is linear in the file size.
    """
    sizes: dict[int, tuple[int, int]] = {}  # id(node) -> (values when expanded, depth)
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            children = [sizes[id(child)] for child in _node_children(node)]
            size = 1 + sum(count for count, _ in children)
            depth = 1 + max((d for _, d in children), default=0)
            mark = node.start_mark
            if size > MAX_VALUES:
                raise InputError(
                    path,
                    f"expands to more than {MAX_VALUES} values (YAML aliases repeating a subtree?); "
                    "such documents are refused",
                    mark.line + 1,
                    mark.column + 1,
                )
            if depth > MAX_DEPTH:
                raise _too_deep(path, mark.line + 1, mark.column + 1)
            sizes[key] = (size, depth)
            continue
        if key in sizes:
            continue
        if key in on_path:
            mark = node.start_mark
            raise InputError(
                path, "a YAML alias contains itself (a recursive structure)", mark.line + 1, mark.column + 1
            )
        on_path.add(key)
        stack.append((node, True))
        for child in _node_children(node):
            child_key = id(child)
            if child_key in on_path:
                mark = child.start_mark
                raise InputError(
                    path, "a YAML alias contains itself (a recursive structure)", mark.line + 1, mark.column + 1
                )
            if child_key not in sizes:
                stack.append((child, False))
    expanded, distinct = sizes[id(root)][0], len(sizes)
    if expanded > MAX_ALIAS_EXPANSION * distinct + 100_000:
        raise InputError(
            path,
            f"YAML aliases expand its {distinct} values to {expanded} (more than {MAX_ALIAS_EXPANSION} times); "
            "such documents are refused",
            1,
            1,
        )


class _Constructor(yaml.constructor.SafeConstructor):
    """SafeLoader's constructor that refuses duplicate keys and keys that are not text.

    YAML reads `200:` as an integer; OpenAPI keys are strings, so integer keys become their text
    (what the author meant). Other non-string keys (`yes:`, `null:`, dates) are refused.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        # Keys merged in with `<<: *anchor` may be overridden by the mapping's own keys; only the
        # mapping's own keys must be unique.
        own = [key for key, _ in node.value if key.tag != "tag:yaml.org,2002:merge"]
        seen: set[str] = set()
        for key_node in own:
            key = self._key(key_node, deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} in a mapping", key_node.start_mark
                )
            seen.add(key)
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            mapping[self._key(key_node, deep)] = self.construct_object(value_node, deep=deep)
        return mapping

    def _key(self, key_node: yaml.Node, deep: bool) -> str:
        key = self.construct_object(key_node, deep=deep)
        if isinstance(key, int) and not isinstance(key, bool):
            return str(key)
        if not isinstance(key, str):
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"mapping key {getattr(key_node, 'value', key)!r} is read as {type(key).__name__}, not text; quote it",
                key_node.start_mark,
            )
        return key

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        try:
            return super().construct_yaml_int(node)
        except ValueError as exc:  # longer than Python converts (sys.get_int_max_str_digits)
            raise yaml.constructor.ConstructorError(
                None, None, f"invalid number: {exc}".split(";")[0], node.start_mark
            ) from None


_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_yaml_int)


def _construct_yaml(path: Path, text: str, node: yaml.Node) -> Any:
    constructor = _Constructor()
    try:
        return constructor.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(path, exc) from None
    except RecursionError:
        raise _too_deep(path) from None


def _measure_data(data: Any) -> tuple[int, int]:
    """Depth and value count of parsed JSON (a tree: JSON has no aliases)."""
    deepest, count = 0, 0
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        count += 1
        deepest = max(deepest, depth)
        if isinstance(value, dict):
            stack.extend((child, depth + 1) for child in value.values())
        elif isinstance(value, list):
            stack.extend((child, depth + 1) for child in value)
    return deepest, count


def _check_strings(doc: Document) -> None:
    """Refuse text that cannot be written back out as UTF-8 (lone surrogates from `\\ud800` escapes)."""
    seen: set[int] = set()
    stack: list[tuple[Any, list[Any]]] = [(doc.data, [])]
    while stack:
        value, parts = stack.pop()
        if isinstance(value, (dict, list)):
            if id(value) in seen:  # shared through a YAML alias: checked once
                continue
            seen.add(id(value))
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, child in items:
                if isinstance(key, str):
                    _check_text(doc, key, [*parts, key])
                stack.append((child, [*parts, key]))
        elif isinstance(value, str):
            _check_text(doc, value, parts)


def _check_text(doc: Document, text: str, parts: list[Any]) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        from generator.pointer import pointer_of

        escape = f"\\u{ord(text[exc.start]):04x}"
        error = doc.error(f"contains a lone surrogate ({escape}), which is not text", pointer_of(parts) or None)
        if doc._node is None:  # JSON that YAML could not read: find the escape in the text itself
            source = doc.raw.decode("utf-8")
            if (found := source.lower().find(escape)) >= 0:
                error.line, error.column = _text_position(source, found)
        raise error from None
