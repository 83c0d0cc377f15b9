"""The resource tree's default names, for documents without a resource map: resource from the
first tag, `v<N>.` for an older path version, method from the operationId without its version
and its resource's words; shared names fall back to whole operationIds; every name is a safe
identifier. A generated client is called through its resources in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from generator.render.resources import CLIENT_NAMES, RESOURCE_NAMES, _method_name, identifier
from tests.conftest import ROOT, run_generator

pytestmark = pytest.mark.slow  # each test regenerates a client and runs it

PLAIN = ROOT / "tests" / "configs" / "plain.toml"
HOSTILE = "x\"); __import__('pathlib').Path('hostile-marker').touch() #"


def _operation(operation_id: str | None, tag: str | None, **extra: object) -> dict[str, object]:
    found: dict[str, object] = {"responses": {"200": {"description": "ok", "content": {"application/json": {}}}}}
    if operation_id is not None:
        found["operationId"] = operation_id
    if tag is not None:
        found["tags"] = [tag]
    return {**found, **extra}


ID = [{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "integer"}}]
DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "Pet Shop", "version": "1"},
    "servers": [{"url": "https://pets.example/api"}],
    "paths": {
        "/v2/pets": {"get": _operation("listPetsV2", "Pet Store"), "post": _operation("createPet", "Pet Store")},
        "/v2/pets/{pet_id}": {"get": _operation("get_pet_v2", "Pet Store", parameters=ID)},
        "/v1/pets/{pet_id}": {"get": _operation("getPet", "Pet Store", parameters=ID)},
        "/v2/owners": {"get": _operation("owners_list", "owners"), "put": _operation("list_owners", "owners")},
        "/v2/class": {"get": _operation("import", "class")},
        "/v2/users": {"get": _operation("list_users", "user")},
        "/v2/untagged": {"delete": _operation(None, None)},
        "/v2/hostile": {"get": _operation(HOSTILE, HOSTILE)},
    },
}


@pytest.mark.parametrize(
    ("text", "reserved", "expected"),
    [
        ("Pet Store", frozenset(), "pet_store"),
        ("listPetsV2", frozenset(), "list_pets_v2"),
        ("class", frozenset(), "class_"),
        ("match", frozenset(), "match_"),
        ("user", CLIENT_NAMES, "user_"),
        ("with_options", RESOURCE_NAMES, "with_options_"),
        ("2fa", frozenset(), "op_2fa"),
        ("__init__", frozenset(), "init"),
        (HOSTILE, frozenset(), "x_import_pathlib_path_hostile_marker_touch"),
        ("événements", frozenset(), "evenements"),
        ("", frozenset(), "operation"),
    ],
)
def test_identifier_makes_a_safe_snake_case_name(text: str, reserved: frozenset[str], expected: str) -> None:
    assert identifier(text, reserved) == expected


@pytest.mark.parametrize(
    ("operation_id", "resource", "expected"),
    [
        ("list_events_v2", "events", "list"),
        ("get_event", "events", "get"),
        ("search_event_dates", "events", "search_dates"),
        ("listPetsV2", "pet_store", "list"),
        ("get_pet_by_id", "pet_store", "get_by_id"),
        ("events", "events", "events"),  # nothing left: the whole name
        ("with_options", "pets", "with_options_"),
    ],
)
def test_method_names_drop_the_version_and_the_resource_words(operation_id: str, resource: str, expected: str) -> None:
    assert _method_name(operation_id, resource) == expected


def test_a_document_without_a_map_gets_sensible_collision_free_resources(tmp_path: Path) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(yaml.safe_dump(DOCUMENT))
    output = tmp_path / "out"
    result = run_generator("--config", PLAIN, "regen", "--spec", spec, "--output", output)
    assert result.returncode == 0, result.stderr
    (project,) = [p for p in output.iterdir() if p.is_dir()]
    assert not (project / "hostile-marker").exists() and not (ROOT / "hostile-marker").exists()
    program = textwrap.dedent(
        """
        import asyncio, httpx
        from pet_shop_client import AsyncPetShopClient, PetShopClient

        sent = []
        def handler(request):
            sent.append((request.method, request.url.path))
            return httpx.Response(200, json={})

        client = PetShopClient(transport=httpx.MockTransport(handler))
        client.pet_store.list()
        client.pet_store.create()
        client.pet_store.get("7")
        client.v1.pet_store.get(7)
        client.owners.owners_list()
        client.owners.list_owners()
        client.class_.import_()
        client.user_.list()
        client.default.delete_v2_untagged()
        print(sorted(name for name in vars(type(client)) if not name.startswith("_")))
        print(sent)

        async def main():
            async with AsyncPetShopClient(async_transport=httpx.MockTransport(handler)) as aclient:
                await aclient.v1.pet_store.get(8)
        asyncio.run(main())
        print(sent[-1])
        """
    )
    run = subprocess.run(
        [sys.executable, "-W", "error", "-c", program], cwd=project, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    attributes, requests, last = run.stdout.strip().splitlines()
    assert "'pet_store'" in attributes and "'v1'" in attributes and "'user_'" in attributes
    assert requests == str(
        [
            ("GET", "/api/v2/pets"),
            ("POST", "/api/v2/pets"),
            ("GET", "/api/v2/pets/7"),
            ("GET", "/api/v1/pets/7"),
            ("GET", "/api/v2/owners"),
            ("PUT", "/api/v2/owners"),
            ("GET", "/api/v2/class"),
            ("GET", "/api/v2/users"),
            ("DELETE", "/api/v2/untagged"),
        ]
    )
    assert last == "('GET', '/api/v1/pets/8')"
    modules = sorted((project / "pet_shop_client" / "resources").glob("*.py"))
    assert [m.name for m in modules] == [
        "__init__.py",
        "class_.py",
        "default.py",
        "owners.py",
        "pet_store.py",
        "user_.py",
        "v1.py",
        "x_import_pathlib_pathhostile_marker_touch.py",  # a hostile tag, as a plain identifier
    ]
    resources = {m.name: m.read_text() for m in modules}
    for text in resources.values():  # the hostile name only as sanitised text
        assert "__import__" not in text.replace("'__import__", "")
    again = tmp_path / "again"
    assert run_generator("--config", PLAIN, "regen", "--spec", spec, "--output", again).returncode == 0
    assert {m.name: m.read_text() for m in (again / project.name / "pet_shop_client" / "resources").glob("*.py")} == (
        resources
    )


def test_the_resource_map_is_checked(tmp_path: Path) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(yaml.safe_dump(DOCUMENT))
    # Not called pyproject.toml: an error points at the file --config names, at its line.
    config = tmp_path / "generator.toml"
    templates = (ROOT / "templates").as_posix()
    base = f'[tool.altegio-generator]\nspec = "{spec.as_posix()}"\noutput = "out"\ntemplates = "{templates}"\n'
    config.write_text(base + '[tool.altegio-generator.resources]\nnoSuchOperation = "pets.list"\n')
    result = run_generator("--config", config, "regen")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"{config}:6:1: [tool.altegio-generator.resources] noSuchOperation: is not an operationId of the spec"
    )
    config.write_text(base + '[tool.altegio-generator.resources]\ncreatePet = "pets.Create-It"\n')
    result = run_generator("--config", config, "regen")
    assert result.returncode == 2 and "createPet: must be a dotted resource path and method" in result.stderr
    config.write_text(base + '[tool.altegio-generator.resources]\ncreatePet = "pet_store.list"\n')
    result = run_generator("--config", config, "regen")
    assert result.returncode == 2 and "createPet: names the method of listPetsV2" in result.stderr
    config.write_text(base + '[tool.altegio-generator.resources]\ncreatePet = "pets.adopt"\n')
    result = run_generator("--config", config, "regen")
    assert result.returncode == 0, result.stderr
    assert "def adopt(" in next((tmp_path / "out").glob("*/pet_shop_client/resources/pets.py")).read_text()


def test_a_parameter_layout_must_be_one_the_client_can_write(tmp_path: Path) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Pet Shop", "version": "1"},
        "paths": {
            "/pets": {
                "get": _operation(
                    "list_pets",
                    "pets",
                    parameters=[
                        {"name": "since", "in": "query", "schema": {"type": "string"}, "x-strftime": "%Y-%m-%d %c"}
                    ],
                )
            }
        },
    }
    spec = tmp_path / "pets.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    result = run_generator("--config", PLAIN, "regen", "--spec", spec, "--output", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.startswith(f"{spec}:")
    assert "x-strftime on a parameter needs a string schema" in result.stderr
    assert not (tmp_path / "out").exists()


def test_parameters_named_like_the_methods_own_names_still_generate(tmp_path: Path) -> None:
    parameters = [{"name": name, "in": "query", "schema": {"type": "string"}} for name in ("self", "fields", "request")]
    body = {"content": {"application/json": {"schema": {"type": "object", "properties": {"x": {"type": "integer"}}}}}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Pet Shop", "version": "1"},
        "paths": {"/pets": {"post": _operation("create_pet", "pets", parameters=parameters, requestBody=body)}},
    }
    spec = tmp_path / "pets.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    output = tmp_path / "out"
    result = run_generator("--config", PLAIN, "regen", "--spec", spec, "--output", output)
    assert result.returncode == 0, result.stderr
    (project,) = [p for p in output.iterdir() if p.is_dir()]
    program = textwrap.dedent(
        """
        import httpx
        from pet_shop_client import PetShopClient
        sent = []
        def handler(request):
            sent.append((str(request.url.query, "ascii"), request.content))
            return httpx.Response(200, json={})
        client = PetShopClient(base_url="https://pets.example", transport=httpx.MockTransport(handler))
        client.pets.create(self_="a", fields="b", request="c", x=1)
        print(sent)
        """
    )
    run = subprocess.run([sys.executable, "-c", program], cwd=project, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str([("self=a&fields=b&request=c", b'{"x":1}')])
