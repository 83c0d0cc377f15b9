"""The document as upstream's parser gets it: the same API, minus what upstream would get wrong.

- `Accept` header parameters go: upstream would make a required Accept header an argument of
  every function, while the client sends it itself (each operation's `accept` fact).
- An enum that lists a value twice lists it once: upstream 0.29.1 stops with a `ValueError` on
  the repeat, though the document means the same set of values.
- A parameter given by `content` with a JSON media type (its only one: `validate` refuses the
  rest) gets `schema: {type: string}`, which upstream takes in every location instead of
  dropping the parameter; the generated function takes any value and sends it JSON-encoded
  (the `json_params` fact).
- A response that offers JSON beside other media types lists JSON first: upstream reads a
  response as its first media type it knows, so `text/plain` before `application/json` would
  make the client hand `response.text` to `Item.from_dict`. `text/*` stays text only when no
  JSON is offered.
- Two JSON Schema 2020-12 forms upstream's parser refuses (OpenAPI 3.1), each refusing the whole
  document: a boolean `items` goes (Meilisearch's `items: false` beside `prefixItems`: upstream
  then types the array by its prefix items; `items: true` allows anything, as no `items` does),
  and so does an empty `enum` (Discord's `enum: []` beside an `allOf` naming the real enum).

The user's document is never changed; only the containers on the way to an edit are copied.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from generator.spec.model import Parameter, SpecModel
from generator.spec.pointer import rewrite, unescape


def upstream_input(model: SpecModel, dropped: frozenset[str] = frozenset()) -> dict[str, Any]:
    """`dropped`: components (`/components/schemas/Pet`) upstream is not to see at all."""
    edits: dict[str, Callable[[Any], Any]] = {}
    by_section: dict[str, set[str]] = {}
    for pointer in dropped:
        section, _, name = pointer.rpartition("/")
        by_section.setdefault(section, set()).add(unescape(name))
    for section, names in by_section.items():
        edits[section] = _without_keys(frozenset(names))
    # Boolean `items` and an empty `enum` are JSON Schema 2020-12, so valid in 3.1 only: a 3.0
    # document keeps them, and is refused for them as its own meta-schema would.
    json_schema_2020 = str(model.root.get("openapi", "")).startswith("3.1")
    for schema, at in model.schema_positions():
        enum = schema.get("enum")
        if isinstance(enum, list) and _has_repeats(enum):
            edits[at + "/enum"] = _unique
        refused = {"items"} if isinstance(schema.get("items"), bool) else set()
        if enum == []:
            refused.add("enum")
        if refused and json_schema_2020:
            edits[at] = _without_keys(frozenset(refused))
    accept_entries: dict[str, set[int]] = {}  # parameters list -> indexes of Accept headers
    shared = (p for parameters in model.path_parameters.values() for p in parameters)
    for parameter in (*own_parameters(model), *shared):
        if parameter.is_accept_header:
            listing, _, index = parameter.entry.rpartition("/")
            accept_entries.setdefault(listing, set()).add(int(index))
    for listing, indexes in accept_entries.items():
        edits[listing] = _without(indexes)
    for parameter in (*own_parameters(model), *(p for ps in model.path_parameters.values() for p in ps)):
        if json_content(parameter.raw) is not None:
            edits[parameter.pointer] = _as_text_parameter
    for operation in model.operations:
        for response in operation.responses:
            media = [medium.name for medium in response.content]
            if any(map(is_json, media)) and not is_json(media[0]):
                edits[response.pointer + "/content"] = _json_first
    return dict(rewrite(model.root, edits))


def own_parameters(model: SpecModel) -> list[Parameter]:
    return [p for operation in model.operations for p in operation.parameters if p.level == "operation"]


def json_content(parameter: Mapping[str, Any]) -> str | None:
    """The media type of a parameter given by `content` alone, when it is one JSON type."""
    content = parameter.get("content")
    if "schema" in parameter or not isinstance(content, Mapping) or len(content) != 1:
        return None
    (media_type,) = content
    return media_type if isinstance(media_type, str) and is_json(media_type) else None


def _as_text_parameter(parameter: Any) -> Any:
    if not isinstance(parameter, Mapping):
        return parameter
    return {**{k: v for k, v in parameter.items() if k != "content"}, "schema": {"type": "string"}}


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


def _without_keys(names: frozenset[str]) -> Callable[[Any], Any]:
    def drop(entries: Any) -> Any:
        return {k: v for k, v in entries.items() if k not in names} if isinstance(entries, Mapping) else entries

    return drop


def _without(indexes: set[int]) -> Callable[[Any], Any]:
    def drop(entries: Any) -> Any:
        return [e for i, e in enumerate(entries) if i not in indexes] if isinstance(entries, list) else entries

    return drop
