# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Credentials for the spec's own security schemes, and the server an operation goes to.

An operation's `security` lists alternatives (`SecurityRequirement`s), each naming the schemes
sent together. The client sends the first alternative it holds every credential for; when it
holds none and one alternative names no scheme (`{}` in the spec: authentication is optional),
it sends nothing. Nothing of
the spec runs here: schemes are data the generated modules declare.

Credentials come from, most specific first: `credentials={"<scheme name>": value}` (a string, or
a `(username, password)` pair for basic), then `token=` (bearer), `api_key=` (apiKey),
`username=` / `password=` (basic), then the environment: `<PREFIX>_TOKEN`, `<PREFIX>_API_KEY`,
`<PREFIX>_USERNAME`, `<PREFIX>_PASSWORD`, where the generated client sets `<PREFIX>`.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Mapping, MutableMapping
from typing import Any

import attrs
import httpx

from ._redact import register
from .errors import ConfigurationError
from .operation import Operation, SecurityScheme, Server

# Header, query and cookie values: visible ASCII and spaces inside (never CR, LF or other controls).
_VALUE = re.compile(r"[!-~]([ -~]*[!-~])?")
_VARIABLE = re.compile(r"{([^{}]*)}")
_ARGUMENTS = {"bearer": "token", "apiKey": "api_key", "basic": "username"}


@attrs.frozen(repr=False)
class Secrets:
    """What a client holds for the spec's schemes; never shown in reprs or messages."""

    env_prefix: str
    client_name: str
    token: str | None = None
    api_key: str | None = None
    username: str | None = None
    password: str | None = None
    by_scheme: Mapping[str, str | tuple[str, str]] = attrs.field(factory=dict)

    def __repr__(self) -> str:
        return "Secrets(...)"

    @classmethod
    def gather(
        cls,
        env_prefix: str,
        client_name: str,
        *,
        token: str | None,
        api_key: str | None,
        username: str | None,
        password: str | None,
        credentials: Mapping[str, str | tuple[str, str]] | None,
    ) -> Secrets:
        def pick(given: str | None, variable: str, check: bool = True) -> str | None:
            # An argument is checked now; the environment's value when an operation needs it, so
            # a client that never uses a kind of credential is not refused for its variable.
            if given is not None:
                if check:
                    _check(variable.lower(), given)
                return given
            return os.environ.get(f"{env_prefix}_{variable}") or None

        by_scheme = dict(credentials or {})
        for name, value in by_scheme.items():
            if isinstance(value, tuple) and len(value) == 2:
                _check_basic(f"credentials[{name!r}]", *value)
            elif isinstance(value, str):
                _check(f"credentials[{name!r}]", value)
            else:
                raise ConfigurationError(f"credentials[{name!r}] must be a string or a (username, password) pair")
        if username is not None and password is not None:
            _check_basic("username", username, password)
        found_username, found_password = pick(username, "USERNAME", False), pick(password, "PASSWORD", False)
        return cls(
            env_prefix,
            client_name,
            token=pick(token, "TOKEN"),
            api_key=pick(api_key, "API_KEY"),
            username=found_username,
            password=found_password,
            by_scheme=by_scheme,
        )

    def _value(self, scheme: SecurityScheme) -> str | tuple[str, str] | None:
        if scheme.name in self.by_scheme:
            return self.by_scheme[scheme.name]
        if scheme.kind == "bearer":
            return self.token
        if scheme.kind == "apiKey":
            return self.api_key
        if self.username is not None and self.password is not None:
            return (self.username, self.password)
        return None

    def apply(self, operation: Operation, headers: MutableMapping[str, str], request: dict[str, Any]) -> None:
        """Put the credentials `operation` needs into `headers` and the request arguments."""
        if not operation.security:
            return
        for requirement in operation.security:
            values = [self._value(scheme) for scheme in requirement.schemes]
            if values and all(value is not None for value in values):
                break
        else:
            if any(not requirement.schemes for requirement in operation.security):
                return  # authentication is optional and the client has none for it
            raise ConfigurationError(f"{operation.operation_id} needs {self._wanted(operation)}")
        for scheme, value in zip(requirement.schemes, values, strict=True):
            if isinstance(value, tuple):
                _check_basic(f"the credentials of scheme {scheme.name!r}", *value)
            else:
                _check(f"the {scheme.kind} credential of scheme {scheme.name!r}", value)
            if scheme.kind == "apiKey" and scheme.location != "cookie":
                register(scheme.parameter)  # error messages and pickled requests redact it
            if scheme.kind == "basic" and isinstance(value, tuple):
                encoded = base64.b64encode(f"{value[0]}:{value[1]}".encode()).decode("ascii")
                headers["Authorization"] = f"Basic {encoded}"
            elif isinstance(value, str) and scheme.kind == "bearer":
                headers["Authorization"] = f"{scheme.prefix} {value}"
            elif isinstance(value, str) and scheme.location == "query":
                params = dict(request.get("params") or {})
                params.setdefault(scheme.parameter, value)
                request["params"] = params
            elif isinstance(value, str) and scheme.location == "cookie":
                request["cookies"] = {scheme.parameter: value, **(request.get("cookies") or {})}
            elif isinstance(value, str):
                headers[scheme.parameter] = value
            else:
                wanted = "a (username, password) pair" if scheme.kind == "basic" else "a string"
                raise ConfigurationError(f"credentials[{scheme.name!r}] must be {wanted} for a {scheme.kind} scheme")

    def _wanted(self, operation: Operation) -> str:
        """How to give the credentials of the operation's first alternative (never their values)."""
        ways = []
        for scheme in next(r for r in operation.security if r.schemes).schemes:
            if self._value(scheme) is not None:
                continue
            argument = _ARGUMENTS[scheme.kind]
            if scheme.kind == "basic":
                given = f"username= and password= (or {self.env_prefix}_USERNAME and {self.env_prefix}_PASSWORD)"
            else:
                given = f"{argument}= (or {self.env_prefix}_{argument.upper()})"
            ways.append(f"the {scheme.kind} credential of scheme {scheme.name!r}: pass {given}")
        wanted = "; ".join(ways)
        return f"{wanted}, or credentials={{scheme name: value}}, when creating the {self.client_name}"


def _check(name: str, value: object) -> None:
    # The message never quotes the value: it is a secret even when malformed.
    if not isinstance(value, str) or _VALUE.fullmatch(value) is None:
        raise ConfigurationError(f"{name} must be a non-empty string of visible ASCII characters")


def _check_basic(name: str, username: object, password: object) -> None:
    if not isinstance(username, str) or not isinstance(password, str) or ":" in username:
        raise ConfigurationError(f"{name}: a username (without ':') and a password, both strings")
    if any(ord(c) < 32 or ord(c) == 127 for c in username + password):
        raise ConfigurationError(f"{name}: the username and password must not contain control characters")


def expand(url: str, defaults: Mapping[str, str], chosen: Mapping[str, str]) -> str:
    """A server URL with its `{variables}` filled: the client's `server_variables`, else defaults."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in chosen:
            return chosen[name]
        if name in defaults:
            return defaults[name]
        raise ConfigurationError(f"the server {url!r} needs server_variables={{{name!r}: ...}}")

    return _VARIABLE.sub(value, url)


def server_url(server: Server, base_url: str, chosen: Mapping[str, str]) -> str:
    """Where an operation with its own server sends requests; a relative one is read against
    the client's base URL, as OpenAPI reads it against the document's."""
    url = expand(server.url, dict(server.variables), chosen).rstrip("/")
    if "://" in url:
        return url
    if url.startswith("/"):
        origin = httpx.URL(base_url)
        return f"{origin.scheme}://{origin.netloc.decode('ascii')}{url}"
    return f"{base_url}/{url}" if url else base_url
