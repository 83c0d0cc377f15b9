"""Check an OpenAPI document before anything is generated from it, and build its model.

First the document's model (`generator.spec.model`) is built, following every `$ref`; then the
structure is checked by upstream's own document model (pydantic), from the model's input, and
`upstream_model` builds upstream's model of the document from the result (checked again only
when components had to be dropped); then come
the checks that matter for the generated code (unique operationIds, declared path
parameters, local references only, names that survive the trip into Python). The first problem
found is raised as an `InputError` pointing at its line.

Spec text that ends up in generated code is escaped by upstream and our templates; what is
refused here is text that escaping would silently change (a property name losing a control
character sends the wrong key) or that cannot become a Python name at all.

The full OpenAPI rule book (openapi-spec-validator) is `lint_document`: stricter than generating
needs and slow on large documents, so it is not part of every regen.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from generator.errors import BIDI_CONTROLS, SKIP_UNSUPPORTED
from generator.settings import Settings
from generator.spec.load import Document
from generator.spec.model import HTTP_METHODS, PARAMETER_LOCATIONS, Operation, SpecModel, path_parameter_names
from generator.spec.names import NameProblem as LocalProblem
from generator.spec.names import name_problems, property_names
from generator.spec.pointer import RefError, join, pointer_of, ref_target, walk
from generator.spec.prepare import json_content, upstream_input
from generator.upstream import FIELD_PREFIX, oai, strings

# Arguments every generated operation function takes besides the spec's parameters, and the
# locals of `_get_kwargs` that a parameter of the same name would be overwritten by.
_OWN_ARGUMENTS = ("request_options", "headers", "params", "cookies")
# A parameter's Python argument name chosen in the spec (`x-python-name: master_ids` on
# `filter[master_ids][]`), where upstream's own (`filtermaster_ids`) would be unreadable.
PYTHON_NAME = "x-python-name"
_UPSTREAM_ARGUMENTS = frozenset({"client", "url", "body"})


def _is_argument_name(name: str) -> bool:
    """A name upstream keeps as written: snake_case, no keyword (`from_`, not `from`)."""
    return re.fullmatch(r"[a-z][a-z0-9_]*", name) is not None and strings.PythonIdentifier(name, FIELD_PREFIX) == name


@dataclass(frozen=True)
class OperationProblem:
    """What makes one operation impossible to generate, though the rest of the document is fine."""

    operation: Operation
    message: str  # what is wrong
    fix: str  # what to change in the document
    pointer: str


@dataclass(frozen=True)
class Validated:
    model: SpecModel
    # upstream's parse of the document, handed to upstream's generator as is; None once released
    structure: oai.OpenAPI | None
    # Operations that cannot be generated: the run stops at the first, or with skip_unsupported
    # they are left out (as upstream leaves out an operation it cannot parse) and listed.
    problems: tuple[OperationProblem, ...] = ()
    # Components left out of what upstream reads (a schema whose names cannot be made safe), by
    # pointer, with why: `prepare.upstream_input(model, frozenset(dropped))`.
    dropped: Mapping[str, LocalProblem] = field(default_factory=dict)

    def release_upstream(self) -> None:
        """Let upstream's models of the document go: its parse (`structure`) and the endpoints it
        made from that (`SpecModel.register`). Only render needs them, and on a large document
        they are a third of what a regen holds after it; a released `Validated` renders no more."""
        object.__setattr__(self, "structure", None)  # frozen for everyone else
        self.model.forget_endpoints()


def validate_for(doc: Document, settings: Settings) -> Validated:
    """`validate_document` with the options a regen takes from its settings."""
    return validate_document(
        doc,
        allow_external_refs=settings.allow_external_refs,
        literal_enums=bool(settings.upstream.get("literal_enums", False)),
        login_operation=settings.login_operation,
        skip_unsupported=settings.skip_unsupported,
    )


def validate_document(
    doc: Document,
    *,
    allow_external_refs: bool = False,
    literal_enums: bool = False,
    login_operation: str | None = None,
    skip_unsupported: bool = False,
) -> Validated:
    """Raise `InputError` for what cannot be generated; return the document's model, with the
    operations that cannot be generated on their own.

    A problem confined to one place (a `$ref` to nothing, a name that cannot be made safe) is
    refused naming every way out; with `skip_unsupported` the operations that reach it, directly
    or through components, are left out and listed instead, and the rest generates.

    `login_operation`: the operationId the client's login binds to (settings).
    """
    refs: list[tuple[str, str]] = []
    dangling: list[LocalProblem] = []
    validated = _validate_structure(
        doc, allow_external_refs=allow_external_refs, lenient=skip_unsupported, refs=refs, dangling=dangling
    )
    model = validated.model
    _check_values(doc, model)
    _check_bidi(doc)
    _check_paths(doc)
    id_problems = operation_id_problems(model)
    _refuse_bound_duplicates(doc, model, id_problems, login_operation)
    names = list(name_problems(model, literal_enums))
    if names and not skip_unsupported:
        raise doc.error(f"{names[0].message}; {names[0].fix}, or {_LEAVE_OUT_REACHING}", names[0].pointer)
    dropped: dict[str, LocalProblem] = {}
    for problem in names:
        if (container := _container(problem.pointer)).startswith("/components/"):
            dropped.setdefault(container, problem)
    reaching: list[LocalProblem] = []
    used_at: dict[str, list[str]] = {}  # a component response -> where `$ref`s name it
    for ref, at in refs:
        if (target := ref_target(ref)) is not None and target.startswith("/components/responses/"):
            used_at.setdefault(target, []).append(at)
    for problem in dangling:
        # The client never reads an error response's body as its schema (it raises a typed error
        # for the status), so a `$ref` it cannot follow there leaves out that response alone; so
        # does one in a component response that only error responses name (Vonage's 422).
        container = _container(problem.pointer)
        users = used_at.get(container, []) if container.startswith("/components/responses/") else []
        if response := _error_response(problem.pointer):
            dropped.setdefault(response, problem)
        elif users and all(_error_response(at) == at for at in users):
            for at in users:
                dropped.setdefault(at, problem)
        else:
            reaching.append(problem)
    structure = check_structure(doc, upstream_input(model, frozenset(dropped))) if dropped else validated.structure
    found = [*_reaching(model, refs, [*reaching, *names]), *id_problems, *_operation_problems(model)]
    first = {id(problem.operation): problem for problem in reversed(found)}  # one problem per operation
    problems = tuple(problem for problem in found if first[id(problem.operation)] is problem)
    return Validated(model, structure, problems, dropped)


def _validate_structure(
    doc: Document,
    *,
    allow_external_refs: bool,
    lenient: bool,
    refs: list[tuple[str, str]] | None = None,
    dangling: list[LocalProblem] | None = None,
) -> Validated:
    """With `lenient` (skip_unsupported), a `$ref` to nothing is not refused but added to
    `dangling`; without, it is refused naming the ways out. `refs` receives every `$ref` with its place."""
    check_version(doc)
    found = list(document_refs(doc.data))  # every reference, including those no operation reaches
    missing: list[RefError] = []
    check_refs(doc, allow_external_refs, found, missing if lenient else None)
    try:
        model = SpecModel.build(doc.data, missing if lenient else None)
        for ref, at in found:
            if ref_target(ref) is not None:
                try:
                    model.resolver.resolve({"$ref": ref}, at)
                except RefError as exc:
                    if not lenient or exc.problem != "dangling":
                        raise
                    missing.append(exc)
    except RefError as exc:
        way_out = ""
        if exc.problem == "dangling":
            way_out = f"; fix the reference, or {_LEAVE_OUT_REACHING}"
        elif exc.problem == "external":  # allow_external_refs let it through
            way_out = (
                "; only local '#/...' references are followed: bundle the file into the document, "
                f"or {_LEAVE_OUT_REACHING}"
            )
        raise doc.error(exc.message + way_out, exc.pointer) from None
    for lost in {lost.pointer: lost for lost in missing}.values():
        if re.fullmatch(r"/paths/[^/]*/\$ref", lost.pointer):  # a whole path item: its operations are unknown
            raise doc.error(lost.message, lost.pointer)
        if dangling is not None:
            fix = "bundle the file into the document" if lost.problem == "external" else "fix the reference"
            dangling.append(LocalProblem(lost.message, fix, lost.pointer))
    if refs is not None:
        refs.extend(found)
    structure = check_structure(doc, upstream_input(model))
    return Validated(model, structure)


_LEAVE_OUT_REACHING = f"leave out the operations that reach it with {SKIP_UNSUPPORTED}"


def _reaching(model: SpecModel, refs: list[tuple[str, str]], local: list[LocalProblem]) -> Iterator[OperationProblem]:
    """Each operation that reaches a local problem, in its own objects or in any component it
    refers to (however indirectly), with the first such problem: linear in the references."""
    if not local:
        return
    referred_by: dict[str, set[str]] = {}  # container -> the containers whose `$ref`s name it
    for ref, at in refs:
        target = ref_target(ref)
        if target is not None:
            referred_by.setdefault(_container(target), set()).add(_container(at))
    reached: dict[str, LocalProblem] = {}
    queue: list[str] = []
    for problem in local:
        where = _container(problem.pointer)
        if where not in reached:
            reached[where] = problem
            queue.append(where)
    while queue:
        container = queue.pop()
        for referrer in referred_by.get(container, ()):
            if referrer not in reached:
                reached[referrer] = reached[container]
                queue.append(referrer)
    for operation in model.operations:
        item = operation.pointer.rsplit("/", 1)[0]
        found = reached.get(operation.pointer) or reached.get(item)
        if found is not None:
            own = _container(found.pointer) in (operation.pointer, item)
            said = found.message if own else f"it reaches {found.pointer}, where {found.message}"
            yield OperationProblem(operation, said, found.fix, found.pointer)


_ERROR_RESPONSE = re.compile(rf"(/paths/[^/]+/(?:{'|'.join(HTTP_METHODS)})/responses/[45](?:\d\d|XX))(?:/.*)?")


def _error_response(pointer: str) -> str | None:
    """The 4xx or 5xx response of an operation that `pointer` lies in, if it does."""
    found = _ERROR_RESPONSE.fullmatch(pointer)
    return found.group(1) if found else None


def _container(pointer: str) -> str:
    """The operation, path item or component a pointer lies in (`/components/schemas/Pet`)."""
    parts = pointer.split("/")
    if len(parts) > 1 and parts[1] == "paths":
        if len(parts) > 3 and parts[3] in HTTP_METHODS:
            return "/".join(parts[:4])
        return "/".join(parts[:3])
    if len(parts) > 1 and parts[1] == "components":
        return "/".join(parts[:4])
    return "/".join(parts[:2])


def lint_document(doc: Document) -> list[str]:
    """What openapi-spec-validator finds wrong, as located warnings (at most a few)."""
    return [str(warning) for warning in _rule_warnings(doc, str(doc.data.get("openapi", "")))]


def check_version(doc: Document) -> None:
    version = doc.data.get("openapi")
    if version is None:
        if "swagger" in doc.data:
            raise doc.error("Swagger 2.0 is not supported; convert it to OpenAPI 3.0 or 3.1", "/swagger")
        raise doc.error("missing the 'openapi' field (expected 3.0.x or 3.1.x)")
    if not isinstance(version, str) or not re.fullmatch(r"3\.[01]\.\d+(-.+)?", version):
        raise doc.error(f"unsupported OpenAPI version {version!r} (expected 3.0.x or 3.1.x)", "/openapi")


def check_structure(doc: Document, data: dict[str, Any]) -> oai.OpenAPI:
    """Upstream's parse of `data` (the document as upstream gets it), or the first problem, located."""
    try:
        return oai.OpenAPI.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = _document_location(data, first["loc"])
        raise doc.error(f"invalid OpenAPI: {shortened(first['msg'])}", pointer_of(location) or None) from None
    except RecursionError:
        raise doc.error("invalid OpenAPI: the document nests too deeply to be read") from None


def _document_location(data: Any, loc: tuple[Any, ...]) -> list[Any]:
    """pydantic's error location, minus the union members it names (`Reference`, `other`, ...)."""
    node, kept = data, []
    for index, part in enumerate(loc):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif index < len(loc) - 1 or not isinstance(node, dict):
            continue  # a model or union branch name, not a place in the document
        kept.append(part)  # the last part may be a missing field: keep it
    return kept


def _rule_warnings(doc: Document, version: str, limit: int = 5) -> list[Any]:
    from jsonschema.exceptions import best_match
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator_cls = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    warnings: list[Any] = []
    try:
        for count, error in enumerate(validator_cls(doc.data).iter_errors()):
            if count == limit:
                warnings.append(f"{doc.path}: (more openapi-spec-validator warnings not shown)")
                break
            leaf = error
            while leaf.context:
                leaf = best_match(leaf.context)
            message = f"warning: {shortened(leaf.message, 160)}"
            pointer = pointer_of(list(leaf.absolute_path))
            warnings.append(doc.error(message, pointer) if pointer else f"{doc.path}: {message}")
    except RecursionError:  # its $ref resolver follows recursive schemas: it is advice, not a gate
        warnings.append(f"{doc.path}: warning: openapi-spec-validator gave up (recursive schemas)")
    except Exception as exc:  # noqa: BLE001 - it trips on some malformed documents; upstream's parser decides
        warnings.append(f"{doc.path}: warning: openapi-spec-validator could not check it ({type(exc).__name__}: {exc})")
    return warnings


def shortened(message: str, limit: int = 300) -> str:
    """`message` on one line, cut to `limit` characters (a validator may quote a whole schema)."""
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."


# --- references -------------------------------------------------------------------------------


# Keys whose values are maps from names (of properties, schemas, status codes, media types ...) to
# objects: there a key `x-...` or `example` is a name, not an extension or a literal.
_NAME_MAPS = frozenset(
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas",
        "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links",
        "callbacks", "pathItems", "paths", "webhooks", "content", "encoding", "mapping", "variables",
    }
)  # fmt: skip
# Keys whose values are data, not OpenAPI: a `$ref` in them is text (Cohere's `x-fern-examples`
# point at code-sample files; an example of a JSON Schema API holds `$ref`s of its own).
_LITERALS = frozenset({"example", "default", "enum", "const", "value"})


def document_refs(data: Any) -> Iterator[tuple[str, str]]:
    """Every `$ref` of the document's own objects, with the pointer of the object holding it:
    none inside extensions (`x-...`) or literal values (examples, defaults, enums, consts)."""
    stack: list[tuple[Any, str, bool]] = [(data, "", False)]  # (value, pointer, is a map of names)
    while stack:
        node, at, names = stack.pop()
        if isinstance(node, Mapping):
            if not names and isinstance(node.get("$ref"), str):
                yield node["$ref"], at
            for key, value in reversed(list(node.items())):
                text = str(key)
                if not names and (text.startswith("x-") or text in _LITERALS):
                    continue
                if text == "examples" and isinstance(value, list):  # a schema's examples: values
                    continue
                if isinstance(value, Mapping | list):  # a scalar holds no `$ref`: no pointer for it
                    stack.append((value, join(at, text), not names and text in _NAME_MAPS))
        elif isinstance(node, list):
            stack.extend(
                (value, f"{at}/{index}", False)
                for index, value in reversed(list(enumerate(node)))
                if isinstance(value, Mapping | list)
            )


def check_refs(
    doc: Document, allow_external: bool, found: list[tuple[str, str]], lenient: list[RefError] | None = None
) -> None:
    """References to other files or URLs; local ones are followed when the model is built.

    With `lenient` (a regen with skip_unsupported), a reference to a file is added to it instead
    of refused: the operations that reach it are left out, as for a `$ref` to nothing."""
    for ref, at in found:
        pointer = join(at, "$ref")
        if ref.startswith("#"):
            continue
        try:
            target = urlsplit(ref)
        except ValueError:
            target = urlsplit("invalid://")
        if target.scheme or target.netloc or ref.startswith("//"):
            raise doc.error(
                f"$ref {ref!r} is a URL; the generator never fetches documents over the network",
                pointer,
            )
        if not allow_external and lenient is not None:
            lenient.append(RefError(pointer, "external", f"$ref {ref!r} points outside this document"))
        elif not allow_external:
            raise doc.error(
                f"$ref {ref!r} points outside this document; only local '#/...' references are "
                f"followed: bundle the file into the document, or {_LEAVE_OUT_REACHING}",
                pointer,
            )
        if not _inside(doc.path, target.path):
            raise doc.error(
                f"$ref {ref!r} points to a file outside the directory of {doc.path.name}; refused",
                pointer,
            )


def _inside(spec: Path, relative: str) -> bool:
    if not relative or relative.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", relative):
        return False
    base = spec.resolve().parent
    return (base / relative).resolve().is_relative_to(base)


# --- values -----------------------------------------------------------------------------------

# Text that upstream's string escaping drops or that Python source cannot carry: control and
# format characters, surrogates, unassigned code points, and the Unicode line/paragraph separators.
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
_SAFE_CONTROLS = "\b\t\f"  # escaped, not dropped


def _unsafe_character(text: str) -> str | None:
    for character in text:
        if character not in _SAFE_CONTROLS and unicodedata.category(character) in _UNSAFE_CATEGORIES:
            name = unicodedata.name(character, "control character")
            return f"U+{ord(character):04X} ({name})"
    return None


_PROSE_KEYS = frozenset(("example", "examples", "description", "summary"))


def _numbers(data: Any) -> Iterator[tuple[float, str]]:
    """Every float outside prose and `x-` extensions (free-form data, never emitted as code)."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, at = stack.pop()
        if isinstance(node, float):
            yield node, at
        elif isinstance(node, dict):
            stack.extend(
                (value, join(at, key))
                for key, value in node.items()
                if not (isinstance(key, str) and (key in _PROSE_KEYS or key.startswith("x-")))
                or at.endswith(("/properties", "/patternProperties"))
                or at.count("/") == 2
                and at.startswith("/components/")
            )
        elif isinstance(node, list):
            stack.extend((value, f"{at}/{index}") for index, value in enumerate(node))


def _check_values(doc: Document, model: SpecModel) -> None:
    """Names and values that become string literals must survive escaping unchanged."""
    for number, at in _numbers(doc.data):
        if not math.isfinite(number):
            raise doc.error(f"{number} is not a finite number; JSON and Python literals have no inf or nan", at)
    for path in doc.data.get("paths") or {}:
        _refuse_unsafe(doc, path, "name", join("/paths", path))
    for schema, at in model.schema_positions():
        for name in property_names(schema.get("properties")):
            _refuse_unsafe(doc, name, "name", join(at, "properties", name))
        for key in ("const", "default"):
            _refuse_unsafe(doc, schema.get(key), key, join(at, key))
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, Mapping):
            _refuse_unsafe(doc, discriminator.get("propertyName"), "discriminator", join(at, "discriminator"))
        for key in ("enum", "required"):
            items = schema.get(key)
            for index, item in enumerate(items if isinstance(items, list) else ()):
                _refuse_unsafe(doc, item, f"{key} value", join(at, key, index))
    for operation in model.operations:
        for parameter in operation.parameters:
            _refuse_unsafe(doc, parameter.name, "parameter name", join(parameter.pointer, "name"))
        media = [*(operation.body.content if operation.body else ())]
        media += [m for response in operation.responses for m in response.content]
        for medium in media:
            _refuse_unsafe(doc, medium.name, "media type", medium.pointer)


def _check_bidi(doc: Document) -> None:
    """Refuse bidirectional overrides anywhere, prose included: they end up in docstrings."""
    if not _has_bidi(doc.data):
        return  # the usual case: no pointers to make
    for node, at in walk(doc.data):
        texts = [(node, at)] + ([(k, join(at, k)) for k in node] if isinstance(node, dict) else [])
        for text, where in texts:
            if isinstance(text, str) and (found := BIDI_CONTROLS.search(text)):
                raise doc.error(
                    f"text contains the bidirectional control U+{ord(found.group()):04X}, which can make "
                    "generated code display differently than it runs (Trojan Source); remove it",
                    where,
                )


def _has_bidi(data: Any) -> bool:
    """Whether any key or string under `data` holds a bidirectional control (no pointers made)."""
    stack = [data]
    search = BIDI_CONTROLS.search
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if not node.isascii() and search(node):
                return True
        elif isinstance(node, Mapping):
            stack.extend(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def _refuse_unsafe(doc: Document, text: Any, what: str, pointer: str) -> None:
    if isinstance(text, str) and (found := _unsafe_character(text)):
        raise doc.error(f"{what} {text!r} contains {found}, which generated code cannot carry unchanged", pointer)


# --- paths and operations ---------------------------------------------------------------------


def _check_paths(doc: Document) -> None:
    for path, item in (doc.data.get("paths") or {}).items():
        pointer = join("/paths", path)
        for key in item if isinstance(item, Mapping) else ():
            if isinstance(key, str) and key != key.lower() and key.lower() in HTTP_METHODS:
                raise doc.error(
                    f"{key!r} is not an operation: OpenAPI's method fields are lower case, and "
                    f"openapi-python-client would drop it without a word; write it as {key.lower()!r}",
                    join(pointer, key),
                )
        if not path.startswith("/"):
            raise doc.error(f"path {path!r} must start with '/'", pointer)
        leftover = re.sub(r"{[^{}]*}", "", path)
        if "{" in leftover or "}" in leftover:
            raise doc.error(f"path {path!r} has an unbalanced '{{' or '}}'", pointer)


def operation_id_problems(model: SpecModel) -> list[OperationProblem]:
    seen: dict[str, str] = {}
    problems = []
    for operation in model.operations:
        operation_id = operation.operation_id
        if operation_id is not None:
            if operation_id in seen:
                problems.append(
                    OperationProblem(
                        operation,
                        f"duplicate operationId {operation_id!r} (first used at {seen[operation_id]})",
                        "rename one of them",
                        join(operation.pointer, "operationId"),
                    )
                )
                continue
            seen[operation_id] = operation.pointer
    return problems


def _refuse_bound_duplicates(
    doc: Document, model: SpecModel, id_problems: list[OperationProblem], login_operation: str | None
) -> None:
    """A duplicate operationId that the client binds by id is refused in every mode: leaving one
    of the two out would bind the login (or a deprecation's replacement) to the wrong operation."""
    bound = {login_operation} if login_operation else set()
    bound |= {op.replaced_by for op in model.operations if isinstance(op.replaced_by, str)}
    for problem in id_problems:
        operation_id = problem.operation.operation_id
        if operation_id in bound:
            role = "login_operation" if operation_id == login_operation else "an x-replaced-by"
            raise doc.error(
                f"{problem.message}; {role} names it, so the client binds to it by its operationId and "
                "neither may be left out: rename one of them",
                problem.pointer,
            )


def _operation_problems(model: SpecModel) -> Iterator[OperationProblem]:
    for operation in model.operations:
        declared = {p.name for p in operation.parameters if p.location == "path"}
        undeclared = [name for name in path_parameter_names(operation.path) if name not in declared]
        if undeclared:
            yield OperationProblem(
                operation,
                f"path parameter {{{undeclared[0]}}} of {operation.method.upper()} {operation.path} is not declared "
                "in its parameters",
                "declare it",
                operation.pointer,
            )
        elif problem := _parameter_problem(operation):
            yield problem


def _parameter_problem(operation: Operation) -> OperationProblem | None:
    own = set(_OWN_ARGUMENTS) | ({"body"} if operation.body is not None else set())
    for parameter in operation.parameters:
        if parameter.location not in PARAMETER_LOCATIONS:
            continue  # the structure check has refused it already
        if "schema" not in parameter.raw and "content" not in parameter.raw:
            return OperationProblem(
                operation,
                f"parameter {parameter.name!r} has neither 'schema' nor 'content', so its type is unknown",
                "add a schema",
                parameter.pointer,
            )
        content = parameter.raw.get("content")
        if "schema" not in parameter.raw and json_content(parameter.raw) is None:
            shown = ", ".join(map(str, content)) if isinstance(content, Mapping) else repr(content)
            return OperationProblem(
                operation,
                f"parameter {parameter.name!r} is given by content ({shown}); only one JSON media type "
                "(sent JSON-encoded) is supported there",
                "give it a schema instead, or one application/json entry",
                join(parameter.pointer, "content"),
            )
        python_name: str = strings.PythonIdentifier(parameter.name, FIELD_PREFIX)
        if PYTHON_NAME in parameter.raw:
            chosen = parameter.raw[PYTHON_NAME]
            if not (isinstance(chosen, str) and _is_argument_name(chosen)):
                return OperationProblem(
                    operation,
                    f"{PYTHON_NAME} of parameter {parameter.name!r} must be a snake_case Python name that is not a "
                    f"keyword, not {chosen!r}",
                    "write a name such as master_ids or from_",
                    join(parameter.pointer, PYTHON_NAME),
                )
            others = {
                strings.PythonIdentifier(other.name, FIELD_PREFIX)
                for other in operation.parameters
                if other is not parameter and PYTHON_NAME not in other.raw
            } | {
                other.raw[PYTHON_NAME]
                for other in operation.parameters
                if other is not parameter and isinstance(other.raw.get(PYTHON_NAME), str)
            }
            if chosen in others or chosen in _UPSTREAM_ARGUMENTS:
                return OperationProblem(
                    operation,
                    f"{PYTHON_NAME} {chosen!r} of parameter {parameter.name!r} is the name of another argument",
                    "choose another name",
                    join(parameter.pointer, PYTHON_NAME),
                )
            python_name = chosen
        if python_name in own:
            return OperationProblem(
                operation,
                f"parameter {parameter.name!r} would become the argument `{python_name}`, a name the generated "
                "function already uses",
                "rename the parameter",
                join(operation.pointer, "parameters"),
            )
    return None
