"""The class names openapi-python-client gives schemas, so a renamed schema is reported as the
model class rename that calling code sees (what regen's surface check reports).

Upstream names a component schema's class after its `title`, else its name; an inline object or
enum after the class that holds it plus its `title`, else the name it is held under (a property
name, `<property>_item` for array items, `<property>_type_<n>` for union branches,
`AdditionalProperty` for map values, `body` and `response_<status>` under an operation).
An operation's function lives in the module `api.<first tag>` (`default` without tags), in a
module named after its operationId (or, without one, its method and path).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from generator.naming.modules import endpoint_module
from generator.upstream import FIELD_PREFIX, strings

if TYPE_CHECKING:
    from generator.settings import Settings
    from generator.spec.load import Document


@cache
def component_class(name: str, title: str | None) -> str:
    return str(strings.ClassName(title or name, FIELD_PREFIX))


@cache
def inline_class(parent: str | None, name: str) -> str:
    if parent:
        return str(strings.ClassName(f"{strings.pascal_case(parent)}{strings.pascal_case(name)}", FIELD_PREFIX))
    return str(strings.ClassName(name, FIELD_PREFIX))


@cache
def tag_module(first_tag: str | None) -> str:
    """The `api` subpackage upstream puts an operation's function in, after its first tag."""
    return str(strings.PythonIdentifier(value=first_tag or "default", prefix="tag"))


@cache
def function_module(operation_id: str | None, method: str, path: str) -> str:
    """The module upstream generates an operation's `sync`/`asyncio` functions in."""
    if operation_id:
        return endpoint_module(operation_id, FIELD_PREFIX)
    route = path.replace("{", "").replace("}", "").replace("/", "_").removeprefix("_").removesuffix("_")
    return endpoint_module(f"{method}_{route}", FIELD_PREFIX)


@cache
def argument_name(parameter: str) -> str:
    """The keyword argument upstream generates for a parameter."""
    return str(strings.PythonIdentifier(parameter, FIELD_PREFIX))


# Names that generated modules bind at module level and that upstream's own code strings use
# (`Any`, `Unset`, `File`, typing and collections names) or that our templates use unaliased. A
# model class of the same name would replace them in every module that imports it, so such a
# class is renamed (`Unset` -> `UnsetModel`); its module keeps its usual name. Names only our
# templates use (`Response`, `HTTPStatus`, `Operation`, `Auth`) are imported under `_` aliases
# there instead, and spec names never start with `_`.
SHADOWING_CLASS_NAMES = (
    "Any",
    "AltegioClient",
    "AltegioClientBase",
    "AsyncAltegioClient",
    "AsyncIterator",
    "BinaryIO",
    "BytesIO",
    "File",
    "FileTypes",
    "Generator",
    "Generic",
    "IO",
    "Iterator",
    "Literal",
    "Mapping",
    "MutableMapping",
    "RequestOptions",
    "T",
    "TextIO",
    "TypeVar",
    "UNSET",
    "UUID",
    "Unset",
)


def class_overrides(doc: Document, settings: Settings) -> dict[str, dict[str, str]]:
    """upstream `class_overrides` renaming model classes that would shadow the generated code's names.

    The new name is checked against the class names the document's component schemas and
    titles give, so that a renamed class never meets a real one; the user's own
    `class_overrides` win.
    """
    from generator.upstream import ClassName, PythonIdentifier

    taken = {str(ClassName(name, "")) for name in _schema_names(doc.data)}
    overrides: dict[str, dict[str, str]] = {}
    for name in dict.fromkeys((*SHADOWING_CLASS_NAMES, settings.client_name)):  # the client class too
        new = f"{name}Model"
        while new in taken:
            new += "X"
        overrides[name] = {"class_name": new, "module_name": str(PythonIdentifier(name, FIELD_PREFIX))}
    return {**overrides, **dict(settings.upstream.get("class_overrides") or {})}


def _schema_names(data: dict[str, Any]) -> list[str]:
    components = data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    names: list[str] = []
    for key, schema in schemas.items() if isinstance(schemas, dict) else []:
        names.append(str(key))
        if isinstance(schema, dict) and isinstance(schema.get("title"), str):
            names.append(schema["title"])
    return names
