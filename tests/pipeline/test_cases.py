"""Small documents of our own, one per case: each generates a client that is imported and called
(against httpx.MockTransport, in a fresh interpreter), or is refused with one located line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.config import load_settings
from generator.pipeline import load_spec
from generator.render.left_out import unsupported
from generator.spec.upstream_model import upstream_model
from generator.upstream.parse import upstream_config
from tests.conftest import ROOT, SPEC, run_generator
from tests.pipeline.operation_records import check_records

pytestmark = pytest.mark.slow  # each case regenerates a client and imports it

CASES = ROOT / "tests" / "cases"
PLAIN = ROOT / "tests" / "configs" / "plain.toml"


def generate(document: str, output: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return run_generator("--config", PLAIN, "regen", "--spec", CASES / document, "--output", output, *flags)


def project_of(output: Path) -> Path:
    (project,) = [p for p in output.iterdir() if p.is_dir()]
    return project


def call(project: Path, program: str) -> str:
    """Run `program` against the generated package in a fresh interpreter; return its stdout."""
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(program)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(project), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_names_the_generated_code_uses_itself_still_give_a_working_client(tmp_path: Path) -> None:
    result = generate("name-clash.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    project = project_of(tmp_path)
    assert project.name == "name-clash-client"
    output = call(
        project,
        """
        import json, httpx
        from name_clash_client import NameClashClient
        from name_clash_client.api.things import get_thing, make_op, misc
        from name_clash_client.models import Auth, HTTPStatus, Operation, Response, D, JsonWebKey, UnsetModel, AnyModel

        seen = []
        def handler(request):
            seen.append(request)
            if request.url.path == "/ops":
                return httpx.Response(201, json={"token": "t"})
            if request.url.path == "/misc":
                return httpx.Response(200, json={"a": {"x": "1"}, "b": {"code": 3}, "c": {"v": "v"}, "dd": {"e": "e"}})
            return httpx.Response(200, json={"name": "n"})

        with NameClashClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            thing = get_thing.sync("a/b", client=client, tags=["x", "y"], json_tags=["j"], cast="c", httpx="h")
            assert isinstance(thing, Response) and thing.name == "n"
            url = seen[-1].url
            assert url.raw_path.startswith(b"/things/a%2Fb?"), url
            assert url.params.get_list("tags") == ["x", "y"] and url.params.get_list("json_tags") == ["j"]
            assert url.params["cast"] == "c" and url.params["httpx"] == "h"
            detailed = get_thing.sync_detailed("q", client=client)
            assert detailed.status_code == 200 and detailed.parsed.name == "n"

            auth = make_op.sync(client=client, body=Operation(name="o"))
            assert isinstance(auth, Auth) and auth.token == "t"
            assert json.loads(seen[-1].content) == {"name": "o"}

            out = misc.sync(client=client, unset="u")
            assert isinstance(out.a, UnsetModel) and isinstance(out.b, HTTPStatus) and isinstance(out.c, AnyModel)
            assert isinstance(out.dd, D) and out.dd.e == "e"
            assert out.to_dict() == {"a": {"x": "1"}, "b": {"code": 3}, "c": {"v": "v"}, "dd": {"e": "e"}}
            assert D.from_dict({"e": "x", "extra": 1}).to_dict() == {"e": "x", "extra": 1}
            key = JsonWebKey.from_dict({"kty": "RSA", "d": "private", "e": "AQAB", "extra": 1})
            assert (key.kty, key.d, key.e, key["extra"]) == ("RSA", "private", "AQAB", 1)
            assert key.to_dict() == {"kty": "RSA", "d": "private", "e": "AQAB", "extra": 1}
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_const_and_default_strings_keep_the_exact_value(tmp_path: Path) -> None:
    result = generate("exact-values.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    call(
        project_of(tmp_path),
        r"""
        import json, httpx
        from exact_values_client import ExactValuesClient
        from exact_values_client.api.items import make_item
        from exact_values_client.models import Item

        seen = []
        def handler(request):
            seen.append(request)
            return httpx.Response(200, json={"tag": 'q"uo\\te', "label": "l"})

        with ExactValuesClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            item = make_item.sync(client=client, body=Item(tag='q"uo\\te'), kind='a"b\\c')
            assert item.tag == 'q"uo\\te'
            sent = seen[-1]
            assert sent.url.params["mode"] == 'say "hi" \\ back'
            assert sent.url.params["kind"] == 'a"b\\c'
            assert json.loads(sent.content) == {"tag": 'q"uo\\te', "label": 'it\'s "x" \\n'}
        """,
    )


def test_what_upstream_cannot_generate_stops_the_run_naming_both_ways_out(tmp_path: Path) -> None:
    result = generate("unsupported.yaml", tmp_path / "out")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{CASES / 'unsupported.yaml'}:7:7: openapi-python-client cannot generate PUT /avatar: ")
    assert "image/png" in lines[0] and "(and 4 more things it cannot generate)" in lines[0]
    assert "content_type_overrides" in lines[0] and "--skip-unsupported" in lines[0]
    assert "UntrustedString" not in lines[0] and "object at 0x" not in lines[0]
    assert not (tmp_path / "out").exists()


def test_skip_unsupported_leaves_out_and_lists_the_rest_generates(tmp_path: Path) -> None:
    result = generate("unsupported.yaml", tmp_path, "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    expected = [
        "PUT /avatar: Unsupported content type image/png",
        "response 200 of GET /export: Unsupported content_type */*",
        "GET /calls: Parameters with same Python identifier StartTime detected",
        "GET /since: datetime.datetime | Unset is not allowed in header",
        "GET /pages: cannot parse parameter of endpoint pages: Invalid int value: null",
    ]
    assert f"NOT GENERATED ({len(expected)}, left out by skip_unsupported):" in result.stderr
    for item in expected:
        assert f"  - {item}\n" in result.stderr
    project = project_of(tmp_path)
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert "\n## Not generated\n" in readme
    assert "- PUT /avatar: Unsupported content type image/png\n" in readme
    assert "- response 200 of GET /export: Unsupported content\\_type \\*/\\*\n" in readme
    changelog = (project / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "### Not generated" in changelog and "GET /calls" in changelog
    package = project / "unsupported_bits_client"
    assert not (package / "api" / "media" / "put_avatar.py").exists()
    assert not (package / "api" / "calls" / "list_calls.py").exists()
    call(
        project,
        """
        import httpx
        from unsupported_bits_client import UnsupportedBitsClient
        from unsupported_bits_client.api.health import ping
        from unsupported_bits_client.api.media import export

        def handler(request):
            return httpx.Response(200, json={"ok": True})

        with UnsupportedBitsClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            assert ping.sync(client=client).ok is True
            assert export.sync_detailed(client=client).status_code == 200  # generated, minus its response
        """,
    )


def test_skip_unsupported_setting_in_the_settings_file(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(
        PLAIN.read_text(encoding="utf-8").replace(
            'templates = "../../templates"', f'templates = "{ROOT / "templates"}"'
        )
        + "skip_unsupported = true\n",
        encoding="utf-8",
    )
    result = run_generator(
        "--config", config, "regen", "--spec", CASES / "unsupported.yaml", "--output", tmp_path / "out"
    )
    assert result.returncode == 0, result.stderr
    assert "NOT GENERATED (5" in result.stderr
    check = run_generator(
        "--config", config, "check", "--spec", CASES / "unsupported.yaml", "--output", tmp_path / "out"
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_altegio_spec_generates_with_nothing_left_out(tmp_path: Path) -> None:
    settings = load_settings(ROOT / "pyproject.toml")
    assert settings.spec == SPEC and not settings.skip_unsupported
    doc, validated = load_spec(settings)
    openapi = upstream_model(validated, upstream_config(settings, doc.path, tmp_path / "unused"))
    assert unsupported(doc, openapi) == []
    readme = (ROOT / "generated" / "altegio-activity-client" / "README.md").read_text(encoding="utf-8")
    assert "## Not generated" not in readme


def test_title_and_version_add_no_markdown_structure(tmp_path: Path) -> None:
    hostile = (CASES / "markdown-title.yaml").read_text(encoding="utf-8")
    plain = tmp_path / "plain.yaml"
    plain.write_text(
        re.sub(r"(?m)^  (title|version): .*$", lambda m: f'  {m.group(1)}: "x"', hostile), encoding="utf-8"
    )
    names = ("--project-name", "pets-client", "--package-name", "pets_client")
    assert generate("markdown-title.yaml", tmp_path / "hostile", *names).returncode == 0
    result = run_generator("--config", PLAIN, "regen", "--spec", plain, "--output", tmp_path / "plain", *names)
    assert result.returncode == 0, result.stderr

    def structure(path: Path) -> list[str]:
        """Headings, fences, list items and link targets: what Markdown makes of the text."""
        lines = path.read_text(encoding="utf-8").splitlines()
        marks = [line for line in lines if re.match(r"#|```|- |\s*\[", line)]
        return marks + re.findall(r"(?<!\\)\]\(([^)]*)\)", "\n".join(lines))  # an escaped `\]` ends no link

    for name in ("README.md", "CHANGELOG.md"):
        hostile_file, plain_file = (tmp_path / run / "pets-client" / name for run in ("hostile", "plain"))
        changelog_heading = r"## 1.0.0 (spec 2 \#\# 9.9.9 (spec x) \[link\](https\://evil.example))"
        expected = [line.replace("## 1.0.0 (spec x)", changelog_heading) for line in structure(plain_file)]
        assert structure(hostile_file) == expected
    readme = (tmp_path / "hostile" / "pets-client" / "README.md").read_text(encoding="utf-8")
    assert (
        r"A client library for accessing Pets \# Injected heading \`\`\` "
        r"\[click\](https\://evil.example) \<b\>bold\</b\>"
    ) in readme.splitlines()


def test_another_document_is_named_after_its_title(tmp_path: Path) -> None:
    result = generate("exact-values.yaml", tmp_path / "a")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "a" / "exact-values-client" / "exact_values_client" / "__init__.py").is_file()
    result = generate("exact-values.yaml", tmp_path / "b", "--package-name", "shop", "--project-name", "shop-sdk")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "b" / "shop-sdk" / "shop" / "__init__.py").is_file()
    call(tmp_path / "b" / "shop-sdk", "import shop.api.items.make_item")


def test_a_bad_package_name_is_refused(tmp_path: Path) -> None:
    result = generate("exact-values.yaml", tmp_path, "--package-name", "not-a-name")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "--package-name: 'not-a-name' is not a valid name (letters, digits and _; - and . in projects)"
    )


def test_a_body_field_of_a_schema_upstream_could_not_generate_leaves_the_model_as_body(tmp_path: Path) -> None:
    """The resource method imports its keyword fields' types: one upstream never wrote would stop
    the package importing, so that method takes the body's model only, and the operation stays."""
    result = generate("unwritten-field-model.yaml", tmp_path, "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    assert "  - schema CompletionsSource: Invalid property in union\n" in result.stderr
    project = project_of(tmp_path)
    assert not (project / "runs_client" / "models" / "completions_data_source.py").exists()
    resource = (project / "runs_client" / "resources" / "runs.py").read_text(encoding="utf-8")
    assert "CompletionsDataSource" not in resource and "@overload" not in resource
    call(
        project,
        """
        import json
        import httpx
        from runs_client import RunsClient
        from runs_client.models.run_request import RunRequest

        sent = []

        def handler(request):
            sent.append(json.loads(request.content))
            return httpx.Response(200, json={"id": "r1"})

        body = RunRequest.from_dict({"name": "n", "source": {"type": "file", "id": "f1"}})
        with RunsClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            assert client.runs.create(body=body).id == "r1"
        assert sent == [{"name": "n", "source": {"type": "file", "id": "f1"}}], sent
        """,
    )


@pytest.mark.parametrize(
    ("flags", "hidden"),
    [
        (("--package-name", "asyncio"), "the standard library's module"),
        (("--project-name", "attrs"), "the client's dependency"),
    ],
)
def test_a_package_name_that_hides_a_module_the_client_imports_is_refused(
    tmp_path: Path, flags: tuple[str, str], hidden: str
) -> None:
    """The import check would load the real module first and pass a client that cannot import."""
    result = generate("exact-values.yaml", tmp_path, *flags)
    assert result.returncode == 2
    assert result.stderr.startswith(f"--package-name: a package named '{flags[1]}' would hide {hidden} of that name")
    assert not tmp_path.exists() or not any(tmp_path.iterdir())


@pytest.mark.parametrize("flag", ["--skip-unsupported", "--package-name", "--project-name"])
def test_check_takes_the_regen_flags(flag: str) -> None:
    result = run_generator("check", "--help")
    assert flag in result.stdout


def test_model_modules_too_long_or_reserved_get_names_a_file_system_takes(tmp_path: Path) -> None:
    result = generate("file-names.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    project = project_of(tmp_path)
    modules = sorted(p.name for p in (project / "file_names_client" / "models").glob("*.py"))
    assert all(len(name.encode()) <= 84 for name in modules), modules
    assert "con_model.py" in modules
    output = call(
        project,
        """
        import httpx
        from file_names_client import FileNamesClient
        from file_names_client.api.clients import get_client, list_devices
        from file_names_client.models import Con

        def handler(request):
            if request.url.path == "/devices":
                return httpx.Response(200, json=[{"serial": "s1"}])
            return httpx.Response(200, json={"client_id": "c", "owner": {"name": "n"}})

        with FileNamesClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            found = get_client.sync("c", client=client)
            assert found.client_id == "c" and found.owner.name == "n"
            stem = ".o_auth_20_clients_are_used_to_perform_o_auth_20_and_open_id_connect_flows"
            assert type(found).__module__.endswith(stem)
            assert type(found.owner).__module__.endswith(stem + "_2")
            (device,) = list_devices.sync(client=client)
            assert isinstance(device, Con) and device.serial == "s1"
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_an_inline_schema_upstream_cannot_parse_is_located_and_listed_once(tmp_path: Path) -> None:
    result = generate("inline-unsupported.yaml", tmp_path / "out")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    where = f"{CASES / 'inline-unsupported.yaml'}:45:11: "
    assert line.startswith(where + "openapi-python-client cannot generate schema sign_in")
    assert line.endswith("(at /components/schemas/Client/properties/sign_in)") and "--skip-unsupported" in line

    result = generate("inline-unsupported.yaml", tmp_path / "skip", "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    listed = "NOT GENERATED (1, left out by skip_unsupported):\n  - schema sign_in: Invalid property in union\n"
    assert listed in result.stderr
    call(
        project_of(tmp_path / "skip"),
        """
        import httpx
        from inline_unsupported_client import InlineUnsupportedClient
        from inline_unsupported_client.api.health import ping

        def handler(request):
            return httpx.Response(200, json={"ok": True})

        with InlineUnsupportedClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            assert ping.sync(client=client).ok is True
        """,
    )


def test_an_optional_union_body_no_member_of_which_needs_converting_is_sent_as_given(tmp_path: Path) -> None:
    result = generate("union-body.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    call(
        project_of(tmp_path),
        """
        import json, httpx
        from union_body_client import UnionBodyClient
        from union_body_client.api.connections import create_call, create_connection
        from union_body_client.models import ByNcco, ByUrl

        seen = []
        def handler(request):
            seen.append(request)
            return httpx.Response(204)

        with UnionBodyClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            create_connection.sync_detailed(client=client, body={"name": "n", "domain": "d.example"})
            assert json.loads(seen[-1].content) == {"name": "n", "domain": "d.example"}
            create_connection.sync_detailed(client=client)
            assert seen[-1].content == b""
            create_call.sync_detailed(client=client)
            assert seen[-1].url.path == "/calls" and seen[-1].content == b""
            create_call.sync_detailed(client=client, body=ByUrl(answer_url=["https://a.example"]))
            assert json.loads(seen[-1].content) == {"answer_url": ["https://a.example"]}
            create_call.sync_detailed(client=client, body=ByNcco(ncco=["talk"]))
            assert json.loads(seen[-1].content) == {"ncco": ["talk"]}
        """,
    )


def test_an_operation_whose_module_is_not_python_is_left_out_or_refused(tmp_path: Path) -> None:
    """Upstream's templates write code that does not compile for some operations (as they did for
    Clerk's optional union body); stand-in: our templates, breaking the module of `misc`."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    endpoint = templates / "endpoint_module.py.jinja"
    breaking = '{% if endpoint.name | string == "misc" %}\nelse:\n{% endif %}\n'
    endpoint.write_text(breaking + endpoint.read_text(encoding="utf-8"), encoding="utf-8")
    config = tmp_path / "settings.toml"
    config.write_text(
        PLAIN.read_text(encoding="utf-8").replace('templates = "../../templates"', f'templates = "{templates}"'),
        encoding="utf-8",
    )
    document = CASES / "name-clash.yaml"
    result = run_generator("--config", config, "regen", "--spec", document, "--output", tmp_path / "strict")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"{document}:38:7: openapi-python-client cannot generate GET /misc: ")
    assert "not Python" in line and "--skip-unsupported" in line and line.endswith("(at /paths/~1misc/get)")
    assert not (tmp_path / "strict").exists()

    result = run_generator(
        "--config", config, "regen", "--spec", document, "--output", tmp_path / "skip", "--skip-unsupported"
    )
    assert result.returncode == 0, result.stderr
    assert "NOT GENERATED (1, left out by skip_unsupported):\n  - GET /misc: " in result.stderr
    package = project_of(tmp_path / "skip") / "name_clash_client"
    assert not (package / "api" / "things" / "misc.py").exists()
    assert (package / "api" / "things" / "make_op.py").exists()
    resources = "".join(path.read_text(encoding="utf-8") for path in (package / "resources").glob("*.py"))
    assert "import make_op" in resources and "import misc" not in resources  # made again without it


def test_an_operation_whose_module_does_not_import_is_left_out_or_refused(tmp_path: Path) -> None:
    """Upstream writes endpoint modules that import a model it never wrote (Okta's management
    API); stand-in: our templates, giving the module of `misc` an import of a missing module."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    endpoint = templates / "endpoint_module.py.jinja"
    missing = (
        '{% if endpoint.name | string == "misc" %}\nfrom ...models.never_written import Missing\n\n'
        "_MISSING = Missing\n{% endif %}\n"
    )
    endpoint.write_text(missing + endpoint.read_text(encoding="utf-8"), encoding="utf-8")
    config = tmp_path / "settings.toml"
    config.write_text(
        PLAIN.read_text(encoding="utf-8").replace('templates = "../../templates"', f'templates = "{templates}"'),
        encoding="utf-8",
    )
    document = CASES / "name-clash.yaml"
    result = run_generator("--config", config, "regen", "--spec", document, "--output", tmp_path / "strict")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "misc.py:" in line and "generated module name_clash_client.api.things.misc does not import" in line
    assert "never_written" in line
    assert not (tmp_path / "strict").exists()

    result = run_generator(
        "--config", config, "regen", "--spec", document, "--output", tmp_path / "skip", "--skip-unsupported"
    )
    assert result.returncode == 0, result.stderr
    assert "NOT GENERATED (1, left out by skip_unsupported):\n  - GET /misc: " in result.stderr
    assert "does not import (ModuleNotFoundError" in result.stderr
    project = project_of(tmp_path / "skip")
    package = project / "name_clash_client"
    assert not (package / "api" / "things" / "misc.py").exists()
    assert "GET /misc" in (project / "CHANGELOG.md").read_text(encoding="utf-8")
    output = call(
        project,
        """
        import httpx
        from name_clash_client import NameClashClient
        from name_clash_client.api.things import get_thing

        def handler(request):
            return httpx.Response(200, json={"name": "n"})

        with NameClashClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            print(get_thing.sync("a", client=client).name)
        """,
    )
    assert output.strip() == "n"


def test_refs_in_extensions_and_literal_values_are_data(tmp_path: Path) -> None:
    result = generate("refs-in-data.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    output = call(
        project_of(tmp_path),
        """
        import httpx
        from refs_in_data_client import RefsInDataClient
        from refs_in_data_client.api.schemas import get_schema

        def handler(request):
            return httpx.Response(200, json={"id": "s1", "body": {"$ref": "#/$defs/Thing"}})

        with RefsInDataClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            found = get_schema.sync("s1", client=client)
            assert found.id == "s1" and found.body["$ref"] == "#/$defs/Thing"
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_a_ref_of_the_document_itself_still_has_to_resolve(tmp_path: Path) -> None:
    document = tmp_path / "bad.yaml"
    text = (CASES / "refs-in-data.yaml").read_text(encoding="utf-8")
    document.write_text(text.replace('schemas/StoredSchema"', 'schemas/Gone"'), encoding="utf-8")
    result = run_generator("--config", PLAIN, "regen", "--spec", document, "--output", tmp_path / "out")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"{document}:20:30: ") and "Gone" in line


def test_operations_the_generator_cannot_make_are_refused_or_left_out(tmp_path: Path) -> None:
    result = generate("operation-problems.yaml", tmp_path / "strict")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"{CASES / 'operation-problems.yaml'}:20:20: duplicate operationId 'list_items' ")
    assert "; rename one of them, or leave the operation out with skip_unsupported = true" in line
    assert not (tmp_path / "strict").exists()

    result = generate("operation-problems.yaml", tmp_path / "skip", "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    assert "NOT GENERATED (4, left out by skip_unsupported):\n" in result.stderr
    for left in (
        "GET /items/all: duplicate operationId 'list_items' (first used at /paths/~1items/get)",
        "GET /items/{item_id}: path parameter {item_id} of GET /items/{item_id} is not declared in its parameters",
        "GET /search: parameter 'q' has neither 'schema' nor 'content', so its type is unknown",
        "GET /echo: parameter 'headers' would become the argument `headers`, a name the generated function already",
    ):
        assert f"  - {left}" in result.stderr
    project = project_of(tmp_path / "skip")
    assert sorted(p.name for p in (project / "operation_problems_client" / "api" / "items").glob("*.py")) == [
        "__init__.py",
        "list_items.py",
    ]
    call(
        project,
        """
        import httpx
        from operation_problems_client import OperationProblemsClient
        from operation_problems_client.api.items import list_items

        def handler(request):
            assert request.url.path == "/items"
            return httpx.Response(200, json=["a"])

        with OperationProblemsClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            assert list_items.sync(client=client) == ["a"]
        """,
    )


def test_yaml_words_that_yaml_1_1_reads_as_booleans_are_text(tmp_path: Path) -> None:
    result = generate("yaml-words.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    output = call(
        project_of(tmp_path),
        """
        import json, httpx
        from yaml_words_client import YamlWordsClient
        from yaml_words_client.api.switches import set_switch
        from yaml_words_client.models import Switch, SwitchState

        assert {m.value for m in SwitchState} == {"on", "off"}
        seen = []
        def handler(request):
            seen.append(request)
            return httpx.Response(200, json={"state": "off", "yes": False})

        with YamlWordsClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            switch = set_switch.sync(client=client, body=Switch(state=SwitchState.ON))
            assert json.loads(seen[-1].content) == {"state": "on", "yes": True, "no": False}
            assert switch.state == SwitchState.OFF and switch.yes is False
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_paging_over_an_optional_data_list_generates_without_iterate(tmp_path: Path) -> None:
    result = generate("optional-page-data.yaml", tmp_path, "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    assert "NOT GENERATED" not in result.stderr
    output = call(
        project_of(tmp_path),
        """
        import httpx
        from optional_page_data_client import OptionalPageDataClient
        from optional_page_data_client.api.locations import list_locations, list_orders

        def handler(request):
            offset = int(request.url.params.get("offset", "0"))
            return httpx.Response(200, json={"data": [{"name": f"n{offset}"}] if offset < 2 else []})

        assert not hasattr(list_locations, "iterate") and hasattr(list_orders, "iterate")
        with OptionalPageDataClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            assert [x.name for x in list_locations.sync(client=client, offset=0, limit=5)] == ["n0"]
            assert [x.name for x in list_orders.iterate(client=client, limit=1)] == ["n0", "n1"]
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_parameters_renamed_for_clashes_keep_their_wire_names(tmp_path: Path) -> None:
    result = generate("parameter-clashes.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    output = call(
        project_of(tmp_path),
        """
        import httpx
        from parameter_clashes_client import ParameterClashesClient
        from parameter_clashes_client.api.default import get_other, get_thing, get_third, post_thing

        seen = []
        def handler(request):
            seen.append(request)
            return httpx.Response(200, json={"id": "t", "kind": None})

        with ParameterClashesClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            names = {"id_query": "q1", "client_query": "c1", "url_header": "u1", "id_header": "h1"}
            thing = get_thing.sync("p1", client=client, **names)
            request = seen[-1]
            assert request.url.path == "/things/p1" and request.url.params["id"] == "q1"
            assert request.url.params["client"] == "c1"
            assert request.headers["url"] == "u1" and request.headers["Id"] == "h1"
            assert thing.id == "t" and thing.kind is None

            post_thing.sync("p2", client=client, id_query="q2", client_query="c2", url_query=7)
            assert seen[-1].url.path == "/things/p2"
            assert seen[-1].url.params["id"] == "q2" and seen[-1].url.params["url"] == "7"

            get_other.sync_detailed("o1", client=client, client_query="c3", id="q3")
            assert seen[-1].url.path == "/others/o1" and seen[-1].url.params["client"] == "c3"
            assert seen[-1].url.params["id"] == "q3"

            get_third.sync_detailed(client=client, id_query="q4", id_cookie="k4", client_query="c4")
            assert seen[-1].url.params["id"] == "q4" and "id=k4" in seen[-1].headers["cookie"]
        print("ok")
        """,
    )
    assert output.strip() == "ok"


def test_paths_of_one_shape_are_refused_naming_both_or_each_generated_as_itself(tmp_path: Path) -> None:
    refused = generate("same-shape.yaml", tmp_path / "strict")
    assert refused.returncode == 2
    (line,) = refused.stderr.strip().splitlines()
    assert line.startswith(f"{CASES / 'same-shape.yaml'}:20:5: paths '/mounts/{{a}}/login' and '/mounts/{{b}}/login' ")
    assert "--skip-unsupported" in line and not (tmp_path / "strict").exists()

    result = generate("same-shape.yaml", tmp_path / "skip", "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    project = project_of(tmp_path / "skip")
    assert check_records(CASES / "same-shape.yaml", project, result.stderr) == 5
    call(
        project,
        """
        import httpx
        from same_shape_client import SameShapeClient
        from same_shape_client.api.mounts import a_login, b_login, read_role
        from same_shape_client.api.activity import hostile_search, search_activities

        seen = []
        def handler(request):
            seen.append(request)
            if request.url.path.endswith("/search") and request.url.path != "/v1/activity/7/search":
                return httpx.Response(200, text="plain")
            return httpx.Response(200, json={"token": "t", "count": 3})

        with SameShapeClient(token="p", base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            assert b_login.sync("m", client=client).token == "t"
            assert seen[-1].url.path == "/mounts/m/login" and seen[-1].headers["Authorization"] == "Bearer p"
            a_login.sync("n", client=client)
            assert seen[-1].url.path == "/mounts/n/login" and "Authorization" not in seen[-1].headers
            assert search_activities.sync(7, client=client).count == 3
            assert seen[-1].headers["Authorization"] == "Bearer p"
            assert hostile_search.sync("x", client=client) == "plain"
            assert "Authorization" not in seen[-1].headers
            read_role.sync("m", "r", client=client)
            assert seen[-1].url.path == "/mounts/m/roles/r"
        print("called")
        """,
    )


@pytest.mark.parametrize("document", sorted(CASES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_module_carries_its_own_operation_record(document: Path, tmp_path: Path) -> None:
    result = generate(document.name, tmp_path, "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    assert check_records(document, project_of(tmp_path), result.stderr) > 0


def test_a_duplicate_operation_id_the_client_binds_is_refused_in_every_mode(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(
        PLAIN.read_text(encoding="utf-8").replace('"../../templates"', f'"{ROOT / "templates"}"')
        + 'login_operation = "list_items"\n',
        encoding="utf-8",
    )
    for flags in ((), ("--skip-unsupported",)):
        result = run_generator(
            "--config", config, "regen", "--spec", CASES / "operation-problems.yaml", "--output", tmp_path / "o", *flags
        )
        assert result.returncode == 2, result.stderr
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"{CASES / 'operation-problems.yaml'}:20:20: duplicate operationId 'list_items' ")
        assert "login_operation names it" in line and "rename one of them" in line
        assert not (tmp_path / "o").exists()


def test_a_response_offering_json_and_other_types_is_read_as_json(tmp_path: Path) -> None:
    result = generate("media-types.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    output = call(
        project_of(tmp_path),
        """
        import io, httpx
        from media_types_client import MediaTypesClient
        from media_types_client.api.items import get_item, get_note, import_lines, list_items, upload_file
        from media_types_client.types import File
        from media_types_client.models import Item

        seen = []
        def handler(request):
            seen.append(request)
            if request.url.path == "/note":
                return httpx.Response(200, text='{"not": "json"}', headers={"Content-Type": "text/plain"})
            if request.url.path == "/items":
                return httpx.Response(200, json=[{"id": 1}, {"id": 2, "name": "b"}])
            return httpx.Response(200, json={"id": 7, "name": "seven"})

        with MediaTypesClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            item = get_item.sync(7, client=client)
            assert isinstance(item, Item) and (item.id, item.name) == (7, "seven")
            assert seen[-1].headers["Accept"] == "application/json"
            items = list_items.sync(client=client)
            assert [i.id for i in items] == [1, 2] and all(isinstance(i, Item) for i in items)
            assert get_note.sync(client=client) == '{"not": "json"}'
            import_lines.sync(client=client, body='{"id": 1} {"id": 2}')
            assert seen[-1].content == b'{"id": 1} {"id": 2}'
            assert seen[-1].headers["Content-Type"] == "application/octet-stream"
            upload_file.sync_detailed(client=client, body=File(payload=io.BytesIO(b"raw bytes")))
            assert seen[-1].url.path == "/upload" and seen[-1].content == b"raw bytes"
            upload_file.sync_detailed(client=client)
            assert seen[-1].url.path == "/upload" and seen[-1].content == b""
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_parameters_given_by_json_content_are_sent_json_encoded(tmp_path: Path) -> None:
    refused = generate("content-parameters.yaml", tmp_path / "strict")
    assert refused.returncode == 2
    (line,) = refused.stderr.strip().splitlines()
    assert line.startswith(
        f"{CASES / 'content-parameters.yaml'}:41:13: parameter 'columns' is given by content (text/csv)"
    )

    result = generate("content-parameters.yaml", tmp_path / "skip", "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    assert "  - GET /export: parameter 'columns' is given by content (text/csv)" in result.stderr
    output = call(
        project_of(tmp_path / "skip"),
        """
        import inspect, json, httpx
        from content_parameters_client import ContentParametersClient
        from content_parameters_client.api.search import search

        seen = []
        def handler(request):
            seen.append(request)
            return httpx.Response(200, json={"count": 2})

        assert inspect.signature(search.sync).parameters["x_context"].default is inspect.Parameter.empty
        with ContentParametersClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            got = search.sync(
                client=client, x_context={"tenant": "t1"}, filter_={"tags": ["a", "b"]}, prefs=[1, 2], limit=5
            )
            assert got.count == 2
            sent = seen[-1]
            assert json.loads(sent.headers["X-Context"]) == {"tenant": "t1"}
            assert json.loads(sent.url.params["filter"]) == {"tags": ["a", "b"]}
            assert sent.url.params["limit"] == "5"
            cookies = dict(cookie.split("=", 1) for cookie in sent.headers["Cookie"].split("; "))
            assert json.loads(cookies["prefs"]) == [1, 2]
            search.sync(client=client, x_context={"tenant": "t2"})
            assert "filter" not in seen[-1].url.params and "Cookie" not in seen[-1].headers
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_local_problems_leave_out_only_the_operations_they_reach(tmp_path: Path) -> None:
    refused = generate("local-problems.yaml", tmp_path / "strict")
    assert refused.returncode == 2
    (line,) = refused.stderr.strip().splitlines()
    assert line.startswith(f"{CASES / 'local-problems.yaml'}:46:30: $ref '#/components/schemas/Missing' does not ")
    assert "fix the reference, or leave out the operations that reach it with skip_unsupported" in line

    result = generate("local-problems.yaml", tmp_path / "skip", "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    for item in (
        "GET /users/{id}: $ref '#/components/schemas/Missing' does not resolve to anything in this document",
        "GET /metrics/latest: operation 'getMetric' and operation 'get_metric' would both be generated as "
        "api/metrics/get_metric.py; one would overwrite the other",
        "GET /zones: it reaches /components/schemas/Zone/enum/1, where enum values 'Etc/GMT+0' and 'Etc/GMT0' "
        "would both be the member ETCGMT0",
        "GET /lookalike: property name '\u0441reate' mixes letters of the Cyrillic and Latin scripts",
        "schema Zone: enum values 'Etc/GMT+0' and 'Etc/GMT0' would both be the member ETCGMT0; one would be lost; "
        "name the members with x-enum-varnames, or set literal_enums = true",
    ):
        assert f"\n  - {item}" in result.stderr, result.stderr
    project = project_of(tmp_path / "skip")
    assert check_records(CASES / "local-problems.yaml", project, result.stderr) == 2
    output = call(
        project,
        """
        import json, httpx
        from local_problems_client import LocalProblemsClient
        from local_problems_client.api.metrics import get_metric, put_metric
        from local_problems_client.models import Metric

        seen = []
        def handler(request):
            seen.append(request)
            if request.method == "POST":
                return httpx.Response(204)
            return httpx.Response(200, json={"cls": "c", "to_dict": 1.5, "cls_": "x", "more": 1})

        with LocalProblemsClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            metric = get_metric.sync(client=client)
            assert (metric.cls__, metric.to_dict_, metric.cls_, metric["more"]) == ("c", 1.5, "x", 1)
            assert metric.to_dict() == {"cls": "c", "to_dict": 1.5, "cls_": "x", "more": 1}
            put_metric.sync(client=client, body=Metric(cls__="k", to_dict_=2.0))
            assert json.loads(seen[-1].content) == {"cls": "k", "to_dict": 2.0}
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_colliding_enum_values_generate_with_literal_enums(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(
        PLAIN.read_text(encoding="utf-8").replace('"../../templates"', f'"{ROOT / "templates"}"')
        + "\n[tool.altegio-generator.upstream]\nliteral_enums = true\n",
        encoding="utf-8",
    )
    spec = tmp_path / "zones.yaml"
    spec.write_text(
        (CASES / "local-problems.yaml")
        .read_text(encoding="utf-8")
        .replace("#/components/schemas/Missing", "#/components/schemas/Place"),
        encoding="utf-8",
    )
    refused = run_generator("--config", PLAIN, "regen", "--spec", spec, "--output", tmp_path / "strict")
    assert refused.returncode == 2
    (line,) = refused.stderr.strip().splitlines()
    assert "would both be the member ETCGMT0" in line and "set literal_enums = true" in line, line
    assert "x-enum-varnames" in line and "--skip-unsupported" in line
    result = run_generator(
        "--config", config, "regen", "--spec", spec, "--output", tmp_path / "out", "--skip-unsupported"
    )
    assert result.returncode == 0, result.stderr
    assert "GET /zones" not in result.stderr and "schema Zone" not in result.stderr
    output = call(
        project_of(tmp_path / "out"),
        """
        import httpx
        from local_problems_client import LocalProblemsClient
        from local_problems_client.api.zones import get_zone

        def handler(request):
            return httpx.Response(200, json={"zone": "Etc/GMT0"})

        with LocalProblemsClient(base_url="https://api.test", transport=httpx.MockTransport(handler)) as client:
            assert get_zone.sync(client=client).zone == "Etc/GMT0"
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_boolean_items_and_empty_enums_of_openapi_3_1_generate(tmp_path: Path) -> None:
    result = generate("boolean-schemas.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    output = call(
        project_of(tmp_path),
        """
        import json, httpx
        from boolean_schemas_client import BooleanSchemasClient
        from boolean_schemas_client.api.guilds import list_join_requests
        from boolean_schemas_client.api.indexes import swap_indexes
        from boolean_schemas_client.models import IndexSwap, RequestStatus

        seen = []
        def handler(request):
            seen.append(request)
            if request.method == "POST":
                return httpx.Response(202)
            return httpx.Response(200, json=["r1"])

        with BooleanSchemasClient(transport=httpx.MockTransport(handler)) as client:
            swap_indexes.sync_detailed(client=client, body=[IndexSwap(indexes=["a", "b"])])
            assert str(seen[-1].url) == "https://api.example.com/v1/swap-indexes"
            assert json.loads(seen[-1].content) == [{"indexes": ["a", "b"]}]
            assert list_join_requests.sync("g1", client=client, status=RequestStatus.APPROVED) == ["r1"]
            assert seen[-1].url.path == "/v1/guilds/g1/requests" and seen[-1].url.params["status"] == "APPROVED"
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_a_ref_to_another_file_in_an_error_response_leaves_out_only_that_response(tmp_path: Path) -> None:
    refused = generate("external-refs.yaml", tmp_path / "strict")
    assert refused.returncode == 2 and not (tmp_path / "strict").exists()
    (line,) = refused.stderr.strip().splitlines()
    assert line.startswith(f"{CASES / 'external-refs.yaml'}:29:36: ") and "--skip-unsupported" in line, line
    config = tmp_path / "settings.toml"  # allowing files makes no reference to one work
    config.write_text(
        PLAIN.read_text(encoding="utf-8").replace('"../../templates"', f'"{ROOT / "templates"}"')
        + "allow_external_refs = true\n",
        encoding="utf-8",
    )
    spec = CASES / "external-refs.yaml"
    allowed = run_generator("--config", config, "regen", "--spec", spec, "--output", tmp_path / "a")
    assert allowed.returncode == 2 and not (tmp_path / "a").exists()
    (line,) = allowed.stderr.strip().splitlines()
    assert "bundle the file into the document" in line and "--skip-unsupported" in line, line
    result = generate("external-refs.yaml", tmp_path / "skip", "--skip-unsupported")
    assert result.returncode == 0, result.stderr
    assert "GET /{id}: " in result.stderr and "response 401 of GET /" in result.stderr, result.stderr
    project = project_of(tmp_path / "skip")
    assert "response 422 of POST /" in result.stderr, result.stderr
    assert check_records(CASES / "external-refs.yaml", project, result.stderr) == 2
    output = call(
        project,
        """
        import httpx
        from external_refs_client import ExternalRefsClient
        from external_refs_client.api.applications import create_application, list_applications
        from external_refs_client.models import Application
        from external_refs_client.errors import APIStatusError

        seen = []
        def handler(request):
            seen.append(request)
            if request.url.params.get("page") == "9":
                return httpx.Response(401, json={"type": "unauthorized"})
            if request.method == "POST":
                return httpx.Response(201, json={"id": "a2"})
            return httpx.Response(200, json=[{"id": "a1"}])

        with ExternalRefsClient(transport=httpx.MockTransport(handler), max_retries=0) as client:
            (application,) = list_applications.sync(client=client, page=2)
            assert application.id == "a1"
            assert str(seen[-1].url) == "https://api.example.com/v2/applications/?page=2"
            try:
                list_applications.sync(client=client, page=9)
            except APIStatusError as error:
                assert error.status_code == 401
            else:
                raise AssertionError("a 401 must raise")
            assert create_application.sync(client=client, body=Application(id="a2")).id == "a2"
            assert seen[-1].method == "POST" and str(seen[-1].url) == "https://api.example.com/v2/applications/"
        print("called")
        """,
    )
    assert output.strip() == "called"


def test_schemes_of_one_requirement_in_the_same_header_are_alternatives(tmp_path: Path) -> None:
    result = generate("security-same-header.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    output = call(
        project_of(tmp_path),
        """
        import httpx
        from security_same_header_client import SecuritySameHeaderClient
        from security_same_header_client.api.users import get_user, list_users

        seen = []
        def handler(request):
            seen.append(request)
            return httpx.Response(200, json=["u"]) if request.url.path == "/Users" else httpx.Response(204)

        transport = httpx.MockTransport(handler)
        with SecuritySameHeaderClient(api_key="Token token=k1", transport=transport) as client:
            assert list_users.sync(client=client) == ["u"]
            assert seen[-1].headers["Authorization"] == "Token token=k1"
        with SecuritySameHeaderClient(token="t1", transport=transport) as client:
            list_users.sync(client=client)
            assert seen[-1].headers["Authorization"] == "Bearer t1"
        both = {"apiKey": "Token token=k2", "appId": "a1"}
        with SecuritySameHeaderClient(credentials=both, transport=transport) as client:
            get_user.sync_detailed("7", client=client)
            assert seen[-1].headers["Authorization"] == "Token token=k2" and seen[-1].url.params["app_id"] == "a1"
        print("called")
        """,
    )
    assert output.strip() == "called"
