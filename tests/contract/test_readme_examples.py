"""The generated package README's per-operation examples run against Prism as written."""

from __future__ import annotations

import logging
import re

import pytest

from tests.conftest import PROJECT

README = (PROJECT / "README.md").read_text()
EXAMPLES = re.findall(r"^### `([\w.]+)`\n(.*?)```python\n(.*?)```", README, flags=re.S | re.M)
RESOURCE_EXAMPLES = re.findall(r"^#### `(client\.[\w.]+)`\n(.*?)```python\n(.*?)```", README, flags=re.S | re.M)


def _at_prism(monkeypatch: pytest.MonkeyPatch, prism_url: str) -> None:
    from altegio_activity.client import AltegioClient, AsyncAltegioClient

    monkeypatch.setattr(AltegioClient, "default_base_url", prism_url)
    monkeypatch.setattr(AsyncAltegioClient, "default_base_url", prism_url)


def test_every_operation_has_an_example() -> None:
    operations = re.findall(r"^### `([\w.]+)`", README, flags=re.M)
    assert len(operations) == 22
    assert [name for name, _, _ in EXAMPLES] == operations


@pytest.mark.parametrize(("name", "notes", "code"), EXAMPLES, ids=[name.rsplit(".", 1)[1] for name, _, _ in EXAMPLES])
def test_readme_example_runs_against_prism(
    name: str, notes: str, code: str, prism_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _at_prism(monkeypatch, prism_url)
    namespace: dict[str, object] = {}
    if "Deprecated" in notes:
        with pytest.warns(DeprecationWarning, match="_v2"):
            exec(compile(code, f"README:{name}", "exec"), namespace)  # noqa: S102 - our own README
    else:
        exec(compile(code, f"README:{name}", "exec"), namespace)  # noqa: S102
    if "result =" in code:
        assert namespace["result"] is not None


GUIDE = README.split("## Operations", 1)[0]
SECTIONS = re.findall(r"^## (.+?)\n(.*?)(?=^## |\Z)", GUIDE, flags=re.S | re.M)
GUIDE_EXAMPLES = [
    (title, code)
    for title, text in SECTIONS
    if title != "Resources"  # one example per method, run below
    for code in re.findall(r"```python\n(.*?)```", text, flags=re.S)
]


def _resource_methods() -> list[str]:
    """Every method of the client's resource tree, found by walking `AltegioClient`'s resources."""
    from altegio_activity import AltegioClient
    from altegio_activity._runtime.resource import APIResource

    found: list[str] = []

    def walk(owner: object, path: str) -> None:
        for name in sorted(vars(type(owner))):
            if name.startswith("_") or name == "with_raw_response":
                continue
            value = getattr(owner, name)
            if isinstance(value, APIResource):
                walk(value, f"{path}.{name}")
            elif callable(value) and not name.startswith("iterate"):
                found.append(f"{path}.{name}")

    client = AltegioClient("p")
    for name in ("events", "v1"):
        walk(getattr(client, name), f"client.{name}")
    return sorted(found)


def test_every_resource_method_has_an_example() -> None:
    assert sorted(name for name, _, _ in RESOURCE_EXAMPLES) == _resource_methods()
    assert len(RESOURCE_EXAMPLES) == 21
    assert README.index("## Resources") < README.index("## Operations")
    use = README.split("## Use", 1)[1].split("\n## ", 1)[0]
    assert "client.events.list(" in use and "api.events import" not in use  # the resource style leads


@pytest.mark.parametrize(("name", "notes", "code"), RESOURCE_EXAMPLES, ids=[name for name, _, _ in RESOURCE_EXAMPLES])
def test_resource_example_runs_against_prism(
    name: str, notes: str, code: str, prism_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _at_prism(monkeypatch, prism_url)
    namespace: dict[str, object] = {}
    if "Deprecated" in notes:
        with pytest.warns(DeprecationWarning, match=re.escape(f"{name} ") + ".*; use client[.]events[.]"):
            exec(compile(code, f"README:{name}", "exec"), namespace)  # noqa: S102 - our own README
    else:
        exec(compile(code, f"README:{name}", "exec"), namespace)  # noqa: S102
    if "result =" in code:
        assert namespace["result"] is not None


def test_the_guide_has_its_sections() -> None:
    titles = [title for title, _ in SECTIONS]
    for wanted in ["Async", "Errors", "Sessions", "Configuration", "Pagination", "Logging", "Closing"]:
        assert wanted in titles
    assert any(title.startswith("Migrating") for title in titles)


@pytest.mark.parametrize(("title", "code"), GUIDE_EXAMPLES, ids=[title.split()[0] for title, _ in GUIDE_EXAMPLES])
def test_guide_example_runs_against_prism(
    title: str, code: str, prism_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _at_prism(monkeypatch, prism_url)
    logger = logging.getLogger("altegio_activity")
    level = logger.level  # the Logging example sets it; later tests expect it as it was
    try:
        exec(compile(code, f"README:{title}", "exec"), {})  # noqa: S102 - our own README
    finally:
        logger.setLevel(level)
