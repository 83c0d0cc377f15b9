"""The readings of a large client are held at the regen's peak of memory: what repeats is shared."""

from __future__ import annotations

import ast
import json

from generator.checks.module_surface import SharedParameters, module_from_json, module_to_json, read_unplaced

SOURCE = """
class Pet:
    name: str
    tag: str

    def to_dict(self) -> dict: ...

class Owner:
    name: str

    def to_dict(self) -> dict: ...
"""


def test_a_reading_read_back_shares_attributes_and_parameters() -> None:
    reading = read_unplaced(ast.parse(SOURCE))
    shared: SharedParameters = {}
    back = module_from_json(json.loads(json.dumps(module_to_json(reading))), shared)
    assert back == reading
    pet, owner = back.defined["Pet"].members or {}, back.defined["Owner"].members or {}
    assert pet["name"].entry is pet["tag"].entry is owner["name"].entry == {"kind": "attribute"}
    assert pet["to_dict"].entry["params"][0] is owner["to_dict"].entry["params"][0]
    assert list(shared) == [("self", "positional or keyword", None, None)]
    again = module_from_json(json.loads(json.dumps(module_to_json(reading))), shared)  # the next module
    assert (again.defined["Pet"].members or {})["to_dict"].entry["params"][0] is pet["to_dict"].entry["params"][0]
