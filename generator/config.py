"""Generator settings: `[tool.altegio-generator]` in pyproject.toml, overridable on the command line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from generator.errors import InputError
from generator.naming.title import (
    PROJECT_NAME,
    client_name_from_title,
    client_name_problem,
    is_package_name,
    names_from_title,
    same_title,
    shadowing_problem,
)
from generator.release.records import read_record
from generator.settings import Settings

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
    "resources.py.jinja",
    "resources_init.py.jinja",
    "runtime/__init__.py",
)
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)$")
# Environment variables of the generated client are named <ENV_PREFIX>_API_KEY, ..._BASE_URL.
_ENV_PREFIX = re.compile(r"[A-Z][A-Z0-9_]{0,59}")


_REQUIRED = {"spec": str, "output": str, "templates": str}
_OPTIONAL = {
    "project_name": str,
    "package_name": str,
    "client_name": str,
    "env_prefix": str,
    "login_operation": str,
    "allow_external_refs": bool,
    "skip_unsupported": bool,
    "auth": dict,
    "upstream": dict,
    "migration_guide": str,
    "resources": dict,
}
# A resource map entry: two or more lower-case identifiers joined by dots.
_RESOURCE_PLACE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")


def load_settings(
    pyproject: Path,
    *,
    spec: Path | None = None,
    output: Path | None = None,
    project_name: str | None = None,
    package_name: str | None = None,
    client_name: str | None = None,
    skip_unsupported: bool | None = None,
    check_upstream: bool = True,
) -> Settings:
    """Read and check the settings; paths in the file are relative to the file's directory.

    `project_name` and `package_name` in the file belong to the file's `spec`. For another
    document (`--spec`) or when the file leaves them out, they are those of the client already in
    the output directory, if there is one, else derived from the document's `info.title` as
    upstream does (`Pet Store` -> `pet-store-client`, `pet_store_client`); the arguments override
    all of these. `client_name` and `env_prefix` follow the same rule: the file's for its own spec,
    else `<Title>Client` and the package name in capitals.
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
    for operation_id, place in table.get("resources", {}).items():
        if not isinstance(place, str) or not _RESOURCE_PLACE.fullmatch(place) or _has_keyword(place):
            raise fail(operation_id, f"must be a dotted resource path and method such as 'events.list', got {place!r}")
    if "package_name" in table and not is_package_name(table["package_name"]):
        raise fail("package_name", f"{table['package_name']!r} is not a Python identifier")
    if "package_name" in table and (problem := shadowing_problem(table["package_name"])):
        raise fail("package_name", problem)
    if "project_name" in table and not PROJECT_NAME.fullmatch(table["project_name"]):
        raise fail("project_name", f"{table['project_name']!r} must be one directory name (letters, digits, . _ -)")
    if "client_name" in table and (problem := client_name_problem(table["client_name"])):
        raise fail("client_name", problem)
    if client_name is not None and (problem := client_name_problem(client_name)):
        raise InputError(Path("--client-name"), problem)
    if "env_prefix" in table and not _ENV_PREFIX.fullmatch(table["env_prefix"]):
        raise fail("env_prefix", f"{table['env_prefix']!r} must be capitals, digits and _, starting with a capital")
    for flag, value, valid in (
        ("--package-name", package_name, is_package_name),
        ("--project-name", project_name, PROJECT_NAME.fullmatch),
    ):
        if value is not None and not valid(value):
            raise InputError(Path(flag), f"{value!r} is not a valid name (letters, digits and _; - and . in projects)")
    if package_name is not None and (problem := shadowing_problem(package_name)):
        raise InputError(Path("--package-name"), problem)
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
        ("project_name" in table or "package_name" in table) and same_title(spec_path, configured_spec)
    )
    project = project_name or (table.get("project_name") if own_names else None)
    package = package_name or (table.get("package_name") if own_names else None)
    output_path = output if output is not None else root / table["output"]
    if (project is None or package is None) and (existing := _existing_client(output_path)) is not None:
        project, package = project or existing[0], package or existing[1]
    if project is not None and package is None:  # as upstream: the project's name, snake_cased
        package = project.replace("-", "_")
        if not is_package_name(package):
            raise InputError(Path("--package-name"), f"{package!r} (from the project name) is not a Python identifier")
        if problem := shadowing_problem(package):
            raise InputError(Path("--package-name"), f"{problem} (it comes from the project name)")
    guide = None
    if "migration_guide" in table and own_names:  # the guide, like the names, belongs to the file's spec
        guide = root / table["migration_guide"]
        if not guide.is_file():
            raise fail("migration_guide", f"{table['migration_guide']} is not a file")
    if project is None or package is None:
        derived_project, derived_package = names_from_title(spec_path)
        project, package = project or derived_project, package or derived_package
    client = client_name or (table.get("client_name") if own_names else None) or client_name_from_title(spec_path)
    env_prefix = (table.get("env_prefix") if own_names else None) or package.upper()
    return Settings(
        root=root,
        spec=spec_path,
        output=output_path,
        templates=templates,
        project_name=project,
        package_name=package,
        pyproject=pyproject,
        client_name=client,
        env_prefix=env_prefix,
        login_operation=table.get("login_operation"),
        allow_external_refs=table.get("allow_external_refs", False),
        skip_unsupported=table.get("skip_unsupported", False) if skip_unsupported is None else skip_unsupported,
        auth=dict(table.get("auth", {})),
        upstream=dict(table.get("upstream", {})),
        migration_guide=guide,
        # The map names the operations of the file's spec (and of its next versions, given with --spec:
        # there an entry naming no operation is skipped, since the vendor may have dropped it).
        resources=dict(table.get("resources", {})) if own_names else {},
        resources_exact=_same_file(spec_path, configured_spec),
    )


def _has_keyword(place: str) -> bool:
    import keyword

    return any(keyword.iskeyword(part) or keyword.issoftkeyword(part) for part in place.split("."))


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
    # The records' places (`release.provenance.RECORDS`, and inside the package before a regen
    # moved them out); a provenance record names its package.
    try:
        found = [
            (path.parent.parent.name, tomllib.loads(read_record(path).decode("utf-8")).get("package_name"))
            for path in sorted(output.glob("*/.generator/provenance.toml"))
        ]
        found += [
            (path.parent.parent.name, path.parent.name)
            for path in sorted(output.glob("*/*/provenance.toml"))
            if path.parent.name != ".generator" and not (path.parent.parent / ".generator").is_dir()
        ]
    except (OSError, InputError, UnicodeDecodeError, tomllib.TOMLDecodeError):  # the regen itself says why
        return None
    if len(found) != 1:
        return None
    project, package = found[0]
    if not isinstance(package, str):
        return None
    return (project, package) if PROJECT_NAME.fullmatch(project) and is_package_name(package) else None


def _check_upstream(upstream: dict[str, Any], text: str, pyproject: Path) -> None:
    """openapi-python-client ignores keys it does not know; a misspelt one would silently do nothing."""
    from pydantic import ValidationError

    from generator.upstream import ConfigFile

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
