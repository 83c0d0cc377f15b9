"""Upstream's parse with its values shared and its properties copied one level deep writes the
same files as with its own deep copies (`generator/upstream/shared_copies.py`)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from generator.upstream.shared_copies import spec_values_shared
from tests.conftest import ROOT

DOCUMENTS = [
    ROOT / "tests" / "cases" / "parameter-clashes.yaml",  # parameters renamed in place, shared by $ref
    ROOT / "tests" / "cases" / "name-clash.yaml",
    *(
        pytest.param(ROOT / "tests" / "realworld" / name, marks=pytest.mark.slow)
        for name in ("opc-baseline_openapi_3.0.json", "xero-payroll-au-v2.yaml", "spotify-fixed.yaml")
    ),
]


def written(document: Path, output: Path) -> dict[str, bytes]:
    settings = ConfigFile(post_hooks=[], content_type_overrides={"openapi/python/client": "application/json"})
    config = Config.from_sources(settings, MetaType.UV, document, "utf-8", overwrite=True, output_path=output)
    data = yaml.safe_load(document.read_text(encoding="utf-8"))
    openapi = GeneratorData.from_dict(data, config=config)
    assert isinstance(openapi, GeneratorData)
    Project(openapi=openapi, config=config).build()
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_sharing_writes_what_deep_copies_write(document: Path, tmp_path: Path) -> None:
    deep = written(document, tmp_path / "deep")
    calls = 0
    real = copy.deepcopy

    def counting(value: object, memo: dict[int, object] | None = None) -> object:
        nonlocal calls
        calls += 1
        return real(value, memo)

    with spec_values_shared(), pytest.MonkeyPatch.context() as patch:
        patch.setattr("openapi_python_client.parser.openapi.deepcopy", counting)
        shared = written(document, tmp_path / "shared")
    assert calls > 0, "upstream no longer deep-copies endpoints: shared_copies.py has nothing to do"
    assert shared.keys() == deep.keys()
    assert [name for name in deep if shared[name] != deep[name]] == []
