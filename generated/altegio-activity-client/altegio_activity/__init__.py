# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""A client library for accessing Altegio B2B API activities"""

from . import errors
from ._runtime.errors import *  # noqa: F403
from ._runtime.errors import __all__ as _error_names
from ._runtime.options import NOT_GIVEN, RequestOptions
from .client import AltegioClient, AsyncAltegioClient

__all__ = ["AltegioClient", "AsyncAltegioClient", "NOT_GIVEN", "RequestOptions", "errors", *_error_names]
