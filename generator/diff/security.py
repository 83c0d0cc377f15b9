"""Which credentials an operation needs, and how the schemes that carry them are defined.

An operation's requirement is its own `security` if it has one (even `[]`), else the document's.
A requirement is a list of alternatives; each alternative is a set of schemes used together.
Keeping every old alternative and adding one is compatible; any other change means calling code
must supply different credentials.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.diff.context import Comparison
from generator.diff.finding import DOCUMENT, Finding, code, plain
from generator.diff.spec_view import SpecView, join
from generator.spec.model import Operation

_SCHEME_FIELDS = ("type", "scheme", "in", "name", "flows", "openIdConnectUrl")
"""What changes the way a client sends credentials; `description` and `bearerFormat` are text."""


def requirement(op: Operation) -> list[list[str]]:
    """Sorted alternatives, each a sorted list of `scheme` or `scheme[scope,...]`."""
    alternatives = {
        tuple(sorted(_scheme_text(str(name), scopes) for name, scopes in alternative.items()))
        for alternative in op.security
    }
    return [list(alternative) for alternative in sorted(alternatives)]


def _scheme_text(name: str, scopes: Any) -> str:
    if isinstance(scopes, list) and scopes:
        return f"{name}[{','.join(sorted(str(scope) for scope in scopes))}]"
    return name


def compare_security(cmp: Comparison, old: Operation, new: Operation) -> None:
    old_alternatives = requirement(old)
    new_alternatives, pointer = requirement(new), new.security_pointer
    if old_alternatives == new_alternatives:
        return
    change = f"{_text(old_alternatives)} -> {_text(new_alternatives)}"
    if all(alternative in new_alternatives for alternative in old_alternatives):
        cmp.add(
            "security_alternative_added",
            "new",
            pointer,
            f"security accepts more credentials: {change}",
            old_alternatives,
            new_alternatives,
        )
    else:
        cmp.add(
            "security_changed",
            "breaking",
            pointer,
            f"security changed: {change}",
            old_alternatives,
            new_alternatives,
        )


def _text(alternatives: list[list[str]]) -> str:
    if not alternatives:
        return code("none")
    return " or ".join(code(" + ".join(schemes) or "anonymous") for schemes in alternatives)


def compare_security_schemes(old: SpecView, new: SpecView) -> list[Finding]:
    """Schemes defined on both sides whose way of carrying credentials changed."""
    findings = []
    old_schemes = _schemes(old)
    for name, new_scheme in _schemes(new).items():
        old_scheme = old_schemes.get(name)
        if old_scheme is None:
            continue
        before = {key: old_scheme[key] for key in _SCHEME_FIELDS if key in old_scheme}
        after = {key: new_scheme[key] for key in _SCHEME_FIELDS if key in new_scheme}
        if before != after:
            findings.append(
                Finding(
                    "security_scheme_changed",
                    "breaking",
                    DOCUMENT,
                    join("/components/securitySchemes", name),
                    plain(before),
                    plain(after),
                    f"security scheme {code(name)} is sent differently",
                )
            )
    return findings


def _schemes(view: SpecView) -> dict[str, Mapping[str, Any]]:
    pointer = "/components/securitySchemes"
    components = view.mapping(view.root.get("components"), "/components", "components")
    schemes = view.mapping(components.get("securitySchemes"), pointer, "securitySchemes")
    return {str(name): view.resolve(raw, join(pointer, name), "a security scheme")[0] for name, raw in schemes.items()}
