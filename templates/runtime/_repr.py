# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""`repr()` of generated models: only the fields that are set, and no secret at all.

attrs' own repr prints every field, the UNSET sentinel of each absent one as its default
object repr (with a memory address), and a login answer's `user_token` or a login request's `password`
in full, straight into logs and tracebacks. Fields with secret-looking names (`_redact`) are
left out entirely, name and value: the attribute is still there for code that needs it.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._redact import is_secret_name

__all__ = ["model_repr"]


def model_repr(model: Any) -> str:
    shown: list[tuple[str, Any]] = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if field.name == "additional_properties":  # keys the spec does not know, shown like fields
            shown += [(str(key), item) for key, item in value.items()]
        elif type(value).__name__ != "Unset":  # the generated package's sentinel, not importable here
            shown.append((field.name, value))
    fields = ", ".join(f"{name}={value!r}" for name, value in shown if not is_secret_name(name))
    return f"{type(model).__name__}({fields})"
