"""A module's leading imports, written as ruff's import sorter (`I001`) would leave them.

Templates emit imports where they are needed, and upstream's come as a set of lines, so nearly
every module's block was unsorted: ruff's `check --fix` then rewrote nearly every file, parsing
each twice, and took a third of a regen's formatting time on large clients. `sorted_imports`
writes the block in ruff's order, with its blank lines, so that ruff finds nothing to fix in
most modules. It only saves ruff work: ruff still checks and fixes every module, so a block
written otherwise than ruff would write it is fixed by ruff, as before. A block it does not
understand (a parenthesised or continued import, a conditional one) is left as it is.

ruff's settings here are its defaults (`--isolated`): sections future, standard library, third
party, local (relative); in each, `import x` before `from x import`; modules in natural,
case-insensitive order, relative ones furthest first; names by type (constants, classes, the
rest), then by name; aliased names each in a statement of their own; a line over 88 characters,
or an aliased import with a comment, wrapped in parentheses.

Also here: which of upstream's import lines name a model module the run never writes
(`imports_unwritten_model`, `existing_imports`), for the model template and the resource layer;
and `import_block`, for imports that follow code (a model's imports of the models it refers to).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

LINE_LENGTH = 88  # ruff's default: the fix pass (`fmt.RUFF_PASSES`) sets none

_IMPORT = re.compile(r"import ([\w.]+)(?: as (\w+))?")
_FROM = re.compile(r"from (\.*[\w.]*) import ([\w ,]+?)")
_COMMENT = re.compile(r"(.*?)(  # .*)?")
_NUMBER = re.compile(r"(\d+)")
_AS = re.compile(r"(\w+)(?: as (\w+))?")
_PRAGMA = re.compile(r"  # (noqa|type:|pyright:|ruff:|isort:)")


@dataclass
class _Block:
    """The imports of one block, merged as ruff merges them."""

    straight: set[tuple[str, str | None, str]] = field(default_factory=set)  # module, alias, comment
    plain: dict[str, dict[str, str]] = field(default_factory=dict)  # module -> name -> comment
    aliased: set[tuple[str, str, str, str]] = field(default_factory=set)  # module, name, alias, comment

    def add(self, line: str) -> bool:
        """Take one line of the block; False if it is not an import this module understands."""
        parsed = _parse(line)
        if parsed is None:
            return False
        for module, name, alias, comment in parsed:
            if name is None:
                self.straight.add((module, alias, comment))
            elif alias is None:
                known = self.plain.setdefault(module, {})
                known[name] = known.get(name) or comment
            else:
                self.aliased.add((module, name, alias, comment))
        return True

    def lines(self) -> list[str]:
        sections: dict[int, list[tuple[tuple[object, ...], list[str]]]] = {}
        for module, alias, comment in self.straight:
            text = f"import {module}" + (f" as {alias}" if alias else "")
            sections.setdefault(_section(module), []).append(((0, *_module_key(module), alias or ""), [text + comment]))
        for module, names in self.plain.items():
            ordered = sorted(names, key=_member_key)
            statement = _from_statement(module, [(name, None, names[name]) for name in ordered])
            key = (1, *_module_key(module), *_member_key(ordered[0]), "")
            sections.setdefault(_section(module), []).append((key, statement))
        for module, name, alias, comment in self.aliased:
            key = (1, *_module_key(module), *_member_key(name), alias)
            sections.setdefault(_section(module), []).append((key, _from_statement(module, [(name, alias, comment)])))
        out: list[str] = []
        for section in sorted(sections):
            if out:
                out.append("")
            for _, statement in sorted(sections[section], key=lambda item: item[0]):
                out.extend(statement)
        return out


# (module, name or None for `import module`, alias, comment) for each name a line imports
_Imported = tuple[str, str | None, str | None, str]


@functools.cache  # the same lines recur in every module of a kind
def _parse(line: str) -> tuple[_Imported, ...] | None:
    match = _COMMENT.fullmatch(line)
    assert match is not None  # `.*?` matches anything
    code, comment = match.group(1), match.group(2) or ""
    if (straight := _IMPORT.fullmatch(code)) is not None:
        return ((straight.group(1), None, straight.group(2), comment),)
    if (found := _FROM.fullmatch(code)) is None:
        return None
    module, names = found.group(1), [name.strip() for name in found.group(2).split(",")]
    if comment and len(names) > 1:
        return None  # which name the comment belongs to is ruff's business
    parsed: list[_Imported] = []
    for name in names:
        if (each := _AS.fullmatch(name)) is None:
            return None
        alias = None if each.group(2) == each.group(1) else each.group(2)
        parsed.append((module, each.group(1), alias, comment))
    return tuple(parsed)


def _section(module: str) -> int:
    if module == "__future__":
        return 0
    if module.startswith("."):
        return 3
    return 1 if module.partition(".")[0] in sys.stdlib_module_names else 2


def _natural(text: str) -> tuple[object, ...]:
    return tuple(int(part) if part.isdigit() else part for part in _NUMBER.split(text.lower()))


@functools.cache
def _module_key(module: str) -> tuple[object, ...]:
    name = module.lstrip(".")
    return (-(len(module) - len(name)), _natural(name), module)


@functools.cache
def _member_key(name: str) -> tuple[object, ...]:
    kind = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, _natural(name), name)


def _from_statement(module: str, names: list[tuple[str, str | None, str]]) -> list[str]:
    members = [name + (f" as {alias}" if alias else "") for name, alias, _ in names]
    comment = names[0][2] if len(names) == 1 else ""
    line = f"from {module} import {', '.join(members)}"
    width = len(line) + (0 if _PRAGMA.match(comment) else len(comment))  # ruff does not count a pragma
    if width <= LINE_LENGTH and not (comment and names[0][1]):
        return [line + comment]
    return [f"from {module} import (", *(f"    {member},{comment}" for member in members), ")"]


def sorted_imports(text: str) -> str:
    """`text` (a module) with its first block of imports as ruff's sorter writes it."""
    lines: list[str] = []  # the lines read so far: only the module's head is split
    position = 0

    def line(index: int) -> str | None:
        nonlocal position
        while len(lines) <= index:
            if position > len(text):
                return None
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            lines.append(text[position:end])
            position = end + 1
        return lines[index]

    start = 0
    while (current := line(start)) is not None and (not current or current.startswith("#")):
        start += 1
    if current is not None and current.startswith('"""'):  # the module's docstring
        end = start if current.count('"""') == 2 else start + 1
        while (current := line(end)) is not None and '"""' not in current:
            end += 1
        start = end + 1
        while (current := line(start)) == "":
            start += 1
    head: list[str] = lines[:start]
    if line(start) == "from __future__ import annotations":
        head += [lines[start], ""]  # one blank line after it, whatever followed
        start += 1
        while line(start) == "":
            start += 1
    block = _Block()
    end = start
    while (current := line(end)) is not None and (not current or current.startswith(("import ", "from "))):
        if current and not block.add(current):
            return text
        end += 1
    if current is None or end == start or current.startswith("#"):
        return text
    after = 2 if current.startswith(("class ", "def ", "async def ", "@")) else 1
    tail = lines[end:] if position > len(text) else [*lines[end:], text[position:]]  # the rest, unsplit
    return "\n".join([*head, *block.lines(), *[""] * after, *tail])


def import_block(lines: Iterable[str], comment: str) -> str:
    """Import `lines`, each with `comment` (`"  # noqa: ..."`), as one block the way ruff's sorter
    writes it (a line too long wrapped in parentheses, the comment on the name): for imports that
    follow code, which `sorted_imports` leaves alone. Lines it does not understand are written as
    they are, sorted."""
    commented = [f"{line}{comment}" for line in sorted(lines)]
    block = _Block()
    if all(block.add(line) for line in commented) and all(len(names) == 1 for names in block.plain.values()):
        return "\n".join(block.lines())
    return "\n".join(commented)


def only_used(lines: Iterable[str], used: frozenset[str]) -> list[str]:
    """Import `lines` with the names none of `used` is left out, and the lines left with no name
    dropped: what ruff's fix pass would leave of them, rewriting the module. A line this module
    does not read is kept whole."""
    kept: list[str] = []
    for line in lines:
        parsed = _parse(line)
        if parsed is None:
            kept.append(line)
            continue
        binding = [each for each in parsed if (each[2] or each[1] or each[0].partition(".")[0]) in used]
        if len(binding) == len(parsed):
            kept.append(line)
        elif binding:  # a `from` line (an `import` line binds one name): the names it still needs
            module, _, _, comment = binding[0]
            names = ", ".join(f"{name} as {alias}" if alias else str(name) for _, name, alias, _ in binding)
            kept.append(f"from {module} import {names}{comment}")
    return kept


_MODEL_IMPORT = re.compile(r"^from \.+models\.(\w+) import ")


def imports_unwritten_model(line: str, modules: frozenset[str]) -> bool:
    """Whether an import line upstream made names a model module this run does not write
    (`modules`): upstream could not parse its schema, yet a model that refers to it still does."""
    match = _MODEL_IMPORT.match(line)
    return match is not None and match.group(1) not in modules


def existing_imports(imports: Any, modules: frozenset[str]) -> list[str]:
    """Drop imports of models that were not generated (upstream could not parse their schema).

    Upstream imports related models inside to_dict/from_dict, so a model whose schema it left out
    breaks only the call that needs it; our template imports them once at the end of the module,
    where the same missing model would break importing the package.
    """
    return [str(line) for line in imports if not imports_unwritten_model(str(line), modules)]
