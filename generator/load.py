"""Read an OpenAPI document from disk, keeping where each value came from.

Errors name the file, line and column; later stages ask `Document.locate` for the position of a
JSON pointer so that their messages can do the same.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import InputError


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
        line, column = self.locate(pointer) if pointer else (None, None)
        return InputError(self.path, message, line, column, pointer)


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
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, expected an OpenAPI document") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror}") from None
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

    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"invalid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        if path.suffix.lower() != ".json":
            data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = f"invalid YAML: {exc.problem or exc.context}"
        if mark is None:
            raise InputError(path, message) from None
        raise InputError(path, message, mark.line + 1, mark.column + 1) from None
    except yaml.YAMLError as exc:
        raise InputError(path, f"invalid YAML: {exc}") from None

    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "nothing"
        raise InputError(path, f"top level is {kind}, expected a mapping (an OpenAPI object)", 1, 1)
    return Document(path=path, data=data, raw=raw, _node=node)
