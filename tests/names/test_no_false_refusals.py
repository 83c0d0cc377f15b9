"""Valid documents that the name checks once refused: each generates, imports and works when called.

And their nearest neighbours that must still be refused: a look-alike letter from another script
and a parameter whose type is unknown.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import run_generator

KEYWORD_PROPERTIES = """\
openapi: 3.1.0
info: {title: Keywords, version: "1"}
paths:
  /things:
    post:
      operationId: make_thing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      required: [properties, type]
      properties:
        properties: {type: string}
        required: {type: boolean}
        type: {type: string, enum: [big, small, big]}
        items: {type: array, items: {type: integer}}
        enum: {type: integer}
"""

CALL_KEYWORD_PROPERTIES = """
import json
import httpx
from {package}.client import KeywordsClient
from {package}.api.default import make_thing
from {package}.models import Thing, ThingType

seen = []
def handler(request):
    seen.append(request.content)
    return httpx.Response(200, json={{"properties": "p", "type": "small", "required": True, "items": [1], "enum": 2}})

client = KeywordsClient(base_url="http://api.test", transport=httpx.MockTransport(handler))
body = Thing.from_dict({{"properties": "x", "type": "big", "required": False, "items": [3], "enum": 4}})
sent = {{"properties": "x", "type": "big", "required": False, "items": [3], "enum": 4}}
assert body.to_dict() == sent, body.to_dict()
assert [member.value for member in ThingType] == ["big", "small"]
result = make_thing.sync(client=client, body=body)
assert result.properties == "p" and result.type_ == ThingType.SMALL and result.required is True, result
assert json.loads(seen[0]) == body.to_dict(), seen
print("called")
"""


def generate(tmp_path: Path, text: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    out = tmp_path / "out"
    return run_generator("regen", "--spec", spec, "--output", out), out


def run_client(out: Path, code: str) -> subprocess.CompletedProcess[str]:
    (project,) = [p for p in out.iterdir() if p.is_dir()]
    (package,) = [p.name for p in project.iterdir() if (p / "__init__.py").is_file()]
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code.format(package=package))],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_properties_named_like_keywords_and_a_repeated_enum_value_generate_and_work(tmp_path: Path) -> None:
    run, out = generate(tmp_path, KEYWORD_PROPERTIES)
    assert run.returncode == 0, run.stderr
    called = run_client(out, CALL_KEYWORD_PROPERTIES)
    assert called.returncode == 0, called.stderr
    assert called.stdout.strip() == "called"


LOOK_ALIKE = KEYWORD_PROPERTIES.replace("operationId: make_thing", "operationId: m\u0430ke_thing")  # Cyrillic a


def test_a_look_alike_letter_from_another_script_is_refused_where_it_is_written(tmp_path: Path) -> None:
    run, out = generate(tmp_path, LOOK_ALIKE)
    assert run.returncode == 2
    assert "spec.yaml:6:20: operationId 'm\u0430ke_thing' mixes letters of the Cyrillic and Latin scripts" in run.stderr
    assert "Traceback" not in run.stderr
    assert not out.exists()


def test_a_name_in_one_non_latin_script_is_not_a_look_alike(tmp_path: Path) -> None:
    text = KEYWORD_PROPERTIES.replace(
        "properties: {type: string}\n", "properties: {type: string}\n        имя: {type: string}\n"
    )
    run, _ = generate(tmp_path, text)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize(
    ("parameter", "refused"),
    [
        ("{name: q, in: query}", True),
        ("{name: q, in: query, schema: {type: string}}", False),
        ("{name: q, in: query, content: {application/json: {schema: {type: object}}}}", False),
    ],
)
def test_a_parameter_without_schema_or_content_is_refused(tmp_path: Path, parameter: str, refused: bool) -> None:
    text = KEYWORD_PROPERTIES.replace(
        "      operationId: make_thing\n", f"      operationId: make_thing\n      parameters: [{parameter}]\n"
    )
    run, _ = generate(tmp_path, text)
    if refused:
        assert run.returncode == 2
        assert "spec.yaml:7:20: parameter 'q' has neither 'schema' nor 'content'" in run.stderr, run.stderr
    else:
        assert run.returncode == 0, run.stderr
