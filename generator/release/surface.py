"""Compare the public Python surface of two generated packages, as calling code imports it.

A regen records the surface of the package it writes (`.generator/surface.json`, beside
`provenance.toml` in the project directory):
every public name with its kind, a function's parameters and return annotation, a class's
bases. The next regen compares that record with the new package's, so what it reports depends
on what the previous regen wrote, never on the tree as it is now (a hand edit there is for
`check` to undo, not a change to announce).

The package is read with `ast` (nothing is imported or run), one parse per module. Public
follows griffe's rule: a module is public unless its name starts with an underscore; in a module
with `__all__`, a name is public when listed there (`*other.__all__` splices included);
otherwise when its name is not private (dunders such as `__init__` count as public) and it is not
imported. Re-exports are recorded where they are exported; one of a private object (the
hand-written `_runtime`) carries that object's signature and public members under the exported
name. Class members are methods, nested classes and attributes (class-level, `self.x` set in
`__init__`, properties). Everything here is linear in the size of the package.

Findings: api_removed, api_signature_changed, api_kind_changed, api_base_removed [breaking];
api_added [new]. `operation` is the module calling code imports from, `pointer` the dotted path
of the object. The checks on a function's parameters are griffe's (`find_breaking_changes`).
The record keeps every public name, each re-export included, and of the dunder methods those a
release note can name (a class's call, what an object supports); `compare_records` turns the
differences into what a caller reads (one line per name, old and new signatures).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from generator.checks.module_surface import CALLED, PROTOCOLS, Definition, Entry, ReadModule, read_statements
from generator.diff.finding import Finding, code
from generator.errors import InputError
from generator.release import records
from generator.render.headers import HEADER_TEXT

RECORD_FORMAT = 2

Surface = dict[str, Entry]  # dotted path -> what calling code sees there

# What changed in a signature, by griffe's checks (`griffe.BreakageKind`), as a release note says it.
_PARAMETER_MOVED = "moved"
_PARAMETER_REMOVED = "removed"
_PARAMETER_CHANGED_KIND = "changed kind"
_PARAMETER_CHANGED_DEFAULT = "default changed"
_PARAMETER_CHANGED_REQUIRED = "now required"
_PARAMETER_ADDED_REQUIRED = "added, required"
_RETURN_CHANGED_TYPE = "return type changed"

_POSITIONAL = ("positional-only", "positional or keyword")
_BODY_FIELDS = "_fields"  # templates/resources.py.jinja: a method's request body fields, as keywords
_VARIADIC = ("variadic positional", "variadic keyword")
_Param = tuple[str, str, str | None, str | None]  # name, kind, annotation, default


# --- recording -----------------------------------------------------------------------------------------


def surface_record(root: Path, package: str, trees: Mapping[Path, ReadModule] | None = None) -> Surface:
    """The public surface of `package` as found under `root` (the directory that contains it).

    `trees` may hold modules already read (`read_module`, by path), so that a caller that parsed
    the package for its own checks does not parse it twice; the rest are parsed from the disk.
    """
    if not root.is_dir():
        raise InputError(root, "is not a directory, expected a generated tree")
    if not (root / package).is_dir():
        raise InputError(root, f"holds no package {package!r}")
    if not (root / package / "__init__.py").is_file():
        raise InputError(root, f"{package!r} is not a package")
    return _Reader(root, package, trees or {}).surface()


def write_surface_record(path: Path, surface: Surface) -> None:
    """JSON, one entry a line, sorted: small, stable bytes that diff well in review. JSON has no
    comments: the first line says, under `"generated"`, that a regen writes it."""
    names = sorted(surface)
    dumped: dict[int, str] = {}  # by entry: entries are shared (every attribute has the same one)
    with path.open("w", encoding="utf-8") as out:  # a line at a time: a large package's record is large
        out.write(f'{{"generated": {json.dumps(HEADER_TEXT)}, "format": {RECORD_FORMAT}, "surface": {{\n')
        for index, name in enumerate(names):
            entry = surface[name]
            text = dumped.get(id(entry))
            if text is None:
                text = dumped[id(entry)] = json.dumps(entry, sort_keys=True, ensure_ascii=False)
            comma = "," if index < len(names) - 1 else ""
            out.write(f"  {json.dumps(name)}: {text}{comma}\n")
        out.write("}}\n")


def read_surface_record(path: Path) -> Surface:
    """A record written by `write_surface_record`, or by a regen before records left the package (the same
    JSON after a `#` header line); `InputError` when it is not one (or of another format)."""
    try:
        text = records.read_record(path).decode("utf-8")
        data = json.loads("\n".join(line for line in text.splitlines() if not line.startswith("#")))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(path, f"cannot be read as a surface record: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != RECORD_FORMAT or not isinstance(data.get("surface"), dict):
        raise InputError(path, f"is not a surface record of format {RECORD_FORMAT}")
    surface: Surface = data["surface"]
    return surface


_MAX_ALIAS_HOPS = 50  # re-exports of re-exports; a longer chain is a cycle


class _Reader:
    """Reads a package's modules with `ast` (nothing is imported or run) and lists its surface."""

    def __init__(self, root: Path, package: str, trees: Mapping[Path, ReadModule]) -> None:
        self.modules: dict[str, ReadModule] = {}
        # The files on disk, and modules read already that are not written yet (the runtime's).
        written = set((root / package).rglob("*.py"))
        unwritten = [file for file in trees if file not in written and file.is_relative_to(root / package)]
        for file in sorted([*written, *unwritten]):
            relative = file.relative_to(root).with_suffix("")
            parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
            if not all(part.isidentifier() for part in parts):
                continue
            read = trees.get(file)
            if read is not None:  # read already
                self.modules[read.path] = read
                continue
            try:
                tree = ast.parse(file.read_bytes(), filename=str(file))
            except (SyntaxError, ValueError):
                continue  # not importable either: it has no surface
            module = ReadModule(".".join(parts), relative.name == "__init__")
            read_statements(module, tree.body)
            self.modules[module.path] = module
        self.package = package
        self._members: dict[str, dict[str, tuple[str, Any]]] = {}
        self._children: dict[str, list[str]] = {}
        for path in self.modules:
            if "." in path:
                self._children.setdefault(path.rpartition(".")[0], []).append(path)

    # What a module holds, by name: ("module", path) | ("def", node) | ("variable", None) | ("alias", target).
    def members(self, module: ReadModule) -> dict[str, tuple[str, Any]]:
        cached = self._members.get(module.path)
        if cached is None:
            cached = self._members[module.path] = self._find_members(module)
        return cached

    def _find_members(self, module: ReadModule) -> dict[str, tuple[str, Any]]:
        found: dict[str, tuple[str, Any]] = {}
        for star in module.stars:
            source = self.modules.get(star)
            if source is not None:
                for name in self._star_names(source):
                    found[name] = ("alias", f"{star}.{name}")
        found.update((name, ("alias", target)) for name, target in module.imported.items())
        found.update((name, ("variable", None)) for name in module.variables)
        found.update((name, ("def", node)) for name, node in module.defined.items())
        if module.is_package:
            found.update((path.rpartition(".")[2], ("module", path)) for path in self._children.get(module.path, ()))
        return found

    def _star_names(self, module: ReadModule, hops: int = 0) -> list[str]:
        exports = self._exports(module, hops)
        if exports is not None:
            return exports
        names = [*module.defined, *module.variables, *module.imported]
        return [name for name in names if not name.startswith("_")]

    def _exports(self, module: ReadModule, hops: int = 0) -> list[str] | None:
        """`__all__`, with `*other.__all__` spliced in (an imported `__all__` of another module)."""
        if module.exports is None:
            # `from .other import __all__ as __all__`: the other module's list
            source = self._all_of(module.imported.get("__all__", ""))
            return self._exports(source, hops + 1) if source is not None and hops < _MAX_ALIAS_HOPS else None
        names: list[str] = []
        for item in module.exports:
            if isinstance(item, str):
                names.append(item)
                continue
            source = self._all_of(module.imported.get(item[0], ""))
            if source is not None and hops < _MAX_ALIAS_HOPS:
                names += self._exports(source, hops + 1) or []
        return names

    def _all_of(self, target: str) -> ReadModule | None:
        """The module whose `__all__` an import names (`pkg.mod.__all__`), if it is in the package."""
        return self.modules.get(target.removesuffix(".__all__")) if target.endswith(".__all__") else None

    def surface(self) -> Surface:
        surface: Surface = {}
        top = self.modules.get(self.package)
        if top is None or not _is_public_path(top.path):
            return surface
        # Every prefix taken from the stack is a public path: only the name added to it is checked.
        stack: list[tuple[ReadModule, str, frozenset[str]]] = [(top, top.path, frozenset())]
        while stack:
            module, prefix, via = stack.pop()
            exports = self._exports(module)
            for name, (kind, value) in self.members(module).items():
                path = f"{prefix}.{name}"
                if not _is_public_path(name) or not self._public(name, kind, exports):
                    continue
                if kind == "module":
                    surface[path] = {"kind": "module"}
                    stack.append((self.modules[value], path, via))
                elif kind == "variable":
                    surface[path] = {"kind": "attribute"}
                elif kind == "def":
                    self._record_definition(surface, path, value)
                else:
                    self._record_alias(surface, path, value, via, stack)
        return surface

    @staticmethod
    def _public(name: str, kind: str, exports: list[str] | None) -> bool:
        """griffe's rule: modules by name; else `__all__` when the module has one; else not private
        and not imported."""
        if kind == "module":
            return not name.startswith("_")
        if exports:
            return name in exports
        return not (name.startswith("_") and not (name.startswith("__") and name.endswith("__"))) and kind != "alias"

    def _record_definition(self, surface: Surface, path: str, definition: Definition) -> None:
        surface[path] = definition.entry  # shared, not copied: no entry is changed once read
        self._record_members(surface, path, definition)

    def _record_members(self, surface: Surface, path: str, definition: Definition) -> None:
        """`path` is public (as every path recorded): only a member's own name is checked."""
        for name, member in (definition.members or {}).items():
            if _is_public_path(name):
                self._record_definition(surface, f"{path}.{name}", member)

    def _record_alias(
        self,
        surface: Surface,
        path: str,
        target: str,
        via: frozenset[str],
        stack: list[tuple[ReadModule, str, frozenset[str]]],
    ) -> None:
        entry: Entry = {"kind": "alias", "target": target}
        resolved = self._resolve(target)
        if resolved is not None:
            final, kind, value = resolved
            entry["of"] = "module" if kind == "module" else "attribute" if kind == "variable" else value.entry["kind"]
            if not _is_public_path(final) and final not in via:
                # A re-exported private object: calling code sees its signature and members here.
                if kind == "def":
                    entry.update({key: item for key, item in value.entry.items() if key != "kind"})
                    surface[path] = entry
                    self._record_members(surface, path, value)
                    return
                if kind == "module":
                    stack.append((self.modules[value], path, via | {final}))
        surface[path] = entry

    def _resolve(self, target: str) -> tuple[str, str, Any] | None:
        """Follow re-exports to (final path, kind, value) inside the package; None outside it."""
        for _ in range(_MAX_ALIAS_HOPS):
            if target in self.modules:
                return target, "module", target
            module_path, _, name = target.rpartition(".")
            module = self.modules.get(module_path)
            if module is None:
                return None
            kind, value = self.members(module).get(name, (None, None))
            if kind is None:
                return None
            if kind != "alias":
                return target, kind, value
            target = str(value)
        return None


def _is_public_path(path: str) -> bool:
    return not any(
        part.startswith("_") and not (part.startswith("__") and part.endswith("__")) for part in path.split(".")
    )


# --- comparing -----------------------------------------------------------------------------------------


def compare_surfaces(old_root: Path, new_root: Path, package: str) -> list[Finding]:
    """Findings for `package` as found under each root (the directory that contains it)."""
    return compare_records(surface_record(old_root, package), surface_record(new_root, package))


def compare_records(old: Surface, new: Surface) -> list[Finding]:
    """What changed for calling code, one line per public name as a caller reads it.

    - Dunder methods are how Python runs an object, not names a caller writes: a changed
      `__init__` is a change to the class's call (`Event(...)`), a protocol method added or
      removed says what the object now does or no longer does (`with`, `for`, `x[key]`, ...),
      and the rest (`__repr__`, `__reduce__`, ...) are left out.
    - One object re-exported under several public paths (from the package's `__init__`, or a
      model from `models/__init__`) is one finding, under its public import path: the shortest
      path that reaches it. A module whose every public name is listed that way (a model's
      module) is not listed again.
    - A changed signature is one finding that shows the old and the new signature.
    - A member is compared under every public path that reaches it (`_through_aliases`): a class
      moved into a submodule and re-exported where it was has changed nothing for its callers.
    """
    old, new = _through_aliases(old), _through_aliases(new)
    findings: list[Finding] = []
    for path in _topmost(old.keys() - new.keys()):
        module = _module_of(path, old)
        entry = old[path]
        if (what := _protocol(path, entry)) is not None:
            message = f"{code(_owner(path, module))} no longer supports {what}"
        elif _is_dunder_method(path, entry):
            continue
        else:
            message = f"{_described(path, module, entry)} removed"
        findings.append(Finding("api_removed", "breaking", module, path, _kind(entry), None, message))
    for path in _topmost(new.keys() - old.keys()):
        module = _module_of(path, new)
        entry = new[path]
        if (what := _protocol(path, entry)) is not None:
            message = f"{code(_owner(path, module))} now supports {what}"
        elif _is_dunder_method(path, entry):
            continue
        else:
            message = f"new {_described(path, module, entry)}"
        findings.append(Finding("api_added", "new", module, path, None, _kind(entry), message))
    for path in old.keys() & new.keys():
        if not _is_dunder_method(path, new[path]) or _last(path) in CALLED:
            findings += _changed(path, old[path], new[path], _module_of(path, new))
    return sorted(_once_per_object(findings, old, new), key=Finding.sort_key)


def _last(path: str) -> str:
    return path.rpartition(".")[2]


def _is_dunder_method(path: str, entry: Entry) -> bool:
    name = _last(path)
    return name.startswith("__") and name.endswith("__") and _effective_kind(entry) == "function"


def _protocol(path: str, entry: Entry) -> str | None:
    return PROTOCOLS.get(_last(path)) if _is_dunder_method(path, entry) else None


def _owner(path: str, module: str) -> str:
    """The class a member belongs to, as calling code names it after importing `module`."""
    return _relative(path.rpartition(".")[0], module)


def _kind(entry: Entry) -> str:
    """What calling code finds there: a re-export counts as what it re-exports."""
    return _effective_kind(entry) or "name"


def _described(path: str, module: str, entry: Entry) -> str:
    """`function `get_event.sync(event_id: int) -> Event``, `class `Event``, `module `a.b``."""
    kind = _kind(entry)
    if kind == "module":
        return f"module {code(path)}"
    if "params" in entry:
        returns = not path.endswith(".__init__")
        return f"{kind} {code(_callable_name(path, module) + _signature(entry, returns=returns))}"
    return f"{kind} {code(_relative(path, module))}"


def _callable_name(path: str, module: str) -> str:
    """How calling code names a function after importing its module's package: `get_event_v2.sync`
    for a module's function, `AltegioClient.login` for a method, `Event` for `Event.__init__`."""
    name = _relative(path, module)
    if name.endswith(".__init__"):
        return name.removesuffix(".__init__")
    if name.endswith(".__call__"):
        return name.removesuffix(".__call__") + "()"
    if "." not in name and name != path:
        return f"{_last(module)}.{name}"
    return name


def _signature(entry: Entry, shown: set[str] | None = None, *, returns: bool = True) -> str:
    """`(a: int, *, b: str = 'x') -> R`, without `self`; with `shown`, only those parameters,
    each run of the others elided as `...`; without `returns`, no return annotation (a class's
    call, `Event(...)`, returns the instance whatever `__init__` says)."""
    params: list[_Param] = [(p[0], p[1], p[2], p[3]) for p in entry.get("params", [])]
    if params and params[0][0] in ("self", "cls") and params[0][1] in _POSITIONAL:
        params = params[1:]
    star = any(param[1] == "variadic positional" for param in params)
    parts: list[str] = []
    first_keyword = True
    for param in params:
        keyword = param[1] == "keyword-only"
        if shown is not None and param[0] not in shown:
            if not parts or parts[-1] != "...":
                parts.append("...")
        else:
            if keyword and first_keyword and not star:
                parts.append("*")
            parts.append(_parameter_display(param))
        first_keyword = first_keyword and not keyword
    annotation = _plain(entry.get("returns")) if returns else None
    return f"({', '.join(parts)})" + (f" -> {annotation}" if annotation is not None else "")


def _parameter_display(param: _Param) -> str:
    prefix = {"variadic positional": "*", "variadic keyword": "**"}.get(param[1], "")
    return prefix + str(_parameter_text(param))


class _Canonical:
    """The object a public path names: re-exports followed to where they point (perhaps a private
    module); a path that is no re-export, and is not inside one, names itself."""

    def __init__(self, surface: Surface) -> None:
        self.surface = surface

    def __call__(self, path: str) -> str:
        parts = path.split(".")
        for _ in range(_MAX_ALIAS_HOPS):
            for end in range(1, len(parts) + 1):
                entry = self.surface.get(".".join(parts[:end]))
                if entry is not None and entry["kind"] == "alias" and isinstance(entry.get("target"), str):
                    parts = [*entry["target"].split("."), *parts[end:]]
                    break
            else:
                break
        return ".".join(parts)


def _through_aliases(surface: Surface) -> Surface:
    """`surface` with the members of each re-exported object also under the re-export's path
    (`models.Event.to_dict` beside `models.event.Event.to_dict`), as calling code reaches them.
    Members the record already keeps under the re-export (those of a private object) stay."""
    children: dict[str, list[str]] = {}
    for path in surface:
        children.setdefault(path.rpartition(".")[0], []).append(path)
    canonical = _Canonical(surface)
    expanded = dict(surface)
    for path, entry in surface.items():
        if entry["kind"] != "alias" or not isinstance(entry.get("target"), str):
            continue
        source = canonical(entry["target"])
        pending = [(source, path)]
        while pending:  # down the target's subtree: each step a longer path, so it ends
            at, exported = pending.pop()
            for child in children.get(at, ()):
                name = exported + child[len(at) :]
                expanded.setdefault(name, surface[child])
                pending.append((child, name))
    return expanded


def _once_per_object(findings: list[Finding], old: Surface, new: Surface) -> list[Finding]:
    """One finding per object and change, under its shortest public path; see `compare_records`."""
    canonical = {"old": _Canonical(old), "new": _Canonical(new)}

    def side(finding: Finding) -> str:
        return "old" if finding.kind == "api_removed" else "new"

    best: dict[str, tuple[Finding, str]] = {}
    for finding in findings:
        target = canonical[side(finding)](finding.pointer)
        key = json.dumps([finding.kind, target, finding.old, finding.new], sort_keys=True)
        if key not in best or _preference(finding) < _preference(best[key][0]):
            best[key] = (finding, target)
    listed = {(finding.kind, target) for finding, target in best.values()}
    modules = {
        finding.pointer: finding
        for finding, _ in best.values()
        if finding.kind in ("api_added", "api_removed") and "module" in (finding.old, finding.new)
    }
    children: dict[str, list[str]] = {}
    for name, surface in (("old", old), ("new", new)):
        wanted = {pointer for pointer, finding in modules.items() if side(finding) == name}
        for path in surface:
            parent = path.rpartition(".")[0]
            if parent in wanted:
                children.setdefault(f"{name}:{parent}", []).append(path)
    kept: list[Finding] = []
    for finding, _ in best.values():
        if finding.pointer in modules:
            inside = children.get(f"{side(finding)}:{finding.pointer}", [])
            find = canonical[side(finding)]
            if inside and all((finding.kind, find(path)) in listed for path in inside):
                continue  # each of its names is listed where calling code imports it
        kept.append(finding)
    return kept


def _preference(finding: Finding) -> tuple[int, str]:
    return finding.pointer.count("."), finding.pointer


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
        message = f"{code(name)} was a {old_kind} and is now a {new_kind}"
        return [Finding("api_kind_changed", "breaking", module, path, old_kind, new_kind, message)]
    if "bases" in old and "bases" in new:
        if new["bases"] != old["bases"] and len(new["bases"]) < len(old["bases"]):
            before, after = (f"{name}({', '.join(bases)})" for bases in (old["bases"], new["bases"]))
            message = f"base class removed: {code('class ' + before)} → {code('class ' + after)}"
            return [Finding("api_base_removed", "breaking", module, path, old["bases"], new["bases"], message)]
    if "params" in old and "params" in new:
        return _signature_changes(path, module, old, new)
    return []


def _required(param: _Param) -> bool:
    return param[3] is None and param[1] not in _VARIADIC


def _signature_changes(path: str, module: str, old: Entry, new: Entry) -> list[Finding]:
    """griffe's checks (`_function_incompatibilities`), on recorded signatures: one finding for
    the function, showing its old and new signature (the parameters that changed, with their
    types and defaults, the rest elided) and what griffe found."""
    old_params: list[_Param] = [(p[0], p[1], p[2], p[3]) for p in old["params"]]
    new_params: list[_Param] = [(p[0], p[1], p[2], p[3]) for p in new["params"]]
    reasons: list[str] = []
    shown: set[str] = set()

    def add(kind: str, parameter: _Param, details: str = "") -> None:
        reasons.append(f"parameter {code(parameter[0])} {kind}")
        if details:
            reasons[-1] += f" ({details})"
        shown.add(parameter[0])

    by_name: dict[str, tuple[int, _Param]] = {}
    for index, param in enumerate(new_params):
        by_name.setdefault(param[0], (index, param))
    kinds = {param[1] for param in new_params}
    var_args, var_kwargs = "variadic positional" in kinds, "variadic keyword" in kinds
    # A resource method's `**_fields` takes its request body's fields: a parameter removed from
    # it still accepts the keyword, but sends the value in the body, so it is still reported.
    any_keyword = any(param[1] == "variadic keyword" and param[0] != _BODY_FIELDS for param in new_params)
    old_names = {param[0] for param in old_params}
    for old_index, before in enumerate(old_params):
        if before[0] not in by_name:
            swallowed = (
                (before[1] == "keyword-only" and any_keyword)
                or (before[1] == "positional-only" and var_args)
                or (before[1] == "positional or keyword" and var_args and any_keyword)
            )
            if not swallowed:
                add(_PARAMETER_REMOVED, before)
            continue
        new_index, after = by_name[before[0]]
        if _required(after) and not _required(before):
            add(_PARAMETER_CHANGED_REQUIRED, before)
        if before[1] in _POSITIONAL and after[1] in _POSITIONAL and new_index != old_index:
            add(_PARAMETER_MOVED, before, f"position: from {old_index} to {new_index} ({new_index - old_index:+})")
        if before[1] != after[1] and _incompatible_kind(before[1], after[1], var_args, var_kwargs):
            add(_PARAMETER_CHANGED_KIND, before, f"{before[1]} → {after[1]}")
        both_optional = not _required(before) and not _required(after)
        if both_optional and before[1] not in _VARIADIC and after[1] not in _VARIADIC and before[3] != after[3]:
            add(_PARAMETER_CHANGED_DEFAULT, before)
    for after in new_params:
        if after[0] not in old_names and _required(after):
            add(_PARAMETER_ADDED_REQUIRED, after)
    returns = not path.endswith(".__init__")  # a class's call returns the instance, whatever `__init__` says
    if returns and old.get("returns") is not None and _plain(new.get("returns")) != _plain(old.get("returns")):
        # griffe leaves return types alone; here a changed annotation is a changed result (login()
        # returning a client instead of the user breaks `login(...).user_token`).
        reasons.append(_RETURN_CHANGED_TYPE)
    if not reasons:
        return []
    name = _callable_name(path, module)
    before_text, after_text = _signature(old, shown, returns=returns), _signature(new, shown, returns=returns)
    message = f"{code(name + before_text)} → {code(name + after_text)}: {'; '.join(reasons)}"
    return [Finding("api_signature_changed", "breaking", module, path, before_text, after_text, message)]


_TEMPLATE_ALIAS = re.compile(r"\b_(?=[A-Z])")


def _plain(annotation: str | None) -> str | None:
    """An annotation with the templates' import aliases undone: `_Response[X]` is `Response[X]`.

    The templates import their own names as `_Name` so that a spec name cannot shadow them (spec
    names never start with `_`); which spelling a module uses changes nothing for its callers.
    """
    return None if annotation is None else _TEMPLATE_ALIAS.sub("", annotation)


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
