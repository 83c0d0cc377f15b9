"""Render the client with openapi-python-client, using `templates/` as the custom template path.

Upstream leaves out what it cannot generate (an endpoint with an unknown media type, a schema it
cannot parse, one response of an endpoint) and says so in a warning. By default any such warning
stops the run, naming the ways out; with `skip_unsupported` the rest is generated and every
left-out piece is returned, so that the pipeline can print it, the change report can list it and
the generated README can say what is missing.
"""

from __future__ import annotations

import ast
import contextlib
import io
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import Settings
from generator.errors import OBJECT_REPR, InputError
from generator.naming.class_names import class_overrides
from generator.naming.identifiers import alias_model_members
from generator.naming.modules import check_module_names, shorter_model_modules
from generator.release.provenance import header_for
from generator.render.facts import Facts, collect_facts
from generator.render.markdown import markdown_inline
from generator.render.resources import ResourceTree, resource_tree
from generator.render.template_cache import template_bytecode_cache
from generator.spec.load import Document
from generator.spec.model import Operation, SpecModel
from generator.spec.pointer import join, pointer_of, unescape
from generator.spec.validate import PYTHON_NAME, Validated
from generator.startup import switched_off
from generator.upstream import (
    Config,
    ConfigFile,
    GeneratorData,
    GeneratorError,
    MetaType,
    Project,
    PythonCode,
    PythonIdentifier,
    UntrustedString,
    raw,
)
from generator.upstream.parse import generator_data

_ENDPOINT_WARNING = re.compile(
    r"^WARNING parsing (\w+) (\S+) within .*?\.(?P<whole> Endpoint will not be generated\.)?$"
)
_SCHEMA_WARNING = re.compile(r"^Unable to (?:parse|process) (schema|parameter) (\S+?):?$")
_RESPONSE_DETAIL = re.compile(
    r"^Cannot parse response for status code ?\S*( \((?P<why>.*)\))?, response will be omitted"
)
_MEDIA_TYPE = "content_type"
_WAYS_OUT = (
    "leave it out with skip_unsupported = true in [tool.altegio-generator] or --skip-unsupported "
    "(it is then listed in the report and the README)"
)
_OPERATION_WAY_OUT = (
    "or leave the operation out with skip_unsupported = true in [tool.altegio-generator] or --skip-unsupported"
)
_MEDIA_WAY_OUT = "map the media type with content_type_overrides in [tool.altegio-generator.upstream], or "


@dataclass(frozen=True)
class LeftOut:
    """One piece of the document upstream cannot generate: what, why, and where."""

    what: str  # "GET /pets/{id}", "response 200 of GET /pets", "schema Pet"
    reason: str
    pointer: str | None

    @property
    def media_type(self) -> bool:
        return _MEDIA_TYPE in self.reason.lower().replace(" ", "_") or "media type" in self.reason.lower()

    def __str__(self) -> str:
        reason = self.reason[:-1] if self.reason.endswith(".") and not self.reason.endswith("...") else self.reason
        return f"{self.what}: {reason}"


# Told of each endpoint module parsed to find the uncompilable ones: its path, the text it will
# have once the pipeline puts the header on, and its syntax tree (the security gate's and the
# surface record's work on it can be done then, so that no tree is parsed twice or kept).
Parsed = Callable[[Path, str, ast.Module], None]


@dataclass(frozen=True)
class Rendered:
    facts: Facts
    left_out: tuple[LeftOut, ...]
    # Each endpoint module written, by path, with its operation (the operation, not upstream's
    # endpoint, which would keep upstream's model of the document alive for the rest of the run).
    endpoint_modules: dict[Path, Operation]


def upstream_config(
    settings: Settings, document: Path, output: Path, overrides: dict[str, dict[str, str]] | None = None
) -> Config:
    upstream = dict(settings.upstream)
    if overrides is not None:
        upstream["class_overrides"] = overrides
    try:
        config_file = ConfigFile(
            **upstream,
            project_name_override=settings.project_name,
            package_name_override=settings.package_name,
            post_hooks=[],  # formatting is our own, pinned, stage
        )
    except (ValueError, TypeError) as exc:  # pydantic's ValidationError is a ValueError
        raise InputError(settings.root / "pyproject.toml", f"[tool.altegio-generator.upstream]: {exc}") from None
    return Config.from_sources(
        config_file, MetaType.UV, document, file_encoding="utf-8", overwrite=True, output_path=output
    )


def render(
    doc: Document,
    validated: Validated,
    settings: Settings,
    project_dir: Path,
    also_left_out: tuple[LeftOut, ...] = (),
    parsed: Parsed | None = None,
) -> Rendered:
    """Write the unformatted project into `project_dir` (which must not exist yet); the runtime is
    added by the pipeline after formatting, which must not touch it.

    `also_left_out`: operations a previous render made a module for that does not import (see the
    pipeline), left out this time. `parsed`: see `uncompilable_endpoints`.
    """
    if not settings.skip_unsupported and (clashes := validated.model.same_shape()):
        path, earlier = clashes[0]
        raise doc.error(
            f"paths {earlier!r} and {path!r} differ only in their parameter names, which OpenAPI forbids "
            "(they are the same path to a server); rename one of them, or generate both anyway with "
            "skip_unsupported = true in [tool.altegio-generator] or --skip-unsupported (each operation keeps "
            "its own path, operationId and auth)",
            join("/paths", path),
        )
    if validated.problems and not settings.skip_unsupported:
        first = validated.problems[0]
        raise doc.error(f"{first.message}; {first.fix}, {_OPERATION_WAY_OUT}", first.pointer)
    overrides = class_overrides(doc, settings)
    config = upstream_config(settings, doc.path, project_dir, overrides)
    openapi = generator_data(validated, config)
    if shorter := shorter_model_modules(openapi):  # rare: parse again with the module names moved
        config = upstream_config(settings, doc.path, project_dir, {**shorter, **overrides})
        openapi = generator_data(validated, config)
    exact_string_values(openapi)
    chosen_python_names(openapi, validated.model, config)
    alias_model_members(openapi, config)
    ours = [*without_problem_operations(openapi, validated), *_dropped_components(validated)]
    named = {left.what for left in ours}  # upstream leaves out an undeclared path parameter's operation too
    theirs = unsupported(doc, openapi, validated.model)
    left_out = (*ours, *(left for left in theirs if _operation_of(left.what) not in named))
    if left_out and not settings.skip_unsupported:
        raise refusal(doc, left_out)
    if also_left_out:
        _without_operations(openapi, validated.model, {left.what for left in also_left_out})
        left_out += also_left_out
    # before anything is written; with skip_unsupported, an operation whose module name cannot be
    # made safe is left out
    for bad in check_module_names(
        doc, validated.model, openapi, config.field_prefix, skip_unsupported=settings.skip_unsupported
    ):
        named_bad = {operation_named(validated.model.for_endpoint(endpoint)) for endpoint in bad.endpoints}
        _without_operations(openapi, validated.model, named_bad)
        left_out += tuple(LeftOut(name, bad.message, bad.pointer) for name in sorted(named_bad))
    facts = collect_facts(doc, validated.model, openapi, settings)

    _build(doc, openapi, config, settings, facts, left_out, validated.model)
    modules: dict[Path, Operation] = {}
    package_dir = project_dir / settings.package_name
    if broken := uncompilable_endpoints(openapi, validated.model, config, package_dir, parsed, modules):
        # Upstream's templates make code that is not Python for a few shapes of operation; the
        # operation is then left out like anything else upstream cannot generate.
        if not settings.skip_unsupported:
            raise refusal(doc, tuple(broken))
        left_out += tuple(broken)
        _build(doc, openapi, config, settings, facts, left_out, validated.model)
    return Rendered(facts, left_out, modules)


def operation_named(operation: Operation) -> str:
    """How a left-out operation is named: `GET /pets/{id}`."""
    return f"{operation.method.upper()} {operation.path}"


def _without_operations(openapi: GeneratorData, model: SpecModel, operations: set[str]) -> None:
    """Take the endpoints of these operations (see `operation_named`) out of `openapi`'s collections."""
    for tag, collection in list(openapi.endpoint_collections_by_tag.items()):
        collection.endpoints = [
            e for e in collection.endpoints if operation_named(model.for_endpoint(e)) not in operations
        ]
        if not collection.endpoints:
            del openapi.endpoint_collections_by_tag[tag]


def _build(
    doc: Document,
    openapi: GeneratorData,
    config: Config,
    settings: Settings,
    facts: Facts,
    left_out: tuple[LeftOut, ...],
    model: SpecModel,
) -> None:
    resources = resource_tree(model, openapi, settings, facts)
    project = Project(openapi=openapi, config=config, custom_template_path=settings.templates)
    project.env.bytecode_cache = cache = None if switched_off("cache") else template_bytecode_cache()
    project.env.auto_reload = False  # one render: no stat of a template file at every import of it
    # Upstream gives the endpoint template a global of its own, `isbool` (no template uses it). A
    # global that an imported template lacks makes Jinja build that template's module again at
    # every import (`Template._get_default_module`): the macros, for every endpoint. With the
    # same global in the environment, each is built once.
    globals_ = dict(
        facts=facts, package_name=settings.package_name, not_generated=left_out, resources=resources, isbool=_isbool
    )
    project.env.globals.update(globals_)
    project.env.filters["pyliteral"] = pyliteral
    project.env.filters["markdown_inline"] = markdown_inline
    modules = model_modules(openapi)
    project.env.filters["existing_imports"] = lambda imports: existing_imports(imports, modules)
    known = {id(problem) for problem in _problems(openapi)}  # the parser's warnings, said elsewhere
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            problems = [p for p in project.build() if id(p) not in known]
        if problems:  # anything the build itself reports (a template that failed to write a file)
            raise doc.error(f"openapi-python-client could not write the client: {_said(problems[0])}")
        _write_resources(project, resources)  # while the cache is open: its templates load from it too
    finally:
        if cache is not None:
            cache.close()


def _write_resources(project: Project, resources: ResourceTree) -> None:
    """The resource layer, `<package>/resources/`, beside upstream's `client.py`: a module per
    root resource (named as the client's attribute, a safe identifier) and the package's
    `__init__.py` re-exporting their classes."""
    directory = project.package_dir / "resources"
    if directory.exists():  # written by the build before this one, which left out fewer operations
        shutil.rmtree(directory)
    if not resources.roots:
        return
    directory.mkdir()
    template = project.env.get_template("resources.py.jinja")
    for root in resources.roots:
        (directory / f"{root.module}.py").write_text(template.render(root=root), encoding="utf-8")
    init = project.env.get_template("resources_init.py.jinja").render()
    (directory / "__init__.py").write_text(init, encoding="utf-8")


def _isbool(obj: Any) -> bool:
    """Upstream's `isbool` template global (openapi_python_client.Project._build_api), as it is."""
    return bool(obj.get_base_type_string() == PythonCode("bool"))


def without_problem_operations(openapi: GeneratorData, validated: Validated) -> list[LeftOut]:
    """Take the operations `validate` found impossible to generate out of `openapi`'s collections."""
    problems = {id(problem.operation): problem for problem in validated.problems}
    for tag, collection in list(openapi.endpoint_collections_by_tag.items()):
        collection.endpoints = [e for e in collection.endpoints if id(validated.model.for_endpoint(e)) not in problems]
        if not collection.endpoints and not collection.parse_errors:  # upstream's warnings are read later
            del openapi.endpoint_collections_by_tag[tag]
    return [
        LeftOut(f"{p.operation.method.upper()} {p.operation.path}", p.message, p.pointer) for p in validated.problems
    ]


_PART_OF = re.compile(r"^(?:response \S+ of |a response of |part of )")


def _operation_of(what: str) -> str:
    """The operation a left-out piece belongs to (`response 200 of GET /a` -> `GET /a`), else itself."""
    return _PART_OF.sub("", what, count=1)


def _dropped_components(validated: Validated) -> list[LeftOut]:
    """Components `validate` kept from upstream (names that cannot be made safe), each named."""
    kinds = {"schemas": "schema", "parameters": "parameter", "responses": "response", "requestBodies": "request body"}
    found = []
    for pointer, problem in validated.dropped.items():
        _, top, section, name = pointer.split("/", 3)
        if top == "paths":  # an operation's error response: /paths/{path}/{method}/responses/{status}
            method, _, status = name.split("/")
            what = f"response {status} of {method.upper()} {unescape(section)}"
        else:
            what = f"{kinds.get(section, section)} {unescape(name)}"
        found.append(LeftOut(what, f"{problem.message}; {problem.fix}", problem.pointer))
    return found


def uncompilable_endpoints(
    openapi: GeneratorData,
    model: SpecModel,
    config: Config,
    package_dir: Path,
    parsed: Parsed | None = None,
    modules: dict[Path, Operation] | None = None,
) -> list[LeftOut]:
    """Operations whose written module is not Python, each taken out of `openapi`'s collections.

    `parsed` is called with each module that parses: its path, its text with the header and its
    syntax tree, which is not kept; `modules` receives every endpoint's module path, with its operation.
    """
    broken: dict[LeftOut, None] = {}
    for tag, collection in list(openapi.endpoint_collections_by_tag.items()):
        kept = []
        for endpoint in collection.endpoints:
            module = package_dir / "api" / tag / f"{PythonIdentifier(endpoint.name, config.field_prefix)}.py"
            if modules is not None:
                modules[module] = model.for_endpoint(endpoint)
            try:
                # Parsed as it will be gated: the header is one comment line above the module.
                text = f"{header_for(module)}\n{module.read_bytes().decode('utf-8')}"
                tree = ast.parse(text, str(module))
                if parsed is not None:
                    parsed(module, text, tree)
            except (SyntaxError, ValueError) as exc:
                operation = model.for_endpoint(endpoint)  # upstream's path has snake_case parameters
                method, path = operation.method, operation.path
                line = exc.lineno - 1 if isinstance(exc, SyntaxError) and exc.lineno else None  # the header's
                why = f"{exc.msg}, line {line}" if isinstance(exc, SyntaxError) else str(exc)
                reason = f"openapi-python-client's templates write code for it that is not Python ({why})"
                broken[LeftOut(f"{method.upper()} {path}", reason, operation.pointer)] = None
                continue
            kept.append(endpoint)
        collection.endpoints = kept
        if not collection.endpoints:
            del openapi.endpoint_collections_by_tag[tag]
    return list(broken)


def chosen_python_names(openapi: GeneratorData, model: SpecModel, config: Config) -> None:
    """Give a parameter the argument name its `x-python-name` chooses (checked by `validate`).

    Upstream names `filter[master_ids][]` `filtermaster_ids`; the wire name stays as written.
    """
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            operation = model.for_endpoint(endpoint)
            chosen = {(p.location, p.name): p.raw[PYTHON_NAME] for p in operation.parameters if PYTHON_NAME in p.raw}
            if not chosen:
                continue
            for location, found in (
                ("query", endpoint.query_parameters),
                ("path", endpoint.path_parameters),
                ("header", endpoint.header_parameters),
                ("cookie", endpoint.cookie_parameters),
            ):
                for prop in found:
                    name = chosen.get((location, raw(prop.name)))
                    if isinstance(name, str):
                        prop.set_python_name(UntrustedString(name), config)


def exact_string_values(openapi: GeneratorData) -> None:
    """Make `const` and `default` strings the spec's exact value in generated code.

    Upstream 0.29.1 turns a string into code as `repr(remove_string_escapes(value))`: the escaping
    it needs for `"..."` embedding, applied before `repr` escapes again, so `a"b` becomes
    `'a\\"b'` and a client checking a const rejects the very value the server sends. Every
    such value, wherever upstream's model holds it (parameters, bodies, responses, model
    properties, list items, union members), becomes `repr(value)`: a literal that needs nothing
    more to be safe.
    """
    from generator.upstream import PythonCode, Value, remove_string_escapes

    seen: set[int] = set()

    def fix(prop: Any) -> None:
        if prop is None or isinstance(prop, bool) or id(prop) in seen:
            return
        seen.add(id(prop))
        for attribute in ("default", "value"):
            value = getattr(prop, attribute, None)
            if isinstance(value, Value) and isinstance(value.raw_value, str):
                if value.python_code.as_unembedded_code() == repr(remove_string_escapes(value.raw_value)):
                    setattr(prop, attribute, Value(PythonCode(repr(value.raw_value)), value.raw_value))
        for attribute in ("inner_property", "additional_properties"):
            fix(getattr(prop, attribute, None))
        for attribute in ("inner_properties", "required_properties", "optional_properties"):
            for inner in getattr(prop, attribute, None) or []:
                fix(inner)

    for model in openapi.models:
        fix(model)
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for prop in endpoint.list_all_parameters():
                fix(prop)
            for body in endpoint.bodies:
                fix(body.prop)
            for response in [*endpoint.responses.patterns, endpoint.responses.default]:
                fix(response.prop if response is not None else None)


def refusal(doc: Document, left_out: tuple[LeftOut, ...]) -> InputError:
    """One located line: the first thing upstream cannot generate, and both ways out."""
    first = left_out[0]
    way_out = (_MEDIA_WAY_OUT if first.media_type else "fix the document, or ") + _WAYS_OUT
    more = len(left_out) - 1
    also = f" (and {more} more thing{'s' if more > 1 else ''} it cannot generate)" if more else ""
    return doc.error(f"openapi-python-client cannot generate {first}{also}; {way_out}", first.pointer)


def _problems(openapi: GeneratorData) -> list[GeneratorError]:
    """Every warning upstream's parser produced, once (an endpoint with two tags is in two collections).

    Schemas come first: an endpoint that refers to a schema upstream could not parse fails
    because of it, and the first problem is the one the refusal names.
    """
    seen: list[GeneratorError] = list(openapi.errors)
    ids = {id(error) for error in seen}
    for collection in openapi.endpoint_collections_by_tag.values():
        for error in collection.parse_errors:
            if id(error) not in ids:
                ids.add(id(error))
                seen.append(error)
    return seen


def unsupported(doc: Document, openapi: GeneratorData, model: SpecModel | None = None) -> list[LeftOut]:
    """What upstream leaves out, said in the document's own terms (real status codes and names);
    with the document's `model`, an inline schema that upstream names only by its property or
    title is located too."""
    generated = _generated_responses(openapi)
    components: frozenset[str] | None = None  # the lookups below are made once, at the first schema warning
    inline: dict[str, str] | None = None
    found: list[LeftOut] = []
    omitted_so_far: dict[tuple[str, str], int] = {}
    for problem in _problems(openapi):
        header = " ".join((problem.header or "").split())
        reason = _said(problem, with_header=False) or "not supported by openapi-python-client"
        if endpoint := _ENDPOINT_WARNING.match(header):
            method, path = endpoint.group(1).lower(), endpoint.group(2)
            where = pointer_of(["paths", path, method])
            named = f"{method.upper()} {path}"
            if endpoint.group("whole"):
                found.append(LeftOut(named, reason, where))
                continue
            response = _RESPONSE_DETAIL.match(_clean(problem.detail or "", limit=None))
            if response is None:
                found.append(LeftOut(f"part of {named}", reason, where))
                continue
            failed = _failed_codes(doc, path, method, generated.get((method, path), set()))
            index = omitted_so_far.get((method, path), 0)
            omitted_so_far[(method, path)] = index + 1
            code = failed[index] if index < len(failed) else None
            why = _clean(response.group("why") or "") or "not supported by openapi-python-client"
            found.append(
                LeftOut(
                    f"response {code} of {named}" if code else f"a response of {named}",
                    why,
                    pointer_of(["paths", path, method, "responses", code]) if code else where,
                )
            )
        elif schema := _SCHEMA_WARNING.match(header):
            kind, ref = schema.group(1), schema.group(2)
            name = ref.removeprefix("#").rsplit("/", 1)[-1]
            if components is None:
                components = _component_keys(doc)
                inline = _inline_schemas(model) if model else {}
            pointer = _component_of(components, name) or (inline or {}).get(name)
            found.append(LeftOut(f"{kind} {name}", reason, pointer))
        else:
            found.append(LeftOut(_clean(header) or "part of the document", reason, None))
    return list(dict.fromkeys(found))  # upstream warns about an inline schema once per place it parses it


def _component_keys(doc: Document) -> frozenset[str]:
    components = doc.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return frozenset(key for key in schemas if isinstance(key, str)) if isinstance(schemas, dict) else frozenset()


def _component_of(keys: frozenset[str], name: str) -> str | None:
    """The component schema a schema's name is, or (for an inline one, `Pet_tags_item_type_0`) starts
    with: the longest such key, found in time linear in the name's length."""
    for end in range(len(name), 0, -1):
        if name[:end] in keys:
            return pointer_of(["components", "schemas", name[:end]])
    return None


def _inline_schemas(model: SpecModel) -> dict[str, str]:
    """Upstream names an inline schema by its property or by its title: each name, at the first
    schema written as that property (before one so titled in the same schema), or titled so."""
    found: dict[str, str] = {}
    for schema, at in model.schema_positions():
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for name in properties:
                if isinstance(name, str):
                    found.setdefault(name, join(at, "properties", name))
        title = schema.get("title")
        if isinstance(title, str):
            found.setdefault(title, at)
    return found


def model_modules(openapi: GeneratorData) -> frozenset[str]:
    """The model modules this run writes."""
    return frozenset(str(model.class_info.module_name) for model in [*openapi.models, *openapi.enums])


_MODEL_IMPORT = re.compile(r"^from \.+models\.(\w+) import ")


def existing_imports(imports: Any, modules: frozenset[str]) -> list[str]:
    """Drop imports of models that were not generated (upstream could not parse their schema).

    Upstream imports related models inside to_dict/from_dict, so a model whose schema it left out
    breaks only the call that needs it; our template imports them once at the end of the module,
    where the same missing model would break importing the package.
    """
    kept = []
    for line in imports:
        match = _MODEL_IMPORT.match(str(line))
        if match is None or match.group(1) in modules:
            kept.append(str(line))
    return kept


def _generated_responses(openapi: GeneratorData) -> dict[tuple[str, str], set[str]]:
    generated: dict[tuple[str, str], set[str]] = {}
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            responses = [
                *endpoint.responses.patterns,
                *([endpoint.responses.default] if endpoint.responses.default else []),
            ]
            key = (str(endpoint.method).lower(), raw(endpoint.path))
            generated.setdefault(key, set()).update(str(r.status_code.pattern) for r in responses)
    return generated


def _failed_codes(doc: Document, path: str, method: str, parsed: set[str]) -> list[str]:
    """Status codes of an operation that upstream did not turn into a response, in document order."""
    item = (doc.data.get("paths") or {}).get(path)
    operation = item.get(method) if isinstance(item, dict) else None
    responses = operation.get("responses") if isinstance(operation, dict) else None
    codes = [str(code) for code in responses] if isinstance(responses, dict) else []
    return [code for code in codes if code not in parsed and code.lower() not in parsed]


def _clean(text: str, limit: int | None = 300) -> str:
    """One short line without upstream's internals (object reprs of its wrapper types)."""
    text = OBJECT_REPR.sub("", text).replace("<UntrustedString>", "")
    text = " ".join(text.replace("Unable to parse this part of your OpenAPI document: :", "").split())
    return text if limit is None or len(text) <= limit else text[: limit - 3] + "..."


def _said(problem: GeneratorError, *, with_header: bool = True) -> str:
    detail = _first_line(problem.detail)
    if not with_header:
        return _clean(detail)
    return _clean(f"{problem.header or ''} {detail}")


def _first_line(text: str | None) -> str:
    return (text or "").strip().splitlines()[0] if (text or "").strip() else ""


def pyliteral(value: str | int | bool | None) -> str:
    """A Python literal for a fact: spec text reaches generated code only through this."""
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    raise TypeError(f"no Python literal for a {type(value).__name__}")
