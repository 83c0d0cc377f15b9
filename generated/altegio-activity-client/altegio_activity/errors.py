# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""The errors operation functions raise; the tree is drawn in `_runtime/errors.py`.

The classes are defined in the runtime but belong here: their `__module__` is this module, so
tracebacks and pickles name `altegio_activity.errors.NotFoundError`, and so should calling code.
"""

from ._runtime.errors import *  # noqa: F403
from ._runtime.errors import __all__ as __all__
