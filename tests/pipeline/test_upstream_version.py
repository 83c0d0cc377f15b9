"""With an openapi-python-client other than the pinned one, the shortcuts into its internals
switch off with a warning, and the output is the same (here, where both paths can run)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import upstream
from generator.release.provenance import tree_files
from tests.conftest import ROOT
from tests.robustness.support import run_in_process

DOCUMENT = ROOT / "tests" / "cases" / "parameter-clashes.yaml"  # parameters shared by $ref and renamed


@pytest.fixture
def fresh_guard() -> Iterator[None]:
    upstream.internals_usable.cache_clear()
    yield
    upstream.internals_usable.cache_clear()


def regen(output: Path) -> tuple[dict[str, bytes], str]:
    run = run_in_process("regen", "--spec", DOCUMENT, "--output", output)
    assert run.code == 0, run.stderr
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in tree_files(output)}, run.stderr


def test_an_unknown_version_switches_the_shortcuts_off_and_writes_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_guard: None
) -> None:
    pinned, pinned_err = regen(tmp_path / "pinned")
    assert "warning" not in pinned_err

    monkeypatch.setattr(upstream, "installed_version", lambda: "0.99.0")
    upstream.internals_usable.cache_clear()  # the pinned regen's answer was kept
    from_dict_calls = 0
    real_from_dict = upstream.GeneratorData.from_dict

    def counting_from_dict(*args: Any, **kwargs: Any) -> object:
        nonlocal from_dict_calls
        from_dict_calls += 1
        return real_from_dict(*args, **kwargs)

    monkeypatch.setattr(upstream.GeneratorData, "from_dict", staticmethod(counting_from_dict))
    dispatch_before = dict(copy._deepcopy_dispatch)  # type: ignore[attr-defined]  # private, not in typeshed
    shared_while_rendering: list[bool] = []
    real_deepcopy = copy.deepcopy

    def watching(value: object, memo: dict[int, object] | None = None) -> object:
        shared_while_rendering.append(copy._deepcopy_dispatch != dispatch_before)  # type: ignore[attr-defined]  # as above
        return real_deepcopy(value, memo)

    monkeypatch.setattr("openapi_python_client.parser.openapi.deepcopy", watching)
    fallback, fallback_err = regen(tmp_path / "fallback")

    assert fallback_err.count("warning: openapi-python-client 0.99.0 is installed, not 0.29.1") == 1
    assert from_dict_calls > 0, "upstream's public GeneratorData.from_dict was not used"
    assert shared_while_rendering and not any(shared_while_rendering), "copy.deepcopy was still patched"
    assert fallback.keys() == pinned.keys()
    assert [name for name in pinned if fallback[name] != pinned[name]] == []


def test_paths_of_one_shape_keep_their_own_operations_on_the_fallback_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_guard: None
) -> None:
    """Without the per-path-item parse, endpoints are paired with operations in document order."""
    spec = ROOT / "tests" / "cases" / "same-shape.yaml"

    def files(output: Path) -> dict[str, bytes]:
        run = run_in_process("regen", "--spec", spec, "--output", output, "--skip-unsupported")
        assert run.code == 0, run.stderr
        return {p.relative_to(output).as_posix(): p.read_bytes() for p in tree_files(output)}

    pinned = files(tmp_path / "pinned")
    monkeypatch.setattr(upstream, "installed_version", lambda: "0.99.0")
    upstream.internals_usable.cache_clear()
    fallback = files(tmp_path / "fallback")
    assert fallback.keys() == pinned.keys()
    assert [name for name in pinned if fallback[name] != pinned[name]] == []
    b_login = next(text for name, text in pinned.items() if name.endswith("/api/mounts/b_login.py"))
    assert b'path="/mounts/{b}/login"' in b_login and b'_SecurityScheme(name="bearer", kind="bearer")' in b_login


def test_installed_versions_are_read_as_importlib_metadata_reads_them() -> None:
    from importlib.metadata import version

    from generator.release.provenance import tool_version
    from generator.startup import installed_version

    for distribution in ("openapi-python-client", "ruff", "Jinja2", "typing_extensions", "PyYAML"):
        assert installed_version(distribution) == version(distribution) == tool_version(distribution)
    assert installed_version("no-such-distribution-here") is None
    assert upstream.installed_version() == version("openapi-python-client")
