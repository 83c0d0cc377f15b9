# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""The errors operation functions raise; see `_runtime/errors.py` for the tree."""

from ._runtime.errors import *  # noqa: F403
from ._runtime.errors import __all__ as __all__
