# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Keeping secrets out of messages and reprs: URLs without credentials, secret-looking names."""

from __future__ import annotations

import re
from typing import Any

import httpx

# Query names that may carry a secret. Altegio puts none in URLs, but a proxy or a future
# operation might, and error messages end up in logs and bug reports.
_SECRET_NAME_PARTS = ("token", "password", "passwd", "secret", "api_key", "apikey", "signature")
_REDACTED = "REDACTED"
# Query parameters and headers that carry an API key of the spec's own schemes (`register`ed as
# the client sends them): names only, lower-cased, never values; redacted like the names above.
_CREDENTIAL_NAMES: set[str] = set()


def register(name: str) -> None:
    """Count `name` (a query parameter or header that carries a credential) as secret from now on."""
    _CREDENTIAL_NAMES.add(name.lower())


def is_credential(name: str) -> bool:
    """Whether a query parameter or header of this name carries a credential or may hold a secret."""
    return name.lower() in _CREDENTIAL_NAMES or is_secret_name(name)


def safe_url(url: httpx.URL) -> str:
    params = url.params.multi_items()
    redacted = [(name, _REDACTED if is_credential(name) else value) for name, value in params]
    if redacted == params and not url.userinfo:
        return str(url)
    return str(url.copy_with(userinfo=b"", params=redacted))


def is_secret_name(name: str) -> bool:
    """Whether a field or parameter of this name may hold a secret (a token, a password)."""
    lowered = name.lower()
    return any(part in lowered for part in _SECRET_NAME_PARTS)


def redact_json(value: Any) -> Any:
    """`value` with every field of a secret-looking name (at any depth) replaced by "REDACTED";
    the very same object when there is none, so callers can tell whether anything changed."""
    if isinstance(value, dict):
        changed = False
        result: dict[str, Any] = {}
        for name, item in value.items():
            if isinstance(name, str) and is_secret_name(name) and item not in (None, "", [], {}):
                new: Any = _REDACTED
            else:
                new = redact_json(item)
            changed = changed or new is not item
            result[name] = new
        return result if changed else value
    if isinstance(value, list):
        items = [redact_json(item) for item in value]
        return items if any(new is not old for new, old in zip(items, value, strict=True)) else value
    return value


# `"user_token": "..."` in text that is not (whole) JSON: a truncated body, an HTML page quoting it.
_SECRET_IN_TEXT = re.compile(
    r'("[^"\\]*(?:' + "|".join(_SECRET_NAME_PARTS) + r')[^"\\]*"\s*:\s*)"(?:[^"\\]|\\.)*("|$)',
    re.IGNORECASE,
)


def redact_text(text: str) -> str:
    """`text` with the values of secret-looking JSON fields replaced, even where it is cut off."""
    return _SECRET_IN_TEXT.sub(lambda match: f'{match.group(1)}"{_REDACTED}"', text)
