"""openapi-python-client, the renderer underneath: every name the generator takes from it.

No module outside this package imports `openapi_python_client`, so what the generator depends on
is listed here. The generator is made for one release, `PINNED_VERSION` (requirements.lock pins
it). A few shortcuts lean on that release's internals (`shared_copies`, and `parse`, a copy of
`GeneratorData.from_dict`'s body); with any other version installed `internals_usable()` is
False, and they switch off with a warning: the output stays what upstream's public path gives,
only slower.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

from openapi_python_client import Project, strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties import (
    EnumProperty,
    LiteralEnumProperty,
    ModelProperty,
    Parameters,
    Schemas,
    build_parameters,
    build_schemas,
)
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import Value
from openapi_python_client.schema import openapi_schema_pydantic as oai
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import ClassName, PythonCode, PythonIdentifier, kebab_case, remove_string_escapes

from generator import startup

PINNED_VERSION = "0.29.1"
DISTRIBUTION = "openapi-python-client"
FIELD_PREFIX = "field_"
"""Upstream's default `field_prefix`, which the name checks before render assume; a
`field_prefix` in the upstream settings reaches upstream's own render (`facts.openapi_field_prefix`)."""

__all__ = [
    "ClassName",
    "Config",
    "ConfigFile",
    "DateProperty",
    "DateTimeProperty",
    "Endpoint",
    "EndpointCollection",
    "EnumProperty",
    "FIELD_PREFIX",
    "GeneratorData",
    "GeneratorError",
    "ListProperty",
    "LiteralEnumProperty",
    "MetaType",
    "ModelProperty",
    "PINNED_VERSION",
    "Parameters",
    "Project",
    "PythonCode",
    "PythonIdentifier",
    "Schemas",
    "UntrustedString",
    "Value",
    "build_parameters",
    "build_schemas",
    "installed_version",
    "internals_usable",
    "kebab_case",
    "oai",
    "remove_string_escapes",
    "strings",
    "raw",
]


def raw(value: Any) -> str:
    """The text of upstream's `UntrustedString` (spec text it has not made safe to emit); `str` of anything else."""
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def installed_version() -> str | None:
    return startup.installed_version(DISTRIBUTION)


@cache
def internals_usable() -> bool:
    """Whether the installed openapi-python-client is the release the shortcuts were made for.

    Says so once on stderr when it is not."""
    installed = installed_version()
    if installed == PINNED_VERSION:
        return True
    print(
        f"warning: {DISTRIBUTION} {installed or '(unknown version)'} is installed, not {PINNED_VERSION}; "
        "the shortcuts into its internals are off (same output, slower)",
        file=sys.stderr,
    )
    return False
