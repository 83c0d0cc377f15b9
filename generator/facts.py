"""What the templates need that upstream's model does not carry, computed once in Python.

openapi-python-client gives templates endpoints, properties and models, but not deprecation
replacements, per-operation security, servers, required Accept headers or our `x-` extensions.
This module reads those from the document and hands them to the templates as small frozen
records whose string fields are already Python literals (`repr`), so spec text never reaches
generated code unescaped.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from typing import Any

from openapi_python_client import strings
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import ModelProperty

from generator.config import Settings
from generator.examples import deref, example_call
from generator.load import Document
from generator.validate import HTTP_METHODS, pointer_of

# strftime layouts allowed in `x-strftime`: digits-only fields and separators, nothing else.
_STRFTIME = re.compile(r"(%[YmdHMS]|[-: T./])+")


def literal(value: str) -> str:
    """A Python string literal for untrusted text."""
    return repr(str(value))


@dataclass(frozen=True)
class OperationFacts:
    operation_id: str  # literal
    method: str  # literal, upper case
    path: str  # literal
    auth: str  # NONE | PARTNER | USER
    accept: str  # literal or "None"
    deprecated: bool
    replaced_by: str  # literal dotted path or "None"
    deprecation_message: str  # literal or "None"
    expects_json: bool
    unwrap_data: bool  # sync() returns `parsed.data`
    data_type: str  # type string of what sync() returns
    data_is_none: bool
    success_type: str  # type string of the parsed success body ("Any" when there is none)
    data_imports: tuple[str, ...]  # imports the unwrapped data type needs in the endpoint module
    pagination: str | None  # "page" | "offset"
    page_param: str | None  # python names of the paging parameters
    size_param: str | None
    size_max: str = "None"  # literal: the page-size parameter's `maximum`, when the spec gives one
    deep_object_params: frozenset[str] = frozenset()
    function: str = ""  # dotted path of the operation module, e.g. "altegio_activity.api.events.get_event"
    example: str | None = None  # a README snippet calling `sync`, built from the spec's examples
    # python name -> the parameter's `description` (raw spec text: templates pass it through
    # `safe_for_docstring`); upstream keeps only the schema's, which our parameters leave empty.
    param_docs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LoginFacts:
    module: str  # relative module path from the package root, e.g. "api.authentication_b2b.authenticate_user"
    body_class: str
    body_module: str
    user_class: str
    user_module: str


@dataclass
class Facts:
    operations: dict[tuple[str, str], OperationFacts] = field(default_factory=dict)
    local_datetimes: dict[str, str] = field(default_factory=dict)  # "Class.prop" -> strftime literal
    base_url: str = "''"
    login: LoginFacts | None = None

    def for_endpoint(self, endpoint: Any) -> OperationFacts:
        return self.operations[endpoint_key(endpoint)]

    def datetime_layout(self, model: Any, prop: Any) -> str | None:
        """The strftime literal for a request property marked `x-strftime`, else None."""
        return self.local_datetimes.get(f"{model.class_info.name}.{_raw(prop.name)}")


def _shape(path: str) -> str:
    # Upstream renames path parameters in `endpoint.path`; the shape of a path stays unique.
    return re.sub(r"{[^{}]*}", "{}", path)


def endpoint_key(endpoint: Any) -> tuple[str, str]:
    return endpoint.method.lower(), _shape(endpoint.path.get_untrusted_value())


def strip_accept_headers(data: dict[str, Any]) -> tuple[dict[str, Any], dict[tuple[str, str], str]]:
    """Remove `Accept` header parameters, returning what each operation requires.

    Upstream would turn a required Accept header into an argument of every function; the
    client sends it itself, so the value becomes a fact of the operation instead.
    """
    data = copy.deepcopy(data)
    accepts: dict[tuple[str, str], str] = {}

    def is_accept(param: Any) -> bool:
        target = deref(data, param)
        return (
            isinstance(target, dict)
            and target.get("in") == "header"
            and str(target.get("name", "")).lower() == "accept"
        )

    def accept_value(param: Any) -> str | None:
        schema = deref(data, deref(data, param).get("schema") or {})
        if isinstance(schema, dict):
            for key in ("const", "default"):
                if isinstance(schema.get(key), str):
                    return str(schema[key])
            if isinstance(schema.get("enum"), list) and schema["enum"] and isinstance(schema["enum"][0], str):
                return str(schema["enum"][0])
        return None

    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            params = operation.get("parameters") or []
            for param in [*shared, *params]:
                if is_accept(param) and (value := accept_value(param)) is not None:
                    accepts[(method, path)] = value
            if params:
                operation["parameters"] = [p for p in params if not is_accept(p)]
        if shared:
            item["parameters"] = [p for p in shared if not is_accept(p)]
    return data, accepts


def collect_facts(
    doc: Document, openapi: GeneratorData, accepts: dict[tuple[str, str], str], settings: Settings
) -> Facts:
    data = doc.data
    facts = Facts()
    servers = data.get("servers") or []
    if servers and isinstance(servers[0], dict) and isinstance(servers[0].get("url"), str):
        facts.base_url = literal(servers[0]["url"])
    facts.local_datetimes = _local_datetimes(doc)

    raw_operations = {
        (method, _shape(path)): (path, item[method])
        for path, item in (data.get("paths") or {}).items()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    }
    prefix = openapi_field_prefix(settings)
    locations: dict[str, str] = {}  # operationId -> dotted module path of its function
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            _, raw = raw_operations[endpoint_key(endpoint)]
            if isinstance(raw.get("operationId"), str):
                module = strings.PythonIdentifier(endpoint.name, prefix)
                locations[raw["operationId"]] = f"{settings.package_name}.api.{tag}.{module}"

    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            key = endpoint_key(endpoint)
            path, raw = raw_operations[key]
            accept = accepts.get((key[0], path))
            operation = _operation_facts(doc, endpoint, path, raw, accept, locations, settings)
            module = f"{settings.package_name}.api.{collection.tag}.{strings.PythonIdentifier(endpoint.name, prefix)}"
            returns_value = operation.success_type != "Any" and not operation.data_is_none
            snippet = example_call(
                data,
                endpoint,
                data["paths"][path],
                raw,
                module,
                settings.package_name,
                user_token=operation.auth == "USER",
                result_name="result" if returns_value else "",
            )
            docs = _param_docs(
                data, endpoint, [*(data["paths"][path].get("parameters") or []), *(raw.get("parameters") or [])]
            )
            facts.operations[key] = replace(operation, function=module, example=snippet, param_docs=docs)
            if settings.login_operation and raw.get("operationId") == settings.login_operation:
                facts.login = _login_facts(doc, endpoint, locations[settings.login_operation], settings)
    return facts


def openapi_field_prefix(settings: Settings) -> str:
    return str(settings.upstream.get("field_prefix", "field_"))


def _auth_kind(doc: Document, raw: dict[str, Any], settings: Settings) -> str:
    requirements = raw.get("security", doc.data.get("security")) or []
    if not requirements or any(not req for req in requirements):
        return "NONE"
    kinds = set()
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
    endpoint: Any,
    path: str,
    raw: dict[str, Any],
    accept: str | None,
    locations: dict[str, str],
    settings: Settings,
) -> OperationFacts:
    method = endpoint.method.lower()
    deprecated = bool(raw.get("deprecated"))
    replacement = raw.get("x-replaced-by")
    if replacement is not None:
        pointer = pointer_of(["paths", path, method, "x-replaced-by"])
        if not isinstance(replacement, str) or replacement not in locations:
            raise doc.error(f"x-replaced-by names {replacement!r}, which is not an operationId here", pointer)
    replaced_by = locations.get(replacement) if isinstance(replacement, str) else None
    operation_id = raw.get("operationId") or endpoint.name
    message = None
    if deprecated:
        message = f"{operation_id} is deprecated"
        message += f"; use {replaced_by} instead." if replaced_by else "."

    success = [r for r in endpoint.responses.patterns if r.status_code.range and r.status_code.range[0] < 300]
    expects_json = any(r.source["attribute"] == "response.json()" for r in success)

    unwrap, data_type, data_is_none, data_imports = False, "", False, ()
    props = {_code(r.prop.get_type_string()): r.prop for r in success}
    success_type = " | ".join(props) if props else "Any"
    if len(props) == 1:
        (prop,) = props.values()
        if isinstance(prop, ModelProperty):
            fields = {p.name: p for p in [*prop.required_properties, *prop.optional_properties]}
            if "data" in fields:
                unwrap = True
                data_prop = fields["data"]
                data_is_none = _code(data_prop.get_type_string(no_optional=True)) == "None"
                data_type = "None" if data_is_none else _code(data_prop.get_type_string())
                data_imports = tuple(
                    sorted(data_prop.get_imports(prefix="...") | data_prop.get_lazy_imports(prefix="..."))
                )

    query = {p.name: p.python_name for p in endpoint.query_parameters}
    pagination = page_param = size_param = None
    if "page" in query and "count" in query:
        pagination, page_param, size_param = "page", query["page"], query["count"]
    elif "offset" in query and "limit" in query:
        pagination, page_param, size_param = "offset", query["offset"], query["limit"]
    if pagination and not (unwrap and data_type.startswith("list[")):
        pagination = page_param = size_param = None

    size_max = None
    if size_param is not None:
        size_name = "count" if pagination == "page" else "limit"
        size_schema = deref(doc.data, _raw_param(doc, raw, size_name).get("schema") or {})
        if isinstance(size_schema, dict) and isinstance(size_schema.get("maximum"), int):
            size_max = size_schema["maximum"]

    deep = frozenset(
        p.python_name
        for p in endpoint.query_parameters
        if _param_style(doc, raw, p.name) == "deepObject" and p.json_is_dict
    )
    return OperationFacts(
        operation_id=literal(operation_id),
        method=literal(method.upper()),
        path=literal(path),
        auth=_auth_kind(doc, raw, settings),
        accept=literal(accept) if accept else "None",
        deprecated=deprecated,
        replaced_by=literal(replaced_by) if replaced_by else "None",
        deprecation_message=literal(message) if message else "None",
        expects_json=expects_json,
        unwrap_data=unwrap,
        data_type=data_type,
        data_is_none=data_is_none,
        success_type=success_type,
        data_imports=data_imports,
        pagination=pagination,
        page_param=page_param,
        size_param=size_param,
        size_max=repr(size_max),
        deep_object_params=deep,
    )


def _raw(text: Any) -> str:
    return text.get_untrusted_value() if hasattr(text, "get_untrusted_value") else str(text)


def _code(type_string: Any) -> str:
    """Upstream type strings are `PythonCode` (already safe to emit); we compare and slice them."""
    return type_string.as_unembedded_code() if hasattr(type_string, "as_unembedded_code") else str(type_string)


def _raw_param(doc: Document, raw: dict[str, Any], name: str) -> dict[str, Any]:
    for param in raw.get("parameters") or []:
        param = deref(doc.data, param)
        if isinstance(param, dict) and param.get("name") == name and param.get("in") == "query":
            return param
    return {}


def _param_docs(data: dict[str, Any], endpoint: Any, params: list[Any]) -> dict[str, str]:
    described = {}
    for param in params:
        param = deref(data, param)
        if isinstance(param, dict) and isinstance(param.get("description"), str):
            described[(param.get("in"), param.get("name"))] = param["description"]
    places = {
        "path": endpoint.path_parameters,
        "query": endpoint.query_parameters,
        "header": endpoint.header_parameters,
    }
    return {
        p.python_name: described[(where, _raw(p.name))]
        for where, found in places.items()
        for p in found
        if (where, _raw(p.name)) in described
    }


def _param_style(doc: Document, raw: dict[str, Any], name: str) -> str | None:
    for param in raw.get("parameters") or []:
        param = deref(doc.data, param)
        if isinstance(param, dict) and param.get("name") == name and param.get("in") == "query":
            return param.get("style")
    return None


def _local_datetimes(doc: Document) -> dict[str, str]:
    """`x-strftime` on component schema properties, keyed by generated class and property name."""
    found: dict[str, str] = {}
    schemas = (doc.data.get("components") or {}).get("schemas") or {}
    for schema_name, schema in schemas.items():
        if not isinstance(schema, dict):
            continue
        for prop_name, prop in (schema.get("properties") or {}).items():
            if not isinstance(prop, dict) or "x-strftime" not in prop:
                continue
            layout = prop["x-strftime"]
            pointer = pointer_of(["components", "schemas", schema_name, "properties", prop_name, "x-strftime"])
            if not isinstance(layout, str) or not _STRFTIME.fullmatch(layout):
                raise doc.error(
                    "x-strftime must use only %Y %m %d %H %M %S and the separators - : T . / space",
                    pointer,
                )
            class_name = strings.ClassName(schema_name, "")
            found[f"{class_name}.{prop_name}"] = literal(layout)
    return found


def _login_facts(doc: Document, endpoint: Any, location: str, settings: Settings) -> LoginFacts:
    pointer = pointer_of(["paths", endpoint.path.get_untrusted_value(), endpoint.method.lower()])  # approx.
    body = endpoint.bodies[0].prop if len(endpoint.bodies) == 1 else None
    body_fields = {p.name for p in body.required_properties} if isinstance(body, ModelProperty) else set()
    success = [r.prop for r in endpoint.responses.patterns if r.status_code.range and r.status_code.range[0] < 300]
    user = None
    if len(success) == 1 and isinstance(success[0], ModelProperty):
        data = {p.name: p for p in success[0].required_properties}.get("data")
        if isinstance(data, ModelProperty) and any(p.name == "user_token" for p in data.required_properties):
            user = data
    if not ({"login", "password"} <= body_fields and user is not None and body is not None):
        raise doc.error(
            f"login_operation {settings.login_operation!r} must take a body with required 'login' and "
            "'password' and answer with required data.user_token",
            pointer,
        )
    return LoginFacts(
        module=location.removeprefix(settings.package_name + "."),
        body_class=body.class_info.name,
        body_module=body.class_info.module_name,
        user_class=user.class_info.name,
        user_module=user.class_info.module_name,
    )
