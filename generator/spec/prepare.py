"""The document as upstream's parser gets it: the same API, minus what upstream would get wrong.

- `Accept` header parameters go: upstream would make a required Accept header an argument of
  every function, while the client sends it itself (each operation's `accept` fact).
- An enum that lists a value twice lists it once: upstream 0.29.1 stops with a `ValueError` on
  the repeat, though the document means the same set of values.
- A response that offers JSON beside other media types lists JSON first: upstream reads a
  response as its first media type it knows, so `text/plain` before `application/json` would
  make the client hand `response.text` to `Item.from_dict`. `text/*` stays text only when no
  JSON is offered.

The user's document is never changed; only the containers on the way to an edit are copied.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.spec.model import SpecModel
from generator.spec.pointer import rewrite


def upstream_input(model: SpecModel) -> dict[str, Any]:
    edits: dict[str, Callable[[Any], Any]] = {}
    for schema, at in model.schema_positions():
        enum = schema.get("enum")
        if isinstance(enum, list) and _has_repeats(enum):
            edits[at + "/enum"] = _unique
    accept_entries: dict[str, set[int]] = {}  # parameters list -> indexes of Accept headers
    own = (p for operation in model.operations for p in operation.parameters if p.level == "operation")
    shared = (p for parameters in model.path_parameters.values() for p in parameters)
    for parameter in (*own, *shared):
        if parameter.is_accept_header:
            listing, _, index = parameter.entry.rpartition("/")
            accept_entries.setdefault(listing, set()).add(int(index))
    for listing, indexes in accept_entries.items():
        edits[listing] = _without(indexes)
    for operation in model.operations:
        for response in operation.responses:
            names = [medium.name for medium in response.content]
            if any(map(is_json, names)) and not is_json(names[0]):
                edits[response.pointer + "/content"] = _json_first
    return dict(rewrite(model.root, edits))


def is_json(media_type: str) -> bool:
    """`application/json` or a `+json` type (RFC 6838), parameters and case aside, as upstream reads them."""
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")


def _json_first(content: Any) -> Any:
    if not isinstance(content, dict):
        return content
    first = [key for key in content if isinstance(key, str) and is_json(key)]
    return {**{key: content[key] for key in first}, **content}


def _has_repeats(values: list[Any]) -> bool:
    keys = [_key(value) for value in values]
    return len(set(keys)) < len(keys)


def _key(value: Any) -> tuple[str, str]:
    """Values compare by JSON type too: `1` and `true` are two enum values."""
    return type(value).__name__, repr(value)


def _unique(values: list[Any]) -> list[Any]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for value in values:
        if (key := _key(value)) not in seen:
            seen.add(key)
            kept.append(value)
    return kept


def _without(indexes: set[int]) -> Callable[[Any], Any]:
    def drop(entries: Any) -> Any:
        return [e for i, e in enumerate(entries) if i not in indexes] if isinstance(entries, list) else entries

    return drop
