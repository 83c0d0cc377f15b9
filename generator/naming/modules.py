"""File names derived from the spec: inside the output, portable, and one module per file.

Upstream names model modules after schemas and titles, operation modules after operationIds, and
`api/` subpackages after tags. Its snake_case keeps only identifier characters, so no name can
hold a `/` or `..`; that is asserted here anyway, together with what snake_case does not prevent:
two schemas or operations landing in the same file (the second would silently overwrite the
first), names that Windows reserves (`con.py` cannot be created there), and names too long for
a file system. `generator.checks.tree_names` then looks at what was actually written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from generator.errors import SKIP_UNSUPPORTED
from generator.spec.load import Document
from generator.spec.model import SpecModel
from generator.spec.pointer import join
from generator.upstream import Endpoint, GeneratorData, strings

# Per file or directory name, in UTF-8 bytes. File systems allow 255; Windows also caps a whole
# path near 260 characters and generated modules sit four directories deep, so stay well below.
MAX_NAME_BYTES = 150
SHORTENED_STEM_BYTES = 80  # a model module renamed for being too long, before any `_2`
# Names Windows reserves in every directory, with any extension (`con.py` is `con`).
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{device}{n}" for device in ("com", "lpt") for n in [*"123456789", "¹", "²", "³"]}
)


@dataclass(frozen=True)
class _Module:
    directory: str  # relative to the package, e.g. "models" or "api/events"
    name: str  # file or directory name
    origin: str  # what in the spec made it, for messages
    pointer: str | None
    endpoints: tuple[Endpoint, ...] = ()  # an operation's module or a tag's directory: what it holds

    @property
    def said(self) -> str:
        return self.origin if len(self.origin) <= 100 else self.origin[:97] + "..."


@dataclass(frozen=True)
class BadModuleName:
    """An operation module (or a tag's directory) whose name cannot be made safe, and the
    endpoints that would go in it."""

    message: str
    pointer: str | None
    endpoints: tuple[Endpoint, ...]


def endpoint_module(name: str, prefix: str) -> str:
    """The module upstream writes an endpoint to (`api/<tag>/<this>.py`): its `name` (the
    operationId, or what upstream made of the method and path) as an identifier."""
    return str(strings.PythonIdentifier(name, prefix))


def shorter_model_modules(openapi: GeneratorData) -> dict[str, dict[str, str]]:
    """upstream `class_overrides` that move a model whose module name no file system would take
    everywhere into a module that it will, keeping the class name.

    Upstream names a model's module after its title where there is one, and a title can be a
    sentence (Ory's `OAuth2Client`), far past `MAX_NAME_BYTES`; a schema `Con` gives `con.py`,
    which Windows cannot create. Such a module is named after the start of its name
    (`..._model` for a reserved one), numbered on when that is taken. Run on upstream's model of
    the document: the module names are its own.
    """
    classes = [*openapi.models, *openapi.enums]
    taken = {fold(str(klass.class_info.module_name)) for klass in classes}
    overrides: dict[str, dict[str, str]] = {}
    for klass in classes:
        stem = str(klass.class_info.module_name)
        if len(f"{stem}.py".encode()) > MAX_NAME_BYTES:
            base = _shortened(stem)
        elif stem.lower() in WINDOWS_RESERVED:
            base = f"{stem}_model"
        else:
            continue
        new, number = base, 2
        while fold(new) in taken:
            new, number = f"{base}_{number}", number + 1
        taken.add(fold(new))
        overrides[str(klass.class_info.name)] = {"module_name": new}
    return overrides


def _shortened(stem: str) -> str:
    """The start of `stem` within `SHORTENED_STEM_BYTES`, cut after a whole word where there is one."""
    cut = stem.encode()[:SHORTENED_STEM_BYTES].decode(errors="ignore")
    head, _, _ = cut.rpartition("_")
    return (head if len(head) >= SHORTENED_STEM_BYTES // 2 else cut).rstrip("_")


def check_module_names(
    doc: Document, model: SpecModel, openapi: GeneratorData, prefix: str, *, skip_unsupported: bool = False
) -> list[BadModuleName]:
    """Raise `InputError` if two spec names share a generated file, or a name is not a safe file name.

    With `skip_unsupported`, a clash or bad name of an operation's module (or of a tag's
    directory) is returned instead, with the endpoints to leave out; a model's is still refused.
    """
    schema_keys = _schema_keys(model)
    modules: list[_Module] = []
    for klass in [*openapi.models, *openapi.enums]:
        info = klass.class_info
        schema, where = schema_keys.get(str(info.name), (str(info.name), None))
        modules.append(_Module("models", f"{info.module_name}.py", f"schema {schema!r}", where))
    tags: dict[str, tuple[str, str]] = {}  # directory -> (tag, pointer of its first use)
    for operation in model.operations:
        for tag, at in operation.tags:
            tags.setdefault(str(strings.PythonIdentifier(tag, prefix)), (tag, at))
    for tag_name, collection in openapi.endpoint_collections_by_tag.items():
        raw_tag, tag_pointer = tags.get(str(tag_name), (str(tag_name), None))
        modules.append(_Module("api", str(tag_name), f"tag {raw_tag!r}", tag_pointer, tuple(collection.endpoints)))
        for endpoint in collection.endpoints:
            operation = model.for_endpoint(endpoint)
            if operation.operation_id is not None:
                origin, pointer = f"operation {operation.operation_id!r}", join(operation.pointer, "operationId")
            else:
                origin, pointer = f"operation {operation.label}", operation.pointer
            module_name = endpoint_module(endpoint.name, prefix)
            modules.append(_Module(f"api/{tag_name}", f"{module_name}.py", origin, pointer, (endpoint,)))

    bad: list[BadModuleName] = []
    taken: dict[tuple[str, str], _Module] = {}
    for module in modules:
        problem = _name_problem(module)
        place = (module.directory, fold(module.name))
        if problem is None and (first := taken.get(place)) is not None:
            problem = (
                f"{module.said} and {first.said} would both be generated as "
                f"{module.directory}/{module.name}; one would overwrite the other (rename one of them)",
                module.pointer or first.pointer,
            )
        if problem is None:
            taken[place] = module
        elif skip_unsupported and module.endpoints:
            bad.append(BadModuleName(*problem, module.endpoints))
        elif module.endpoints:
            raise doc.error(f"{problem[0]}, or {_LEAVE_OUT}", problem[1])
        else:
            raise doc.error(*problem)
    return bad


_LEAVE_OUT = f"leave its operations out with {SKIP_UNSUPPORTED}"


def _name_problem(module: _Module) -> tuple[str, str | None] | None:
    stem = module.name.removesuffix(".py")
    problem = None
    if not stem.isidentifier():
        problem = "is not a Python identifier"
    elif stem.split(".")[0].lower() in WINDOWS_RESERVED:
        problem = "is a name Windows reserves for a device"
    elif len(module.name.encode()) > MAX_NAME_BYTES:
        problem = f"is longer than {MAX_NAME_BYTES} bytes"
    elif stem == "__init__":
        problem = "would replace the package's __init__.py"
    if problem is None:
        return None
    shown = module.name if len(module.name) <= 80 else module.name[:77] + "..."
    return f"{module.said} would be generated as {module.directory}/{shown}, which {problem}; rename it", module.pointer


def fold(name: str) -> str:
    """The key under which two names are the same file on some file system (case, Unicode form)."""
    return unicodedata.normalize("NFKC", name).casefold()


def _schema_keys(model: SpecModel) -> dict[str, tuple[str, str | None]]:
    """Generated class name -> (key, pointer) of the component schema that most likely made it."""
    found: dict[str, tuple[str, str | None]] = {}
    for key, schema in model.schemas.items():
        title = schema.raw.get("title") if isinstance(schema.raw, dict) else None
        for name in (key, title) if isinstance(title, str) else (key,):
            found.setdefault(str(strings.ClassName(name, "")), (key, schema.pointer))
    return found
