"""The public-surface diff, on two tiny packages laid out like the generated client."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.finding import Finding
from generator.errors import InputError
from generator.release.changes import collect_changes
from generator.release.surface import (
    compare_records,
    compare_surfaces,
    read_surface_record,
    surface_record,
    write_surface_record,
)
from generator.spec.load import load_document

PACKAGE = "altegio_activity"

OLD = {
    "__init__.py": "from .client import AuthenticatedClient\n__all__ = ['AuthenticatedClient']\n",
    "client.py": ("class AuthenticatedClient:\n    token: str\n    def __init__(self, token: str) -> None: ...\n"),
    "api/__init__.py": "",
    "api/events/__init__.py": "",
    "api/events/create_event.py": (
        "from ...client import AuthenticatedClient\n"
        "from ...models import EventRequest\n"
        "def _get_kwargs(location_id: int) -> dict: ...\n"
        "def sync(location_id: int, *, client: AuthenticatedClient, body: EventRequest) -> None: ...\n"
    ),
    "api/events/get_event.py": (
        "def sync(location_id: int, event_id: int) -> None: ...\n"
        "async def asyncio(location_id: int, event_id: int) -> None: ...\n"
    ),
    "models/__init__.py": (
        "from .event import Event\nfrom .event_request import EventRequest\n__all__ = ('Event', 'EventRequest')\n"
    ),
    "models/event.py": "class Event:\n    id: int\n    company_id: int\n    _private: int\n",
    "models/event_request.py": "class EventRequest:\n    date: str\n",
    "_runtime/__init__.py": "",
    "_runtime/retry.py": "def backoff(attempt: int) -> float: ...\n",
}

NEW = {
    **OLD,
    "__init__.py": "from .client import AuthenticatedClient\n__all__ = ['AuthenticatedClient']\n",
    "api/events/create_event.py": (
        "from ...client import AuthenticatedClient\n"
        "from ...models import EventRequest\n"
        "def _get_kwargs(location_id: int, accept: str) -> dict: ...\n"
        "def sync(location_id: int, *, client: AuthenticatedClient, json_body: EventRequest) -> None: ...\n"
    ),
    "api/events/create_event_v2.py": "def sync(location_id: int) -> None: ...\n",
    "api/events/get_event.py": "def sync(location_id: int, event_id: int) -> None: ...\n",
    "models/event.py": "class Event:\n    id: int\n    _private: str\n",
    "_runtime/retry.py": "def jitter() -> float: ...\n",
}


def write_package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / PACKAGE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def view(findings: list[Finding]) -> list[tuple[str, str, str, str, object, object]]:
    return [(f.kind, f.severity, f.operation, f.pointer, f.old, f.new) for f in findings]


def test_removed_renamed_and_added_public_names(tmp_path: Path) -> None:
    old = write_package(tmp_path / "old", OLD)
    new = write_package(tmp_path / "new", NEW)
    findings = compare_surfaces(old, new, PACKAGE)
    events = f"{PACKAGE}.api.events"
    assert view(findings) == [
        (
            "api_signature_changed",
            "breaking",
            f"{events}.create_event",
            f"{events}.create_event.sync",
            "(..., body: EventRequest) -> None",
            "(..., json_body: EventRequest) -> None",
        ),
        ("api_removed", "breaking", f"{events}.get_event", f"{events}.get_event.asyncio", "function", None),
        # under the path calling code imports the class by (`from altegio_activity.models import Event`)
        ("api_removed", "breaking", f"{PACKAGE}.models", f"{PACKAGE}.models.Event.company_id", "attribute", None),
        ("api_added", "new", f"{events}.create_event_v2", f"{events}.create_event_v2", None, "module"),
    ]
    assert [f.message for f in findings] == [
        "`create_event.sync(..., body: EventRequest) -> None` → "
        "`create_event.sync(..., json_body: EventRequest) -> None`: "
        "parameter `body` removed; parameter `json_body` added, required",
        "function `get_event.asyncio(location_id: int, event_id: int) -> None` removed",
        "attribute `Event.company_id` removed",
        "new module `altegio_activity.api.events.create_event_v2`",
    ]


def test_a_package_against_itself_reports_nothing(tmp_path: Path) -> None:
    root = write_package(tmp_path / "same", OLD)
    assert compare_surfaces(root, root, PACKAGE) == []


def test_a_missing_package_is_an_input_error(tmp_path: Path) -> None:
    root = write_package(tmp_path / "old", OLD)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="holds no package 'altegio_activity'"):
        compare_surfaces(root, empty, PACKAGE)
    with pytest.raises(InputError, match="is not a directory"):
        compare_surfaces(root, tmp_path / "missing", PACKAGE)


def test_re_exports_count_where_they_are_exported(tmp_path: Path) -> None:
    old = write_package(tmp_path / "old", OLD)
    new = write_package(
        tmp_path / "new",
        {
            **OLD,
            "models/__init__.py": (
                "from .event import Event\nfrom .event_request import EventRequest\n"
                "from .activity import Activity\n__all__ = ('Activity', 'Event')\n"
            ),
            "models/activity.py": "class Activity:\n    id: str\n",
        },
    )
    models = f"{PACKAGE}.models"
    findings = compare_surfaces(old, new, PACKAGE)
    # The new model is one entry, where calling code imports it (not also its module); the
    # re-export that went away is breaking although `models.event_request` still defines it.
    assert view(findings) == [
        ("api_removed", "breaking", models, f"{models}.EventRequest", "class", None),
        ("api_added", "new", models, f"{models}.Activity", None, "class"),
    ]
    assert [f.message for f in findings] == ["class `EventRequest` removed", "new class `Activity`"]


def test_collect_changes_joins_spec_and_surface_findings(tmp_path: Path) -> None:
    old_tree = write_package(tmp_path / "old", OLD)
    new_tree = write_package(tmp_path / "new", {**OLD, "api/events/get_event.py": NEW["api/events/get_event.py"]})
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", encoding="utf-8")
    changed = tmp_path / "changed.yaml"
    changed.write_text("openapi: 3.1.0\ninfo: {title: t2, version: '2'}\npaths: {}\n", encoding="utf-8")

    old_surface, new_surface = surface_record(old_tree, PACKAGE), surface_record(new_tree, PACKAGE)
    report = collect_changes(load_document(spec), load_document(changed), old_surface, new_surface)
    assert [(f.kind, f.pointer) for f in report.findings] == [
        ("api_removed", f"{PACKAGE}.api.events.get_event.asyncio"),
        ("docs_changed", "/info/title"),
    ]
    first_generation = collect_changes(None, load_document(changed), None, new_surface)
    assert first_generation.findings == ()


def test_a_recorded_surface_compares_like_the_tree_it_was_read_from(tmp_path: Path) -> None:
    old = write_package(tmp_path / "old", OLD)
    new = write_package(tmp_path / "new", NEW)
    record = tmp_path / "surface.json"
    write_surface_record(record, surface_record(old, PACKAGE))
    assert compare_records(read_surface_record(record), surface_record(new, PACKAGE)) == compare_surfaces(
        old, new, PACKAGE
    )
    with pytest.raises(InputError, match="is not a surface record"):
        record.write_text("[]", encoding="utf-8")
        read_surface_record(record)


def test_the_surface_diff_is_linear_in_the_number_of_names() -> None:
    """Thousands of removed and added modules: no name is compared with every other one."""
    calls = 0
    original = str.startswith

    class Counting(str):
        def startswith(self, *args: object) -> bool:
            nonlocal calls
            calls += 1
            return original(self, *args)  # type: ignore[arg-type]  # passes on what str.startswith was given

    def surface(prefix: str, count: int) -> dict[str, dict[str, object]]:
        names: dict[str, dict[str, object]] = {PACKAGE: {"kind": "module"}}
        for index in range(count):
            module = Counting(f"{PACKAGE}.api.{prefix}{index}")
            names[module] = {"kind": "module"}
            names[Counting(f"{module}.sync")] = {"kind": "function", "params": [], "returns": None}
        return names

    findings = compare_records(surface("old", 3000), surface("new", 3000))
    assert len(findings) == 6000
    assert calls < 10_000


@pytest.mark.parametrize(
    ("before", "after", "breaking"),
    [
        ("-> AuthUser", "-> Self", True),  # login() returning a client instead of the user
        ("-> AuthUser", "", True),
        ("-> AuthUser", "-> AuthUser", False),
        ("", "-> AuthUser", False),  # an annotation where there was none narrows nothing callers had
    ],
)
def test_a_changed_return_annotation_is_breaking(tmp_path: Path, before: str, after: str, breaking: bool) -> None:
    def client(returns: str) -> dict[str, str]:
        return {**OLD, "client.py": f"class AuthenticatedClient:\n    def login(self, login: str){returns}: ...\n"}

    old = write_package(tmp_path / "old", client(before))
    new = write_package(tmp_path / "new", client(after))
    found = [f for f in compare_surfaces(old, new, PACKAGE) if f.pointer.endswith("login")]
    assert [(f.kind, f.severity) for f in found] == ([("api_signature_changed", "breaking")] if breaking else [])


def test_the_templates_import_aliases_are_no_change_of_return_type(tmp_path: Path) -> None:
    def module(returns: str) -> dict[str, str]:
        return {**OLD, "api/events/get_event.py": f"def sync_detailed(event_id: int) -> {returns}: ...\n"}

    old = write_package(tmp_path / "old", module("Response[Event]"))
    new = write_package(tmp_path / "new", module("_Response[Event]"))
    assert compare_surfaces(old, new, PACKAGE) == []
    changed = write_package(tmp_path / "changed", module("_Response[Event | None]"))
    assert [f.kind for f in compare_surfaces(old, changed, PACKAGE)] == ["api_signature_changed"]


_UNPARSE_CASES = (
    "a | (b | c)",
    "(a | b) | c",
    "(a or b) | c",
    "a + b | c",
    "x[a,]",
    "x[()]",
    "x[a | b]",
    "x[a, b | None]",
    "x[1:2]",
    "-1",
    "1 .real",
    "a.b.c[d][e]",
    "True | None",
    "Literal['a', \"b\"]",
    "dict[str, list[int | None]] | Unset",
    "Callable[[int], str]",
)


def test_the_quick_unparse_is_ast_unparse() -> None:
    """`_simple_unparse` answers only where it gives exactly what `ast.unparse` does."""
    import ast

    from generator.checks.module_surface import _simple_unparse
    from tests.conftest import GENERATED, ROOT

    trees: list[ast.AST] = [ast.parse(source, mode="eval") for source in _UNPARSE_CASES]
    files = [*GENERATED.rglob("*.py"), *(ROOT / "templates" / "runtime").rglob("*.py")]
    trees += [ast.parse(path.read_bytes()) for path in files]
    answered = 0
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.expr) and (text := _simple_unparse(node)) is not None:
                assert text == ast.unparse(node)
                answered += 1
    assert answered > 1000
