"""What cannot be generated, each piece named as the operation (or schema, or response) it is.

Three sources: what `validate` found impossible (an operation whose names cannot be made safe, a
`$ref` to nothing), what upstream's parser leaves out and says so in a warning (an endpoint with
an unknown media type, a schema it cannot parse, one response of an endpoint), and endpoint
modules upstream's templates write that are not Python. By default any of them stops the run
(`refusal`, naming the ways out); with `skip_unsupported` the rest is generated and every
left-out piece is returned, so that the pipeline can print it, the change report can list it
and the generated README can say what is missing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.errors import OBJECT_REPR, SKIP_UNSUPPORTED, InputError
from generator.spec.load import Document
from generator.spec.model import Operation, SpecModel
from generator.spec.pointer import join, pointer_of, unescape
from generator.spec.validate import Validated
from generator.upstream import (
    GeneratorData,
    GeneratorError,
    raw,
)

_ENDPOINT_WARNING = re.compile(
    r"^WARNING parsing (\w+) (\S+) within .*?\.(?P<whole> Endpoint will not be generated\.)?$"
)


_SCHEMA_WARNING = re.compile(r"^Unable to (?:parse|process) (schema|parameter) (\S+?):?$")


_RESPONSE_DETAIL = re.compile(
    r"^Cannot parse response for status code ?\S*( \((?P<why>.*)\))?, response will be omitted"
)


_MEDIA_TYPE = "content_type"


_WAYS_OUT = f"leave it out with {SKIP_UNSUPPORTED} (it is then listed in the report and the README)"


_MEDIA_WAY_OUT = "map the media type with content_type_overrides in [tool.altegio-generator.upstream], or "


@dataclass(frozen=True)
class LeftOut:
    """One piece of the document upstream cannot generate: what, why, and where."""

    what: str  # "GET /pets/{id}", "response 200 of GET /pets", "schema Pet"
    reason: str
    pointer: str | None

    @property
    def media_type(self) -> bool:
        return _MEDIA_TYPE in self.reason.lower().replace(" ", "_") or "media type" in self.reason.lower()

    def __str__(self) -> str:
        reason = self.reason[:-1] if self.reason.endswith(".") and not self.reason.endswith("...") else self.reason
        return f"{self.what}: {reason}"


def without_problem_operations(openapi: GeneratorData, validated: Validated) -> list[LeftOut]:
    """Take the operations `validate` found impossible to generate out of `openapi`'s collections."""
    problems = {id(problem.operation): problem for problem in validated.problems}
    for tag, collection in list(openapi.endpoint_collections_by_tag.items()):
        collection.endpoints = [e for e in collection.endpoints if id(validated.model.for_endpoint(e)) not in problems]
        if not collection.endpoints and not collection.parse_errors:  # upstream's warnings are read later
            del openapi.endpoint_collections_by_tag[tag]
    return [LeftOut(p.operation.route, p.message, p.pointer) for p in validated.problems]


_PART_OF = re.compile(r"^(?:response \S+ of |a response of |part of )")


def _operation_of(what: str) -> str:
    """The operation a left-out piece belongs to (`response 200 of GET /a` -> `GET /a`), else itself."""
    return _PART_OF.sub("", what, count=1)


def left_out_by_parse(doc: Document, openapi: GeneratorData, validated: Validated) -> tuple[LeftOut, ...]:
    """What `validate` and upstream's parse leave out, taken out of `openapi`'s collections: ours
    first, then upstream's, less the pieces of an operation ours already names (upstream leaves
    out an undeclared path parameter's operation too)."""
    ours = [*without_problem_operations(openapi, validated), *_dropped_components(validated)]
    named = {left.what for left in ours}
    theirs = unsupported(doc, openapi, validated.model)
    return (*ours, *(left for left in theirs if _operation_of(left.what) not in named))


def _dropped_components(validated: Validated) -> list[LeftOut]:
    """Components `validate` kept from upstream (names that cannot be made safe), each named."""
    kinds = {"schemas": "schema", "parameters": "parameter", "responses": "response", "requestBodies": "request body"}
    found = []
    for pointer, problem in validated.dropped.items():
        _, top, section, name = pointer.split("/", 3)
        if top == "paths":  # an operation's error response: /paths/{path}/{method}/responses/{status}
            method, _, status = name.split("/")
            what = f"response {status} of {method.upper()} {unescape(section)}"
        else:
            what = f"{kinds.get(section, section)} {unescape(name)}"
        found.append(LeftOut(what, f"{problem.message}; {problem.fix}", problem.pointer))
    return found


def unparsable_endpoints(
    endpoint_modules: Mapping[Path, Operation], syntax_errors: Mapping[Path, str]
) -> list[LeftOut]:
    """Operations whose module, as written, is not Python: upstream's templates write such code
    for a few shapes of operation. `syntax_errors`: the parser's complaint by module, for each
    generated module that does not parse (see `checks.early_gate.NotPython`)."""
    broken: dict[LeftOut, None] = {}
    for module, operation in endpoint_modules.items():
        if (why := syntax_errors.get(module)) is not None:
            reason = f"openapi-python-client's templates write code for it that is not Python ({why})"
            broken[LeftOut(operation.route, reason, operation.pointer)] = None
    return list(broken)


def refusal(doc: Document, left_out: tuple[LeftOut, ...]) -> InputError:
    """One located line: the first thing upstream cannot generate, and both ways out."""
    first = left_out[0]
    way_out = (_MEDIA_WAY_OUT if first.media_type else "fix the document, or ") + _WAYS_OUT
    more = len(left_out) - 1
    also = f" (and {more} more thing{'s' if more > 1 else ''} it cannot generate)" if more else ""
    return doc.error(f"openapi-python-client cannot generate {first}{also}; {way_out}", first.pointer)


def parser_problems(openapi: GeneratorData) -> list[GeneratorError]:
    """Every warning upstream's parser produced, once (an endpoint with two tags is in two collections).

    Schemas come first: an endpoint that refers to a schema upstream could not parse fails
    because of it, and the first problem is the one the refusal names.
    """
    seen: list[GeneratorError] = list(openapi.errors)
    ids = {id(error) for error in seen}
    for collection in openapi.endpoint_collections_by_tag.values():
        for error in collection.parse_errors:
            if id(error) not in ids:
                ids.add(id(error))
                seen.append(error)
    return seen


def unsupported(doc: Document, openapi: GeneratorData, model: SpecModel | None = None) -> list[LeftOut]:
    """What upstream leaves out, said in the document's own terms (real status codes and names);
    with the document's `model`, an inline schema that upstream names only by its property or
    title is located too."""
    generated = _generated_responses(openapi)
    components: frozenset[str] | None = None  # the lookups below are made once, at the first schema warning
    inline: dict[str, str] | None = None
    found: list[LeftOut] = []
    omitted_so_far: dict[tuple[str, str], int] = {}
    for problem in parser_problems(openapi):
        header = " ".join((problem.header or "").split())
        reason = problem_text(problem, with_header=False) or "not supported by openapi-python-client"
        if endpoint := _ENDPOINT_WARNING.match(header):
            method, path = endpoint.group(1).lower(), endpoint.group(2)
            where = pointer_of(["paths", path, method])
            named = f"{method.upper()} {path}"
            if endpoint.group("whole"):
                found.append(LeftOut(named, reason, where))
                continue
            response = _RESPONSE_DETAIL.match(_clean(problem.detail or "", limit=None))
            if response is None:
                found.append(LeftOut(f"part of {named}", reason, where))
                continue
            failed = _failed_codes(doc, path, method, generated.get((method, path), set()))
            index = omitted_so_far.get((method, path), 0)
            omitted_so_far[(method, path)] = index + 1
            code = failed[index] if index < len(failed) else None
            why = _clean(response.group("why") or "") or "not supported by openapi-python-client"
            found.append(
                LeftOut(
                    f"response {code} of {named}" if code else f"a response of {named}",
                    why,
                    pointer_of(["paths", path, method, "responses", code]) if code else where,
                )
            )
        elif schema := _SCHEMA_WARNING.match(header):
            kind, ref = schema.group(1), schema.group(2)
            name = ref.removeprefix("#").rsplit("/", 1)[-1]
            if components is None:
                components = _component_keys(doc)
                inline = _inline_schemas(model) if model else {}
            pointer = _component_of(components, name) or (inline or {}).get(name)
            found.append(LeftOut(f"{kind} {name}", reason, pointer))
        else:
            found.append(LeftOut(_clean(header) or "part of the document", reason, None))
    return list(dict.fromkeys(found))  # upstream warns about an inline schema once per place it parses it


def _component_keys(doc: Document) -> frozenset[str]:
    components = doc.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return frozenset(key for key in schemas if isinstance(key, str)) if isinstance(schemas, dict) else frozenset()


def _component_of(keys: frozenset[str], name: str) -> str | None:
    """The component schema a schema's name is, or (for an inline one, `Pet_tags_item_type_0`) starts
    with: the longest such key, found in time linear in the name's length."""
    for end in range(len(name), 0, -1):
        if name[:end] in keys:
            return pointer_of(["components", "schemas", name[:end]])
    return None


def _inline_schemas(model: SpecModel) -> dict[str, str]:
    """Upstream names an inline schema by its property or by its title: each name, at the first
    schema written as that property (before one so titled in the same schema), or titled so."""
    found: dict[str, str] = {}
    for schema, at in model.schema_positions():
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for name in properties:
                if isinstance(name, str):
                    found.setdefault(name, join(at, "properties", name))
        title = schema.get("title")
        if isinstance(title, str):
            found.setdefault(title, at)
    return found


def _generated_responses(openapi: GeneratorData) -> dict[tuple[str, str], set[str]]:
    generated: dict[tuple[str, str], set[str]] = {}
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            responses = [
                *endpoint.responses.patterns,
                *([endpoint.responses.default] if endpoint.responses.default else []),
            ]
            key = (str(endpoint.method).lower(), raw(endpoint.path))
            generated.setdefault(key, set()).update(str(r.status_code.pattern) for r in responses)
    return generated


def _failed_codes(doc: Document, path: str, method: str, parsed: set[str]) -> list[str]:
    """Status codes of an operation that upstream did not turn into a response, in document order."""
    item = (doc.data.get("paths") or {}).get(path)
    operation = item.get(method) if isinstance(item, dict) else None
    responses = operation.get("responses") if isinstance(operation, dict) else None
    codes = [str(code) for code in responses] if isinstance(responses, dict) else []
    return [code for code in codes if code not in parsed and code.lower() not in parsed]


def _clean(text: str, limit: int | None = 300) -> str:
    """One short line without upstream's internals (object reprs of its wrapper types)."""
    text = OBJECT_REPR.sub("", text).replace("<UntrustedString>", "")
    text = " ".join(text.replace("Unable to parse this part of your OpenAPI document: :", "").split())
    return text if limit is None or len(text) <= limit else text[: limit - 3] + "..."


def problem_text(problem: GeneratorError, *, with_header: bool = True) -> str:
    """What upstream said of a problem, on one line: its header and the first line of its detail."""
    detail = _first_line(problem.detail)
    if not with_header:
        return _clean(detail)
    return _clean(f"{problem.header or ''} {detail}")


def _first_line(text: str | None) -> str:
    return (text or "").strip().splitlines()[0] if (text or "").strip() else ""
