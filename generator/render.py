"""Render the client with openapi-python-client, using `templates/` as the custom template path."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import EndpointCollection
from openapi_python_client.parser.properties import (
    EnumProperty,
    LiteralEnumProperty,
    ModelProperty,
    Parameters,
    Schemas,
    build_parameters,
    build_schemas,
)
from openapi_python_client.schema import openapi_schema_pydantic as oai
from pydantic import ValidationError

from generator.config import Settings
from generator.errors import InputError
from generator.facts import Facts, collect_facts
from generator.load import Document
from generator.names import check_module_names
from generator.pointer import pointer_of
from generator.template_cache import template_bytecode_cache
from generator.validate import Validated

_WARNING_WHERE = re.compile(r"parsing (\w+) (\S+) within")


def upstream_config(settings: Settings, document: Path, output: Path) -> Config:
    try:
        config_file = ConfigFile(
            **settings.upstream,
            project_name_override=settings.project_name,
            package_name_override=settings.package_name,
            post_hooks=[],  # formatting is our own, pinned, stage
        )
    except (ValidationError, TypeError) as exc:
        raise InputError(settings.root / "pyproject.toml", f"[tool.altegio-generator.upstream]: {exc}") from None
    return Config.from_sources(
        config_file, MetaType.UV, document, file_encoding="utf-8", overwrite=True, output_path=output
    )


def render(doc: Document, validated: Validated, settings: Settings, project_dir: Path) -> Facts:
    """Write the unformatted project into `project_dir` (which must not exist yet); the runtime is
    added by the pipeline after formatting, which must not touch it."""
    config = upstream_config(settings, doc.path, project_dir)
    openapi = generator_data(validated.structure, config)
    check_module_names(doc, validated.model, openapi, config.field_prefix)  # before anything is written
    facts = collect_facts(doc, validated.model, openapi, settings)

    project = Project(openapi=openapi, config=config, custom_template_path=settings.templates)
    project.env.bytecode_cache = template_bytecode_cache()
    project.env.globals.update(facts=facts, package_name=settings.package_name)
    project.env.filters["pyliteral"] = pyliteral
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:  # warnings included: a skipped endpoint is a failed run
        raise _located(doc, problems[0], len(problems))
    return facts


def pyliteral(value: str | int | bool | None) -> str:
    """A Python literal for a fact: spec text reaches generated code only through this."""
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    raise TypeError(f"no Python literal for a {type(value).__name__}")


def generator_data(structure: oai.OpenAPI, config: Config) -> GeneratorData:
    """Upstream's `GeneratorData.from_dict`, minus its structure check: `validate` did that once.

    The body is upstream 0.29.1's (pinned), from the point where its check has passed.
    """
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


def _located(doc: Document, problem: GeneratorError, count: int) -> InputError:
    header = " ".join((problem.header or "").split())
    detail = " ".join((problem.detail or "").split())
    pointer = None
    if match := _WARNING_WHERE.search(header):
        pointer = pointer_of(["paths", match.group(2), match.group(1).lower()])
    message = f"openapi-python-client cannot generate this: {header} {detail}".strip()
    if count > 1:
        message += f" (and {count - 1} more problem{'s' if count > 2 else ''})"
    return doc.error(message, pointer)
