"""The filters render registers in place of Jinja's and upstream's give their exact text, faster.

`wordwrap` skips `textwrap` for lines it would leave alone, `safe_for_docstring` skips upstream's
per-character work for text it would leave alone; both must give the same bytes as the filter they
stand in for, on any text (generated output is compared byte for byte across regens).
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import jinja2
import pytest
import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from generator.render.render import identifiers, wordwrap
from generator.upstream import UntrustedString, strings
from generator.upstream.docstrings import CONTROL, property_docstring, safe_for_docstring
from tests.conftest import ROOT

# Every kind of whitespace and line break Python and textwrap tell apart, backslashes, quotes, a
# control character.
PIECES = ["a", "word ", "  ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0"]
PIECES += ["\u2000", "\u2028", "\u3000", "-", "é", "\\", '"""', '"', "\x00"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES + ["x" * rng.randint(1, 130)]) for _ in range(rng.randint(0, 14)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("width", [4, 12, 79, 112])
def test_wordwrap_gives_jinjas_text(width: int) -> None:
    env = jinja2.Environment()
    for text in _texts(width, 4000):
        assert wordwrap(env, text, width) == jinja2.filters.do_wordwrap(env, text, width), repr(text)


def test_the_control_characters_are_unicodes_less_tab_line_feed_and_carriage_return() -> None:
    for code in range(0x110000):
        character = chr(code)
        expected = unicodedata.category(character) == "Cc" and character not in "\t\n\r"
        assert (CONTROL.match(character) is not None) == expected, hex(code)


def test_safe_for_docstring_gives_upstreams_text() -> None:
    for text in _texts(7, 20000):
        assert safe_for_docstring(text) == strings.safe_for_docstring(text), repr(text)
        untrusted = UntrustedString(text)
        assert safe_for_docstring(untrusted) == strings.safe_for_docstring(untrusted), repr(text)


def test_identifiers_finds_every_name_code_uses() -> None:
    code = 'def f(x: Model1, *, y=ÜberName) -> list[Thing_2]:\n    return g(x)["k"]  # Model3\n'
    assert {"f", "x", "Model1", "y", "ÜberName", "list", "Thing_2", "return", "g", "k", "Model3"} <= identifiers(code)
    assert "Model1," not in identifiers(code)


TRICKY = {
    "openapi": "3.0.3",
    "info": {"title": "tricky", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "parameters": [
                    {"name": "q", "in": "query", "description": 'a \\d+ """ quote\x07', "schema": {"type": "string"}},
                    {"name": "n", "in": "query", "schema": {"type": "integer", "default": 3, "example": 5}},
                ],
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "path": {"type": "string", "description": "C:\\dir\\" + "x" * 200, "default": "a\\b"},
                    "kind": {"type": "string", "enum": ["a", "b"], "default": "a", "example": "b"},
                    "note": {"type": "string", "description": "caf\u00e9 \u00a0 \u2028 end", "example": 'say """hi"""'},
                    "size": {"type": "number", "description": "plain", "example": 1.5},
                },
            }
        }
    },
}


@pytest.mark.parametrize("name", ["tricky", "overseerr.yaml", "opc-baseline_openapi_3.0.json"])
def test_property_docstring_gives_upstreams_line(name: str, tmp_path: Path) -> None:
    """For every model property and endpoint parameter: of a document made to have defaults,
    examples, backslashes, quotes and control characters in them, and of two real ones."""
    document = ROOT / "tests" / "realworld" / name
    if name == "tricky":
        document = tmp_path / "tricky.yaml"
        document.write_text(yaml.safe_dump(TRICKY), encoding="utf-8")
    settings = ConfigFile(content_type_overrides={"openapi/python/client": "application/json"})
    config = Config.from_sources(settings, MetaType.NONE, document, "utf-8", overwrite=True, output_path=tmp_path)
    openapi = GeneratorData.from_dict(yaml.safe_load(document.read_text(encoding="utf-8")), config=config)
    assert isinstance(openapi, GeneratorData)
    properties = [
        p for model in openapi.models for p in [*(model.required_properties or []), *(model.optional_properties or [])]
    ]
    parameters = [
        p
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        for p in endpoint.list_all_parameters()
    ]
    assert properties and parameters and any(p.default for p in properties)
    for prop in [*properties, *parameters]:
        assert property_docstring(prop) == prop.to_docstring(), prop.python_name
