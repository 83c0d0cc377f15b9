"""What the surface record takes from one generated module's syntax tree: its functions and
classes with their signatures, its variables, imports and `__all__` (nothing is imported or run).

The security gate reads each module as it parses it (`early_gate`), so that the tree need not be
kept or parsed again; `release.surface` makes the package's record of these readings.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

Entry = dict[str, Any]
# Readings and the record share entries (no entry is changed once read): a large client has tens
# of thousands of attributes, one entry for them all.
_ATTRIBUTE: Entry = {"kind": "attribute"}


@dataclass(slots=True)
class Definition:
    """A function or class as recorded (no syntax tree is kept: a package's trees are large)."""

    entry: Entry
    members: dict[str, Definition] | None = None  # a class's methods, nested classes, attributes


@dataclass(slots=True)
class ReadModule:
    path: str  # dotted
    is_package: bool
    defined: dict[str, Definition] = field(default_factory=dict)  # functions, classes
    variables: set[str] = field(default_factory=set)
    imported: dict[str, str] = field(default_factory=dict)  # local name -> dotted path it names
    stars: list[str] = field(default_factory=list)  # modules imported with `*`
    exports: list[str | tuple[str]] | None = None  # `__all__`; a 1-tuple is `*name` inside it


def read_module(root: Path, file: Path, tree: ast.Module) -> ReadModule | None:
    """What `surface_record` takes from the syntax tree of `file` (under `root`), so that a caller
    that parsed the module need not keep its tree; None for a file that is no module."""
    return placed(read_unplaced(tree), root, file)


def module_to_json(module: ReadModule) -> dict[str, Any]:
    """A reading as JSON data (the early gate's child sends its readings so): `module_from_json`
    makes the same reading of it."""

    def definition(found: Definition) -> dict[str, Any]:
        members = None if found.members is None else {name: definition(m) for name, m in found.members.items()}
        return {"entry": found.entry, "members": members}

    return {
        "path": module.path,
        "is_package": module.is_package,
        "defined": {name: definition(found) for name, found in module.defined.items()},
        "variables": sorted(module.variables),
        "imported": module.imported,
        "stars": module.stars,
        "exports": module.exports,
    }


SharedParameters = dict[tuple[str | None, ...], list[str | None]]


def _interned(shared: SharedParameters, key: tuple[str | None, ...]) -> list[str | None]:
    """The parameter `key`, first met: one list of interned strings, kept in `shared`."""
    shared[key] = [None if part is None else sys.intern(part) for part in key]
    return shared[key]


def module_from_json(data: dict[str, Any], shared: SharedParameters) -> ReadModule:
    """The reading `module_to_json` gave. A client's functions repeat the same few parameters
    (`self`, `client`, `body`, ...): each is one list, kept in `shared` across the modules read."""

    def definition(found: dict[str, Any]) -> Definition:
        entry, members = found["entry"], found["members"]
        if entry == _ATTRIBUTE:
            entry = _ATTRIBUTE
        elif "params" in entry:
            entry["params"] = [shared.get(key) or _interned(shared, key) for key in map(tuple, entry["params"])]
        return Definition(entry, None if members is None else {n: definition(m) for n, m in members.items()})

    exports = data["exports"]
    return ReadModule(
        data["path"],
        data["is_package"],
        {name: definition(found) for name, found in data["defined"].items()},
        set(data["variables"]),
        data["imported"],
        data["stars"],
        None if exports is None else [tuple(e) if isinstance(e, list) else e for e in exports],
    )


# The path of a module read before its place in the package is known (`read_unplaced`): its
# relative imports are kept as `\0level\0module\0` until `placed` resolves them. No dotted path
# holds a NUL: every part is an identifier.
_UNPLACED = "\0"


def read_unplaced(tree: ast.Module) -> ReadModule:
    """What `read_module` takes from a module's syntax tree, before its file is known: the early
    gate reads each module as render makes it, and only the file it is written to says where."""
    module = ReadModule(_UNPLACED, False)
    read_statements(module, tree.body)
    return module


def placed(module: ReadModule, root: Path, file: Path) -> ReadModule | None:
    """`read_unplaced`'s reading as the module of `file` (under `root`), as `read_module` reads it;
    None for a file that is no module."""
    relative = file.relative_to(root).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    if not all(part.isidentifier() for part in parts):
        return None
    where = ReadModule(".".join(parts), relative.name == "__init__")

    def resolved(name: str) -> str:
        if not name.startswith(_UNPLACED):
            return name
        _, level, base, rest = name.split(_UNPLACED, 3)
        absolute = _absolute(where, base or None, int(level))
        return f"{absolute}{rest}" if absolute else rest.removeprefix(".")

    # A new module, not `module` changed: files with the same text share one reading.
    imported = {local: resolved(target) for local, target in module.imported.items()}
    stars = [resolved(star) for star in module.stars]
    return replace(module, path=where.path, is_package=where.is_package, imported=imported, stars=stars)


def _assigned_names(targets: Sequence[ast.expr]) -> list[str]:
    names: list[str] = []
    for target in targets:
        if isinstance(target, ast.Name):
            names.append(target.id)
        elif isinstance(target, (ast.Tuple, ast.List)):
            names += _assigned_names(list(target.elts))
    return names


def _exports(
    value: ast.expr | None, current: list[str | tuple[str]] | None, statement: ast.stmt
) -> list[str | tuple[str]] | None:
    """`__all__ = [...]`, `__all__ += [...]`: string constants and `*name` splices."""
    if not isinstance(value, (ast.List, ast.Tuple)):
        return current
    items: list[str | tuple[str]] = []
    for element in value.elts:
        if isinstance(element, ast.Constant) and isinstance(element.value, str):
            items.append(element.value)
        elif isinstance(element, ast.Starred) and isinstance(element.value, ast.Name):
            items.append((element.value.id,))
    return [*(current or []), *items] if isinstance(statement, ast.AugAssign) else items


def _absolute(module: ReadModule, name: str | None, level: int) -> str:
    if level == 0:
        return name or ""
    if module.path == _UNPLACED:  # resolved by `placed`
        return f"{_UNPLACED}{level}{_UNPLACED}{name or ''}{_UNPLACED}"
    parts = module.path.split(".")
    if not module.is_package:
        parts = parts[:-1]
    if level > 1:
        parts = parts[: len(parts) - (level - 1)]
    return ".".join([*parts, name] if name else parts)


def _class_members(node: ast.ClassDef) -> dict[str, ast.stmt | None]:
    """Methods, nested classes and attributes (class-level, `self.x` in `__init__`, properties:
    None stands for an attribute)."""
    members: dict[str, ast.stmt | None] = {}
    for statement in node.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            is_property = any(_decorator_name(d) in ("property", "cached_property") for d in statement.decorator_list)
            if is_property:
                members[statement.name] = None
            elif _unreported_dunder(statement.name):
                pass
            elif not any(_decorator_name(d).endswith((".setter", ".deleter")) for d in statement.decorator_list):
                members[statement.name] = statement
            if statement.name == "__init__":
                for inner in ast.walk(statement):
                    if isinstance(inner, (ast.Assign, ast.AnnAssign)):
                        targets = inner.targets if isinstance(inner, ast.Assign) else [inner.target]
                        for target in targets:
                            if (
                                isinstance(target, ast.Attribute)
                                and isinstance(target.value, ast.Name)
                                and target.value.id == "self"
                            ):
                                members.setdefault(target.attr, None)
        elif isinstance(statement, ast.ClassDef):
            members[statement.name] = statement
        elif isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = list(statement.targets) if isinstance(statement, ast.Assign) else [statement.target]
            for name in _assigned_names(targets):
                members[name] = None
    return members


def _unreported_dunder(name: str) -> bool:
    """A dunder method no release note names (`__repr__`, `__reduce__`): see `compare_records`.
    Left out of the record, where a large package has one for every model."""
    return name.startswith("__") and name.endswith("__") and name not in PROTOCOLS and name not in CALLED


def _decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    return ast.unparse(node)


def _definition(node: ast.stmt) -> Definition:
    if not isinstance(node, ast.ClassDef):
        return Definition(_describe(node))
    members = {
        name: _definition(member) if member is not None else Definition(_ATTRIBUTE)
        for name, member in _class_members(node).items()
    }
    return Definition(_describe(node), members)


def _describe(node: ast.stmt) -> Entry:
    if isinstance(node, ast.ClassDef):
        return {"kind": "class", "bases": [ast.unparse(base) for base in node.bases]}
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return {"kind": "function", "params": _parameters(node.args), "returns": _unparse(node.returns)}
    return _ATTRIBUTE


def _parameters(arguments: ast.arguments) -> list[list[str | None]]:
    positional = [*arguments.posonlyargs, *arguments.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    params: list[list[str | None]] = []
    for index, argument in enumerate(positional):
        kind = "positional-only" if index < len(arguments.posonlyargs) else "positional or keyword"
        params.append([argument.arg, kind, _unparse(argument.annotation), _unparse(defaults[index])])
    if arguments.vararg is not None:
        params.append([arguments.vararg.arg, "variadic positional", _unparse(arguments.vararg.annotation), None])
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        params.append([argument.arg, "keyword-only", _unparse(argument.annotation), _unparse(default)])
    if arguments.kwarg is not None:
        params.append([arguments.kwarg.arg, "variadic keyword", _unparse(arguments.kwarg.annotation), None])
    return params


def _unparse(node: ast.expr | None) -> str | None:
    if node is None:
        return None
    text = _simple_unparse(node)
    return ast.unparse(node) if text is None else text


def _simple_unparse(node: ast.expr) -> str | None:
    """`ast.unparse(node)` for the plain annotations and defaults that fill a generated package
    (names, dotted names, `None`, booleans, integers, `a | b`, `x[a, b]`), in a fraction of the
    time; `None` for anything else. tests/diff/test_diff_surface.py holds it to `ast.unparse`."""
    if type(node) is ast.Name:
        return node.id
    if type(node) is ast.Constant:
        value = node.value
        return repr(value) if value is None or type(value) in (bool, int) else None
    if type(node) is ast.Attribute:
        base = _simple_unparse(node.value) if type(node.value) in (ast.Name, ast.Attribute) else None
        return None if base is None else f"{base}.{node.attr}"
    if type(node) is ast.BinOp and type(node.op) is ast.BitOr:
        left, right = node.left, node.right
        if (
            type(right) is ast.BinOp
            or type(left) not in _OPERANDS
            and not (type(left) is ast.BinOp and type(left.op) is ast.BitOr)
        ):
            return None  # parentheses may be needed: ast.unparse decides
        left_text, right_text = _simple_unparse(left), _simple_unparse(right)
        return None if left_text is None or right_text is None else f"{left_text} | {right_text}"
    if type(node) is ast.Subscript:
        index = node.slice
        base = _simple_unparse(node.value) if type(node.value) in (ast.Name, ast.Attribute) else None
        if base is None:
            return None
        if type(index) is ast.Tuple:
            if len(index.elts) < 2:
                return None
            items = [_simple_unparse(item) for item in index.elts]
            return None if None in items else f"{base}[{', '.join(map(str, items))}]"
        inner = _simple_unparse(index)
        return None if inner is None else f"{base}[{inner}]"
    return None


_OPERANDS = (ast.Name, ast.Attribute, ast.Constant, ast.Subscript)


# What calling code does with an object that has this method: added, it is new; removed, breaking.
PROTOCOLS = {
    "__enter__": "`with`",
    "__aenter__": "`async with`",
    "__iter__": "`for` loops",
    "__aiter__": "`async for` loops",
    "__call__": "calls",
    "__len__": "`len()`",
    "__getitem__": "`obj[key]`",
    "__contains__": "`in`",
}


# Dunder methods whose signature is the signature of a call calling code writes.
CALLED = ("__init__", "__call__")


def read_statements(module: ReadModule, body: list[ast.stmt]) -> None:
    """Add what `body` (a module's statements, or a branch of its `if`/`try`) defines, assigns,
    imports and exports to `module`."""
    for statement in body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            module.defined[statement.name] = _definition(statement)
            module.variables.discard(statement.name)
        elif isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = list(statement.targets) if isinstance(statement, ast.Assign) else [statement.target]
            for name in _assigned_names(targets):
                if name == "__all__":
                    module.exports = _exports(statement.value, module.exports, statement)
                else:
                    module.variables.add(name)
                    module.defined.pop(name, None)
        elif isinstance(statement, ast.ImportFrom):
            base = _absolute(module, statement.module, statement.level)
            for alias in statement.names:
                if alias.name == "*":
                    module.stars.append(base)
                else:
                    module.imported[alias.asname or alias.name] = f"{base}.{alias.name}" if base else alias.name
        elif isinstance(statement, ast.Import):
            for alias in statement.names:
                local = alias.asname or alias.name.split(".")[0]
                module.imported[local] = alias.name if alias.asname else local
        elif isinstance(statement, (ast.If, ast.Try)):
            branches = [statement.body, statement.orelse]
            if isinstance(statement, ast.Try):
                branches += [statement.finalbody, *(handler.body for handler in statement.handlers)]
            for branch in branches:
                read_statements(module, branch)
