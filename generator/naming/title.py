"""The project and package names a document gives: upstream's, from its `info.title`.

The title is read without building the document (see `_title`), so that naming costs nothing
when the run turns out to have nothing to do.
"""

from __future__ import annotations

import functools
import json
import keyword
import re
import stat
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import InputError

if TYPE_CHECKING:
    import yaml  # imported where a YAML title is read: a regen with nothing to do reads none

# project_name becomes a directory inside the output: one plain, portable name.
PROJECT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def is_package_name(name: str) -> bool:
    return name.isidentifier() and name.isascii() and not keyword.iskeyword(name)


# What a generated client imports beyond the standard library (its pyproject's dependencies and
# theirs). A package of the same name would hide the real one, for the client and for every
# program it is vendored into, and the import check, which preloads some of them, could not tell.
CLIENT_DEPENDENCIES = frozenset(
    {"httpx", "httpcore", "h11", "anyio", "sniffio", "certifi", "idna", "attr", "attrs", "typing_extensions"}
)


def shadowing_problem(package: str) -> str | None:
    """Why a client package may not be called `package` (it hides a module the client or its
    users import), else None. A name derived from a title ends in `_client`: only one given can."""
    if package in sys.stdlib_module_names:
        hidden = "the standard library's module"
    elif package in CLIENT_DEPENDENCIES:
        hidden = "the client's dependency"
    else:
        return None
    return f"a package named {package!r} would hide {hidden} of that name from the client and the programs using it"


@functools.lru_cache(maxsize=4)
def _title(spec: Path) -> str | None:
    """The document's `info.title`, or None where it has no plain one (or cannot be read: the run
    reports that when it loads the document).

    Read from the JSON text or the YAML event stream without building the document, which for a
    large one takes seconds that the run spends again when it loads it.
    """
    from generator.spec.load import MAX_DOCUMENT_BYTES

    try:
        found = spec.stat()
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_DOCUMENT_BYTES:
            return None  # a directory, a FIFO or a device may never end: only load_document opens it
        with spec.open("rb") as handle:
            text = handle.read(MAX_DOCUMENT_BYTES + 1).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return None
        info = data.get("info") if isinstance(data, dict) else None
        title = info.get("title") if isinstance(info, dict) else None
        return title if isinstance(title, str) else None
    import yaml

    try:
        return _yaml_title(text)
    except yaml.YAMLError:
        return None


def _yaml_title(text: str) -> str | None:
    """The plain scalar at `info` / `title` of a YAML document, from its events."""
    import yaml

    # One entry per open container: [is a mapping, the key of the value that comes next (None
    # while a key is awaited, "" for a key that is not plain text), is itself a key].
    stack: list[list[Any]] = []
    for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        if isinstance(event, yaml.DocumentEndEvent):
            return None
        if isinstance(event, yaml.CollectionEndEvent):
            ended = stack.pop()
            if stack and stack[-1][0] and not ended[2]:
                stack[-1][1] = None  # the collection was a value: a key comes next
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue
        top = stack[-1] if stack else None
        opens = isinstance(event, yaml.CollectionStartEvent)
        if top is not None and top[0] and top[1] is None:  # a key
            top[1] = _plain(event) or ""
            if opens:  # a complex key: its contents are skipped, then its value comes
                stack.append([False, "", True])
            continue
        if opens:
            stack.append([isinstance(event, yaml.MappingStartEvent), None, False])
            continue
        if len(stack) == 2 and stack[0][1] == "info" and stack[1][0] and stack[1][1] == "title":
            return _plain(event)
        if top is not None and top[0]:
            top[1] = None
    return None


def same_title(spec: Path, configured: Path) -> bool:
    """Another file of the settings' own API (a new version downloaded elsewhere) keeps its names."""
    configured_title = _title(configured)
    return configured_title is not None and _title(spec) == configured_title


def _plain(event: yaml.Event) -> str | None:
    """The text of a scalar read as a string (not a number or a tagged value), else None."""
    import yaml

    if not isinstance(event, yaml.ScalarEvent) or event.tag not in (None, "!", "tag:yaml.org,2002:str"):
        return None
    if event.tag is None and event.implicit[0]:  # unquoted: it may read as a number, null, true or false
        tag = yaml.resolver.Resolver().resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
        if tag != "tag:yaml.org,2002:str" and not (
            tag.endswith(":bool") and event.value.lower() not in ("true", "false")
        ):
            return None
    return str(event.value)


def names_from_title(spec: Path) -> tuple[str, str]:
    """Project and package name for a document, from its `info.title` as upstream derives them.

    Only letters and digits of the title survive (accents are dropped), so the names are plain
    ASCII whatever the title holds. Without a usable title the file's name stands in (the
    document's own problems are then reported by validation, not here); with neither, the run is
    refused naming the flags that set the names.
    """
    from generator.upstream import kebab_case

    title = _title(spec)
    for source in (title or "", spec.stem):
        folded = unicodedata.normalize("NFKD", source)
        words = kebab_case("".join(c for c in folded if c.isascii())[:200])
        project, package = f"{words}-client", f"{words}-client".replace("-", "_")
        if words and PROJECT_NAME.fullmatch(project) and is_package_name(package):
            return project, package
    raise InputError(
        spec, f"cannot name the package after info.title {str(title)[:80]!r}; pass --package-name and --project-name"
    )


# The client class is imported into every endpoint module and exported from the package root,
# so it may not be a name those modules or the root already bind.
CLIENT_NAME = re.compile(r"[A-Z][A-Za-z0-9]{0,79}")
RESERVED_CLIENT_NAMES = frozenset(
    {
        "AltegioClientBase",
        "Any",
        "AsyncIterator",
        "ClassVar",
        "Credentials",
        "File",
        "FileTypes",
        "Iterator",
        "Literal",
        "Mapping",
        "RequestOptions",
        "Self",
        "T",
        "TypeVar",
        "UNSET",
        "UUID",
        "Unset",
    }
)


def client_name_problem(name: str) -> str | None:
    """Why `name` cannot be the generated client class, or None when it can."""
    if not CLIENT_NAME.fullmatch(name):
        return f"{name!r} must be a class name: an ASCII capital letter, then letters and digits (at most 80)"
    if name in RESERVED_CLIENT_NAMES or name.endswith("Error"):
        return f"{name!r} is a name the generated package already uses"
    return None


def client_name_from_title(spec: Path) -> str:
    """The client class a document gives: its `info.title` in PascalCase plus `Client`.

    `Pet Store` gives `PetStoreClient`; only ASCII letters and digits of the title survive (accents
    are dropped); a title that leaves nothing, or only digits up front, gives `ApiClient` or
    `Api<digits>...Client`.
    """
    folded = unicodedata.normalize("NFKD", _title(spec) or "")
    words = re.findall(r"[A-Za-z0-9]+", "".join(c for c in folded if c.isascii())[:200])
    name = "".join(word[:1].upper() + word[1:] for word in words)[:60]
    if not name or not name[0].isalpha():
        name = "Api" + name
    name = name if name.endswith("Client") else name + "Client"
    return name if client_name_problem(name) is None else "ApiClient"
