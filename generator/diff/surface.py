"""Compare the public Python surface of two generated packages, as calling code imports it.

A regen records the surface of the package it writes (`surface.yaml`, beside `provenance.toml`):
every public name with its kind, a function's parameters and return annotation, a class's
bases. The next regen compares that record with the new package's, so what it reports depends
on what the previous regen wrote, never on the tree as it is now (a hand edit there is for
`check` to undo, not a change to announce). griffe reads the package statically (nothing is
imported or run). Public means: no name on the path starts with an underscore (dunder methods
such as `__init__` count as public) and, where a module declares `__all__`, listed in it;
imports are public only when re-exported that way, and are recorded where they are exported.
A re-export of a private object (the hand-written `_runtime`) carries that object's signature
and public members under the exported name. Everything here is linear in the number of names.

Findings: api_removed, api_signature_changed, api_kind_changed, api_base_removed [breaking];
api_added [new]. `operation` is the module calling code imports from, `pointer` the dotted path
of the object. The checks on a function's parameters are griffe's (`find_breaking_changes`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

from generator.diff.finding import Finding, code
from generator.errors import InputError

SURFACE_RECORD = "surface.yaml"  # JSON (so also YAML) after the generated-file header comment
RECORD_FORMAT = 1

Entry = dict[str, Any]
Surface = dict[str, Entry]  # dotted path -> what calling code sees there

_POSITIONAL = ("positional-only", "positional or keyword")
_VARIADIC = ("variadic positional", "variadic keyword")
_Param = tuple[str, str, str | None, str | None]  # name, kind, annotation, default


# --- recording -----------------------------------------------------------------------------------------


def surface_record(root: Path, package: str) -> Surface:
    """The public surface of `package` as found under `root` (the directory that contains it)."""
    return _record(_load(root, package))


def write_record(path: Path, surface: Surface, header: str | None = None) -> None:
    """One entry a line, sorted: small, stable bytes that diff well in review."""
    lines = [header] if header else []
    lines.append(f'{{"format": {RECORD_FORMAT}, "surface": {{')
    items = sorted(surface.items())
    for index, (name, entry) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        lines.append(f"  {json.dumps(name)}: {json.dumps(entry, sort_keys=True, ensure_ascii=False)}{comma}")
    lines.append("}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_record(path: Path) -> Surface:
    """A record written by `write_record`; `InputError` when it is not one."""
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads("\n".join(line for line in text.splitlines() if not line.startswith("#")))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(path, f"cannot be read as a surface record: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != RECORD_FORMAT or not isinstance(data.get("surface"), dict):
        raise InputError(path, f"is not a surface record of format {RECORD_FORMAT}")
    surface: Surface = data["surface"]
    return surface


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


def _record(package: griffe.Object) -> Surface:
    surface: Surface = {}
    stack: list[tuple[griffe.Object, str, frozenset[int]]] = [(package, package.path, frozenset())]
    while stack:
        obj, prefix, via = stack.pop()
        for name, member in obj.members.items():
            path = f"{prefix}.{name}"
            if not member.is_public or not _is_public_path(path):
                continue
            if isinstance(member, griffe.Alias):
                target = _final_target(member)
                entry: Entry = {"kind": "alias", "target": member.target_path}
                if target is not None and not _is_public_path(target.path) and id(target) not in via:
                    # A re-exported private object: calling code sees its signature and members here.
                    entry.update(_describe(target), kind="alias", of=target.kind.value)
                    if target.is_class or target.is_module:
                        stack.append((target, path, via | {id(target)}))
                elif target is not None:
                    entry["of"] = target.kind.value
                surface[path] = entry
                continue
            assert isinstance(member, griffe.Object)
            surface[path] = _describe(member)
            if member.is_module or member.is_class:
                stack.append((member, path, via))
    return surface


def _final_target(alias: griffe.Alias) -> griffe.Object | None:
    try:
        target = alias.final_target
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return target if isinstance(target, griffe.Object) else None


def _describe(obj: griffe.Object) -> Entry:
    entry: Entry = {"kind": obj.kind.value}
    if isinstance(obj, griffe.Function):
        entry["params"] = [
            [p.name, p.kind.value, _str_or_none(p.annotation), _str_or_none(p.default)] for p in obj.parameters
        ]
        entry["returns"] = _str_or_none(obj.returns)
    elif isinstance(obj, griffe.Class):
        entry["bases"] = [str(base) for base in obj.bases]
    return entry


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _is_public_path(path: str) -> bool:
    return not any(
        part.startswith("_") and not (part.startswith("__") and part.endswith("__")) for part in path.split(".")
    )


# --- comparing -----------------------------------------------------------------------------------------


def compare_surfaces(old_root: Path, new_root: Path, package: str) -> list[Finding]:
    """Findings for `package` as found under each root (the directory that contains it)."""
    return compare_records(surface_record(old_root, package), surface_record(new_root, package))


def public_names(surface: Surface) -> dict[str, str]:
    """Dotted path -> kind (`module`, `class`, `function`, `attribute`, `alias`)."""
    return {path: str(entry["kind"]) for path, entry in surface.items()}


def compare_records(old: Surface, new: Surface) -> list[Finding]:
    findings: list[Finding] = []
    for path in _topmost(old.keys() - new.keys()):
        module = _module_of(path, old)
        kind = str(old[path]["kind"])
        findings.append(
            Finding("api_removed", "breaking", module, path, kind, None, f"{code(_relative(path, module))} removed")
        )
    for path in _topmost(new.keys() - old.keys()):
        module = _module_of(path, new)
        kind = str(new[path]["kind"])
        message = f"new {kind} {code(_relative(path, module))}"
        findings.append(Finding("api_added", "new", module, path, None, kind, message))
    for path in old.keys() & new.keys():
        findings += _changed(path, old[path], new[path], _module_of(path, new))
    return sorted(findings, key=Finding.sort_key)


def _topmost(paths: set[str]) -> list[str]:
    """Drop paths inside another path of the set: a removed module is one finding."""
    return sorted(p for p in paths if not any(parent in paths for parent in _parents(p)))


def _parents(path: str) -> Iterator[str]:
    end = path.rfind(".")
    while end > 0:
        yield path[:end]
        end = path.rfind(".", 0, end)


def _module_of(path: str, surface: Surface) -> str:
    for candidate in (path, *_parents(path)):
        if surface.get(candidate, {}).get("kind") == "module":
            return candidate
    return path.split(".", 1)[0]


def _relative(path: str, module: str) -> str:
    """The name calling code writes after importing `module` (the module's own path if same)."""
    return path[len(module) + 1 :] or path


def _effective_kind(entry: Entry) -> str | None:
    """What an alias stands for (None when its target could not be found), or the object's kind."""
    if entry["kind"] == "alias":
        return entry.get("of")
    return str(entry["kind"])


def _changed(path: str, old: Entry, new: Entry, module: str) -> list[Finding]:
    name = _relative(path, module)
    old_kind, new_kind = _effective_kind(old), _effective_kind(new)
    if old_kind is None or new_kind is None:
        return []  # an alias to something outside the package: nothing to compare it by
    if old_kind != new_kind:
        message = f"{code(name)}: public object points to a different kind of object"
        return [Finding("api_kind_changed", "breaking", module, path, old_kind, new_kind, message)]
    if "bases" in old and "bases" in new:
        if new["bases"] != old["bases"] and len(new["bases"]) < len(old["bases"]):
            message = f"{code(name)}: base class was removed"
            return [Finding("api_base_removed", "breaking", module, path, old["bases"], new["bases"], message)]
    if "params" in old and "params" in new:
        return _signature_changes(path, name, module, old, new)
    return []


def _required(param: _Param) -> bool:
    return param[3] is None and param[1] not in _VARIADIC


def _signature_changes(path: str, name: str, module: str, old: Entry, new: Entry) -> list[Finding]:
    """griffe's checks (`_function_incompatibilities`), on recorded signatures."""
    old_params: list[_Param] = [(p[0], p[1], p[2], p[3]) for p in old["params"]]
    new_params: list[_Param] = [(p[0], p[1], p[2], p[3]) for p in new["params"]]
    findings: list[Finding] = []

    def add(kind: griffe.BreakageKind, before: _Param | None, after: _Param | None, details: str = "") -> None:
        parameter = before or after
        assert parameter is not None
        message = f"{code(name + '()')} parameter {code(parameter[0])}: {kind.value.lower()}"
        if details:
            message += f" ({details})"
        findings.append(
            Finding(
                "api_signature_changed",
                "breaking",
                module,
                path,
                _parameter_text(before),
                _parameter_text(after),
                message,
            )
        )

    by_name: dict[str, tuple[int, _Param]] = {}
    for index, param in enumerate(new_params):
        by_name.setdefault(param[0], (index, param))
    kinds = {param[1] for param in new_params}
    var_args, var_kwargs = "variadic positional" in kinds, "variadic keyword" in kinds
    old_names = {param[0] for param in old_params}
    for old_index, before in enumerate(old_params):
        if before[0] not in by_name:
            swallowed = (
                (before[1] == "keyword-only" and var_kwargs)
                or (before[1] == "positional-only" and var_args)
                or (before[1] == "positional or keyword" and var_args and var_kwargs)
            )
            if not swallowed:
                add(griffe.BreakageKind.PARAMETER_REMOVED, before, None)
            continue
        new_index, after = by_name[before[0]]
        if _required(after) and not _required(before):
            add(griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED, before, after)
        if before[1] in _POSITIONAL and after[1] in _POSITIONAL and new_index != old_index:
            details = f"position: from {old_index} to {new_index} ({new_index - old_index:+})"
            add(griffe.BreakageKind.PARAMETER_MOVED, before, after, details)
        if before[1] != after[1] and _incompatible_kind(before[1], after[1], var_args, var_kwargs):
            add(griffe.BreakageKind.PARAMETER_CHANGED_KIND, before, after)
        both_optional = not _required(before) and not _required(after)
        if both_optional and before[1] not in _VARIADIC and after[1] not in _VARIADIC and before[3] != after[3]:
            add(griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT, before, after)
    for after in new_params:
        if after[0] not in old_names and _required(after):
            add(griffe.BreakageKind.PARAMETER_ADDED_REQUIRED, None, after)
    if old.get("returns") is not None and new.get("returns") is None:
        message = f"{code(name)}: {griffe.BreakageKind.RETURN_CHANGED_TYPE.value.lower()}"
        findings.append(Finding("api_signature_changed", "breaking", module, path, old["returns"], None, message))
    return findings


def _incompatible_kind(old: str, new: str, var_args: bool, var_kwargs: bool) -> bool:
    return (
        (old == "positional-only" and new == "keyword-only")
        or (old == "keyword-only" and new == "positional-only")
        or (old == "positional or keyword" and new in ("positional-only", "keyword-only"))
        or (new == "variadic keyword" and old != "keyword-only" and not var_args)
        or (new == "variadic positional" and old != "positional-only" and not var_kwargs)
    )


def _parameter_text(parameter: _Param | None) -> str | None:
    if parameter is None:
        return None
    name, _, annotation, default = parameter
    text = name
    if annotation is not None:
        text += f": {annotation}"
    if default is not None:
        text += f" = {default}"
    return text
