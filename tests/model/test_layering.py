"""The generator's modules form layers: no import cycle among modules or among stages (packages;
`TYPE_CHECKING` imports count), at most
ten modules directly in `generator/`, only `generator/upstream/` imports openapi-python-client,
and the pointer module is a leaf."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

GENERATOR = ROOT / "generator"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """Generator modules `path` imports, at module level, inside functions (lazy imports) or under
    `if TYPE_CHECKING:` (a cycle there still ties the modules together for a reader and mypy)."""
    found: set[str] = set()
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        found |= {name for name in names if name in modules}
    found.discard(module_name(path))
    return found


def graph() -> dict[str, set[str]]:
    paths = sorted(GENERATOR.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    edges = {module_name(p): imports_of(p, modules) for p in paths}
    # Importing `a.b` runs `a/__init__.py` first, but that is no edge back from `a` to `a.b`.
    return {m: {t for t in targets if not m.startswith(t + ".")} for m, targets in edges.items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target) :] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_no_import_cycle_among_the_generators_modules() -> None:
    edges = graph()
    assert "generator.pipeline" in edges and "generator.spec.validate" in edges["generator.pipeline"]
    assert find_cycle(edges) is None, " -> ".join(find_cycle(edges) or [])


def stage(module: str) -> str:
    """The stage a module belongs to: its package under `generator/` (`generator.spec.load` ->
    `generator.spec`), or the module itself when it sits directly in `generator/`."""
    return ".".join(module.split(".")[:2])


def test_no_import_cycle_among_the_stages() -> None:
    # Stages are layers too: `spec` must not need `naming` while `naming` needs `spec`, even when
    # no two modules import each other. The package `generator` itself only names the product.
    edges: dict[str, set[str]] = {}
    for module, targets in graph().items():
        edges.setdefault(stage(module), set()).update(
            stage(t) for t in targets if stage(t) not in (stage(module), "generator")
        )
    assert {"generator.spec", "generator.upstream"} <= edges["generator.render"]
    assert find_cycle(edges) is None, " -> ".join(find_cycle(edges) or [])


def test_the_cycle_finder_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_pointer_module_is_a_leaf() -> None:
    assert graph()["generator.spec.pointer"] == set()


def test_type_checking_imports_count() -> None:
    # naming.class_names imports Settings and Document only under `if TYPE_CHECKING:`
    assert {"generator.settings", "generator.spec.load"} <= graph()["generator.naming.class_names"]


def test_at_most_ten_modules_directly_in_the_generator_package() -> None:
    top_level = sorted(path.name for path in GENERATOR.glob("*.py"))
    assert len(top_level) <= 10, top_level


def test_only_the_upstream_package_imports_openapi_python_client() -> None:
    importers = []
    for path in sorted(GENERATOR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            if any(name.split(".")[0] == "openapi_python_client" for name in names):
                importers.append(path.relative_to(GENERATOR).as_posix())
    assert importers and all(name.startswith("upstream/") for name in importers), importers
