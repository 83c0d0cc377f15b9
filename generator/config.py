"""Generator settings: `[tool.altegio-generator]` in pyproject.toml, overridable on the command line."""

from __future__ import annotations

import functools
import json
import keyword
import re
import stat
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import InputError

AUTH_KINDS = ("none", "partner", "user")
# The overrides the pipeline relies on. Without one, upstream would silently fall back to its own
# template, which knows nothing of `facts` or the runtime, and generate a client that cannot work.
REQUIRED_TEMPLATES = (
    "endpoint_module.py.jinja",
    "endpoint_macros.py.jinja",
    "client.py.jinja",
    "errors.py.jinja",
    "model.py.jinja",
    "package_init.py.jinja",
    "pyproject.toml.jinja",
    "README.md.jinja",
    "runtime/__init__.py",
)
# project_name becomes a directory inside the output: one plain, portable name.
_PROJECT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)$")


@dataclass(frozen=True)
class Settings:
    root: Path
    spec: Path
    output: Path
    templates: Path
    project_name: str
    package_name: str
    login_operation: str | None = None
    allow_external_refs: bool = False
    # Leave out, and list, the endpoints upstream cannot generate instead of failing the run.
    skip_unsupported: bool = False
    auth: dict[str, str] = field(default_factory=dict)
    upstream: dict[str, Any] = field(default_factory=dict)
    # The hand-written migration guide copied beside the CHANGELOG (MIGRATING.md), if any.
    migration_guide: Path | None = None

    @property
    def project_dir(self) -> Path:
        return self.output / self.project_name

    @property
    def package_dir(self) -> Path:
        return self.project_dir / self.package_name


_REQUIRED = {"spec": str, "output": str, "templates": str}
_OPTIONAL = {
    "project_name": str,
    "package_name": str,
    "login_operation": str,
    "allow_external_refs": bool,
    "skip_unsupported": bool,
    "auth": dict,
    "upstream": dict,
    "migration_guide": str,
}


def load_settings(
    pyproject: Path,
    *,
    spec: Path | None = None,
    output: Path | None = None,
    project_name: str | None = None,
    package_name: str | None = None,
    skip_unsupported: bool | None = None,
    check_upstream: bool = True,
) -> Settings:
    """Read and check the settings; paths in the file are relative to the file's directory.

    `project_name` and `package_name` in the file belong to the file's `spec`. For another
    document (`--spec`) or when the file leaves them out, they are those of the client already in
    the output directory, if there is one, else derived from the document's `info.title` as
    upstream does (`Pet Store` -> `pet-store-client`, `pet_store_client`); the arguments override
    all of these.
    """
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(pyproject, f"cannot be read: {exc.strerror}", 1, 1) from None
    try:
        tool = tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        if position := _TOML_POSITION.search(message):
            line, column = int(position.group(1)), int(position.group(2))
            raise InputError(pyproject, f"invalid TOML: {message[: position.start()].strip()}", line, column) from None
        raise InputError(pyproject, f"invalid TOML: {message}") from None
    table = tool.get("altegio-generator") if isinstance(tool, dict) else None
    if not isinstance(table, dict):
        raise InputError(pyproject, "has no [tool.altegio-generator] table", 1, 1)

    def fail(key: str, message: str) -> InputError:
        line = _line_of(text, key)
        return InputError(pyproject, f"[tool.altegio-generator] {key}: {message}", line, 1 if line else None)

    for key in table:
        if key not in _REQUIRED and key not in _OPTIONAL:
            raise fail(key, "unknown setting")
    for key, kind in {**_REQUIRED, **_OPTIONAL}.items():
        if key in table and not isinstance(table[key], kind):
            raise fail(key, f"must be a {kind.__name__}, got {type(table[key]).__name__}")
    for key in _REQUIRED:
        if key not in table:
            header = next(
                (n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "[tool.altegio-generator]"), 1
            )
            raise InputError(pyproject, f"[tool.altegio-generator] is missing the setting '{key}'", header, 1)
    for scheme, kind in table.get("auth", {}).items():
        if kind not in AUTH_KINDS:
            raise fail(scheme, f"must be one of {', '.join(AUTH_KINDS)}, got {kind!r}")
    if "package_name" in table and not _is_package_name(table["package_name"]):
        raise fail("package_name", f"{table['package_name']!r} is not a Python identifier")
    if "project_name" in table and not _PROJECT_NAME.fullmatch(table["project_name"]):
        raise fail("project_name", f"{table['project_name']!r} must be one directory name (letters, digits, . _ -)")
    for flag, value, valid in (
        ("--package-name", package_name, _is_package_name),
        ("--project-name", project_name, _PROJECT_NAME.fullmatch),
    ):
        if value is not None and not valid(value):
            raise InputError(Path(flag), f"{value!r} is not a valid name (letters, digits and _; - and . in projects)")
    for key in ("spec", "output", "templates"):
        if not table[key].strip():
            raise fail(key, "must not be empty")
    if check_upstream:  # imports openapi-python-client: skipped by the no-change fast path
        _check_upstream(table.get("upstream", {}), text, pyproject)

    root = pyproject.parent
    templates = root / table["templates"]
    if not templates.is_dir():
        raise fail("templates", f"template directory {table['templates']} does not exist")
    for name in REQUIRED_TEMPLATES:
        if not (templates / name).is_file():
            raise fail("templates", f"{table['templates']}/{name} is missing (see templates/README.md)")
    configured_spec = root / table["spec"]
    spec_path = spec if spec is not None else configured_spec
    own_names = _same_file(spec_path, configured_spec) or (
        ("project_name" in table or "package_name" in table) and _same_title(spec_path, configured_spec)
    )
    project = project_name or (table.get("project_name") if own_names else None)
    package = package_name or (table.get("package_name") if own_names else None)
    output_path = output if output is not None else root / table["output"]
    if (project is None or package is None) and (existing := _existing_client(output_path)) is not None:
        project, package = project or existing[0], package or existing[1]
    if project is not None and package is None:  # as upstream: the project's name, snake_cased
        package = project.replace("-", "_")
        if not _is_package_name(package):
            raise InputError(Path("--package-name"), f"{package!r} (from the project name) is not a Python identifier")
    guide = None
    if "migration_guide" in table and own_names:  # the guide, like the names, belongs to the file's spec
        guide = root / table["migration_guide"]
        if not guide.is_file():
            raise fail("migration_guide", f"{table['migration_guide']} is not a file")
    if project is None or package is None:
        derived_project, derived_package = names_from_title(spec_path)
        project, package = project or derived_project, package or derived_package
    return Settings(
        root=root,
        spec=spec_path,
        output=output_path,
        templates=templates,
        project_name=project,
        package_name=package,
        login_operation=table.get("login_operation"),
        allow_external_refs=table.get("allow_external_refs", False),
        skip_unsupported=table.get("skip_unsupported", False) if skip_unsupported is None else skip_unsupported,
        auth=dict(table.get("auth", {})),
        upstream=dict(table.get("upstream", {})),
        migration_guide=guide,
    )


def _is_package_name(name: str) -> bool:
    return name.isidentifier() and name.isascii() and not keyword.iskeyword(name)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def _existing_client(output: Path) -> tuple[str, str] | None:
    """The project and package names of the one client a regen already wrote into `output`.

    Regenerating into it keeps them, so a vendor retitling its document does not rename the
    package under its users (and the change report compares the same package).
    """
    try:
        found = sorted(output.glob("*/*/provenance.toml"))
    except OSError:
        return None
    if len(found) != 1:
        return None
    project, package = found[0].parent.parent.name, found[0].parent.name
    return (project, package) if _PROJECT_NAME.fullmatch(project) and _is_package_name(package) else None


@functools.lru_cache(maxsize=4)
def _title(spec: Path) -> str | None:
    """The document's `info.title`, or None where it has no plain one (or cannot be read: the run
    reports that when it loads the document).

    Read from the JSON text or the YAML event stream without building the document, which for a
    large one takes seconds that the run spends again when it loads it.
    """
    from generator.load import MAX_DOCUMENT_BYTES

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
    try:
        return _yaml_title(text)
    except yaml.YAMLError:
        return None


def _yaml_title(text: str) -> str | None:
    """The plain scalar at `info` / `title` of a YAML document, from its events."""
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


def _same_title(spec: Path, configured: Path) -> bool:
    """Another file of the settings' own API (a new version downloaded elsewhere) keeps its names."""
    try:
        configured_title = _title(configured)
    except InputError:
        return False
    return configured_title is not None and _title(spec) == configured_title


def _plain(event: yaml.Event) -> str | None:
    """The text of a scalar read as a string (not a number or a tagged value), else None."""
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
    from openapi_python_client.strings import kebab_case

    title = _title(spec)
    for source in (title or "", spec.stem):
        folded = unicodedata.normalize("NFKD", source)
        words = kebab_case("".join(c for c in folded if c.isascii())[:200])
        project, package = f"{words}-client", f"{words}-client".replace("-", "_")
        if words and _PROJECT_NAME.fullmatch(project) and _is_package_name(package):
            return project, package
    raise InputError(
        spec, f"cannot name the package after info.title {str(title)[:80]!r}; pass --package-name and --project-name"
    )


def _check_upstream(upstream: dict[str, Any], text: str, pyproject: Path) -> None:
    """openapi-python-client ignores keys it does not know; a misspelt one would silently do nothing."""
    from openapi_python_client.config import ConfigFile
    from pydantic import ValidationError

    def fail(key: str, message: str) -> InputError:
        line = _line_of(text, key)
        return InputError(pyproject, f"[tool.altegio-generator.upstream] {key}: {message}", line, 1 if line else None)

    ours = {"project_name_override", "package_name_override", "package_version_override", "post_hooks"}
    for key in upstream:
        if key not in ConfigFile.model_fields or key in ours:
            raise fail(key, "is not an openapi-python-client setting this generator passes on")
    try:
        ConfigFile(**upstream)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = str(first["loc"][0]) if first["loc"] else "upstream"
        raise fail(key, f"{first['msg']}") from None


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.split("=", 1)[0].strip() == key:
            return number
    return None
