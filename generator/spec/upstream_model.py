"""Upstream's model of the document (`GeneratorData`), built from what `validate` parsed, with
each of its endpoints paired with the operation it was made from."""

from __future__ import annotations

from generator.spec.model import Operation, SpecModel, path_shape
from generator.spec.prepare import upstream_input
from generator.spec.validate import Validated
from generator.upstream import Config, GeneratorData, GeneratorError, PythonIdentifier, internals_usable
from generator.upstream.parse import generator_data


def upstream_model(validated: Validated, config: Config) -> GeneratorData:
    """Upstream's model of the validated document, every endpoint registered with its operation.

    With the upstream release the shortcuts were made for, from the structure `validate` already
    checked (the check runs once); with another, `GeneratorData.from_dict` itself, on the
    document as upstream gets it.
    """
    model = validated.model
    if not internals_usable():
        parsed = GeneratorData.from_dict(upstream_input(model, frozenset(validated.dropped)), config=config)
        if isinstance(parsed, GeneratorError):  # validation read the same document without complaint
            raise ValueError(f"{parsed.header}: {parsed.detail}")
        _register_in_order(model, parsed)
        return parsed
    if validated.structure is None:
        raise ValueError("upstream's model of the document was released: validate it again to render")
    return generator_data(validated.structure, config, model.register)


def _register_in_order(model: SpecModel, parsed: GeneratorData) -> None:
    """Pair each endpoint of a `from_dict` result with its operation, for another upstream version.

    Upstream makes endpoints in document order, and the collection of an endpoint's first tag
    keeps that order; an endpoint is the next operation of its first tag, method and path shape
    not yet paired (its path has its parameters renamed, so only the shape is left to compare).
    """
    waiting: dict[tuple[str, str, str], list[Operation]] = {}
    for operation in model.operations:
        tags = [tag for tag, _ in operation.tags] or ["default"]
        key = (str(PythonIdentifier(tags[0], "tag")), *operation.shape)
        waiting.setdefault(key, []).append(operation)
    for tag, collection in parsed.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            if endpoint.tags and str(endpoint.tags[0]) != str(tag):
                continue  # paired in the collection of its first tag (generate_all_tags)
            shape = path_shape(endpoint.path.get_untrusted_value())
            if candidates := waiting.get((str(tag), endpoint.method.lower(), shape)):
                model.register(endpoint, candidates.pop(0).path)
