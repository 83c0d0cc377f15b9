"""`render.imports.sorted_imports` writes a module's leading imports as ruff's sorter would, so
that ruff's fix pass has nothing to rewrite in most modules. Held to the pinned ruff itself, and
to the rule that matters more: a sorted block imports exactly what the block it replaced did."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

from generator.checks.fmt import _ruff_binary
from generator.render.imports import import_block, only_used, sorted_imports

HEADER = "# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.\n"
BLOCKS = {
    "model": HEADER
    + "\n".join(
        [
            "from __future__ import annotations",
            "",
            "from collections.abc import Mapping",
            "from typing import Any, TypeVar",
            "",
            "from attrs import define as _attrs_define",
            "from attrs import field as _attrs_field",
            "",
            "from ..types import UNSET, Unset",
            "from .._runtime import _decode",
            "from .._runtime._decode import type_of as _type  # a field may be called `type` (JSON:API resources are)",
            "from .._runtime._repr import model_repr",
            "",
            "from ..types import UNSET, Unset",
            "from typing import cast",
            "import datetime",
            "from dateutil.parser import isoparse",
            "from ..models.op_10_request import Op10Request",
            "from ..models.op_9_request import Op9Request",
            "from ..types import File, FileTypes",
            "from . import sibling",
            "from ...x import y",
            "",
            "",
            "",
            "",
            "@_attrs_define",
            "class Pet:",
            "    pass",
            "",
        ]
    ),
    "endpoint": HEADER
    + "\n".join(
        [
            "from http import HTTPStatus",
            "from typing import Any, cast",
            "",
            "import httpx",
            "",
            "from ...client import AltegioClient",
            "from ...types import Response as _Response",
            "from ..._runtime.operation import Auth as _Auth, Operation as _Operation",
            "from ..._runtime.operation import SecurityRequirement as _SecurityRequirement",
            "from ...types import UNSET, Unset",
            "",
            "_OPERATION = _Operation()",
            "",
        ]
    ),
    "docstring and long line": HEADER
    + "\n".join(
        [
            '"""A module',
            "with a docstring.",
            '"""',
            "",
            "from .client import AVeryLongClientNameThatGoesOnAndOn, AsyncAVeryLongClientNameThatGoesOn",
            "from .models import b, A, C_D, a",
            "",
            '__all__ = ["AVeryLongClientNameThatGoesOnAndOn"]',
            "",
        ]
    ),
}


def ruff_sorted(text: str, tmp_path: Path) -> str:
    module = tmp_path / "module.py"
    module.write_text(text)
    command = [_ruff_binary(), "check", "--isolated", "--no-cache", "--fix-only", "--select", "I", "-q", str(module)]
    subprocess.run(command, check=True, capture_output=True)
    return module.read_text()


@pytest.mark.parametrize("kind", BLOCKS)
def test_a_block_is_sorted_as_ruff_sorts_it(kind: str, tmp_path: Path) -> None:
    text = BLOCKS[kind]
    assert sorted_imports(text) != text, "the case is unsorted"
    assert sorted_imports(text) == ruff_sorted(text, tmp_path)


def test_what_it_does_not_understand_is_left_to_ruff() -> None:
    for text in (
        HEADER + "from .a import (\n    b,\n)\nimport os\n\nX = 1\n",  # parenthesised
        HEADER + "from .a import *  # noqa: F403\nimport os\n\nX = 1\n",
        HEADER + "import os\nif True:\n    import sys\n",  # the block ends at a statement that is no definition
        HEADER + "from .a import b, c  # whose comment?\nimport os\n\nX = 1\n",
    ):
        result = sorted_imports(text)
        assert result == text or result.endswith("if True:\n    import sys\n")


def imports_of(text: str) -> set[tuple[str, str, str | None, int]]:
    found: set[tuple[str, str, str | None, int]] = set()
    for node in ast.parse(text).body:
        if isinstance(node, ast.Import):
            found |= {("", alias.name, alias.asname, 0) for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            found |= {(node.module or "", alias.name, alias.asname, node.level) for alias in node.names}
    return found


@pytest.mark.parametrize("kind", BLOCKS)
def test_a_sorted_block_imports_what_the_block_did(kind: str) -> None:
    text = BLOCKS[kind]
    result = sorted_imports(text)
    assert imports_of(result) == imports_of(text)
    assert result.splitlines()[0] == HEADER.strip(), "the header stays first"
    assert sorted_imports(result) == result


# --- imports that follow code, and imports nothing uses -------------------------------------------

LATE = [
    "from ..models.short import Short",
    "from ..models.a_model_module_whose_name_is_long_enough_to_wrap import AModelWhoseNameIsLong",
    "from ..models.event_10 import Event10",
    "from ..models.event_9 import Event9",
]


def test_imports_after_code_are_written_as_ruff_sorts_them(tmp_path: Path) -> None:
    """A model's imports of the models it refers to follow its class, each with its `noqa`: a line
    over 88 characters but for the pragma stays whole, one over it without is wrapped."""
    block = import_block(LATE, "  # noqa: E402")
    text = HEADER + "X = 1\n\n" + block + "\n"
    assert ruff_sorted(text, tmp_path) == text
    assert "from ..models.short import Short  # noqa: E402" in block
    assert "    AModelWhoseNameIsLong,  # noqa: E402\n)" in block
    assert block.index("event_9") < block.index("event_10"), "natural order, as ruff's"


def test_what_ruff_would_delete_of_an_import_is_left_out() -> None:
    used = frozenset({"Pet", "_decode", "os", "File"})
    kept = [
        "from ..models.pet import Pet",
        "from .._runtime import _decode",
        "from ..x import Other as Pet",
        "import os.path",
        "from .a import (",  # a line it does not read is kept whole
    ]
    dropped = ["from typing import cast", "from ..models.pet import Pet as Other", "import json"]
    assert only_used([*kept, *dropped], used) == kept
    assert only_used(["from ...types import File, FileTypes"], used) == ["from ...types import File"]
    assert only_used(["from ...types import FileTypes as F, File as G"], used | {"G"}) == [
        "from ...types import File as G"
    ]
    assert only_used(["from .t import A, B  # whose comment?"], used) == ["from .t import A, B  # whose comment?"]
