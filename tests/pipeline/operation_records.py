"""Every generated module carries its own operation's record, and nothing is lost silently.

Read from the generated files and the document alone (not from the generator's own model), so a
lookup that confuses two operations in the generator cannot also fool the check.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from generator.spec.load import load_document
from generator.spec.model import Operation, SpecModel, path_shape
from generator.upstream import PythonIdentifier

_LISTED = re.compile(r"^  - (?P<method>[A-Z]+) (?P<path>/\S*): ", re.MULTILINE)


def records(package: Path) -> dict[Path, dict[str, Any]]:
    """Each endpoint module's `_OPERATION` arguments (auth as its member name), plus its `url`."""
    found: dict[Path, dict[str, Any]] = {}
    for module in sorted((package / "api").rglob("*.py")):
        if module.name == "__init__.py":
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        record: dict[str, Any] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "_OPERATION" for t in node.targets
            ):
                assert isinstance(node.value, ast.Call)
                for keyword in node.value.keywords:
                    value = keyword.value
                    if keyword.arg == "security":  # (_SecurityRequirement((_SecurityScheme(name=...), ...)), ...)
                        assert isinstance(value, ast.Tuple)
                        record["security"] = [_scheme_names(requirement) for requirement in value.elts]
                    elif keyword.arg == "server":  # _Server(url=..., variables=...)
                        assert isinstance(value, ast.Call)
                        record["server"] = {str(k.arg): ast.literal_eval(k.value) for k in value.keywords}
                    else:
                        record[str(keyword.arg)] = (
                            value.attr if isinstance(value, ast.Attribute) else ast.literal_eval(value)
                        )
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value == "url":
                        record["url"] = _url_template(value, module)
        assert "operation_id" in record and "url" in record, module
        found[module] = record
    return found


def _url_template(value: ast.expr, module: Path) -> str:
    """The path template of a `"url"` entry: `"/a/{id}"`, `"/a/{id}".format(...)`, or
    `f"/a/{_path_segment(id)}"` (read back as `/a/{id}`)."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):  # "...".format(...)
        value = value.func.value
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return value.value
    assert isinstance(value, ast.JoinedStr), f"{module}: url {ast.dump(value)}"
    parts = []
    for part in value.values:
        if isinstance(part, ast.Constant):
            parts.append(str(part.value))
            continue
        assert isinstance(part, ast.FormattedValue), f"{module}: url part {ast.dump(part)}"
        inner = part.value
        if isinstance(inner, ast.Call) and len(inner.args) == 1:  # _path_segment(name)
            inner = inner.args[0]
        assert isinstance(inner, ast.Name), f"{module}: url part {ast.dump(part)}"
        parts.append(f"{{{inner.id}}}")
    return "".join(parts)


def _scheme_names(requirement: ast.expr) -> list[str]:
    """The scheme names of one `_SecurityRequirement((_SecurityScheme(name=...), ...))`."""
    assert isinstance(requirement, ast.Call) and isinstance(requirement.args[0], ast.Tuple)
    names = []
    for scheme in requirement.args[0].elts:
        assert isinstance(scheme, ast.Call)
        names += [str(ast.literal_eval(k.value)) for k in scheme.keywords if k.arg == "name"]
    return names


def check_records(document: Path, project: Path, stderr: str, field_prefix: str = "field_") -> int:
    """Assert that each module's record is its own operation's, and that every operation of the
    document is either generated or listed under its own name; return how many modules were checked."""
    model = SpecModel.build(load_document(document).data, [])  # a `$ref` it cannot follow is listed, not raised
    (package,) = [p.parent for p in project.glob("*/__init__.py")]
    generated: dict[tuple[str, str], Path] = {}
    for module, record in records(package).items():
        key = (str(record["method"]).lower(), str(record["path"]))
        operation = model.by_place.get(key)
        assert operation is not None, f"{module}: {key} is no operation of {document.name}"
        assert key not in generated, f"{module} and {generated[key]} both carry {key}"
        generated[key] = module
        _check_one(module, record, operation, field_prefix, _sendable(model))
    listed = {(m["method"].lower(), m["path"]) for m in _LISTED.finditer(stderr)}
    for operation in model.operations:
        place = (operation.method, operation.path)
        assert place in generated or place in listed, f"{operation.label} is neither generated nor listed as left out"
        assert not (place in generated and place in listed), f"{operation.label} is both generated and left out"
    return len(generated)


def _sendable(model: SpecModel) -> set[str]:
    """The schemes a client can send: defined, and not mutualTLS (a certificate, set on the
    user's own http_client). A requirement naming only others asks for nothing the client sends."""
    components = model.root.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    return {
        name
        for name, scheme in (schemes.items() if isinstance(schemes, dict) else ())
        if isinstance(scheme, dict) and ("$ref" in scheme or scheme.get("type") != "mutualTLS")
    }


def _check_one(module: Path, record: dict[str, Any], operation: Operation, prefix: str, sendable: set[str]) -> None:
    said = f"{module.name} ({operation.method.upper()} {operation.path})"
    expected_id = operation.operation_id
    if expected_id is not None:
        assert record["operation_id"] == expected_id, f"{said}: operation_id {record['operation_id']!r}"
        assert module.stem == str(PythonIdentifier(expected_id, prefix)), f"{said}: module of {expected_id!r}"
    assert path_shape(record["url"]) == path_shape(operation.path), f"{said}: url {record['url']!r}"
    requirements = [[name for name in requirement if name in sendable] for requirement in operation.security]
    needs_auth = bool(requirements) and all(requirements)
    own: list[list[str]] = record.get("security") or []  # a document's own schemes; the Altegio form is `auth`
    sends_always = record["auth"] != "NONE" or (bool(own) and all(own))
    assert sends_always == needs_auth, f"{said}: auth {record['auth']}, security {own}"
    if record["expects_json"]:
        media = [m.name for r in operation.success_responses for m in r.content]
        assert any("json" in name or name == "openapi/python/client" for name in media), f"{said}: expects_json"
