# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Keeping secrets out of messages and reprs: URLs without credentials, secret-looking names."""

from __future__ import annotations

import httpx

# Query names that may carry a secret. Altegio puts none in URLs, but a proxy or a future
# operation might, and error messages end up in logs and bug reports.
_SECRET_NAME_PARTS = ("token", "password", "passwd", "secret", "api_key", "apikey", "signature")
_REDACTED = "REDACTED"


def safe_url(url: httpx.URL) -> str:
    params = url.params.multi_items()
    redacted = [(name, _REDACTED if is_secret_name(name) else value) for name, value in params]
    if redacted == params and not url.userinfo:
        return str(url)
    return str(url.copy_with(userinfo=b"", params=redacted))


def is_secret_name(name: str) -> bool:
    """Whether a field or parameter of this name may hold a secret (a token, a password)."""
    lowered = name.lower()
    return any(part in lowered for part in _SECRET_NAME_PARTS)
