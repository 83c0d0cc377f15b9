"""The resource tree of the generated client: `client.events.list(...)`, computed once in Python.

openai-python's layout, generated from the spec: every operation becomes a method of a resource
(`client.<resource>[.<child>...].<method>`), with a sync class, an async twin and a raw-response
view of each. The names come from rules that work for any document, and the settings' resource
map (`[tool.altegio-generator.resources]`, operationId -> "events.list") overrides them:

- the resource is the operation's first tag (upstream's `api.<tag>` module name); operations
  under an older version prefix of the path (`/v1/...` when `/v2/...` exists) go under `v1.`;
- the method is the operationId without a trailing version (`_v2`) and without the words of its
  resource (`list_events_v2` on `events` -> `list`); a name two operations would share falls
  back to each one's whole operationId;
- every name is made a safe identifier (snake case, no keyword, no leading digit or `_`, none of
  the names the client and resources use themselves), so spec text never becomes code.

The login operation (`login_operation`) is `client.login()` and gets no resource method unless the
map names one. The facts here are plain typed values (and upstream's own typed objects, whose
type strings are already code); the template `resources.py.jinja` only lays them out.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.errors import InputError
from generator.naming.modules import WINDOWS_RESERVED, endpoint_module
from generator.render.examples import example_call
from generator.render.facts import (
    STRFTIME,
    Facts,
    OperationFacts,
    client_arguments,
    openapi_field_prefix,
    type_code,
)
from generator.render.imports import imports_unwritten_model
from generator.settings import Settings
from generator.spec.model import SpecModel
from generator.upstream import (
    FIELD_PREFIX,
    DateProperty,
    DateTimeProperty,
    Endpoint,
    EnumProperty,
    GeneratorData,
    ListProperty,
    ModelProperty,
    raw,
)

# Attributes the clients and resources have themselves; a resource or method of the same name
# gets a trailing `_`.
CLIENT_NAMES = frozenset(
    {
        "login",
        "alogin",
        "user",
        "user_token",
        "base_url",
        "default_base_url",
        "with_user_token",
        "with_options",
        "with_raw_response",
        "close",
        "aclose",
        "send",
        "asend",
    }
)
RESOURCE_NAMES = frozenset({"with_raw_response", "with_options"})
# Names a body field may not take when a method accepts the body's fields as keyword arguments.
_METHOD_LOCALS = frozenset({"self", "body", "request_options", "fields", "response", "max_pages"})
_VERSION = re.compile(r"^/v(\d+)(?:/|$)", re.IGNORECASE)
_VERSION_SUFFIX = re.compile(r"_v\d+$")
_BUILTIN_NAMES = frozenset(name for name in dir(builtins) if not name.startswith("_"))
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")
_MODULE_NAME_CHARS = 100


@dataclass(frozen=True)
class Param:
    name: str
    declaration: str  # `name: type = default`, code
    convert: str | None = None  # the expression handed on, when the argument is not handed on as is

    @property
    def passed(self) -> str:
        return self.convert or self.name


@dataclass(frozen=True)
class BodyFacts:
    type_string: str  # what `body=` takes, code
    class_name: str | None  # the model class, when its fields may be passed as keyword arguments
    required: bool
    fields: tuple[Param, ...] = ()  # the model's fields, for the keyword-argument overload
    open: bool = False  # the model keeps unknown keys: other keyword arguments become them
    declared: tuple[str, ...] = ()

    @property
    def any_keywords(self) -> bool:
        """The keyword overload takes `**fields`: a model that declares no fields but keeps any
        key (its keys are the caller's to choose). Other models' extra keys still reach the
        model at runtime, but a type checker flags them, as it would a misspelt field."""
        return self.open and not self.fields

    @property
    def readers_literal(self) -> str:
        """Fields that take a dict, and what reads one: `{"client": EventAppointmentClient.from_dict}`."""
        return "{" + ", ".join(f"{f.name!r}: {f.convert}" for f in self.fields if f.convert) + "}"

    @property
    def declared_literal(self) -> str:
        """The field names as a tuple literal (they are identifiers: see `_IDENTIFIER`)."""
        return repr(self.declared)


@dataclass(frozen=True)
class IterateFacts:
    name: str
    kind: Literal["page", "offset"]
    page_param: str
    size_param: str
    size_default: int
    size_max: int | None
    item_type: str


@dataclass(frozen=True)
class MethodFacts:
    name: str
    operation_id: str
    module_alias: str  # the operation module, imported under this `_` name
    module_import: str  # `from ..api.events import list_events_v2 as _events_list_events_v2`
    imports: frozenset[str]  # the other imports its code needs, as the resource module writes them
    endpoint: Endpoint  # for its docstring (summary, description, parameters)
    op: OperationFacts
    path_params: tuple[Param, ...]
    params: tuple[Param, ...]  # query, header and cookie parameters, keyword-only
    body: BodyFacts | None
    returns: str  # what the method returns, code
    result: Literal["parsed", "data", "parse_none", "none"]
    raw_type: str  # `Response[<raw_type>]` from the raw-response view
    deprecation: str | None
    iterate: IterateFacts | None = None
    example: str | None = None  # a README snippet calling the method, from the spec's examples

    @property
    def self_name(self) -> str:
        """The method's receiver: `self`, unless the spec names a parameter so (`_self` then:
        spec names never start with `_`)."""
        fields = self.body.fields if self.body else ()
        return "_self" if "self" in {p.name for p in (*self.path_params, *self.params, *fields)} else "self"


@dataclass
class ResourceFacts:
    path: tuple[str, ...]
    class_name: str
    summary: str  # the resource's docstring: which operations it groups
    methods: list[MethodFacts] = field(default_factory=list)
    children: list[ResourceFacts] = field(default_factory=list)

    @property
    def attribute(self) -> str:
        return self.path[-1]

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def module(self) -> str:
        """A root's module under `resources/`: named as its attribute, unless Windows reserves
        that name for a device (`aux`) or it is too long for a portable file name."""
        name = self.attribute
        if name.lower() in WINDOWS_RESERVED or len(name) > _MODULE_NAME_CHARS:
            return f"{name[:_MODULE_NAME_CHARS]}_resource_"  # no attribute ends so: see `identifier`
        return name

    @property
    def imports(self) -> list[str]:
        """What this resource's module imports for the methods of the resources in it (a root's
        module holds the root and its descendants), each line once, sorted."""
        return sorted({line for resource in self.walk() for m in resource.methods for line in m.imports})

    @property
    def module_imports(self) -> list[str]:
        """The operation modules those methods call."""
        return sorted({m.module_import for resource in self.walk() for m in resource.methods})

    def walk(self) -> list[ResourceFacts]:
        """This resource and its descendants, children first (a class is defined before its parent's)."""
        found: list[ResourceFacts] = []
        for child in self.children:
            found += child.walk()
        return [*found, self]


@dataclass(frozen=True)
class ResourceTree:
    """The resources, each root with its descendants in a module of its own, `resources/<root>.py`
    (as openai-python's `resources/`): no module grows with the whole document, whose syntax
    tree the gate would hold at once."""

    roots: tuple[ResourceFacts, ...]

    def methods(self) -> list[tuple[ResourceFacts, MethodFacts]]:
        """Every method, resources in tree order (parents before children), for the README."""
        found: list[tuple[ResourceFacts, MethodFacts]] = []

        def visit(resource: ResourceFacts) -> None:
            found.extend((resource, method) for method in resource.methods)
            for child in resource.children:
                visit(child)

        for root in self.roots:
            visit(root)
        return found

    def by_operation(self) -> dict[str, tuple[ResourceFacts, MethodFacts]]:
        return {method.operation_id: (resource, method) for resource, method in self.methods()}

    def place(self, operation_id: str) -> str | None:
        """Where an operation's method is (`events.get`), or None."""
        found = self.by_operation().get(operation_id)
        return f"{found[0].dotted}.{found[1].name}" if found else None


def identifier(text: str, reserved: frozenset[str] = frozenset()) -> str:
    """`text` as a snake-case Python identifier that is not a keyword nor one of `reserved`."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()  # é -> e, the rest dropped
    name = re.sub(r"[^0-9a-zA-Z]+", "_", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)).strip("_").lower()
    name = re.sub(r"_+", "_", name) or "operation"
    if not name[0].isalpha():
        name = f"op_{name}"
    while keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved:
        name += "_"
    return name


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def resource_tree(
    model: SpecModel, openapi: GeneratorData, settings: Settings, facts: Facts, written: frozenset[str]
) -> ResourceTree:
    """The resource layer over the operations `openapi` holds; `written`: the model modules the
    run writes (see `render.model_modules`)."""
    prefix = openapi_field_prefix(settings)
    seen: set[tuple[str, str]] = set()
    endpoints: list[tuple[str, Endpoint, OperationFacts]] = []
    for tag, endpoint, operation in model.endpoints(openapi):
        if operation.shape in seen:  # an operation with two tags is in two collections
            continue
        seen.add(operation.shape)
        endpoints.append((tag, endpoint, facts.for_endpoint(endpoint)))
    versions = {int(m.group(1)) for _, _, op in endpoints if (m := _VERSION.match(op.path))}
    newest = max(versions, default=None)
    mapped = dict(settings.resources)

    placed: dict[str, tuple[tuple[str, ...], str]] = {}  # operationId -> (resource path, method)
    for tag, _endpoint, op in endpoints:
        if op.operation_id in mapped:
            parts = mapped.pop(op.operation_id).split(".")
            if parts[0] in CLIENT_NAMES or parts[-1] in RESOURCE_NAMES:
                raise _map_error(settings, op.operation_id, "takes a name the client uses itself")
            placed[op.operation_id] = (tuple(parts[:-1]), parts[-1])
            continue
        if settings.login_operation and op.operation_id == settings.login_operation:
            continue
        version = _VERSION.match(op.path)
        resource: tuple[str, ...] = (identifier(tag, CLIENT_NAMES),)
        if version and newest is not None and int(version.group(1)) != newest:
            resource = (f"v{int(version.group(1))}", *resource)
        placed[op.operation_id] = (resource, _method_name(op.operation_id, resource[-1]))
    if mapped and settings.resources_exact:
        raise _map_error(settings, sorted(mapped)[0], "is not an operationId of the spec")
    groups: dict[tuple[tuple[str, ...], str], list[str]] = {}
    for operation_id, place in placed.items():
        groups.setdefault(place, []).append(operation_id)
    for (shared, _), operation_ids in groups.items():
        if len(operation_ids) < 2:
            continue
        if chosen := [o for o in operation_ids if o in settings.resources]:
            other = sorted(set(operation_ids) - {chosen[0]})[0]
            raise _map_error(settings, chosen[0], f"names the method of {other}")
        for operation_id in operation_ids:  # a shared name: each takes its whole operationId
            placed[operation_id] = (shared, identifier(operation_id, RESOURCE_NAMES))

    taken_classes = {str(m.class_info.name) for m in [*openapi.models, *openapi.enums]}
    roots: dict[str, ResourceFacts] = {}
    nodes: dict[tuple[str, ...], ResourceFacts] = {}
    class_names: set[str] = set()

    def node(path: tuple[str, ...]) -> ResourceFacts:
        if path in nodes:
            return nodes[path]
        base = "".join(_pascal(part) for part in path) + "Resource"
        name = base
        number = 2
        while {name, f"Async{name}", f"{name}WithRawResponse", f"Async{name}WithRawResponse"} & (
            taken_classes | class_names
        ):
            name, number = f"{base}{number}", number + 1
        class_names.add(name)
        created = nodes[path] = ResourceFacts(path=path, class_name=name, summary="")
        if len(path) == 1:
            roots[path[0]] = created
        else:
            node(path[:-1]).children.append(created)
        return created

    aliases: set[str] = set()
    by_id = {op.operation_id: (tag, endpoint, op) for tag, endpoint, op in endpoints}
    for operation_id, (path, method) in placed.items():  # in the spec's order
        tag, endpoint, op = by_id[operation_id]
        module = endpoint_module(endpoint.name, prefix)
        alias = f"_{tag}_{module}"
        while alias in aliases:
            alias += "_"
        aliases.add(alias)
        module_import = f"from ..api.{tag} import {module} as {alias}"
        node(path).methods.append(_method(model, endpoint, op, method, alias, module_import, facts, written))

    for made in nodes.values():
        _settle_names(made)
    messages = _deprecations(nodes)
    for made in nodes.values():
        made.methods = [_with_deprecation(method, messages.get(method.operation_id)) for method in made.methods]
        made.summary = _summary(made)
        made.methods = [_with_example(m, made, model, settings) for m in made.methods]
    return ResourceTree(roots=tuple(roots[name] for name in sorted(roots)))


def _map_error(settings: Settings, operation_id: str, what: str) -> InputError:
    pyproject = settings.pyproject
    try:
        lines = pyproject.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    line = next((n for n, text in enumerate(lines, 1) if text.split("=", 1)[0].strip() == operation_id), None)
    return InputError(
        pyproject, f"[tool.altegio-generator.resources] {operation_id}: {what}", line, 1 if line else None
    )


def _method_name(operation_id: str, resource: str) -> str:
    words = identifier(_VERSION_SUFFIX.sub("", identifier(operation_id))).split("_")
    resource_words = {
        form
        for word in resource.rstrip("_").split("_")
        for form in (word, f"{word}s", word.removesuffix("s"), word.removesuffix("es"))
        if form
    }
    kept = [word for word in words if word not in resource_words]
    return identifier("_".join(kept) if kept else "_".join(words), RESOURCE_NAMES)


def _settle_names(resource: ResourceFacts) -> None:
    """Methods named like a child resource take their whole operationId; then each paged method
    gets its iterator (`iterate` for `list`, else `iterate_<method>`), never on a taken name."""
    children = {child.attribute for child in resource.children}
    resource.methods = [
        _renamed(method, identifier(method.operation_id, RESOURCE_NAMES)) if method.name in children else method
        for method in resource.methods
    ]
    taken = children | {method.name for method in resource.methods}
    settled = []
    for method in resource.methods:
        if method.iterate is not None:
            name = "iterate" if method.name == "list" else f"iterate_{method.name}"
            while name in taken:
                name += "_pages"
            taken.add(name)
            method = _renamed(method, method.name, iterate_name=name)
        settled.append(method)
    # A method named like a builtin (`list`) hides it from the annotations after it in the class
    # body: there they name it `builtins.list`.
    resource.methods = settled
    if any(m.name in _BUILTIN_NAMES for m in resource.methods):
        resource.methods = [_unshadowed(m, resource.methods) for m in resource.methods]


def _renamed(method: MethodFacts, name: str, iterate_name: str | None = None) -> MethodFacts:
    iterate = method.iterate
    if iterate is not None and iterate_name is not None:
        iterate = IterateFacts(**{**iterate.__dict__, "name": iterate_name})
    return MethodFacts(**{**method.__dict__, "name": name, "iterate": iterate})


def _unshadowed(method: MethodFacts, methods: list[MethodFacts]) -> MethodFacts:
    """Builtins named in annotations as `builtins.<name>` when methods are named like them."""
    shadowing = {m.name for m in methods if m.name in _BUILTIN_NAMES}
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(shadowing)) + r")(?!\w)")

    def fix(param: Param) -> Param:
        name, _, rest = param.declaration.partition(":")
        return Param(param.name, name + ":" + pattern.sub(r"builtins.\1", rest), param.convert)

    body = method.body
    if body is not None:
        body = BodyFacts(
            **{
                **body.__dict__,
                "type_string": pattern.sub(r"builtins.\1", body.type_string),
                "fields": tuple(map(fix, body.fields)),
            }
        )
    return MethodFacts(
        **{
            **method.__dict__,
            "path_params": tuple(map(fix, method.path_params)),
            "params": tuple(map(fix, method.params)),
            "body": body,
            "returns": pattern.sub(r"builtins.\1", method.returns),
            "raw_type": pattern.sub(r"builtins.\1", method.raw_type),
        }
    )


def _local(line: str) -> str:
    """An import upstream wrote for an endpoint module (`from ...models`) as a resource module's."""
    return re.sub(r"^from \.\.\.", "from ..", line)


def _imports_of(prop: Any) -> set[str]:
    return {_local(str(line)) for line in prop.get_imports(prefix="...") | prop.get_lazy_imports(prefix="...")}


def _method(
    model: SpecModel,
    endpoint: Endpoint,
    op: OperationFacts,
    name: str,
    alias: str,
    module_import: str,
    facts: Facts,
    written: frozenset[str],
) -> MethodFacts:
    imports = {_local(str(line)) for line in endpoint.relative_imports}
    imports.update(_local(line) for line in op.data_imports)
    path = endpoint.path_parameters
    # A default only where every later path parameter has one too (as the operation functions).
    path_params = tuple(
        _path_param(p, op, keep_default=all(later.default is not None for later in path[i:]))
        for i, p in enumerate(path)
    )
    layouts = {
        (p.location, p.name): p.raw["x-strftime"]
        for p in model.for_endpoint(endpoint).parameters
        if isinstance(p.raw.get("x-strftime"), str) and STRFTIME.fullmatch(p.raw["x-strftime"])
    }
    params = tuple(
        _param(p, layouts.get((where, raw(p.name))))
        for where, found in (
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
            ("cookie", endpoint.cookie_parameters),
        )
        for p in found
    )
    for p in [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]:
        imports |= _imports_of(p)
    body = _body(endpoint, {p.name for p in (*path_params, *params)}, imports, facts, written)
    parsed = op.success_type != "Any"
    result: Literal["parsed", "data", "parse_none", "none"]
    if op.pagination:
        returns, result = op.success_type, "parsed"
    elif op.unwrap_data and op.data_is_none:
        returns, result = "None", "parse_none"
    elif op.unwrap_data:
        returns, result = op.data_type, "data"
    elif parsed:
        returns, result = op.success_type, "parsed"
    else:
        returns, result = "None", "none"
    iterate = None
    if op.pagination and op.page_param and op.size_param and op.item_type and not endpoint.bodies:
        iterate = IterateFacts(
            name="iterate",
            kind=op.pagination,
            page_param=op.page_param,
            size_param=op.size_param,
            size_default=100 if op.pagination == "offset" else 25,
            size_max=op.size_max,
            item_type=op.item_type,
        )
    return MethodFacts(
        name=name,
        operation_id=op.operation_id,
        module_alias=alias,
        module_import=module_import,
        imports=frozenset(imports),
        endpoint=endpoint,
        op=op,
        path_params=path_params,
        params=params,
        body=body,
        returns=returns,
        result=result,
        raw_type=op.success_type + (" | None" if result == "parse_none" else ""),
        deprecation=None,
        iterate=iterate,
    )


def _param(prop: Any, layout: str | None) -> Param:
    """A query, header or cookie parameter. Dates and date-times take the Python object or a
    string: a `datetime.date`, an ISO `YYYY-MM-DD` string; a date-time in the layout the spec gives
    (`x-strftime`) a `datetime.datetime` written in it or a string sent as given."""
    name = str(prop.python_name)
    if prop.default is not None:
        return Param(name, type_code(prop.to_string()))
    if layout is not None and type_code(prop.get_type_string(no_optional=True)) == "str":
        kind, convert = "datetime.datetime | str", f"_format_local_datetime({name}, {layout!r})"
    elif isinstance(prop, DateProperty):
        kind, convert = "datetime.date | str", f"_as_date({name})"
    elif isinstance(prop, DateTimeProperty):
        kind, convert = "datetime.datetime | str", f"_as_datetime({name})"
    elif _str_enum(prop):  # `include=["staff"]` as well as `[EventIncludeValue.STAFF]`
        enum = str(prop.class_info.name)
        kind, convert = f"{enum} | str", f"{enum}({name})"
    elif isinstance(prop, ListProperty) and isinstance(inner := prop.inner_property, EnumProperty) and _str_enum(inner):
        enum = str(inner.class_info.name)
        kind, convert = f"list[{enum} | str]", f"[{enum}(_item) for _item in {name}]"
    else:
        return Param(name, type_code(prop.to_string()))
    if prop.required:
        return Param(name, f"{name}: {kind}", convert)
    return Param(name, f"{name}: {kind} | Unset = UNSET", f"UNSET if isinstance({name}, Unset) else {convert}")


def _str_enum(prop: Any) -> bool:
    """A parameter of a string enum class, which a plain string of one of its values may stand for."""
    return isinstance(prop, EnumProperty) and prop.value_type is str


def _path_param(prop: Any, op: OperationFacts, *, keep_default: bool) -> Param:
    """An integer path parameter also takes a string: JSON:API responses carry ids as strings.
    Its default stays only with `keep_default` (a positional parameter without one follows)."""
    name = str(prop.python_name)
    if keep_default:
        return Param(name, type_code(prop.to_string()))
    if name in op.id_path_params:
        return Param(name, f"{name}: int | str")
    return Param(name, f"{name}: {type_code(prop.get_type_string())}")


def _body(
    endpoint: Endpoint, taken: set[str], imports: set[str], facts: Facts, written: frozenset[str]
) -> BodyFacts | None:
    if not endpoint.bodies:
        return None
    if len(endpoint.bodies) > 1:
        types = " | ".join(type_code(b.prop.get_type_string(no_optional=True)) for b in endpoint.bodies)
        required = all(b.prop.required for b in endpoint.bodies)
        for b in endpoint.bodies:
            imports |= _imports_of(b.prop)
        return BodyFacts(type_string=types, class_name=None, required=required)
    prop = endpoint.bodies[0].prop
    imports |= _imports_of(prop)
    type_string = type_code(prop.get_type_string(no_optional=True))
    if not isinstance(prop, ModelProperty) or not isinstance(prop.required_properties, list):
        return BodyFacts(type_string=type_string, class_name=None, required=bool(prop.required))
    fields = [*prop.required_properties, *(prop.optional_properties or [])]
    names = [str(f.python_name) for f in fields]
    if set(names) & (taken | _METHOD_LOCALS) or any(not _IDENTIFIER.fullmatch(n) for n in names):
        # A field named like a parameter: the model, as `body=`, is the only way to pass it.
        return BodyFacts(type_string=type_string, class_name=None, required=bool(prop.required))
    field_imports = {line for f in fields for line in _imports_of(f)}
    if any(imports_unwritten_model(line, written) for line in field_imports):
        # A field's type is a schema upstream could not generate, though the body's model was
        # made: the model, as `body=`, is the only way to pass it (and to build it, the user's).
        return BodyFacts(type_string=type_string, class_name=None, required=bool(prop.required))
    imports |= field_imports
    return BodyFacts(
        type_string=type_string,
        class_name=str(prop.class_info.name),
        required=bool(prop.required),
        fields=tuple(_field(prop, f, facts) for f in fields),
        open=bool(prop.additional_properties),
        declared=tuple(names),
    )


def _field(model: ModelProperty, prop: Any, facts: Facts) -> Param:
    """A body field as a keyword argument, typed as the model's attribute is (`x-strftime` fields
    take a `datetime` too, as the model does); a field holding a model takes a dict as well, in
    the API's own keys, read with the model's `from_dict` (as openai-python takes dicts)."""
    name = str(prop.python_name)
    optional = "" if prop.required else " | Unset = UNSET"
    if facts.datetime_layout(model, prop):
        return Param(name, f"{name}: datetime.datetime | str{optional}")
    if isinstance(prop, ModelProperty) and prop.default is None:
        nested = str(prop.class_info.name)
        return Param(name, f"{name}: {nested} | dict[str, Any]{optional}", f"{nested}.from_dict")
    return Param(name, type_code(prop.to_string()))


def _deprecations(nodes: dict[tuple[str, ...], ResourceFacts]) -> dict[str, str]:
    where = {m.operation_id: f"client.{r.dotted}.{m.name}" for r in nodes.values() for m in r.methods}
    replacements = {}
    for resource in nodes.values():
        for method in resource.methods:
            if not method.op.deprecated:
                continue
            message = f"client.{resource.dotted}.{method.name} ({method.operation_id}) is deprecated"
            replacement = _replacement(method.op, where)
            route = f" ({method.op.replaced_by_route})" if method.op.replaced_by_route else ""
            replacements[method.operation_id] = message + (
                f"; use {replacement}{route} instead." if replacement else "."
            )
    return replacements


def _replacement(op: OperationFacts, where: dict[str, str]) -> str | None:
    if op.replaced_by is None:
        return None
    module = op.replaced_by.rsplit(".", 1)[-1]
    for operation_id, place in where.items():
        if endpoint_module(operation_id, FIELD_PREFIX) == module:
            return place
    return op.replaced_by


def _with_deprecation(method: MethodFacts, message: str | None) -> MethodFacts:
    return MethodFacts(**{**method.__dict__, "deprecation": message}) if message else method


def _with_example(method: MethodFacts, resource: ResourceFacts, model: SpecModel, settings: Settings) -> MethodFacts:
    returns_value = method.returns != "None"
    example = example_call(
        model,
        method.endpoint,
        model.for_endpoint(method.endpoint),
        method.op.function,
        settings.package_name,
        client=f"{settings.client_name}({client_arguments(method.op)})",
        result_name="result" if returns_value else "",
        method=f"client.{resource.dotted}.{method.name}",
    )
    return MethodFacts(**{**method.__dict__, "example": example})


def _summary(resource: ResourceFacts) -> str:
    if not resource.methods:
        return f"`client.{resource.dotted}`: " + ", ".join(f"`.{c.attribute}`" for c in resource.children) + "."
    return f"`client.{resource.dotted}`: " + ", ".join(f"`{m.name}`" for m in resource.methods) + "."


__all__ = ["ResourceTree", "identifier", "resource_tree"]
