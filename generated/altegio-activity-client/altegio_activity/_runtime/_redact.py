# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Keeping secrets out of messages and reprs: URLs without credentials, secret-looking names."""

from __future__ import annotations

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
