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
from generator.spec.pointer import pointer_of, tokens

# The largest public OpenAPI documents (GitHub's, Stripe's) are 10-15 MB; anything bigger is a
# mistake or an attack, and every later stage holds several copies of the document in memory.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
# Real documents nest 20-30 levels at most. Later stages (upstream's parser, jsonschema, the YAML
# dumper) recurse per level, so a deeper document would end in a RecursionError, not a message.
MAX_DEPTH = 100
# Values (mapping keys included) in the document, YAML aliases expanded. Every later stage walks
# and copies the whole tree, so this bounds their time and memory: the largest public documents
# hold a few hundred thousand; a million takes well under a minute and a gigabyte. It is counted
# on the parser's event stream, before any tree is built.
MAX_VALUES = 1_000_000
# Characters in one string (a description, an example, a key). Real descriptions run to a few
# kilobytes; longer text is data pasted by mistake, and one huge word is slow for every tool that
# wraps, escapes or formats it.
MAX_STRING_CHARS = 1_000_000
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
    _json_text: str | None = field(default=None, repr=False)  # JSON is located on demand, from its text
    _yaml_text: str | None = field(default=None, repr=False)  # YAML's node tree is rebuilt on demand

    def locate(self, pointer: str) -> tuple[int | None, int | None]:
        """Line and column (1-based) of the value at a JSON pointer, or of its nearest parent.

        Positions are worked out when asked for, which is when something is wrong: the happy path
        keeps no second copy of the document (YAML's node tree is several times its data's size).
        """
        if self._json_text is not None:
            return _json_locate(self._json_text, tokens(pointer))
        if self._node is None and self._yaml_text is not None:
            self._node = _compose(self._yaml_text)
        node = self._node
        if node is None:
            return None, None
        best = node
        for token in tokens(pointer):
            child = _child(node, token)
            if child is None:
                break
            node = best = child
        return best.start_mark.line + 1, best.start_mark.column + 1

    def error(self, message: str, pointer: str | None = None) -> InputError:
        """An error at the value a pointer names; without one (or a position), at the document's start."""
        line, column = self.locate(pointer) if pointer else (None, None)
        return InputError(self.path, message, line or 1, column or 1, pointer)


def _child(node: yaml.Node, token: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == token:
                found: yaml.Node = value
                return found
    elif isinstance(node, yaml.SequenceNode) and token.isdigit():
        index = int(token)
        if index < len(node.value):
            item: yaml.Node = node.value[index]
            return item
    return None


def load_document(path: Path, max_bytes: int | None = None) -> Document:
    """Parse a YAML or JSON file into a mapping, or raise `InputError` saying where it is wrong.

    `max_bytes`: larger files are refused; `MAX_DOCUMENT_BYTES` unless given (the spec
    snapshot, a dump that can be larger than the spec it was made from, is read with the
    records' cap)."""
    raw = _read(path, MAX_DOCUMENT_BYTES if max_bytes is None else max_bytes)
    text = _decode(path, raw)
    json_text = yaml_text = None
    if path.suffix.lower() == ".json":
        data = _load_json(path, text)
        json_text = text
    else:
        data = _construct_yaml(path, text, _compose_yaml(path, text))
        yaml_text = text

    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "nothing"
        raise InputError(path, f"top level is {kind}, expected a mapping (an OpenAPI object)", 1, 1)
    doc = Document(path=path, data=data, raw=raw, _json_text=json_text, _yaml_text=yaml_text)
    _check_strings(doc)
    return doc


def _read(path: Path, max_bytes: int) -> bytes:
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
    if info.st_size > max_bytes:
        message = f"is {info.st_size} bytes; documents over {max_bytes} bytes are refused"
        raise InputError(path, message, 1, 1)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror}") from None
    if len(raw) > max_bytes:  # grew while we looked
        raise InputError(path, f"is over {max_bytes} bytes; larger documents are refused", 1, 1)
    return raw


def _decode(path: Path, raw: bytes) -> str:
    if not raw.strip():
        raise InputError(path, "is empty, expected an OpenAPI document", 1, 1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        # The valid text before the bad byte gives its line and column, counted in characters.
        before = raw[: exc.start].decode("utf-8")
        line, column = _text_position(before, len(before))
        byte = raw[exc.start : exc.start + 1].hex()
        raise InputError(path, f"is not UTF-8 text (byte 0x{byte}; Latin-1 or binary?)", line, column) from None
    if "\x00" in text:
        raise InputError(path, "contains a NUL byte (binary file?)", *_text_position(text, text.index("\x00")))
    return text.removeprefix("\ufeff")  # a byte order mark is legal in both formats but trips json


def _at(mark: Any) -> tuple[int | None, int | None]:
    """1-based line and column of a YAML mark (None, None without one)."""
    if mark is None:
        return None, None
    return mark.line + 1, mark.column + 1


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
        raise InputError(path, f"invalid JSON: {exc.msg}", *_text_position(text, exc.pos)) from None
    except ValueError as exc:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        digits = re.search(rf"\d{{{sys.get_int_max_str_digits() + 1},}}", text)
        where = _text_position(text, digits.start()) if digits else (1, 1)
        raise InputError(path, f"invalid number: {exc}".split(";")[0], *where) from None
    except _DuplicateKey as exc:
        line, column = _json_duplicate_at(text, exc.key)
        raise InputError(path, f"duplicate key {exc.key!r} in a JSON object", line, column) from None
    except RecursionError:
        raise _too_deep(path, *_json_too_deep_at(text)) from None
    depth, count = _measure_data(data)
    if depth > MAX_DEPTH:
        raise _too_deep(path, *_json_too_deep_at(text))
    if count > MAX_VALUES:
        raise _too_many(path, *_json_value_at(text, MAX_VALUES + 1))
    return data


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _text_position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of `offset`; CRLF, CR and LF each end a line."""
    line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    breaks = text.count("\n", 0, offset) + text.count("\r", 0, offset) - text.count("\r\n", 0, offset)
    return breaks + 1, offset - line_start + 1


# One JSON token after optional white space: punctuation, a string (escapes included), or a
# number or literal. Only ever run on text `json.loads` accepted, so it need not check grammar.
_JSON_TOKEN = re.compile(r'[ \t\r\n]*(?:([{}\[\],:])|("[^"\\]*(?:\\.[^"\\]*)*")|([^ \t\r\n{}\[\],:"]+))', re.DOTALL)


def _json_tokens(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, kind, token) for each token: kind `p` punctuation, `s` string, `a` number or literal."""
    for match in _JSON_TOKEN.finditer(text):
        punctuation, string, atom = match.groups()
        if punctuation is not None:
            yield match.start(1), "p", punctuation
        elif string is not None:
            yield match.start(2), "s", string
        elif atom is not None:
            yield match.start(3), "a", atom


def _json_locate(text: str, target: list[str]) -> tuple[int | None, int | None]:
    return _text_position(text, _json_offset(text, target))


def _json_offset(text: str, target: list[str]) -> int:
    """Where the value at `target` (pointer tokens) starts, or the nearest parent that exists.

    One pass over the tokens, keeping only the open containers: linear, and small in memory
    whatever the document's size.
    """
    # Per open container: is it an object, its current key or index, is it on the target's path.
    frames: list[list[Any]] = []
    best = 0
    expect_key = False
    for offset, kind, token in _json_tokens(text):
        if kind == "s" and expect_key:
            frames[-1][1] = json.loads(token)
            expect_key = False
            continue
        if kind == "p" and token in ":,]}":
            if token == ",":
                if frames[-1][0]:
                    expect_key = True
                else:
                    frames[-1][1] += 1
            elif token in "]}":
                if frames.pop()[2]:
                    break  # left a container on the path: the rest is not
            continue
        depth = len(frames)
        if depth == 0:
            on_path = True
        else:
            top = frames[-1]
            on_path = top[2] and depth <= len(target) and str(top[1]) == target[depth - 1]
        if on_path:
            best = offset
            if depth == len(target):
                break
        if token in ("{", "["):
            frames.append([token == "{", None if token == "{" else 0, on_path])
            expect_key = token == "{"
    return best


def _json_duplicate_at(text: str, key: str) -> tuple[int | None, int | None]:
    """Where a key repeats within one object: its second occurrence in that object."""
    keys: list[set[str] | None] = []  # per open container: the object's keys so far (None: an array)
    expect_key = False
    for offset, kind, token in _json_tokens(text):
        if kind == "s" and expect_key:
            expect_key = False
            name = json.loads(token)
            seen = keys[-1]
            assert seen is not None
            if name == key and name in seen:
                return _text_position(text, offset)
            seen.add(name)
        elif token in ("{", "[") and kind == "p":
            keys.append(set() if token == "{" else None)
            expect_key = token == "{"
        elif token in ("}", "]") and kind == "p":
            keys.pop()
        elif token == "," and kind == "p":
            expect_key = keys[-1] is not None
    return None, None


def _json_value_at(text: str, number: int) -> tuple[int | None, int | None]:
    """Where the `number`-th value (keys included, counting from 1) of JSON text starts."""
    seen = 0
    for offset, kind, token in _json_tokens(text):
        if kind != "p" or token in "[{":
            seen += 1
            if seen == number:
                return _text_position(text, offset)
    return None, None


def _json_too_deep_at(text: str) -> tuple[int | None, int | None]:
    """Where JSON text first opens more than MAX_DEPTH arrays or objects."""
    depth = 0
    for offset, kind, token in _json_tokens(text):
        if kind != "p":
            continue
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return _text_position(text, offset)
        elif token in "]}":
            depth -= 1
    return None, None


def _yaml_error(path: Path, exc: yaml.MarkedYAMLError) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    message = f"invalid YAML: {exc.problem or exc.context}"
    if exc.context_mark is not None and "quoted scalar" in (exc.context or ""):
        # A quote never closed runs to the end of the file: where it opens is what to fix.
        mark = exc.context_mark
        message = f"invalid YAML: this quoted string is never closed ({exc.problem})"
    if mark is None:
        return InputError(path, message)
    return InputError(path, message, mark.line + 1, mark.column + 1)


def _compose_yaml(path: Path, text: str) -> yaml.Node:
    try:
        _scan_events(path, text)
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        error = _yaml_error(path, exc)
        if (opened := _runaway_quote(text, exc)) is not None:
            where = f"line {error.line}"
            error.line, error.column = opened
            error.message += f" at {where}; the quoted string that opens here runs on to it: a closing quote missing?"
        raise error from None
    except yaml.YAMLError as exc:
        raise InputError(path, f"invalid YAML: {exc}") from None
    if node is None:
        raise InputError(path, "holds no YAML document, expected an OpenAPI document", 1, 1)
    _measure_nodes(path, node)
    return node


def _runaway_quote(text: str, exc: yaml.MarkedYAMLError) -> tuple[int, int] | None:
    """Where a quoted string opens that spans lines and ends on the error's line, if one does.

    A quote left open swallows the following lines up to the next quote of its kind, and the
    error comes after that; the place to fix is where it opened.
    """
    problem = exc.problem_mark
    if problem is None or "quoted scalar" in (exc.context or ""):
        return None
    loader = _Loader(text)
    found = None
    try:
        while loader.check_token():
            token = loader.get_token()
            start, end = token.start_mark, token.end_mark
            if start.line > problem.line:
                break
            quoted = isinstance(token, yaml.ScalarToken) and token.style in ('"', "'")
            if quoted and start.line < end.line == problem.line and end.column <= problem.column:
                found = (start.line + 1, start.column + 1)
    except yaml.YAMLError:
        pass  # the error itself: every token before it has been seen
    finally:
        loader.dispose()
    return found


def _scan_events(path: Path, text: str) -> None:
    """Check depth, size and string lengths on the flat event stream, before anything builds a
    tree or recurses: a document past a limit costs no more than reading it once."""
    depth = values = 0
    for event in yaml.parse(text, Loader=_Loader):
        kind = type(event)
        if isinstance(event, yaml.ScalarEvent):
            values += 1
            if len(event.value) > MAX_STRING_CHARS:
                raise _too_long(path, len(event.value), *_at(event.start_mark))
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            values += 1
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(path, *_at(event.start_mark))
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            depth -= 1
        elif kind is yaml.AliasEvent:
            values += 1
        if values > MAX_VALUES:
            raise _too_many(path, *_at(event.start_mark))


def _too_many(path: Path, line: int | None, column: int | None) -> InputError:
    return InputError(
        path, f"holds more than {MAX_VALUES} values (keys included); such documents are refused", line, column
    )


def _too_long(path: Path, length: int, line: int | None, column: int | None, pointer: str | None = None) -> InputError:
    message = f"has a string of {length} characters; strings over {MAX_STRING_CHARS} characters are refused"
    return InputError(path, message, line, column, pointer)


def _compose(text: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
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
            # Depth counts mappings and sequences inside each other, as the JSON check does.
            depth = 0 if isinstance(node, yaml.ScalarNode) else 1 + max((d for _, d in children), default=0)
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
    (what the author meant). Other non-string keys (`null:`, dates) are refused. Booleans are
    YAML 1.2's, as openapi-python-client reads them (ruamel): `yes`, `no`, `on` and `off` are
    text, so `enum: [on, off]` and a property `yes:` mean what they say.
    """

    def construct_yaml_bool(self, node: yaml.ScalarNode) -> bool | str:  # type: ignore[override]
        text = str(self.construct_scalar(node))
        return text.lower() == "true" if text.lower() in ("true", "false") else text

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


_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_yaml_int)  # type: ignore[type-var]
_Constructor.add_constructor("tag:yaml.org,2002:bool", _Constructor.construct_yaml_bool)  # type: ignore[type-var]


def _construct_yaml(path: Path, text: str, node: yaml.Node) -> Any:
    constructor = _Constructor()
    try:
        return constructor.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(path, exc) from None
    except RecursionError:
        raise _too_deep(path) from None


def _measure_data(data: Any) -> tuple[int, int]:
    """Depth (objects and arrays inside each other) and value count (keys included) of parsed
    JSON (a tree: JSON has no aliases)."""
    deepest, count = 0, 0
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        count += 1
        if isinstance(value, dict):
            deepest = max(deepest, depth)
            count += len(value)
            stack.extend((child, depth + 1) for child in value.values())
        elif isinstance(value, list):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in value)
    return deepest, count


def _check_strings(doc: Document) -> None:
    """Refuse strings over MAX_STRING_CHARS and text that cannot be written back out as UTF-8
    (lone surrogates from `\\ud800` escapes)."""
    seen: set[int] = set()
    stack: list[tuple[Any, list[Any]]] = [(doc.data, [])]
    while stack:
        value, parts = stack.pop()
        if id(value) in seen:  # shared through a YAML alias: checked once
            continue
        seen.add(id(value))
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, child in items:
            # Paths are built only for containers and for a string found wrong: most values are
            # plain ASCII scalars, checked here in a line.
            if isinstance(key, str) and (len(key) > MAX_STRING_CHARS or not key.isascii()):
                _check_text(doc, key, [*parts, key])
            if isinstance(child, str):
                if len(child) > MAX_STRING_CHARS or not child.isascii():
                    _check_text(doc, child, [*parts, key])
            elif isinstance(child, (dict, list)):
                stack.append((child, [*parts, key]))


def _check_text(doc: Document, text: str, parts: list[Any]) -> None:
    if len(text) > MAX_STRING_CHARS:  # YAML's were refused while parsing; JSON's are found here
        pointer = pointer_of(parts) or None
        raise _too_long(doc.path, len(text), *doc.locate(pointer or ""), pointer)
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        escape = f"\\u{ord(text[exc.start]):04x}"
        pointer = pointer_of(parts) or None
        error = doc.error(f"contains a lone surrogate ({escape}), which is not text", pointer)
        if doc._json_text is not None and pointer is not None:  # point at the escape itself
            source = doc._json_text
            start = _json_offset(source, tokens(pointer))
            found = source.lower().find(escape, start, start + 6 * len(text) + 2)
            if found >= 0:
                error.line, error.column = _text_position(source, found)
        raise error from None
