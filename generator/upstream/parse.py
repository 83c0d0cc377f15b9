"""Upstream's model of the document (`GeneratorData`), built from the structure `validate` parsed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.spec.prepare import upstream_input
from generator.upstream import (
    Config,
    EndpointCollection,
    EnumProperty,
    GeneratorData,
    GeneratorError,
    LiteralEnumProperty,
    ModelProperty,
    Parameters,
    Schemas,
    build_parameters,
    build_schemas,
    internals_usable,
)

if TYPE_CHECKING:
    from generator.spec.validate import Validated


def generator_data(validated: Validated, config: Config) -> GeneratorData:
    """Upstream's `GeneratorData.from_dict`, minus its structure check: `validate` did that once.

    The body is upstream 0.29.1's, from the point where its check has passed. With another
    version installed, `from_dict` itself, on the document as upstream gets it.
    """
    if not internals_usable():
        parsed = GeneratorData.from_dict(upstream_input(validated.model), config=config)
        if isinstance(parsed, GeneratorError):  # validation read the same document without complaint
            raise ValueError(f"{parsed.header}: {parsed.detail}")
        return parsed
    structure = validated.structure
    schemas, parameters = Schemas(), Parameters()
    components = structure.components
    if components and components.schemas:
        schemas = build_schemas(components=components.schemas, schemas=schemas, config=config)
    if components and components.parameters:
        parameters = build_parameters(components=components.parameters, parameters=parameters, config=config)
    endpoint_collections_by_tag, schemas, parameters = EndpointCollection.from_data(
        data=structure.paths,
        schemas=schemas,
        parameters=parameters,
        request_bodies=(components and components.requestBodies) or {},
        responses=(components and components.responses) or {},
        config=config,
    )
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
