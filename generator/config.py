"""Generator settings: `[tool.altegio-generator]` in pyproject.toml, overridable on the command line."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import InputError

AUTH_KINDS = ("none", "partner", "user")


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
    auth: dict[str, str] = field(default_factory=dict)
    upstream: dict[str, Any] = field(default_factory=dict)

    @property
    def project_dir(self) -> Path:
        return self.output / self.project_name

    @property
    def package_dir(self) -> Path:
        return self.project_dir / self.package_name


_REQUIRED = {"spec": str, "output": str, "templates": str, "project_name": str, "package_name": str}
_OPTIONAL = {"login_operation": str, "allow_external_refs": bool, "auth": dict, "upstream": dict}


def load_settings(
    pyproject: Path, *, spec: Path | None = None, output: Path | None = None
) -> Settings:
    """Read and check the settings; paths in the file are relative to the file's directory."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(pyproject, f"cannot be read: {exc.strerror}") from None
    try:
        table = tomllib.loads(text).get("tool", {}).get("altegio-generator")
    except tomllib.TOMLDecodeError as exc:
        raise InputError(pyproject, f"invalid TOML: {exc}") from None
    if not isinstance(table, dict):
        raise InputError(pyproject, "has no [tool.altegio-generator] table")

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
            raise InputError(pyproject, f"[tool.altegio-generator] is missing the setting '{key}'")
    for scheme, kind in table.get("auth", {}).items():
        if kind not in AUTH_KINDS:
            raise fail(scheme, f"must be one of {', '.join(AUTH_KINDS)}, got {kind!r}")
    if not table["package_name"].isidentifier():
        raise fail("package_name", f"{table['package_name']!r} is not a Python identifier")

    root = pyproject.parent
    templates = root / table["templates"]
    if not templates.is_dir():
        raise fail("templates", f"template directory {table['templates']} does not exist")
    return Settings(
        root=root,
        spec=spec if spec is not None else root / table["spec"],
        output=output if output is not None else root / table["output"],
        templates=templates,
        project_name=table["project_name"],
        package_name=table["package_name"],
        login_operation=table.get("login_operation"),
        allow_external_refs=table.get("allow_external_refs", False),
        auth=dict(table.get("auth", {})),
        upstream=dict(table.get("upstream", {})),
    )


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.split("=", 1)[0].strip() == key:
            return number
    return None
