"""What the templates need that upstream's model does not carry, computed once in Python.

openapi-python-client gives templates endpoints, properties and models, but not deprecation
replacements, per-operation security, servers, required Accept headers or our `x-` extensions.
This module reads those from the document's model (`generator.spec.model`) and hands them to the
templates as small frozen records of plain typed values. Spec text among them reaches generated
code only through the `pyliteral` filter (`render.py`), which emits a Python literal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from generator.naming.modules import endpoint_module
from generator.render.examples import example_call
from generator.settings import Settings
from generator.spec.load import Document
from generator.spec.model import Operation, SpecModel
from generator.spec.pointer import RefError, join
from generator.spec.prepare import json_content
from generator.upstream import FIELD_PREFIX, Endpoint, GeneratorData, ListProperty, ModelProperty, raw, strings

# strftime layouts allowed in `x-strftime`: digits-only fields and separators, nothing else.
STRFTIME = re.compile(r"(%[YmdHMS]|[-: T./])+")  # also for parameters' `x-strftime` (resources.py)

AuthKind = Literal["NONE", "PARTNER", "USER"]


@dataclass(frozen=True)
class OperationFacts:
    operation_id: str
    method: str  # upper case
    path: str
    auth: AuthKind
    accept: str | None
    deprecated: bool
    replaced_by: str | None  # dotted path of the replacement's module
    replaced_by_route: str | None  # the replacement's `METHOD /path`, which the warnings name too
    deprecation_message: str | None
    expects_json: bool
    unwrap_data: bool  # sync() returns `parsed.data`
    data_type: str  # type string of what sync() returns (upstream's, already code)
    data_is_none: bool
    success_type: str  # type string of the parsed success body ("Any" when there is none)
    data_imports: tuple[str, ...]  # imports the unwrapped data type needs in the endpoint module
    pagination: Literal["page", "offset"] | None
    page_param: str | None  # python names of the paging parameters
    item_type: str | None  # type string of one item of a paginated `data` list
    size_param: str | None
    size_max: int | None = None  # the page-size parameter's `maximum`, when the spec gives one
    deep_object_params: frozenset[str] = frozenset()
    # python names of parameters given by `content: {application/json: ...}`: any value, sent JSON-encoded
    json_params: frozenset[str] = frozenset()
    function: str = ""  # dotted path of the operation module, e.g. "altegio_activity.api.events.get_event"
    example: str | None = None  # a README snippet calling `sync`, built from the spec's examples
    # python name -> the parameter's `description` (raw spec text: templates pass it through
    # `safe_for_docstring`); upstream keeps only the schema's, which our parameters leave empty.
    param_docs: dict[str, str] = field(default_factory=dict)
    # The spec's own schemes, for operations not in the Altegio form (`auth`): alternatives,
    # each the schemes sent together; and the operation's or its path item's own server.
    security: tuple[tuple[SchemeFacts, ...], ...] = ()
    server: ServerFacts | None = None
    # Integer path parameters, which also take a string: JSON:API responses carry ids as strings.
    id_path_params: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LoginFacts:
    module: str  # relative module path from the package root, e.g. "api.authentication_b2b.authenticate_user"
    body_class: str
    body_module: str
    user_class: str
    user_module: str


@dataclass
class Facts:
    model: SpecModel
    operations: dict[str, OperationFacts] = field(default_factory=dict)  # by the operation's pointer
    local_datetimes: dict[str, str] = field(default_factory=dict)  # "Class.prop" -> strftime layout
    base_url: str = ""
    login: LoginFacts | None = None
    client: ClientFacts = field(default_factory=lambda: ClientFacts("AltegioClient", "ALTEGIO"))

    def for_endpoint(self, endpoint: Endpoint) -> OperationFacts:
        """The facts of the very operation upstream parsed `endpoint` from (never one of the same shape)."""
        return self.operations[self.model.for_endpoint(endpoint).pointer]

    def datetime_layout(self, model: Any, prop: Any) -> str | None:
        """The strftime layout for a request property marked `x-strftime`, else None."""
        return self.local_datetimes.get(f"{model.class_info.name}.{raw(prop.name)}")

    def lenient_kind(self, model: Any, prop: Any) -> str:
        """How the model template reads a property leniently (see `_runtime/_decode.py`):
        `scalar`, `nullable_scalar` (a union of scalars and null), `enum`, `datetime`, `date`, or
        "" (as upstream reads it; and a request property with an `x-strftime` layout). Here, not
        a template macro: the template asks it several times of every property."""
        if self.datetime_layout(model, prop):
            return ""
        template = prop.template
        if template == "union_property.py.jinja" and self.scalar_members(prop):
            return "nullable_scalar"
        if template in _LENIENT_TEMPLATES:
            return _LENIENT_TEMPLATES[template]
        if template != "const_property.py.jinja" and type_code(prop.get_type_string(no_optional=True)) in _SCALARS:
            return "scalar"
        return ""

    @staticmethod
    def scalar_members(prop: Any) -> str:
        """The scalar types of a union of scalars and null (`str | None`), comma-separated; "" for any
        other union. Upstream reads such a union with a bare cast, so a list where a string belongs
        got through."""
        names = []
        for inner in prop.inner_properties:
            name = type_code(inner.get_type_string(no_optional=True))
            if name in _SCALARS and inner.template not in ("const_property.py.jinja", "enum_property.py.jinja"):
                names.append(name)
            elif name != "None":
                return ""
        return ", ".join(names)


_SCALARS = ("int", "float", "str", "bool")
_LENIENT_TEMPLATES = {
    "enum_property.py.jinja": "enum",
    "datetime_property.py.jinja": "datetime",
    "date_property.py.jinja": "date",
}


def collect_facts(doc: Document, model: SpecModel, openapi: GeneratorData, settings: Settings) -> Facts:
    facts = Facts(model)
    server = _server(doc.data)
    facts.base_url = server.url if server else ""
    facts.local_datetimes = _local_datetimes(doc, model)

    prefix = openapi_field_prefix(settings)
    endpoints = list(model.endpoints(openapi))
    modules = {  # operationId -> dotted module path of its function
        operation.operation_id: _module(settings, tag, endpoint, prefix)
        for tag, endpoint, operation in endpoints
        if operation.operation_id
    }
    for tag, endpoint, operation in endpoints:
        _check_parameter_layouts(doc, model, operation)
        facts_ = _operation_facts(doc, model, endpoint, operation, modules, settings)
        facts_ = _with_security(model, facts_, operation)
        module = _module(settings, tag, endpoint, prefix)
        returns_value = facts_.success_type != "Any" and not facts_.data_is_none
        snippet = example_call(
            model,
            endpoint,
            operation,
            module,
            settings.package_name,
            client=f"{settings.client_name}({client_arguments(facts_)})",
            result_name="result" if returns_value else "",
        )
        docs = _param_docs(endpoint, operation)
        facts.operations[operation.pointer] = replace(facts_, function=module, example=snippet, param_docs=docs)
        if settings.login_operation and operation.operation_id == settings.login_operation:
            facts.login = _login_facts(doc, endpoint, operation, modules[settings.login_operation], settings)
    facts.client = _client_facts(settings, facts, server)
    return facts


def openapi_field_prefix(settings: Settings) -> str:
    return str(settings.upstream.get("field_prefix", FIELD_PREFIX))


def _module(settings: Settings, tag: str, endpoint: Endpoint, prefix: str) -> str:
    return f"{settings.package_name}.api.{tag}.{endpoint_module(endpoint.name, prefix)}"


def _auth_kind(operation: Operation, settings: Settings) -> AuthKind:
    requirements = operation.security
    if not any(name in settings.auth for requirement in requirements for name in requirement):
        return "NONE"  # the spec's own schemes (`_with_security`), not the Altegio form
    if not requirements or any(not requirement for requirement in requirements):
        return "NONE"
    kinds: set[AuthKind] = set()
    for requirement in requirements:
        needs = {settings.auth.get(name, "partner") for name in requirement}
        kinds.add("USER" if "user" in needs else "PARTNER" if "partner" in needs else "NONE")
    # Alternatives: the client uses the weakest one it can always satisfy.
    for kind in ("NONE", "PARTNER", "USER"):
        if kind in kinds:
            return kind
    return "PARTNER"


def _operation_facts(
    doc: Document,
    model: SpecModel,
    endpoint: Endpoint,
    operation: Operation,
    modules: dict[str, str],
    settings: Settings,
) -> OperationFacts:
    replacement = operation.replaced_by
    if replacement is not None and (not isinstance(replacement, str) or replacement not in modules):
        raise doc.error(
            f"x-replaced-by names {replacement!r}, which is not an operationId here",
            join(operation.pointer, "x-replaced-by"),
        )
    replaced_by = modules[replacement] if isinstance(replacement, str) else None
    route = None
    if replacement is not None:  # only then: a search per deprecated operation, not per operation
        route = next((o.route for o in model.operations if o.operation_id == replacement), None)
    operation_id = operation.operation_id or str(endpoint.name)
    message = None
    if operation.deprecated:
        message = f"{operation_id} is deprecated"
        message += f"; use {replaced_by} ({route}) instead." if replaced_by else "."

    success = [r for r in endpoint.responses.patterns if r.status_code.range and r.status_code.range[0] < 300]
    expects_json = any(r.source["attribute"] == "response.json()" for r in success)

    unwrap, data_type, data_is_none, data_imports, item_type = False, "", False, (), None
    props = {type_code(r.prop.get_type_string()): r.prop for r in success}
    success_type = " | ".join(props) if props else "Any"
    if len(props) == 1:
        (prop,) = props.values()
        if isinstance(prop, ModelProperty):
            fields = {raw(p.name): p for p in [*(prop.required_properties or ()), *(prop.optional_properties or ())]}
            if "data" in fields:
                unwrap = True
                data_prop = fields["data"]
                data_is_none = type_code(data_prop.get_type_string(no_optional=True)) == "None"
                data_type = "None" if data_is_none else type_code(data_prop.get_type_string())
                data_imports = tuple(
                    sorted(data_prop.get_imports(prefix="...") | data_prop.get_lazy_imports(prefix="..."))
                )
                if isinstance(data_prop, ListProperty) and data_prop.required:  # a list, never UNSET or None
                    item_type = type_code(data_prop.inner_property.get_type_string())

    query = {raw(p.name): str(p.python_name) for p in endpoint.query_parameters}
    pagination: Literal["page", "offset"] | None = None
    page_param = size_param = None
    size_name = ""
    if "page" in query and "count" in query:
        pagination, page_param, size_param, size_name = "page", query["page"], query["count"], "count"
    elif "page" in query and "limit" in query:  # V2 lists: page numbers, `limit` items a page
        pagination, page_param, size_param, size_name = "page", query["page"], query["limit"], "limit"
    elif "offset" in query and "limit" in query:
        pagination, page_param, size_param, size_name = "offset", query["offset"], query["limit"], "limit"
    if pagination and item_type is None:
        pagination = page_param = size_param = None

    size_max = None
    if size_param is not None:
        size = next((p for p in operation.parameters if p.location == "query" and p.name == size_name), None)
        size_schema = model.resolver.mapping(size.schema, join(size.pointer, "schema")) if size is not None else None
        if size_schema is not None and type(size_schema.get("maximum")) is int:
            size_max = size_schema["maximum"]

    styles = {p.name: p.style for p in operation.parameters if p.location == "query"}
    deep = frozenset(
        str(p.python_name)
        for p in endpoint.query_parameters
        if styles.get(raw(p.name)) == "deepObject" and getattr(p, "json_is_dict", False)
    )
    given_as_json = {(p.location, p.name) for p in operation.parameters if json_content(p.raw) is not None}
    json_params = frozenset(
        str(p.python_name)
        for where, found in _parameter_places(endpoint).items()
        for p in found
        if (where, raw(p.name)) in given_as_json
    )
    return OperationFacts(
        operation_id=operation_id,
        method=operation.method.upper(),
        path=operation.path,
        auth=_auth_kind(operation, settings),
        accept=operation.accept,
        deprecated=operation.deprecated,
        replaced_by=replaced_by,
        replaced_by_route=route if replaced_by else None,
        deprecation_message=message,
        expects_json=expects_json,
        unwrap_data=unwrap,
        data_type=data_type,
        data_is_none=data_is_none,
        success_type=success_type,
        data_imports=data_imports,
        pagination=pagination,
        page_param=page_param,
        item_type=item_type,
        size_param=size_param,
        size_max=size_max,
        deep_object_params=deep,
        json_params=json_params,
        id_path_params=frozenset(
            str(p.python_name) for p in endpoint.path_parameters if type_code(p.get_type_string()) == "int"
        ),
    )


def _parameter_places(endpoint: Endpoint) -> dict[str, list[Any]]:
    return {
        "path": endpoint.path_parameters,
        "query": endpoint.query_parameters,
        "header": endpoint.header_parameters,
        "cookie": endpoint.cookie_parameters,
    }


def _param_docs(endpoint: Endpoint, operation: Operation) -> dict[str, str]:
    described = {(p.location, p.name): p.description for p in operation.parameters if p.description}
    places = {
        "path": endpoint.path_parameters,
        "query": endpoint.query_parameters,
        "header": endpoint.header_parameters,
    }
    return {
        str(p.python_name): described[(where, raw(p.name))]
        for where, found in places.items()
        for p in found
        if (where, raw(p.name)) in described
    }


def type_code(type_string: Any) -> str:
    """Upstream type strings are `PythonCode` (already safe to emit); we compare and slice them."""
    return str(type_string.as_unembedded_code()) if hasattr(type_string, "as_unembedded_code") else str(type_string)


def _check_parameter_layouts(doc: Document, model: SpecModel, operation: Operation) -> None:
    """`x-strftime` on a parameter (a location-local date-time the resources take as a `datetime`):
    a string parameter's, in the layouts schema properties may use."""
    for parameter in operation.parameters:
        if "x-strftime" not in parameter.raw:
            continue
        layout = parameter.raw["x-strftime"]
        schema = model.resolver.mapping(parameter.schema, join(parameter.pointer, "schema"))
        if not isinstance(layout, str) or not STRFTIME.fullmatch(layout) or (schema or {}).get("type") != "string":
            raise doc.error(
                "x-strftime on a parameter needs a string schema and only %Y %m %d %H %M %S and the "
                "separators - : T . / space",
                join(parameter.pointer, "x-strftime"),
            )


def _local_datetimes(doc: Document, model: SpecModel) -> dict[str, str]:
    """`x-strftime` on component schema properties, keyed by generated class and property name."""
    found: dict[str, str] = {}
    for schema in model.schemas.values():
        properties = schema.raw.get("properties") if isinstance(schema.raw, dict) else None
        for prop_name, prop in properties.items() if isinstance(properties, dict) else ():
            if not isinstance(prop, dict) or "x-strftime" not in prop:
                continue
            layout = prop["x-strftime"]
            if not isinstance(layout, str) or not STRFTIME.fullmatch(layout):
                raise doc.error(
                    "x-strftime must use only %Y %m %d %H %M %S and the separators - : T . / space",
                    join(schema.pointer, "properties", prop_name, "x-strftime"),
                )
            found[f"{strings.ClassName(schema.name, '')}.{prop_name}"] = layout
    return found


def _login_facts(
    doc: Document, endpoint: Endpoint, operation: Operation, location: str, settings: Settings
) -> LoginFacts:
    body = endpoint.bodies[0].prop if len(endpoint.bodies) == 1 else None
    body_fields = {raw(p.name) for p in body.required_properties or ()} if isinstance(body, ModelProperty) else set()
    success = [r.prop for r in endpoint.responses.patterns if r.status_code.range and r.status_code.range[0] < 300]
    user = None
    if len(success) == 1 and isinstance(success[0], ModelProperty):
        data = {raw(p.name): p for p in success[0].required_properties or ()}.get("data")
        if isinstance(data, ModelProperty) and "user_token" in [raw(p.name) for p in data.required_properties or ()]:
            user = data
    if not ({"login", "password"} <= body_fields and user is not None and isinstance(body, ModelProperty)):
        raise doc.error(
            f"login_operation {settings.login_operation!r} must take a body with required 'login' and "
            "'password' and answer with required data.user_token",
            operation.pointer,
        )
    return LoginFacts(
        module=location.removeprefix(settings.package_name + "."),
        body_class=str(body.class_info.name),
        body_module=str(body.class_info.module_name),
        user_class=str(user.class_info.name),
        user_module=str(user.class_info.module_name),
    )


# --- the spec's own security schemes and servers ----------------------------------------------------

# RFC 9110 tokens: header and cookie names, and the auth-scheme word of an http scheme.
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


@dataclass(frozen=True)
class SchemeFacts:
    """One `securitySchemes` entry as the runtime's `SecurityScheme` takes it (all literals)."""

    name: str
    kind: Literal["bearer", "basic", "apiKey"]
    location: Literal["header", "query", "cookie"] = "header"
    parameter: str = "Authorization"
    prefix: str = "Bearer"


@dataclass(frozen=True)
class ServerFacts:
    url: str
    variables: tuple[tuple[str, str], ...] = ()  # (name, default), sorted


@dataclass(frozen=True)
class ClientFacts:
    """The generated client class: its name, environment prefix, and what it is created with."""

    name: str
    env_prefix: str
    partner_auth: bool = True  # the Altegio partner token is required
    schemes: bool = False  # some operation sends credentials of the spec's own schemes
    server_variables: tuple[tuple[str, str], ...] = ()  # defaults of the document's server
    arguments: str = 'partner_token="PARTNER_TOKEN"'  # README examples: `Client(<arguments>)`
    user_arguments: str = 'partner_token="PARTNER_TOKEN", user_token="USER_TOKEN"'


_EXAMPLE_CREDENTIALS = {
    "bearer": 'token="TOKEN"',
    "apiKey": 'api_key="API_KEY"',
    "basic": 'username="USERNAME", password="PASSWORD"',
}


def client_arguments(operation: OperationFacts) -> str:
    """What a README example creates the client with to call `operation` (code: all literals)."""
    if operation.auth != "NONE":
        return 'partner_token="PARTNER_TOKEN"' + (', user_token="USER_TOKEN"' if operation.auth == "USER" else "")
    if not operation.security or any(not requirement for requirement in operation.security):
        return ""
    kinds = {scheme.kind for scheme in operation.security[0]}
    return ", ".join(_EXAMPLE_CREDENTIALS[kind] for kind in ("bearer", "apiKey", "basic") if kind in kinds)


def _client_facts(settings: Settings, facts: Facts, server: ServerFacts | None) -> ClientFacts:
    operations = list(facts.operations.values())
    partner = any(op.auth != "NONE" for op in operations)
    if partner:
        arguments = 'partner_token="PARTNER_TOKEN"'
        user_arguments = arguments + ', user_token="USER_TOKEN"'
    else:
        secured = [op for op in operations if op.security and all(op.security)]
        arguments = user_arguments = client_arguments(secured[0]) if secured else ""
    return ClientFacts(
        name=settings.client_name,
        env_prefix=settings.env_prefix,
        partner_auth=partner,
        schemes=any(op.security for op in operations),
        server_variables=server.variables if server else (),
        arguments=arguments,
        user_arguments=user_arguments,
    )


def _with_security(model: SpecModel, facts: OperationFacts, operation: Operation) -> OperationFacts:
    """The operation's own schemes and server, unless it takes the Altegio form (`facts.auth`)."""
    item_pointer = join("/paths", operation.path)
    paths = model.root.get("paths")
    item = model.resolver.mapping(paths.get(operation.path), item_pointer) if isinstance(paths, Mapping) else None
    server = _server(operation.raw) or _server(item)
    if facts.auth != "NONE":
        return replace(facts, server=server)
    requirements: list[tuple[SchemeFacts, ...]] = []
    for requirement in operation.security:
        schemes = tuple(scheme for scheme in (_scheme(model, str(name)) for name in requirement) if scheme is not None)
        if len({_place(scheme) for scheme in schemes}) < len(schemes):
            # Schemes asked for together that write the same header, query parameter or cookie
            # cannot all be sent (PagerDuty SCIM's API key and OAuth token, both `Authorization`):
            # they are read as alternatives, so a client holding either sends it.
            requirements.extend((scheme,) for scheme in schemes)
        else:
            requirements.append(schemes)
    if all(not requirement for requirement in requirements):
        requirements = []  # none asks for anything: nothing to send
    return replace(facts, security=tuple(requirements), server=server)


def _place(scheme: SchemeFacts) -> tuple[str, str]:
    """Where a scheme's credential goes; header names are case-insensitive."""
    return scheme.location, scheme.parameter.lower() if scheme.location == "header" else scheme.parameter


def _scheme(model: SpecModel, name: str) -> SchemeFacts | None:
    """The scheme a requirement names, or None when the client can send nothing for it.

    None for mutualTLS (a client certificate, configured on your own `http_client`), and for a
    scheme the document does not define or defines so that it cannot be sent (no `in` or `name`,
    an unknown `type`). Upstream sends no credentials at all, so such a document still gives a
    client; the operation's other alternatives and schemes are sent as usual.
    """
    components = model.root.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, Mapping) else None
    written = schemes.get(name) if isinstance(schemes, Mapping) else None
    try:
        scheme = model.resolver.mapping(written, join("/components/securitySchemes", name))
    except RefError:
        return None
    kind = scheme.get("type") if scheme is not None else None
    if scheme is None or kind == "mutualTLS":
        return None
    if kind == "http":
        word = scheme.get("scheme")
        if not isinstance(word, str) or not _TOKEN.fullmatch(word):
            return None
        if word.lower() == "basic":
            return SchemeFacts(name, "basic")
        return SchemeFacts(name, "bearer", prefix="Bearer" if word.lower() == "bearer" else word)
    if kind in ("oauth2", "openIdConnect"):
        return SchemeFacts(name, "bearer")  # an access token, obtained elsewhere, sent as a bearer token
    where, parameter = scheme.get("in"), scheme.get("name")
    if kind != "apiKey" or where not in ("header", "query", "cookie") or not isinstance(parameter, str):
        return None
    if not parameter or (where != "query" and not _TOKEN.fullmatch(parameter)):
        return None
    return SchemeFacts(name, "apiKey", location=where, parameter=parameter)


def _server(holder: Any) -> ServerFacts | None:
    """The first of `holder`'s `servers` (the document's, a path item's or an operation's), if any."""
    servers = holder.get("servers") if isinstance(holder, Mapping) else None
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], Mapping):
        return None
    url, variables = servers[0].get("url"), servers[0].get("variables")
    if not isinstance(url, str):
        return None
    defaults: dict[str, str] = {}
    for name, variable in variables.items() if isinstance(variables, Mapping) else ():
        if isinstance(variable, Mapping) and isinstance(variable.get("default"), str):
            defaults[str(name)] = variable["default"]
    # A variable without a default stays in the URL: the client then asks for it (server_variables=).
    return ServerFacts(url, tuple(sorted(defaults.items())))
