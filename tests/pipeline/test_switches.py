"""`ALTEGIO_GENERATOR_DISABLE` switches the speed mechanisms off for measuring them; the output
stays the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import startup
from generator.release.provenance import tree_digest
from tests.conftest import run_generator


def test_the_variable_lists_mechanisms_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(startup.DISABLE_VARIABLE, " gc, shared-copies ")
    assert startup.switched_off("gc") and startup.switched_off("shared-copies")
    assert not startup.switched_off("cache") and not startup.switched_off("fast-exit")
    monkeypatch.delenv(startup.DISABLE_VARIABLE)
    assert not any(startup.switched_off(name) for name in startup.MECHANISMS)
    with pytest.raises(AssertionError):
        startup.switched_off("fork")  # only the mechanisms that exist


def test_with_every_mechanism_off_the_output_is_the_same(tmp_path: Path) -> None:
    digests = []
    for disabled in ("", ",".join(startup.MECHANISMS)):
        output = tmp_path / (disabled or "all-on")
        result = run_generator("regen", "--output", output, env={startup.DISABLE_VARIABLE: disabled})
        assert result.returncode == 0, result.stderr
        digests.append(tree_digest(output))
    assert digests[0] == digests[1]


def test_garbage_dropped_collects_what_the_block_left_in_cycles() -> None:
    import gc
    import weakref

    class Node:
        pass

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with startup.garbage_dropped():
            node = Node()
            node.self = node  # type: ignore[attr-defined]
            alive = weakref.ref(node)
            del node
            assert alive() is not None  # a cycle: only the collector frees it
        assert alive() is None
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()
