"""Upstream's model of the document (`GeneratorData`), built from the structure `validate` parsed,
and the upstream configuration it is built with."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import InputError
from generator.spec.model import path_shape
from generator.spec.prepare import upstream_input
from generator.upstream import (
    Config,
    ConfigFile,
    EndpointCollection,
    EnumProperty,
    GeneratorData,
    GeneratorError,
    LiteralEnumProperty,
    MetaType,
    ModelProperty,
    Parameters,
    PythonIdentifier,
    Schemas,
    build_parameters,
    build_schemas,
    internals_usable,
)

if TYPE_CHECKING:
    from generator.config import Settings
    from generator.spec.model import Operation, SpecModel
    from generator.spec.validate import Validated


def generator_data(validated: Validated, config: Config) -> GeneratorData:
    """Upstream's `GeneratorData.from_dict`, minus its structure check: `validate` did that once.

    The body is upstream 0.29.1's, from the point where its check has passed. With another
    version installed, `from_dict` itself, on the document as upstream gets it.
    """
    model = validated.model
    if not internals_usable():
        parsed = GeneratorData.from_dict(upstream_input(model, frozenset(validated.dropped)), config=config)
        if isinstance(parsed, GeneratorError):  # validation read the same document without complaint
            raise ValueError(f"{parsed.header}: {parsed.detail}")
        _register_in_order(model, parsed)
        return parsed
    structure = validated.structure
    if structure is None:
        raise ValueError("upstream's model of the document was released: validate it again to render")
    schemas, parameters = Schemas(), Parameters()
    components = structure.components
    if components and components.schemas:
        schemas = build_schemas(components=components.schemas, schemas=schemas, config=config)
    if components and components.parameters:
        parameters = build_parameters(components=components.parameters, parameters=parameters, config=config)
    # Upstream's loop over paths, one path item at a time (its body is per path item, with the
    # schemas threaded through, so the result is the same), to know which path item made each
    # endpoint: paths of one shape (`/a/{x}`, `/a/{y}`) cannot be told apart afterwards.
    endpoint_collections_by_tag: dict[PythonIdentifier, EndpointCollection] = {}
    for path, item in structure.paths.items():
        by_tag, schemas, parameters = EndpointCollection.from_data(
            data={path: item},
            schemas=schemas,
            parameters=parameters,
            request_bodies=(components and components.requestBodies) or {},
            responses=(components and components.responses) or {},
            config=config,
        )
        for tag, collection in by_tag.items():
            merged = endpoint_collections_by_tag.setdefault(tag, EndpointCollection(tag=tag))
            merged.endpoints.extend(collection.endpoints)
            merged.parse_errors.extend(collection.parse_errors)
            for endpoint in collection.endpoints:
                model.register(endpoint, path.get_untrusted_value())
    classes = schemas.classes_by_name.values()
    return GeneratorData(
        title=structure.info.title,
        description=structure.info.description,
        version=structure.info.version,
        endpoint_collections_by_tag=endpoint_collections_by_tag,
        models=[prop for prop in classes if isinstance(prop, ModelProperty)],
        errors=schemas.errors + parameters.errors,
        enums=[prop for prop in classes if isinstance(prop, EnumProperty | LiteralEnumProperty)],
    )


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


def upstream_config(
    settings: Settings, document: Path, output: Path, overrides: dict[str, dict[str, str]] | None = None
) -> Config:
    """Upstream's configuration for this run: the settings' `[tool.altegio-generator.upstream]`
    table with the project's names, the class names chosen for the spec's schemas (`overrides`),
    and no post-hooks (formatting is our own, pinned, stage)."""
    upstream = dict(settings.upstream)
    if overrides is not None:
        upstream["class_overrides"] = overrides
    try:
        config_file = ConfigFile(
            **upstream,
            project_name_override=settings.project_name,
            package_name_override=settings.package_name,
            post_hooks=[],  # formatting is our own, pinned, stage
        )
    except (ValueError, TypeError) as exc:  # pydantic's ValidationError is a ValueError
        raise InputError(settings.root / "pyproject.toml", f"[tool.altegio-generator.upstream]: {exc}") from None
    return Config.from_sources(
        config_file, MetaType.UV, document, file_encoding="utf-8", overwrite=True, output_path=output
    )
