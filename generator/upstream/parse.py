"""What the generator asks of upstream's parser: its configuration for a run, and its model of a
document (`GeneratorData`) built from a structure that has already passed upstream's check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import InputError
from generator.upstream import (
    Config,
    ConfigFile,
    Endpoint,
    EndpointCollection,
    EnumProperty,
    GeneratorData,
    LiteralEnumProperty,
    MetaType,
    ModelProperty,
    Parameters,
    PythonIdentifier,
    Schemas,
    build_parameters,
    build_schemas,
    oai,
)

if TYPE_CHECKING:
    from generator.settings import Settings


def generator_data(structure: oai.OpenAPI, config: Config, made: Callable[[Endpoint, str], None]) -> GeneratorData:
    """Upstream's `GeneratorData.from_dict`, minus its structure check (the caller did that once).

    The body is upstream 0.29.1's, from the point where its check has passed; only for that
    version (`internals_usable()`). `made(endpoint, path)` hears which path item (a key of
    `paths`) made each endpoint.
    """
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
                made(endpoint, path.get_untrusted_value())
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
        raise InputError(settings.pyproject, f"[tool.altegio-generator.upstream]: {exc}") from None
    return Config.from_sources(
        config_file, MetaType.UV, document, file_encoding="utf-8", overwrite=True, output_path=output
    )
