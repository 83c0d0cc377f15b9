"""The document's model: its operations and schemas, with `$ref`s followed, built once.

`validate` builds it first (the structure check reads its input from it), and every later stage (facts, names, examples,
the diff) reads it instead of walking `paths` itself, so they agree on what an operation's
parameters are, which of them are Accept headers, and which upstream endpoint an operation
became.

Values keep the raw mappings of the document (after `$ref`s are followed) next to the pointer
where each sits, so any message can say where in the file it is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from generator.spec.pointer import RefError, Resolved, Resolver, join

if TYPE_CHECKING:
    from generator.upstream import Endpoint, GeneratorData

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PARAMETER_LOCATIONS = ("query", "header", "path", "cookie")
_PATH_TEMPLATE = re.compile(r"{[^{}]*}")

Raw = Mapping[str, Any]


def path_shape(path: str) -> str:
    """A path with its parameter names blanked: upstream renames them, the shape stays unique.

    OpenAPI says `/a/{id}` and `/a/{name}` are the same path, so the shape names one path item.
    """
    return _PATH_TEMPLATE.sub("{}", path)


def path_parameter_names(path: str) -> list[str]:
    return [match[1:-1] for match in _PATH_TEMPLATE.findall(path)]


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # query | header | path | cookie
    pointer: str  # of the parameter object, after `$ref`s
    entry: str  # of its entry in the `parameters` list (may be a `$ref`)
    level: Literal["path", "operation"]
    raw: Raw

    @property
    def required(self) -> bool:
        return bool(self.raw.get("required")) or self.location == "path"

    @property
    def schema(self) -> Any:
        return self.raw.get("schema")

    @property
    def description(self) -> str | None:
        text = self.raw.get("description")
        return text if isinstance(text, str) else None

    @property
    def style(self) -> str | None:
        style = self.raw.get("style")
        return style if isinstance(style, str) else None

    @property
    def is_accept_header(self) -> bool:
        return self.location == "header" and self.name.lower() == "accept"


@dataclass(frozen=True)
class MediaType:
    name: str  # e.g. application/json
    pointer: str
    raw: Raw

    @property
    def schema(self) -> Any:
        return self.raw.get("schema")


@dataclass(frozen=True)
class Body:
    pointer: str  # of the request body object, after `$ref`s
    raw: Raw
    content: tuple[MediaType, ...]

    @property
    def required(self) -> bool:
        return bool(self.raw.get("required"))


@dataclass(frozen=True)
class Response:
    status: str  # "200", "2XX" or "default"
    pointer: str
    raw: Raw
    content: tuple[MediaType, ...]

    @property
    def is_success(self) -> bool:
        return self.status[:1] == "2"


@dataclass(frozen=True)
class Operation:
    method: str  # lower case
    path: str
    pointer: str
    raw: Raw
    parameters: tuple[Parameter, ...]  # path-level ones the operation does not override, then its own
    body: Body | None
    responses: tuple[Response, ...]
    # The requirements that apply (the operation's own, else the document's); () means no auth.
    security: tuple[Mapping[str, Any], ...]
    security_pointer: str

    @property
    def operation_id(self) -> str | None:
        value = self.raw.get("operationId")
        return value if isinstance(value, str) and value else None

    @property
    def shape(self) -> tuple[str, str]:
        return self.method, path_shape(self.path)

    @property
    def route(self) -> str:
        """`METHOD /path`: how the operation is named without its operationId, and in the
        lists of what is left out."""
        return f"{self.method.upper()} {self.path}"

    @property
    def label(self) -> str:
        """How messages name the operation."""
        return self.operation_id or self.route

    @property
    def deprecated(self) -> bool:
        return bool(self.raw.get("deprecated"))

    @property
    def replaced_by(self) -> Any:
        """`x-replaced-by` as written (validated to be an operationId by `facts`)."""
        return self.raw.get("x-replaced-by")

    @property
    def tags(self) -> tuple[tuple[str, str], ...]:
        """(tag, pointer) for each string tag."""
        tags = self.raw.get("tags")
        found = enumerate(tags) if isinstance(tags, list) else ()
        return tuple((tag, join(self.pointer, "tags", i)) for i, tag in found if isinstance(tag, str))

    @property
    def accept(self) -> str | None:
        """The media type a required `Accept` header parameter asks for; the client sends it itself."""
        for parameter in self.parameters:
            if parameter.is_accept_header:
                return _accept_value(parameter)
        return None

    @property
    def success_responses(self) -> tuple[Response, ...]:
        return tuple(response for response in self.responses if response.is_success)


@dataclass(frozen=True)
class Schema:
    name: str
    pointer: str
    raw: Any


@dataclass
class SpecModel:
    resolver: Resolver
    operations: tuple[Operation, ...]
    schemas: dict[str, Schema]  # components/schemas, by key
    path_parameters: dict[str, tuple[Parameter, ...]]  # path item pointer -> its own parameters
    by_id: dict[str, Operation] = field(default_factory=dict)
    # (method, path) -> its operation: a path is a key of `paths`, so this is exact.
    by_place: dict[tuple[str, str], Operation] = field(default_factory=dict)
    # Upstream's endpoints by identity, each with the operation it was parsed from (`register`).
    _endpoints: dict[int, tuple[Endpoint, Operation]] = field(default_factory=dict, repr=False, compare=False)
    _schema_positions: list[tuple[Raw, str]] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        for operation in self.operations:
            self.by_place[(operation.method, operation.path)] = operation
            if operation.operation_id:
                self.by_id.setdefault(operation.operation_id, operation)

    @property
    def root(self) -> Raw:
        return self.resolver.root

    def endpoints(self, openapi: GeneratorData) -> Iterator[tuple[str, Endpoint, Operation]]:
        """(tag, upstream endpoint, our operation) for every endpoint upstream generates."""
        for tag, collection in openapi.endpoint_collections_by_tag.items():
            for endpoint in collection.endpoints:
                yield str(tag), endpoint, self.for_endpoint(endpoint)

    def register(self, endpoint: Endpoint, path: str) -> None:
        """Record that upstream parsed `endpoint` from the path item `path` (a key of `paths`)."""
        self._endpoints[id(endpoint)] = (endpoint, self.by_place[(endpoint.method.lower(), path)])

    def forget_endpoints(self) -> None:
        """Drop the endpoints `register` recorded (upstream's objects, and what they hold)."""
        self._endpoints.clear()

    def for_endpoint(self, endpoint: Endpoint) -> Operation:
        """The operation upstream parsed `endpoint` from.

        Never looked up by path shape: `/mounts/{a}/login` and `/mounts/{b}/login` have one
        shape (OpenAPI forbids that, real documents do it), and each must keep its own
        operationId, path, auth and responses.
        """
        known = self._endpoints.get(id(endpoint))
        if known is None or known[0] is not endpoint:
            shown = f"{endpoint.method.upper()} {endpoint.path.get_untrusted_value()}"
            raise KeyError(f"endpoint {shown} was not registered")
        return known[1]

    def same_shape(self) -> list[tuple[str, str]]:
        """(path, the earlier path of the same shape) for each path item whose shape another has."""
        first: dict[str, str] = {}
        clashes: dict[tuple[str, str], None] = {}
        for operation in self.operations:
            earlier = first.setdefault(path_shape(operation.path), operation.path)
            if earlier != operation.path:
                clashes[(operation.path, earlier)] = None
        return list(clashes)

    def schema_positions(self) -> Iterator[tuple[Raw, str]]:
        """Every schema object written in the document (never through a `$ref`), with its pointer.

        Walked once (validation, the upstream input and the name checks each ask) and kept: the
        document is not changed once it is modelled.
        """
        if self._schema_positions is None:
            self._schema_positions = list(_schemas_in(self.root))
        yield from self._schema_positions

    @classmethod
    def build(cls, root: Raw, dangling: list[RefError] | None = None) -> SpecModel:
        """Index the document; a `$ref` that cannot be followed raises `RefError`.

        With a `dangling` list, a `$ref` to nothing (in a parameter, body, response or media type
        entry of an operation) is appended to it instead, and the entry left out of the model:
        `validate` then leaves out the operations that reach it.
        """
        resolver = Resolver(root)
        if dangling is not None:
            resolver = _Lenient(root, dangling)
        security = root.get("security")
        operations: list[Operation] = []
        path_parameters: dict[str, tuple[Parameter, ...]] = {}
        paths = root.get("paths")
        for path, raw_item in paths.items() if isinstance(paths, Mapping) else ():
            if not isinstance(path, str) or path.startswith("x-"):
                continue
            item_pointer = join("/paths", path)
            item = resolver.mapping(raw_item, item_pointer)
            if item is None:
                continue
            shared = _parameters(resolver, item.get("parameters"), join(item_pointer, "parameters"), "path")
            path_parameters[item_pointer] = shared
            for method in HTTP_METHODS:
                raw = item.get(method)
                if not isinstance(raw, Mapping):
                    continue
                pointer = join(item_pointer, method)
                own = _parameters(resolver, raw.get("parameters"), join(pointer, "parameters"), "operation")
                overridden = {(p.name, p.location) for p in own}
                requirements = raw["security"] if "security" in raw else security
                operations.append(
                    Operation(
                        method=method,
                        path=path,
                        pointer=pointer,
                        raw=raw,
                        parameters=(*(p for p in shared if (p.name, p.location) not in overridden), *own),
                        body=_body(resolver, raw.get("requestBody"), join(pointer, "requestBody")),
                        responses=_responses(resolver, raw.get("responses"), join(pointer, "responses")),
                        security=tuple(r for r in requirements if isinstance(r, Mapping))
                        if isinstance(requirements, list)
                        else (),
                        security_pointer=join(pointer, "security") if "security" in raw else "/security",
                    )
                )
        components = root.get("components")
        raw_schemas = components.get("schemas") if isinstance(components, Mapping) else None
        schemas = {
            name: Schema(name, join("/components/schemas", name), schema)
            for name, schema in (raw_schemas.items() if isinstance(raw_schemas, Mapping) else ())
            if isinstance(name, str)
        }
        if isinstance(resolver, _Lenient):
            resolver.building = False  # from here on, a `$ref` is followed as strictly as ever
        return cls(resolver, tuple(operations), schemas, path_parameters)


class _Lenient(Resolver):
    """A resolver for building the model that records a dangling `$ref` (or, where `validate`
    let one through, a `$ref` to a file) and answers `None` for it."""

    def __init__(self, root: Mapping[str, Any], dangling: list[RefError]) -> None:
        super().__init__(root)
        self.dangling = dangling
        self.building = True

    def resolve(self, node: Any, at: str) -> Resolved:
        try:
            return super().resolve(node, at)
        except RefError as exc:
            if not self.building or exc.problem not in ("dangling", "external"):
                raise
            self.dangling.append(exc)
            return Resolved(None, at)


def _parameters(
    resolver: Resolver, entries: Any, pointer: str, level: Literal["path", "operation"]
) -> tuple[Parameter, ...]:
    found: list[Parameter] = []
    for index, entry in enumerate(entries if isinstance(entries, list) else ()):
        at = f"{pointer}/{index}"
        resolved = resolver.resolve(entry, at)
        raw = resolved.value
        if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str):
            continue
        found.append(Parameter(raw["name"], str(raw.get("in")), resolved.pointer, at, level, raw))
    return tuple(found)


def _content(resolver: Resolver, content: Any, pointer: str) -> tuple[MediaType, ...]:
    if not isinstance(content, Mapping):
        return ()
    media: list[MediaType] = []
    for name, raw in content.items():
        at = join(pointer, name)
        resolved = resolver.mapping(raw, at)
        if isinstance(name, str) and resolved is not None:
            media.append(MediaType(name, at, resolved))
    return tuple(media)


def _body(resolver: Resolver, node: Any, pointer: str) -> Body | None:
    if node is None:
        return None
    resolved = resolver.resolve(node, pointer)
    if not isinstance(resolved.value, Mapping):
        return None
    raw = resolved.value
    return Body(resolved.pointer, raw, _content(resolver, raw.get("content"), join(resolved.pointer, "content")))


def _responses(resolver: Resolver, node: Any, pointer: str) -> tuple[Response, ...]:
    found: list[Response] = []
    for status, entry in node.items() if isinstance(node, Mapping) else ():
        if str(status).startswith("x-"):
            continue
        resolved = resolver.resolve(entry, join(pointer, status))
        if isinstance(resolved.value, Mapping):
            raw = resolved.value
            content = _content(resolver, raw.get("content"), join(resolved.pointer, "content"))
            found.append(Response(str(status), resolved.pointer, raw, content))
    return tuple(found)


def _accept_value(parameter: Parameter) -> str | None:
    schema = parameter.schema
    if not isinstance(schema, Mapping):
        return None
    for key in ("const", "default"):
        if isinstance(schema.get(key), str):
            return str(schema[key])
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and isinstance(enum[0], str):
        return enum[0]
    return None


# Keywords whose value is one schema, a list of schemas, or a map of names to schemas.
_ONE_SCHEMA = (
    *("additionalProperties", "items", "not", "if", "then", "else", "contains", "propertyNames"),
    *("unevaluatedItems", "unevaluatedProperties", "contentSchema"),
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


_SUBSCHEMA_KEYS = frozenset((*_ONE_SCHEMA, *_SCHEMA_LISTS, *_SCHEMA_MAPS))


def subschemas(schema: Raw, pointer: str) -> Iterator[tuple[Raw, str]]:
    """The schemas written directly inside `schema`, one level down."""
    if _SUBSCHEMA_KEYS.isdisjoint(schema):
        return  # a leaf, as most are
    for key in _ONE_SCHEMA:
        value = schema.get(key)
        if isinstance(value, Mapping):
            yield value, join(pointer, key)
        elif key == "items" and isinstance(value, list):  # 3.0 tuple form, as some documents write it
            yield from ((v, join(pointer, key, i)) for i, v in enumerate(value) if isinstance(v, Mapping))
    for key in _SCHEMA_LISTS:
        value = schema.get(key)
        if isinstance(value, list):
            yield from ((v, join(pointer, key, i)) for i, v in enumerate(value) if isinstance(v, Mapping))
    for key in _SCHEMA_MAPS:
        value = schema.get(key)
        if isinstance(value, Mapping):
            yield from ((v, join(pointer, key, name)) for name, v in value.items() if isinstance(v, Mapping))


def _schemas_in(root: Raw) -> Iterator[tuple[Raw, str]]:
    """Roots of schema trees: under components, and in parameters, bodies, responses and headers."""
    stack: list[tuple[Raw, str]] = [(s, p) for s, p in _schema_roots(root)]
    stack.reverse()
    while stack:
        schema, pointer = stack.pop()
        yield schema, pointer
        stack.extend(reversed(list(subschemas(schema, pointer))))


def _schema_roots(root: Raw) -> Iterator[tuple[Raw, str]]:
    components = root.get("components")
    components = components if isinstance(components, Mapping) else {}
    for section, reader in (
        ("schemas", _as_schema),
        ("parameters", _in_parameter),
        ("headers", _in_parameter),
        ("requestBodies", _in_body),
        ("responses", _in_response),
    ):
        entries = components.get(section)
        for name, entry in entries.items() if isinstance(entries, Mapping) else ():
            yield from reader(entry, join("/components", section, name))
    paths = root.get("paths")
    for path, item in paths.items() if isinstance(paths, Mapping) else ():
        if not isinstance(item, Mapping):
            continue
        item_pointer = join("/paths", path)
        yield from _in_parameter_list(item.get("parameters"), join(item_pointer, "parameters"))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            pointer = join(item_pointer, method)
            yield from _in_parameter_list(operation.get("parameters"), join(pointer, "parameters"))
            yield from _in_body(operation.get("requestBody"), join(pointer, "requestBody"))
            responses = operation.get("responses")
            for status, response in responses.items() if isinstance(responses, Mapping) else ():
                yield from _in_response(response, join(pointer, "responses", status))


def _as_schema(node: Any, pointer: str) -> Iterator[tuple[Raw, str]]:
    if isinstance(node, Mapping) and "$ref" not in node:
        yield node, pointer


def _in_content(node: Any, pointer: str) -> Iterator[tuple[Raw, str]]:
    for name, media in node.items() if isinstance(node, Mapping) else ():
        if isinstance(media, Mapping):
            yield from _as_schema(media.get("schema"), join(pointer, name, "schema"))


def _in_parameter(node: Any, pointer: str) -> Iterator[tuple[Raw, str]]:
    if isinstance(node, Mapping) and "$ref" not in node:
        yield from _as_schema(node.get("schema"), join(pointer, "schema"))
        yield from _in_content(node.get("content"), join(pointer, "content"))


def _in_parameter_list(node: Any, pointer: str) -> Iterator[tuple[Raw, str]]:
    for index, entry in enumerate(node if isinstance(node, list) else ()):
        yield from _in_parameter(entry, f"{pointer}/{index}")


def _in_body(node: Any, pointer: str) -> Iterator[tuple[Raw, str]]:
    if isinstance(node, Mapping) and "$ref" not in node:
        yield from _in_content(node.get("content"), join(pointer, "content"))


def _in_response(node: Any, pointer: str) -> Iterator[tuple[Raw, str]]:
    if isinstance(node, Mapping) and "$ref" not in node:
        yield from _in_content(node.get("content"), join(pointer, "content"))
        headers = node.get("headers")
        for name, header in headers.items() if isinstance(headers, Mapping) else ():
            yield from _in_parameter(header, join(pointer, "headers", name))


__all__ = [
    "HTTP_METHODS",
    "Body",
    "MediaType",
    "Operation",
    "Parameter",
    "RefError",
    "Response",
    "Schema",
    "SpecModel",
    "path_parameter_names",
    "path_shape",
    "subschemas",
]
