"""Compare the public Python surface of two generated packages, as calling code imports it.

griffe reads both trees statically (nothing is imported or run) and finds the breaking changes
(`griffe.find_breaking_changes`); a listing of public names on each side adds what griffe does
not report, additions, and any removal it missed. Public means: no name on the path starts with
an underscore (dunder methods such as `__init__` count as public) and, where a module declares
`__all__`, listed in it; imports are public only when re-exported that way. The `_runtime`
subpackage is hand-written, not generated, and private by that rule.

Findings: api_removed, api_signature_changed, api_kind_changed, api_base_removed,
api_attribute_changed [breaking]; api_added [new]. `operation` is the module calling code
imports from, `pointer` the dotted path of the object.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import griffe

from generator.diff.finding import Finding, code
from generator.errors import InputError

_KINDS = {
    griffe.BreakageKind.OBJECT_REMOVED: "api_removed",
    griffe.BreakageKind.OBJECT_CHANGED_KIND: "api_kind_changed",
    griffe.BreakageKind.CLASS_REMOVED_BASE: "api_base_removed",
    griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE: "api_attribute_changed",
    griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE: "api_attribute_changed",
}
"""Every other breakage kind is about a function's parameters or return type."""


def compare_surfaces(old_root: Path, new_root: Path, package: str) -> list[Finding]:
    """Findings for `package` as found under each root (the directory that contains it)."""
    old = _load(old_root, package)
    new = _load(new_root, package)
    findings = [
        _from_breakage(breakage)
        for breakage in griffe.find_breaking_changes(old, new)
        if _is_public_path(breakage.obj.path)
    ]
    reported = [finding.pointer for finding in findings if finding.kind == "api_removed"]
    old_names, new_names = public_names(old), public_names(new)
    for path in _topmost(set(old_names) - set(new_names)):
        if not any(path == done or path.startswith(done + ".") for done in reported):
            module = _module_of(path, old_names)
            findings.append(
                Finding(
                    "api_removed",
                    "breaking",
                    module,
                    path,
                    old_names[path],
                    None,
                    f"{code(_relative(path, module))} removed",
                )
            )
    for path in _topmost(set(new_names) - set(old_names)):
        module = _module_of(path, new_names)
        findings.append(
            Finding(
                "api_added",
                "new",
                module,
                path,
                None,
                new_names[path],
                f"new {new_names[path]} {code(_relative(path, module))}",
            )
        )
    return sorted(findings, key=Finding.sort_key)


def _load(root: Path, package: str) -> griffe.Object:
    if not root.is_dir():
        raise InputError(root, "is not a directory, expected a generated tree")
    if not (root / package).is_dir():
        raise InputError(root, f"holds no package {package!r}")
    loaded = griffe.load(
        package,
        search_paths=[root],
        try_relative_path=False,
        allow_inspection=False,  # read the generated code; never import it
        resolve_aliases=False,
    )
    if loaded.is_alias:
        raise InputError(root, f"{package!r} is not a package")
    assert isinstance(loaded, griffe.Object)
    return loaded


def public_names(package: griffe.Object) -> dict[str, str]:
    """Dotted path -> kind (`module`, `class`, `function`, `attribute`, `alias`) of every public
    object; re-exports are listed where they are exported, not followed."""
    names: dict[str, str] = {}

    def visit(obj: griffe.Object) -> None:
        for member in obj.members.values():
            if not member.is_public or not _is_public_path(member.path):
                continue
            if member.is_alias:
                names[member.path] = "alias"
                continue
            assert isinstance(member, griffe.Object)
            names[member.path] = member.kind.value
            if member.is_module or member.is_class:
                visit(member)

    visit(package)
    return names


def _is_public_path(path: str) -> bool:
    return not any(
        part.startswith("_") and not (part.startswith("__") and part.endswith("__")) for part in path.split(".")
    )


def _topmost(paths: set[str]) -> list[str]:
    """Drop paths inside another path of the set: a removed module is one finding."""
    return sorted(p for p in paths if not any(p.startswith(other + ".") for other in paths))


def _module_of(path: str, names: dict[str, str]) -> str:
    parts = path.split(".")
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        if names.get(prefix) == "module":
            return prefix
    return parts[0]


def _relative(path: str, module: str) -> str:
    """The name calling code writes after importing `module` (the module's own path if same)."""
    return path[len(module) + 1 :] or path


def _owning_module(obj: Any) -> str:
    while obj.is_alias or not obj.is_module:
        obj = obj.parent
    return str(obj.path)


def _from_breakage(breakage: griffe.Breakage) -> Finding:
    obj = breakage.obj
    path = str(obj.path)
    module = _owning_module(obj)
    name = _relative(path, module)
    kind = _KINDS.get(breakage.kind, "api_signature_changed")
    old, new = breakage.old_value, breakage.new_value
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        kind_name = "alias" if old.is_alias else old.kind.value
        return Finding(kind, "breaking", module, path, kind_name, None, f"{code(name)} removed")
    if isinstance(old, griffe.Parameter) or isinstance(new, griffe.Parameter):
        parameter = old if isinstance(old, griffe.Parameter) else new
        message = f"{code(name + '()')} parameter {code(parameter.name)}: {breakage.kind.value.lower()}"
        if breakage.details:
            message += f" ({breakage.details})"
        return Finding(kind, "breaking", module, path, _parameter_text(old), _parameter_text(new), message)
    return Finding(
        kind, "breaking", module, path, _text(old), _text(new), f"{code(name)}: {breakage.kind.value.lower()}"
    )


def _parameter_text(parameter: griffe.Parameter | None) -> str | None:
    if parameter is None:
        return None
    text = parameter.name
    if parameter.annotation is not None:
        text += f": {parameter.annotation}"
    if parameter.default is not None:
        text += f" = {parameter.default}"
    return text


def _text(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, griffe.Kind):
        return value.value
    if isinstance(value, list):
        return [str(item) for item in value]
    return str(value)
