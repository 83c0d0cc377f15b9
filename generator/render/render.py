"""Render the client with openapi-python-client, using `templates/` as the custom template path.

Upstream's model of the document is adjusted first (class names, exact string values, the
Python names the spec chooses), what cannot be generated is taken out (see `left_out`), and the
project is written: upstream's templates with ours layered on, then the resource layer.
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.errors import SKIP_UNSUPPORTED
from generator.naming.class_names import class_overrides
from generator.naming.model_members import alias_model_members
from generator.naming.modules import check_module_names, endpoint_module, shorter_model_modules
from generator.render.facts import Facts, collect_facts
from generator.render.headers import header_for
from generator.render.imports import existing_imports, import_block, only_used, sorted_imports
from generator.render.left_out import (
    LeftOut,
    left_out_by_parse,
    parser_problems,
    problem_text,
    refusal,
)
from generator.render.markdown import markdown_inline
from generator.render.resources import ResourceTree, resource_tree
from generator.render.template_cache import template_bytecode_cache
from generator.settings import Settings
from generator.spec.load import Document
from generator.spec.model import Operation, SpecModel
from generator.spec.pointer import join
from generator.spec.upstream_model import upstream_model
from generator.spec.validate import PYTHON_NAME, Validated
from generator.startup import switched_off
from generator.upstream import (
    Config,
    Endpoint,
    GeneratorData,
    Project,
    PythonCode,
    UntrustedString,
    raw,
    strings,
)
from generator.upstream.docstrings import property_docstring, safe_for_docstring
from generator.upstream.parse import upstream_config

_OPERATION_WAY_OUT = f"or leave the operation out with {SKIP_UNSUPPORTED}"


@dataclass(frozen=True)
class Rendered:
    left_out: tuple[LeftOut, ...]
    # Each endpoint module written, by path, with its operation (the operation, not upstream's
    # endpoint, which would keep upstream's model of the document alive for the rest of the run).
    endpoint_modules: dict[Path, Operation]


@dataclass(frozen=True)
class Planned:
    """Upstream's model of the document as it will be rendered, and what is left out of it."""

    openapi: GeneratorData
    config: Config
    left_out: tuple[LeftOut, ...]


def render(
    doc: Document,
    validated: Validated,
    settings: Settings,
    project_dir: Path,
    also_left_out: tuple[LeftOut, ...] = (),
    on_module: Callable[[str], None] | None = None,
) -> Rendered:
    """Write the unformatted project into `project_dir` (which must not exist yet); the runtime is
    added by the pipeline after formatting, which must not touch it.

    `also_left_out`: operations a previous render made a module for that does not parse or import
    (see the pipeline), left out this time. `on_module` is given the text of each Python module a
    template renders (header included), just before it is written: see `checks.early_gate`.
    """
    planned = plan(doc, validated, settings, project_dir, also_left_out)
    openapi, config, left_out = planned.openapi, planned.config, planned.left_out
    facts = collect_facts(doc, validated.model, openapi, settings)

    _build(doc, openapi, config, settings, facts, left_out, validated.model, on_module)
    package_dir = project_dir / settings.package_name
    modules = {
        package_dir / "api" / tag / f"{endpoint_module(endpoint.name, config.field_prefix)}.py": (
            validated.model.for_endpoint(endpoint)
        )
        for tag, collection in openapi.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    return Rendered(left_out, modules)


def plan(
    doc: Document, validated: Validated, settings: Settings, project_dir: Path, also_left_out: tuple[LeftOut, ...] = ()
) -> Planned:
    """All of `render` but the writing: upstream's model of the document with every operation
    that cannot be generated taken out, and what those are (raised as an `InputError` without
    `skip_unsupported`). The spec diff asks the same of a document (`diff.left_out`)."""
    if not settings.skip_unsupported and (clashes := validated.model.same_shape()):
        path, earlier = clashes[0]
        raise doc.error(
            f"paths {earlier!r} and {path!r} differ only in their parameter names, which OpenAPI forbids "
            f"(they are the same path to a server); rename one of them, or generate both anyway with "
            f"{SKIP_UNSUPPORTED} (each operation keeps its own path, operationId and auth)",
            join("/paths", path),
        )
    if validated.problems and not settings.skip_unsupported:
        first = validated.problems[0]
        raise doc.error(f"{first.message}; {first.fix}, {_OPERATION_WAY_OUT}", first.pointer)
    overrides = class_overrides(doc, settings)
    config = upstream_config(settings, doc.path, project_dir, overrides)
    openapi = upstream_model(validated, config)
    if shorter := shorter_model_modules(openapi):  # rare: parse again with the module names moved
        config = upstream_config(settings, doc.path, project_dir, {**shorter, **overrides})
        openapi = upstream_model(validated, config)
    exact_string_values(openapi)
    chosen_python_names(openapi, validated.model, config)
    alias_model_members(openapi, config)
    left_out = left_out_by_parse(doc, openapi, validated)
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
        named_bad = {validated.model.for_endpoint(endpoint).route for endpoint in bad.endpoints}
        _without_operations(openapi, validated.model, named_bad)
        left_out += tuple(LeftOut(name, bad.message, bad.pointer) for name in sorted(named_bad))
    return Planned(openapi, config, left_out)


def _without_operations(openapi: GeneratorData, model: SpecModel, operations: set[str]) -> None:
    """Take the endpoints of these operations (by `Operation.route`) out of `openapi`'s collections."""
    for tag, collection in list(openapi.endpoint_collections_by_tag.items()):
        collection.endpoints = [e for e in collection.endpoints if model.for_endpoint(e).route not in operations]
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
    on_module: Callable[[str], None] | None,
) -> None:
    modules = model_modules(openapi)
    resources = resource_tree(model, openapi, settings, facts, modules)
    project = Project(openapi=openapi, config=config, custom_template_path=settings.templates)
    project.env.bytecode_cache = cache = None if switched_off("cache") else template_bytecode_cache()
    project.env.template_class = HeaderedTemplate  # each file written once, header included
    if on_module is not None:
        project.env.template_class = type(
            "HeaderedTemplate", (HeaderedTemplate,), {"on_module": staticmethod(on_module)}
        )
    project.env.auto_reload = False  # one render: no stat of a template file at every import of it
    # Upstream gives the endpoint template a global of its own, `isbool` (no template uses it). A
    # global that an imported template lacks makes Jinja build that template's module again at
    # every import (`Template._get_default_module`): the macros, for every endpoint. With the
    # same global in the environment, each is built once.
    globals_ = dict(
        facts=facts, package_name=settings.package_name, not_generated=left_out, resources=resources, isbool=_isbool
    )
    project.env.globals.update(globals_)
    # Our templates reach upstream's property templates through this, not `{% import %}`: an
    # import in a loop compares the context's globals with the template's at every property
    # (Jinja's `_get_default_module`), and the module it then returns is this one.
    project.env.globals["property_template"] = functools.cache(
        lambda name: project.env.get_template(f"property_templates/{name}").module
    )
    project.env.globals["operation_docstring_head"] = _once_per_operation(project.env, "docstring_head")
    project.env.filters["pyliteral"] = pyliteral
    project.env.filters["path_fstring"] = path_fstring
    project.env.filters["import_block"] = import_block
    project.env.filters["only_used"] = only_used
    project.env.filters["markdown_inline"] = markdown_inline
    project.env.filters["identifiers"] = identifiers
    project.env.filters["wordwrap"] = wordwrap
    project.env.filters["safe_for_docstring"] = safe_for_docstring
    project.env.globals["property_docstring"] = property_docstring
    project.env.filters["existing_imports"] = lambda imports: existing_imports(imports, modules)
    known = {id(problem) for problem in parser_problems(openapi)}  # the parser's warnings, said elsewhere
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            problems = [p for p in project.build() if id(p) not in known]
        if problems:  # anything the build itself reports (a template that failed to write a file)
            raise doc.error(f"openapi-python-client could not write the client: {problem_text(problems[0])}")
        _write_resources(project, resources)  # while the cache is open: its templates load from it too
    finally:
        if cache is not None:
            cache.close()


def _once_per_operation(env: jinja2.Environment, macro: str) -> Callable[[Endpoint, Any], str]:
    """The endpoint macro `macro(endpoint, op)`, rendered once per endpoint: its module's functions
    and its resource methods ask for the same text. The macro is looked up at the first call, once
    the environment it renders in is complete (as `property_template`)."""
    # id -> (the endpoint, kept so that its id stays its own; the text)
    rendered: dict[int, tuple[Endpoint, str]] = {}

    def render_once(endpoint: Endpoint, op: Any) -> str:
        if (found := rendered.get(id(endpoint))) is None:
            module = env.get_template("endpoint_macros.py.jinja").module  # built once, then cached
            text = str(getattr(module, macro)(endpoint, op))
            found = rendered[id(endpoint)] = (endpoint, text)
        return found[1]

    return render_once


class HeaderedTemplate(jinja2.Template):
    """A template whose text starts with the header of the file it makes (`model.py.jinja`
    makes a `.py` file, `headers.header_for`): upstream writes each file once, and
    `add_headers` only reads it.

    The render environment's `template_class` (a subclass of it, with `on_module` set). Only a
    top-level render adds the header: a template imported or included by another is run through
    its functions, never `render`. A Python module's imports are sorted (`imports`), and its
    text goes to `on_module`, if set.
    """

    on_module: Callable[[str], None] | None = None

    def render(self, *args: Any, **kwargs: Any) -> str:
        text = super().render(*args, **kwargs)
        name = self.name or ""
        header = header_for(Path(name.removesuffix(".jinja"))) if name.endswith(".jinja") else None
        if header is None:
            return text
        text = f"{header}\n{text}"
        if name.endswith(".py.jinja"):
            text = sorted_imports(text)  # as ruff would leave them: it then has less to rewrite
            if self.on_module is not None:
                self.on_module(text)
        return text


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


def model_modules(openapi: GeneratorData) -> frozenset[str]:
    """The model modules this run writes."""
    return frozenset(str(model.class_info.module_name) for model in [*openapi.models, *openapi.enums])


@jinja2.pass_environment
def wordwrap(
    environment: jinja2.Environment,
    s: str,
    width: int = 79,
    break_long_words: bool = True,
    wrapstring: str | None = None,
    break_on_hyphens: bool = True,
) -> str:
    """Jinja's `wordwrap`, the same text, without `textwrap` for a line it would leave as it is:
    as long as `width` at most, and not ending in whitespace (`textwrap` drops a last word that
    `str.strip` empties, a no-break space as much as a space). Most docstring lines are, and the
    templates wrap every docstring, thousands on a large client. Jinja wraps each line on its
    own, as here; the others go to Jinja's filter, one line at a time."""
    newline = environment.newline_sequence if wrapstring is None else wrapstring
    return newline.join(
        line
        if len(line) <= width and not (line and line[-1].isspace())  # an empty line stays empty
        else str(jinja2.filters.do_wordwrap(environment, line, width, break_long_words, wrapstring, break_on_hyphens))
        for line in s.splitlines()
    )


# ASCII that is not a word character, as a space. Python code outside strings is delimited by
# ASCII, so every name the code uses comes out whole; splitting on the rest too (`\W+`) took
# three times as long on large clients, for words of docstrings only.
_NOT_WORD = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})


def identifiers(code: str) -> frozenset[str]:
    """Every word in `code`: a name a module does not hold is not a name it uses."""
    return frozenset(code.translate(_NOT_WORD).split())


_PLACEHOLDER = re.compile(r"(\{[^{}]*\})")


def path_fstring(path: object, parameters: list[str]) -> str | None:
    """The body of an f-string for an endpoint's URL, each path parameter's placeholder (upstream
    writes `{python_name}`) filled by `_path_segment(python_name)`: what ruff's UP032 makes of the
    `.format(...)` call upstream's template writes, written as ruff would leave it, so that ruff
    has no endpoint module to rewrite. The rest of the path is literal text, escaped as upstream
    escapes it in f-strings (`in_double_quote_literal`, braces doubled), so no spec text becomes
    an expression.

    None if the path has a brace that is not a parameter's placeholder: `.format` then says at
    call time what is wrong, as upstream's does.
    """
    names = set(parameters)
    pieces = []
    for index, piece in enumerate(_PLACEHOLDER.split(raw(path))):
        if index % 2:  # a placeholder
            if piece[1:-1] not in names or not piece[1:-1].isidentifier():
                return None
            pieces.append(f"{{_path_segment({piece[1:-1]})}}")
        elif "{" in piece or "}" in piece:
            return None
        else:
            pieces.append(strings.in_double_quote_literal(piece).replace("{", "{{").replace("}", "}}"))
    return "".join(pieces)


def pyliteral(value: str | int | bool | None) -> str:
    """A Python literal for a fact: spec text reaches generated code only through this."""
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    raise TypeError(f"no Python literal for a {type(value).__name__}")
