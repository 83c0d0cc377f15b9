"""JSON pointers and local `$ref`s: the one place that turns a reference into a value.

Every stage that follows a `$ref` (validation, facts, names, examples, the diff) asks this module,
so they all agree on what a reference names. A pointer is RFC 6901 (`~0` is `~`, `~1` is `/`);
the fragment of a `$ref` is a URI fragment first, so `%20` is a space (RFC 6901, section 6).

This is hand-written rather than `referencing`: OpenAPI documents are not JSON Schema resources
(no `$id` scopes to track), and the generator needs what that library does not give, a refusal
with the pointer of the reference that failed, chains and cycles measured in one linear pass,
and a cap on how long a chain may be.

It imports nothing from the generator, so any module may use it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import unquote

# A chain of bare `$ref`s (a -> b -> c ...) longer than this is refused. Real documents use
# chains of one or two; a long one is a generated or hostile document, and every tool after us
# (upstream's parser included) follows it recursively.
MAX_REF_CHAIN = 32

RefProblem = Literal["dangling", "cycle", "external", "too_long", "not_pointer", "not_string"]


def escape(token: object) -> str:
    text = token if type(token) is str else str(token)
    if "~" in text or "/" in text:
        return text.replace("~", "~0").replace("/", "~1")
    return text


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: object) -> str:
    """Extend a pointer by tokens (path keys like `/v1/auth` are single tokens)."""
    if len(tokens) == 1:  # the common case, without a generator
        return f"{pointer}/{escape(tokens[0])}"
    return pointer + "".join("/" + escape(token) for token in tokens)


def pointer_of(parts: list[Any] | tuple[Any, ...]) -> str:
    return join("", *parts)


def tokens(pointer: str) -> list[str]:
    if pointer == "":
        return []
    return [unescape(token) for token in pointer.split("/")[1:]]


def lookup(root: Any, pointer: str) -> tuple[bool, Any]:
    """(found, value) for a pointer into `root`."""
    node = root
    for token in tokens(pointer):
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False, None
    return True, node


def ref_target(ref: str) -> str | None:
    """The pointer a local `$ref` names (`#/a/My%20Thing` -> `/a/My Thing`), None for other files or URLs."""
    if not ref.startswith("#"):
        return None
    return unquote(ref[1:])


def is_ref(node: Any) -> bool:
    return isinstance(node, Mapping) and "$ref" in node


class RefError(Exception):
    """A `$ref` that names nothing usable; `pointer` is where the offending `$ref` is written."""

    def __init__(self, pointer: str, problem: RefProblem, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer
        self.problem = problem
        self.message = message


@dataclass(frozen=True)
class Resolved:
    value: Any  # what the reference chain ends at (never itself a `$ref`)
    pointer: str  # where that value sits in the document


class Resolver:
    """Follows local `$ref` chains in one document, remembering every chain it has walked.

    Each reference is followed once, however many places use it, so resolving every reference
    in a document costs time linear in its size even when references form long chains.
    """

    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self._ends: dict[str, Resolved] = {}  # pointer of a `$ref` target -> where its chain ends

    def resolve(self, node: Any, at: str) -> Resolved:
        """Follow `node` (found at pointer `at`) through `$ref`s; raise `RefError` if it cannot be."""
        if not is_ref(node):
            return Resolved(node, at)
        chain: list[str] = []  # the targets walked, in order; each is remembered once resolved
        ref_at = join(at, "$ref")
        while is_ref(node):
            ref = node["$ref"]
            if not isinstance(ref, str):
                raise RefError(ref_at, "not_string", f"$ref must be a string, found {type(ref).__name__}")
            target = ref_target(ref)
            if target is None:
                raise RefError(ref_at, "external", f"$ref {ref!r} points outside this document")
            if target and not target.startswith("/"):
                raise RefError(ref_at, "not_pointer", f"$ref {ref!r} is not a JSON pointer ('#/...')")
            if target in self._ends:
                end = self._ends[target]
                break
            if target in chain or target == at:
                links = [at] * (target == at) + [*chain, target]
                cycle = " -> ".join("#" + link for link in links)
                raise RefError(join(at, "$ref"), "cycle", f"$ref cycle with no schema in between: {cycle}")
            chain.append(target)
            if len(chain) > MAX_REF_CHAIN:
                raise RefError(
                    join(at, "$ref"),
                    "too_long",
                    f"$ref chain longer than {MAX_REF_CHAIN} references (a reference to a reference to ...); "
                    "point it at the schema itself",
                )
            found, node = lookup(self.root, target)
            if not found:
                raise RefError(ref_at, "dangling", f"$ref {ref!r} does not resolve to anything in this document")
            ref_at = join(target, "$ref")
        else:
            end = Resolved(node, chain[-1])
        for link in chain:
            self._ends[link] = end
        return end

    def value(self, node: Any, at: str) -> Any:
        return self.resolve(node, at).value

    def mapping(self, node: Any, at: str) -> Mapping[str, Any] | None:
        """The mapping `node` resolves to, or None when it is not one."""
        value = self.resolve(node, at).value
        return value if isinstance(value, Mapping) else None


def walk(node: Any, at: str = "") -> Iterator[tuple[Any, str]]:
    """Every value under `node` with its pointer, depth first, without recursion."""
    stack: list[tuple[Any, str]] = [(node, at)]
    while stack:
        node, at = stack.pop()
        yield node, at
        if isinstance(node, Mapping):
            stack.extend((value, f"{at}/{escape(key)}") for key, value in reversed(list(node.items())))
        elif isinstance(node, list):
            stack.extend((value, f"{at}/{index}") for index, value in reversed(list(enumerate(node))))


def rewrite(root: Any, edits: Mapping[str, Callable[[Any], Any]]) -> Any:
    """A copy of `root` with each edit applied to the value at its pointer.

    Only the containers on the way to an edited value are copied; everything else is shared with
    `root`, which is never changed. Edits below another edit's pointer are applied first.
    """
    trie: dict[Any, Any] = {}
    for pointer, edit in edits.items():
        node = trie
        for token in tokens(pointer):
            node = node.setdefault(token, {})
        node[None] = edit

    def apply(value: Any, branch: dict[Any, Any]) -> Any:
        children = [(key, sub) for key, sub in branch.items() if key is not None]
        if children and isinstance(value, Mapping):
            value = dict(value)
            for key, sub in children:
                if key in value:
                    value[key] = apply(value[key], sub)
        elif children and isinstance(value, list):
            value = list(value)
            for key, sub in children:
                if key.isdigit() and int(key) < len(value):
                    value[int(key)] = apply(value[int(key)], sub)
        return branch[None](value) if None in branch else value

    return apply(root, trie) if trie else root
