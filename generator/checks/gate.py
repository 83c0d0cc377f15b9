"""The security gate: generated code may import and define things, and nothing else.

Spec text reaches generated code in many places (names, descriptions, defaults, enum values);
upstream and the templates' filters (`render.pyliteral`) escape it, and `validate.py` refuses
what escaping would change. This module is the backstop that does not trust either: every
generated module is parsed as rendered (ruff then only sorts imports, drops unused ones,
modernises syntax and re-indents) and each statement that runs at import time is checked
against an allow-list of what our templates emit:

- module and class docstrings; imports (relative, or of the modules in `ALLOWED_MODULES`);
  `if TYPE_CHECKING:` blocks holding only imports;
- class and function definitions, whose decorators, base classes, default values and
  annotations (evaluated at definition time) are literals, names, attribute chains, type
  expressions (`A[B] | C`) or calls of the constructors in `ALLOWED_CALLS` with literal arguments;
- assignments of such values (`__all__`, `DEFAULT_BASE_URL = "..."`, `_OPERATION = Operation(...)`,
  `T = TypeVar("T", bound="X")`, enum members, type aliases); annotated attributes in class
  bodies with such defaults (`x: int | Unset = UNSET`, `_attrs_field(init=False, factory=dict)`).

Function bodies run only when called; there the gate refuses what generated code never needs
and an injection would (`eval`, `exec`, `__import__`, `open`, dunder attributes like
`__globals__`, imports outside the allow-list). Every generated file is also searched for a
leaked object repr (`<... object at 0x...>`): a template that printed a Python object instead of
its text. The hand-written `_runtime/` package is copied verbatim from templates/ and skipped.
"""

from __future__ import annotations

import ast
import codecs
import re
import tomllib
from collections import deque
from collections.abc import Collection, Iterator
from pathlib import Path

from generator.errors import BIDI_CONTROLS, InputError

ALLOWED_MODULES = frozenset(
    {
        "__future__",
        "collections",
        "collections.abc",
        "datetime",
        "decimal",
        "enum",
        "http",
        "io",
        "json",
        "typing",
        "urllib.parse",
        "uuid",
        "builtins",  # resources.py: `builtins.list` in annotations where a method is called `list`
        "attrs",
        "httpx",
        "typing_extensions",
    }
)
# Callee -> what its arguments may be: "literals" (constants only) or "values" (safe expressions).
ALLOWED_CALLS = {
    "_Operation": "values",  # _OPERATION = _Operation(operation_id="...", auth=_Auth.USER, ...)
    "_SecurityRequirement": "values",  # security=(_SecurityRequirement(_SecurityScheme(...)),)
    "_SecurityScheme": "literals",  # _SecurityScheme(name="...", kind="apiKey", location="query", ...)
    "_Server": "values",  # server=_Server(url="https://{region}.example.com", variables={"region": "eu"})
    "TypeVar": "values",  # T = TypeVar("T", bound="Model")
    "Unset": "literals",  # UNSET: Unset = Unset()
    "_attrs_field": "values",  # _attrs_field(init=False, factory=dict)
    "field": "values",
    "datetime.date.fromisoformat": "literals",  # date and datetime defaults
    "datetime.datetime.fromisoformat": "literals",
    "UUID": "literals",
    "uuid.UUID": "literals",
}
# Callees whose arguments may themselves be calls of allowed constructors (the security model).
NESTING_CALLS = frozenset({"_Operation", "_SecurityRequirement"})
ALLOWED_DECORATORS = frozenset(
    {
        "_attrs_define",
        "define",
        "classmethod",
        "staticmethod",
        "property",
        "unique",
        "override",
        "overload",
        "cached_resource",  # the runtime's `property` made once per client (resources)
    }
)
# Names generated code never uses and an injected payload would.
FORBIDDEN_NAMES = frozenset(
    {
        "eval",
        "exec",
        "compile",
        "__import__",
        "open",
        "breakpoint",
        "globals",
        "locals",
        "vars",
        "getattr",
        "setattr",
        "delattr",
        "input",
        "exit",
        "quit",
        "help",
        "__builtins__",
        "__loader__",
        "__spec__",
    }
)
ALLOWED_DUNDERS = frozenset({"__all__", "__name__", "__doc__", "__future__"})
LEAKED_REPR = re.compile(r"(<[\w.]+ )?object at 0x[0-9A-Fa-f]+>?")
RUNTIME_PACKAGE = "_runtime"
# pyproject.toml keys that make installing or building the package run code.
_TOML_CODE_KEYS = (("project", "scripts"), ("project", "gui-scripts"), ("project", "entry-points"))


class _Refused(Exception):
    def __init__(self, node: ast.AST, what: str) -> None:
        self.node, self.what = node, what


def check_syntax(project_dir: Path, shown_as: Path) -> None:
    """After ruff has refused the code: raise `InputError` at the first module that does not
    compile (a spec name may have made bad code), so the user sees its file and line."""
    for path, shown in _python_files(project_dir, shown_as):
        try:
            compile(path.read_bytes(), str(shown), "exec", dont_inherit=True)
        except SyntaxError as exc:
            raise InputError(
                shown,
                f"generated code does not compile: {exc.msg} (a name or value from the spec did not "
                "make valid Python; nothing was written)",
                exc.lineno,
                exc.offset,
            ) from None


def check_tree(project_dir: Path, shown_as: Path, *, python: bool = True, verbatim: Collection[str] = ()) -> None:
    """Raise `InputError` naming the generated file and line of the first construct not allowed.

    `python=False` leaves out the Python modules: the pipeline gates those with `check_file` as
    it writes them, and this pass then covers only the files written after them. Files named in
    `verbatim` quote the spec as it is (the spec snapshot): text like a leaked repr is expected there.
    """
    for path in sorted(p for p in project_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(project_dir)
        if _in_runtime(relative) or "__pycache__" in relative.parts or (not python and path.suffix == ".py"):
            continue
        if path.suffix not in (".py", ".toml") and not _may_hold_a_repr(path, shown_as / relative):
            continue  # UTF-8 text with no leaked repr: all the gate asks of a file that is not code
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InputError(shown_as / relative, "security gate: generated file is not UTF-8 text") from None
        check_file(relative, text, shown_as, verbatim=relative.name in verbatim)


_CHUNK_BYTES = 1 << 20
_REPR_MARK = "object at 0x"  # what `check_file` looks for before it tries `LEAKED_REPR`


def _may_hold_a_repr(path: Path, shown: Path) -> bool:
    """Whether the file's text holds `_REPR_MARK`, read a chunk at a time (the records of a large
    client run to tens of MB: read whole, as text, they would add twice that to the run's peak).

    Raises `InputError` if the file is not UTF-8 text.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    tail = ""  # the end of the previous chunk, for a mark that straddles two
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK_BYTES):
                text = decoder.decode(chunk)
                if _REPR_MARK in text or _REPR_MARK in tail + text[: len(_REPR_MARK)]:
                    return True
                tail = (tail + text)[-len(_REPR_MARK) :]
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise InputError(shown, "security gate: generated file is not UTF-8 text") from None
    return False


def check_file(
    relative: Path, text: str, shown_as: Path, tree: ast.Module | None = None, *, verbatim: bool = False
) -> ast.Module | None:
    """Gate one generated file, given by its path relative to the project directory and its text.

    `tree`: the syntax tree of exactly `text`, when the caller has parsed it already. `verbatim`:
    the file quotes the spec as it is, so text like a leaked repr is no sign of a template's slip.
    Returns a Python module's syntax tree (the gate parsed it anyway), else `None`.
    """
    shown = shown_as / relative
    if not verbatim and "object at 0x" in text and (match := LEAKED_REPR.search(text)):
        line, column = _position(text, match.start())
        raise InputError(
            shown,
            f"security gate: leaked object repr {match.group()!r} (a template printed a "
            "Python object instead of its text); nothing was written",
            line,
            column,
        )
    if relative.suffix == ".py":
        return _check_python(text, shown, tree)
    if relative.suffix == ".toml":
        _check_toml(text, shown, is_pyproject=relative.name == "pyproject.toml")
    return None


def is_gated(relative: Path) -> bool:
    """Whether the gate looks at this file (path relative to the project directory)."""
    return not _in_runtime(relative) and "__pycache__" not in relative.parts


def _python_files(project_dir: Path, shown_as: Path) -> Iterator[tuple[Path, Path]]:
    for path in sorted(project_dir.rglob("*.py")):
        relative = path.relative_to(project_dir)
        if not _in_runtime(relative):
            yield path, shown_as / relative


def _in_runtime(relative: Path) -> bool:
    # <project>/<package>/_runtime/...: exactly the copied runtime, nowhere else
    return len(relative.parts) > 2 and relative.parts[1] == RUNTIME_PACKAGE


def _position(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _check_python(text: str, shown: Path, tree: ast.Module | None = None) -> ast.Module:
    if not text.isascii() and (match := BIDI_CONTROLS.search(text)):
        line, column = _position(text, match.start())
        raise InputError(
            shown,
            f"security gate: generated code contains the bidirectional control U+{ord(match.group()):04X}, "
            "which can make code read differently than it runs; remove it from the spec",
            line,
            column,
        )
    try:
        if tree is None:
            tree = ast.parse(text, filename=str(shown))
    except SyntaxError as exc:
        raise InputError(
            shown, f"security gate: generated code does not parse: {exc.msg}", exc.lineno, exc.offset
        ) from None
    try:
        for statement in tree.body:
            _module_statement(statement)
        if _may_use_forbidden_names(text):
            _check_every_node(tree)
        else:
            _check_statements(tree.body)
    except _Refused as refused:
        snippet = " ".join(ast.unparse(refused.node).split())
        snippet = snippet if len(snippet) <= 100 else snippet[:97] + "..."
        raise InputError(
            shown,
            f"security gate: {refused.what}: `{snippet}`; generated code may only import and define "
            "things, so nothing was written",
            getattr(refused.node, "lineno", None),
            getattr(refused.node, "col_offset", -1) + 1,
        ) from None
    return tree


# --- import time: module level and class bodies ------------------------------------------------


def _module_statement(node: ast.stmt) -> None:
    if isinstance(node, (ast.Import, ast.ImportFrom, ast.Pass)):
        return
    if isinstance(node, ast.Expr):
        if not (isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            raise _Refused(node, "an expression runs at import time")
    elif isinstance(node, ast.ClassDef):
        _class(node)
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        _function(node)
    elif isinstance(node, (ast.Assign, ast.AnnAssign)):
        _assignment(node)
    elif isinstance(node, ast.If):
        _type_checking_block(node)
    else:
        raise _Refused(node, f"a {type(node).__name__} statement runs at import time")


def _type_checking_block(node: ast.If) -> None:
    test = node.test
    is_type_checking = (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING" and _dotted(test) is not None
    )
    if not is_type_checking or node.orelse:
        raise _Refused(node.test, "only `if TYPE_CHECKING:` is allowed at module level")
    for statement in node.body:
        if not isinstance(statement, (ast.Import, ast.ImportFrom)):
            raise _Refused(statement, "an `if TYPE_CHECKING:` block may only import")


def _class(node: ast.ClassDef) -> None:
    for decorator in node.decorator_list:
        _decorator(decorator)
    for base in node.bases:
        _value(base, "a base class")
    if node.keywords:
        raise _Refused(node.keywords[0].value, "a class keyword (metaclass=...) runs code at import time")
    for statement in node.body:
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            if not isinstance(statement.value.value, str):
                raise _Refused(statement, "an expression in a class body")
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            _function(statement)
        elif isinstance(statement, (ast.Assign, ast.AnnAssign)):
            _assignment(statement)
        elif not isinstance(statement, ast.Pass):
            raise _Refused(statement, f"a {type(statement).__name__} statement in a class body runs at import time")


def _function(node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    for decorator in node.decorator_list:
        _decorator(decorator)
    args = node.args
    for default in [*args.defaults, *(d for d in args.kw_defaults if d is not None)]:
        _value(default, "a default value")
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
        if arg is not None and arg.annotation is not None:
            _value(arg.annotation, "an annotation", calls=False)
    if node.returns is not None:
        _value(node.returns, "an annotation", calls=False)


def _decorator(node: ast.expr) -> None:
    if isinstance(node, ast.Name) and node.id in ALLOWED_DECORATORS:
        return
    if isinstance(node, ast.Attribute) and node.attr in ("setter", "getter", "deleter"):
        return
    if isinstance(node, ast.Call) and _dotted(node.func) == "deprecated":
        # @deprecated("message", category=DeprecationWarning)
        literal_args = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        plain_keywords = all(_dotted(k.value) is not None for k in node.keywords)
        if literal_args and plain_keywords and len(node.args) == 1:
            return
    if isinstance(node, ast.Call) and _dotted(node.func) in ("_attrs_define", "define"):
        if not node.args and all(isinstance(k.value, ast.Constant) for k in node.keywords):
            return
    raise _Refused(node, "a decorator outside the allow-list runs at import time")


def _assignment(node: ast.Assign | ast.AnnAssign) -> None:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    for target in targets:
        if not isinstance(target, ast.Name):
            raise _Refused(target, "only plain names may be assigned at import time")
    if isinstance(node, ast.AnnAssign):
        _value(node.annotation, "an annotation", calls=False)
    if node.value is not None:
        _value(node.value, "an assigned value")


def _value(node: ast.expr, what: str, calls: bool = True) -> None:
    """A literal, a name, an attribute chain, a type expression, or an allowed constructor call."""
    if isinstance(node, ast.Constant):
        return
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        if isinstance(node.operand, ast.Constant) and isinstance(node.operand.value, (int, float, complex)):
            return
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for element in node.elts:
            _value(element.value if isinstance(element, ast.Starred) else element, what, calls)
        return
    elif isinstance(node, ast.Dict):
        for part in [*node.keys, *node.values]:
            if part is not None:
                _value(part, what, calls)
        return
    elif isinstance(node, ast.Name):
        return
    elif isinstance(node, ast.Attribute):
        if _dotted(node) is not None:
            return
    elif isinstance(node, ast.Subscript):
        _value(node.value, what, calls=False)
        _value(node.slice, what, calls=False)
        return
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        _value(node.left, what, calls=False)
        _value(node.right, what, calls=False)
        return
    elif isinstance(node, ast.Call) and calls:
        _call(node, what)
        return
    raise _Refused(node, f"{what} runs code at import time")


def _call(node: ast.Call, what: str) -> None:
    callee = _dotted(node.func)
    rule = ALLOWED_CALLS.get(callee or "")
    if rule is None:
        raise _Refused(node, f"{what} calls {callee or 'an expression'}, which is not an allowed constructor")
    for argument in [*node.args, *(k.value for k in node.keywords)]:
        if isinstance(argument, ast.Starred) or (rule == "literals" and not isinstance(argument, ast.Constant)):
            raise _Refused(argument, f"{what} passes a computed argument to {callee}")
        _value(argument, what, calls=callee in NESTING_CALLS)
    if any(k.arg is None for k in node.keywords):
        raise _Refused(node, f"{what} passes **arguments to {callee}")


def _dotted(node: ast.expr) -> str | None:
    """`a.b.c` for a chain of names, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return ".".join([node.id, *reversed(parts)])


# --- anywhere, function bodies included ----------------------------------------------------------

# The node types `_anywhere` refuses; every other node only leads to more nodes.
_CHECKED_ANYWHERE = frozenset({ast.Import, ast.ImportFrom, ast.Name, ast.Attribute, ast.Global, ast.Nonlocal})
# Fields that never hold one of those: expression contexts, operators, type comments.
_LEAF_FIELDS = frozenset({"ctx", "op", "kind", "type_comment"})
_CHILD_FIELDS: dict[type[ast.AST], tuple[str, ...]] = {}


# What `_anywhere` refuses in a `Name` or `Attribute`, looked for in the source as whole words: a
# name spelled with ASCII letters appears in the text as written.
_REFUSED_WORDS = tuple(sorted(name for name in FORBIDDEN_NAMES if not (name.startswith("__") and name.endswith("__"))))
_DUNDER = re.compile(r"__\w+__")
_WORD_CHARACTER = re.compile(r"\w")
_STATEMENT_LISTS = ("body", "orelse", "finalbody", "handlers", "cases")
_CHECKED_STATEMENTS = frozenset({ast.Import, ast.ImportFrom, ast.Global, ast.Nonlocal})


def _may_use_forbidden_names(text: str) -> bool:
    """False when no `Name` or `Attribute` in this module can be one `_anywhere` refuses.

    Python reads identifiers in NFKC form, so a module with any non-ASCII character gets the
    full walk; so does one whose text holds a refused name as a whole word anywhere, strings and
    comments included (`def __getitem__` names a method, never a `Name`). Most generated modules
    hold none, and then only the statements need a look.
    """
    if not text.isascii():
        return True
    for word in _REFUSED_WORDS:
        start = text.find(word)
        while start >= 0:
            if _whole_word(text, start, start + len(word)):
                return True
            start = text.find(word, start + 1)
    for match in _DUNDER.finditer(text):
        start, end = match.span()
        if _whole_word(text, start, end) and match.group() not in ALLOWED_DUNDERS:
            names_a_function = text.endswith("def ", 0, start) and not _whole_word_ends_at(text, start - 4)
            if not names_a_function:
                return True
    return False


def _whole_word(text: str, start: int, end: int) -> bool:
    return not _whole_word_ends_at(text, start) and _WORD_CHARACTER.match(text, end) is None


def _whole_word_ends_at(text: str, position: int) -> bool:
    """Whether a word character stands just before `position` (so a word goes on there)."""
    return position > 0 and _WORD_CHARACTER.match(text, position - 1) is not None


def _check_statements(statements: list[ast.stmt]) -> None:
    """`_anywhere` on every statement, nested ones included: imports, global and nonlocal."""
    todo: deque[ast.AST] = deque(statements)
    while todo:
        node = todo.popleft()
        if type(node) in _CHECKED_STATEMENTS:
            _anywhere(node)
        for field in _STATEMENT_LISTS:
            children = getattr(node, field, None)
            if type(children) is list:
                todo.extend(children)


def _check_every_node(tree: ast.AST) -> None:
    """`_anywhere` on every node, in `ast.walk` order; a walk that skips what cannot matter.

    `ast.walk` visits every expression context and operator node and pays a generator frame per
    node; on a large client that was most of the gate's time.
    """
    todo = deque([tree])
    pop, push, extend = todo.popleft, todo.append, todo.extend
    child_fields, checked, node_type = _CHILD_FIELDS, _CHECKED_ANYWHERE, ast.AST
    while todo:
        node = pop()
        kind = type(node)
        if kind in checked:
            _anywhere(node)
        fields = child_fields.get(kind)
        if fields is None:
            fields = child_fields[kind] = tuple(f for f in kind._fields if f not in _LEAF_FIELDS)
        for field in fields:
            value = getattr(node, field, None)
            if type(value) is list:
                extend([item for item in value if isinstance(item, node_type)])
            elif isinstance(value, node_type):
                push(value)


def _anywhere(node: ast.AST) -> None:
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name not in ALLOWED_MODULES:
                raise _Refused(node, f"import of {alias.name}, which generated code never needs")
    elif isinstance(node, ast.ImportFrom):
        if node.level == 0 and node.module not in ALLOWED_MODULES:
            raise _Refused(node, f"import from {node.module}, which generated code never needs")
        if node.level == 0 and any(alias.name == "*" for alias in node.names):
            raise _Refused(node, "a star import of a module outside the package")
    elif isinstance(node, ast.Name):
        if node.id in FORBIDDEN_NAMES or (_is_dunder(node.id) and node.id not in ALLOWED_DUNDERS):
            raise _Refused(node, f"use of {node.id}, which generated code never needs")
    elif isinstance(node, ast.Attribute):
        if _is_dunder(node.attr) and node.attr not in ALLOWED_DUNDERS:
            raise _Refused(node, f"access to {node.attr}, which generated code never needs")
    elif isinstance(node, (ast.Global, ast.Nonlocal)):
        raise _Refused(node, "a global or nonlocal declaration, which generated code never needs")


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


# --- TOML -------------------------------------------------------------------------------------------


def _check_toml(text: str, shown: Path, *, is_pyproject: bool) -> None:
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(shown, f"security gate: generated TOML does not parse: {exc}") from None
    if not is_pyproject:
        return
    for path in _TOML_CODE_KEYS:
        node: object = table
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if node is not None:
            raise InputError(shown, f"security gate: generated pyproject.toml declares [{'.'.join(path)}]")
    build = table.get("build-system", {})
    if isinstance(build, dict) and "backend-path" in build:
        raise InputError(shown, "security gate: generated pyproject.toml sets build-system.backend-path")
    tool = table.get("tool")
    if isinstance(tool, dict) and _has_key(tool.get("hatch"), "hooks"):
        raise InputError(shown, "security gate: generated pyproject.toml configures hatch build hooks")


def _has_key(node: object, wanted: str) -> bool:
    if isinstance(node, dict):
        return any(key == wanted or _has_key(value, wanted) for key, value in node.items())
    return False
