"""Release notes a user can read: public names once each, no dunder noise, old and new signatures,
and a link from each breaking line to where migrating is explained."""

from __future__ import annotations

import json
from pathlib import Path

from generator.diff.finding import Finding
from generator.diff.report import Report
from generator.release.release_notes import _migration_link
from generator.release.surface import Surface, compare_records, compare_surfaces
from generator.release.versioning import changelog_entry
from tests.conftest import PROJECT
from tests.diff.test_diff_surface import OLD, PACKAGE, write_package

RUNTIME_ERRORS = (
    "class AltegioError(Exception):\n"
    "    def __init__(self, message: str) -> None:\n"
    "        self.message = message\n"
    "    def __repr__(self) -> str: ...\n"
)
LAYOUT = {
    **OLD,
    "__init__.py": (
        "from .client import AuthenticatedClient\nfrom .errors import AltegioError\n"
        "__all__ = ['AltegioError', 'AuthenticatedClient']\n"
    ),
    "errors.py": "from ._runtime.errors import AltegioError\n__all__ = ['AltegioError']\n",
    "_runtime/errors.py": RUNTIME_ERRORS,
    "client.py": (
        "class AuthenticatedClient:\n"
        "    def __init__(self, token: str) -> None: ...\n"
        "    def __enter__(self) -> AuthenticatedClient: ...\n"
        "    def __exit__(self, *args: object) -> None: ...\n"
        "    def login(self, login: str, password: str) -> AuthUser: ...\n"
    ),
}


def _messages(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.severity, f.operation, f.message) for f in findings]


def test_dunder_methods_are_left_out_except_a_class_call_and_what_the_object_supports(tmp_path: Path) -> None:
    new_files = {
        **LAYOUT,
        "_runtime/errors.py": RUNTIME_ERRORS.replace("__repr__(self)", "__repr__(self, short: bool)")
        + "    def __reduce__(self) -> tuple[object, ...]: ...\n",
        "client.py": (
            "class AuthenticatedClient:\n"
            "    def __init__(self, token: str, *, timeout: float) -> None: ...\n"
            "    def __repr__(self) -> str: ...\n"
            "    def __iter__(self) -> object: ...\n"
            "    def login(self, login: str, password: str) -> AuthenticatedClient: ...\n"
        ),
        "models/event.py": "class Event:\n    id: int\n    company_id: int\n    def __repr__(self) -> str: ...\n",
    }
    old = write_package(tmp_path / "old", LAYOUT)
    new = write_package(tmp_path / "new", new_files)

    findings = compare_surfaces(old, new, PACKAGE)

    client = PACKAGE  # where calling code imports it from: the package re-exports it
    assert _messages(findings) == [
        ("breaking", client, "`AuthenticatedClient` no longer supports `with`"),
        (
            "breaking",
            client,
            "`AuthenticatedClient(...)` → `AuthenticatedClient(..., *, timeout: float)`: "
            "parameter `timeout` added, required",
        ),
        (
            "breaking",
            client,
            "`AuthenticatedClient.login(...) -> AuthUser` → `AuthenticatedClient.login(...) -> AuthenticatedClient`: "
            "return type changed",
        ),
        ("new", client, "`AuthenticatedClient` now supports `for` loops"),
    ]
    assert not [f for f in findings if "__" in f.message]


def test_a_re_exported_name_is_one_entry_under_its_public_import_path(tmp_path: Path) -> None:
    new_files = {
        **LAYOUT,
        "__init__.py": LAYOUT["__init__.py"]
        .replace("import AltegioError", "import AltegioError, ClientClosedError")
        .replace("__all__ = [", "__all__ = ['ClientClosedError', "),
        "errors.py": "from ._runtime.errors import AltegioError, ClientClosedError\n"
        "__all__ = ['AltegioError', 'ClientClosedError']\n",
        "_runtime/errors.py": RUNTIME_ERRORS.replace(
            "        self.message = message\n", "        self.message = message\n        self.request_id = None\n"
        )
        + "class ClientClosedError(AltegioError):\n    pass\n",
    }
    old = write_package(tmp_path / "old", LAYOUT)
    new = write_package(tmp_path / "new", new_files)

    findings = compare_surfaces(old, new, PACKAGE)

    # Each is reachable as altegio_activity.X and altegio_activity.errors.X: listed once, at the top.
    assert _messages(findings) == [
        ("new", PACKAGE, "new attribute `AltegioError.request_id`"),
        ("new", PACKAGE, "new class `ClientClosedError`"),
    ]


def _without(surface: Surface, names: list[str]) -> Surface:
    return {path: entry for path, entry in surface.items() if not any(name in path for name in names)}


def test_the_generated_package_gets_one_line_per_public_change() -> None:
    """The release the audit read: models gaining `__repr__`, errors gaining `__reduce__` and new
    attributes, new error classes, all exported twice. Here as the current record without them."""
    recorded: Surface = json.loads((PROJECT / ".generator" / "surface.json").read_text())["surface"]
    assert not [path for path in recorded if path.endswith(("__repr__", "__reduce__"))]  # no note names them
    # as a record made before they were left out had them
    method = {"kind": "function", "params": [["self", "positional or keyword", None, None]], "returns": "str"}
    new = {**recorded, **{f"{path}.__repr__": method for path, entry in recorded.items() if entry["kind"] == "class"}}
    old = _without(new, ["__repr__", "__reduce__", "ClientClosedError", "PaginationError", ".request_id"])
    assert len(new) - len(old) > 40  # what was noise: the many paths these names have

    findings = compare_records(old, new)

    assert _messages(findings) == [
        ("new", PACKAGE, "new attribute `APIStatusError.request_id`"),
        ("new", PACKAGE, "new attribute `AltegioError.request_id`"),
        ("new", PACKAGE, "new class `ClientClosedError`"),
        ("new", PACKAGE, "new class `PaginationError`"),
    ]


def test_each_breaking_line_of_the_changelog_links_where_migrating_is_explained() -> None:
    breaking = Finding("api_removed", "breaking", "pkg.api", "pkg.api.f", "function", None, "function `f()` removed")
    added = Finding("api_added", "new", "pkg.api", "pkg.api.g", None, "function", "new function `g()`")
    report = Report.of([breaking, added])

    own = changelog_entry("3.0.0", "1.1.0", report)
    guide = changelog_entry("3.0.0", "1.1.0", report, "MIGRATING.md#300")

    assert "- `pkg.api`: function `f()` removed ([migrating](#300-spec-110))\n" in own
    assert "- `pkg.api`: function `f()` removed ([migrating](MIGRATING.md#300))\n" in guide
    assert "- `pkg.api`: new function `g()`\n" in own  # only breaking lines need migrating


def test_the_link_goes_to_the_section_of_migrating_md_that_names_the_version(tmp_path: Path) -> None:
    new_tree, output = tmp_path / "new", tmp_path / "output"
    new_tree.mkdir()
    output.mkdir()
    assert _migration_link(new_tree, output, version="3.0.0") is None
    (output / "MIGRATING.md").write_text("# Migrating\n\n## 13.0.0\n\nold\n\n## To 3.0.0: `sync()` returns `Event`\n")
    assert _migration_link(new_tree, output, version="3.0.0") == "MIGRATING.md#to-300-sync-returns-event"
    assert _migration_link(new_tree, output, version="4.0.0") == "MIGRATING.md"
    (new_tree / "MIGRATING.md").write_text("## 3.0.0\n")  # the new tree's own guide comes first
    assert _migration_link(new_tree, output, version="3.0.0") == "MIGRATING.md#300"


def test_a_removed_or_renamed_model_class_is_one_line_not_also_its_module() -> None:
    from generator.diff.finding import Finding
    from generator.release.changes import _without_model_echoes

    def removed(pointer: str, kind: str) -> Finding:
        parent = pointer if kind == "module" else pointer.rpartition(".")[0]
        return Finding("api_removed", "breaking", parent, pointer, kind, None, f"{kind} removed")

    surface = [
        removed("pkg.models.Gone", "class"),
        removed("pkg.models.gone", "module"),
        removed("pkg.models.OldName", "class"),
        removed("pkg.models.old_name", "module"),
        removed("pkg.models.unrelated_module", "module"),
        removed("pkg.api.things.old_name", "module"),  # an endpoint module: not a model's
    ]
    spec = [Finding("model_renamed", "breaking", "(document)", "/components/schemas/NewName", "OldName", "NewName", "")]

    kept = [finding.pointer for finding in _without_model_echoes(surface, spec)]

    assert kept == ["pkg.models.Gone", "pkg.models.unrelated_module", "pkg.api.things.old_name"]


def _create(*params: list[str | None]) -> Surface:
    """A resource method `create(self, *, body=None, ...)` with these parameters after `body`."""
    first = [["self", "positional or keyword", None, None], ["body", "keyword-only", "Body | None", "None"]]
    entry = {"kind": "function", "params": [*first, *params], "returns": "Pet"}
    return {"pkg.resources.pets.PetsResource.create": entry}


def test_a_parameter_a_resource_method_loses_is_reported_though_its_body_fields_take_the_keyword() -> None:
    # `optional_query` renamed in the spec: an old call still runs, but sends the value in the
    # request body, which the method's `**_fields` takes; any other `**kwargs` takes the call as it was.
    query: list[str | None] = ["optional_query", "keyword-only", "str | Unset", "UNSET"]
    for rest in (["_fields", "variadic keyword", "Any", None], ["kwargs", "variadic keyword", "Any", None]):
        findings = compare_records(_create(query, rest), _create(rest))
        if rest[0] == "_fields":
            [finding] = findings
            assert "parameter `optional_query` removed" in finding.message, finding.message
        else:
            assert findings == []
