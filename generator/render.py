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
from pydantic import ValidationError

from generator.config import Settings
from generator.errors import InputError
from generator.facts import Facts, collect_facts, strip_accept_headers
from generator.load import Document
from generator.names import check_module_names
from generator.validate import pointer_of

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


def render(doc: Document, settings: Settings, project_dir: Path) -> Facts:
    """Write the unformatted project into `project_dir` (which must not exist yet); the runtime is
    added by the pipeline after formatting, which must not touch it."""
    data, accepts = strip_accept_headers(doc.data)
    config = upstream_config(settings, doc.path, project_dir)
    openapi = GeneratorData.from_dict(data, config=config)
    if isinstance(openapi, GeneratorError):
        raise doc.error(f"{openapi.header}: {_first_line(openapi.detail)}")
    check_module_names(doc, openapi, config.field_prefix)  # before anything is written
    facts = collect_facts(doc, openapi, accepts, settings)

    project = Project(openapi=openapi, config=config, custom_template_path=settings.templates)
    project.env.globals.update(facts=facts, package_name=settings.package_name)
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:  # warnings included: a skipped endpoint is a failed run
        raise _located(doc, problems[0], len(problems))
    return facts


def _first_line(text: str | None) -> str:
    return (text or "").strip().splitlines()[0] if (text or "").strip() else ""


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
