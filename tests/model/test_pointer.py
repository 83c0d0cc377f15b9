"""The one JSON-pointer and `$ref` resolver every stage uses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.spec.pointer import (
    MAX_REF_CHAIN,
    RefError,
    Resolved,
    Resolver,
    join,
    lookup,
    ref_target,
    rewrite,
    tokens,
)

DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "My Thing": {"type": "string"},
            "a/b": {"type": "integer"},
            "t~x": {"type": "boolean"},
            "Alias": {"$ref": "#/components/schemas/My%20Thing"},
            "AliasOfAlias": {"$ref": "#/components/schemas/Alias"},
            "Slash": {"$ref": "#/components/schemas/a~1b"},
            "Tilde": {"$ref": "#/components/schemas/t~0x"},
            "Loop": {"$ref": "#/components/schemas/Loop"},
            "PingA": {"$ref": "#/components/schemas/PingB"},
            "PingB": {"$ref": "#/components/schemas/PingA"},
            "Dangling": {"$ref": "#/components/schemas/Nope"},
            "Tree": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Tree"}}},
        }
    }
}


def resolve(name: str) -> Resolved:
    at = join("/components/schemas", name)
    return Resolver(DOC).resolve(DOC["components"]["schemas"][name], at)


def test_join_escapes_tilde_then_slash() -> None:
    assert join("/paths", "/v1/{id}", "get") == "/paths/~1v1~1{id}/get"
    assert join("", "a~/b") == "/a~0~1b"
    assert tokens("/a~0~1b/c") == ["a~/b", "c"]
    assert tokens("/~01") == ["~1"]  # ~1 is undone before ~0, so `~01` is a literal `~1`


def test_ref_fragment_is_percent_decoded_then_a_pointer() -> None:
    assert ref_target("#/components/schemas/My%20Thing") == "/components/schemas/My Thing"
    assert ref_target("other.yaml#/x") is None
    assert lookup(DOC, "/components/schemas/My Thing") == (True, {"type": "string"})
    assert lookup(DOC, "/components/schemas/missing") == (False, None)


@pytest.mark.parametrize(
    ("name", "value", "pointer"),
    [
        ("Alias", {"type": "string"}, "/components/schemas/My Thing"),
        ("AliasOfAlias", {"type": "string"}, "/components/schemas/My Thing"),
        ("Slash", {"type": "integer"}, "/components/schemas/a~1b"),
        ("Tilde", {"type": "boolean"}, "/components/schemas/t~0x"),
    ],
)
def test_chains_end_at_the_schema_and_say_where(name: str, value: object, pointer: str) -> None:
    resolved = resolve(name)
    assert resolved.value == value
    assert resolved.pointer == pointer


def test_a_recursive_schema_is_not_a_cycle() -> None:
    tree = DOC["components"]["schemas"]["Tree"]
    child = tree["properties"]["child"]
    resolved = Resolver(DOC).resolve(child, "/components/schemas/Tree/properties/child")
    assert resolved.value is tree


@pytest.mark.parametrize(
    ("name", "problem", "text"),
    [
        ("Loop", "cycle", "#/components/schemas/Loop -> #/components/schemas/Loop"),
        ("PingA", "cycle", "#/components/schemas/PingA -> #/components/schemas/PingB -> #/components/schemas/PingA"),
        ("Dangling", "dangling", "does not resolve"),
    ],
)
def test_refusals_name_the_problem_and_the_ref(name: str, problem: str, text: str) -> None:
    with pytest.raises(RefError) as caught:
        resolve(name)
    assert caught.value.problem == problem
    assert text in caught.value.message
    assert caught.value.pointer.startswith("/components/schemas/")


def test_a_long_chain_is_refused_and_a_shorter_one_is_not() -> None:
    def chain(length: int) -> dict[str, Any]:
        schemas: dict[str, object] = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(length)}
        schemas[f"S{length}"] = {"type": "string"}
        return {"components": {"schemas": schemas}}

    ok = chain(MAX_REF_CHAIN)
    assert Resolver(ok).value(ok["components"]["schemas"]["S0"], "/components/schemas/S0") == {"type": "string"}
    long = chain(MAX_REF_CHAIN + 1)
    with pytest.raises(RefError) as caught:
        Resolver(long).resolve(long["components"]["schemas"]["S0"], "/components/schemas/S0")
    assert caught.value.problem == "too_long"


def test_resolving_every_link_of_a_chain_walks_it_once() -> None:
    """Results are remembered per target, so resolving each of n links costs n steps, not n squared."""
    length = MAX_REF_CHAIN
    schemas: dict[str, object] = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(length)}
    schemas[f"S{length}"] = {"type": "string"}
    resolver = Resolver({"components": {"schemas": schemas}})
    for i in reversed(range(length)):
        assert resolver.value(schemas[f"S{i}"], f"/components/schemas/S{i}") == {"type": "string"}
    assert len(resolver._ends) == length  # one entry per target, each filled by a walk of one step


def test_rewrite_copies_only_the_way_to_an_edit() -> None:
    root = {"a": {"b": [1, 1, 2]}, "c": {"d": 1}}
    new = rewrite(root, {"/a/b": lambda values: sorted(set(values))})
    assert new == {"a": {"b": [1, 2]}, "c": {"d": 1}}
    assert root == {"a": {"b": [1, 1, 2]}, "c": {"d": 1}}  # untouched
    assert new["c"] is root["c"]  # shared, not copied


def test_one_tokeniser_reads_pointers_as_rfc_6901_does() -> None:
    assert tokens("") == []
    assert tokens("/") == [""]  # the key "" of the root, not the root
    assert tokens("//a") == ["", "a"]
    assert tokens("/a~1b/c~0d/~01") == ["a/b", "c~d", "~1"]


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_document_locates_the_empty_key_at_slash(tmp_path: Path, suffix: str) -> None:
    from generator.spec.load import load_document

    text = 'openapi: 3.1.0\n"": here\n' if suffix == ".yaml" else '{"openapi": "3.1.0",\n "": "here"}'
    path = tmp_path / f"doc{suffix}"
    path.write_text(text, encoding="utf-8")
    assert load_document(path).locate("/") == (2, 5 if suffix == ".yaml" else 6)
