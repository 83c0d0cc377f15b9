# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Reading an API response body: JSON or not, and what the server said went wrong."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._redact import redact_text

# Enough of an HTML error page or a cut-off body to recognise it, short enough for one log line.
_QUOTE_CHARS = 200


class Body:
    """A response body, decoded once.

    `kind` is "json" (then `value` holds it), "empty", "other" (not JSON: an HTML error page
    from a proxy, a truncated document) or "deep" (JSON nested deeper than Python's recursion
    limit lets the parser go, about a thousand levels; no real answer comes close).
    """

    __slots__ = ("kind", "value")  # a plain class: one is made for every response

    def __init__(self, kind: str, value: Any = None) -> None:
        self.kind = kind
        self.value = value

    def __repr__(self) -> str:
        return f"Body({self.kind!r})"

    @property
    def json(self) -> Any:
        """The decoded JSON, or None when the body is not JSON."""
        return self.value if self.kind == "json" else None


# Where `decode` keeps its result on the response, so the generated parser does not decode the
# same bytes a second time (`json_body`).
_CACHE_KEY = "altegio_body"


def decode(response: httpx.Response) -> Body:
    cached = response.extensions.get(_CACHE_KEY)
    if isinstance(cached, Body):
        return cached
    content = response.content
    if not content or content.isspace():
        body = Body("empty")
    else:
        try:
            # json.loads detects UTF-8/16/32 from the bytes, which is what JSON allows; the
            # Content-Type is not consulted because the API labels JSON inconsistently.
            body = Body("json", json.loads(content))
        except ValueError:  # JSONDecodeError and UnicodeDecodeError both
            body = Body("other")
        except RecursionError:
            body = Body("deep")
    response.extensions[_CACHE_KEY] = body
    return body


def json_body(response: httpx.Response) -> Any:
    """The response's JSON, decoded once per response; raises ValueError if it is not JSON."""
    body = decode(response)
    if body.kind != "json":
        raise ValueError(f"the response body is not JSON: {quote(response)}")
    return body.value


def quote(response: httpx.Response) -> str:
    """Describe a non-JSON body by its type and its first characters, whitespace collapsed."""
    content_type = response.headers.get("Content-Type") or "no Content-Type"
    text = " ".join(redact_text(response.text).split())
    if not text:
        return f"an empty body ({content_type})"
    snippet = text[:_QUOTE_CHARS] + ("..." if len(text) > _QUOTE_CHARS else "")
    return f"a body that is not JSON ({content_type}): {snippet!r}"


def server_message(body: Any) -> str | None:
    """The human message in a V1 envelope (`meta.message`) or JSON:API `errors[]`, if any."""
    if not isinstance(body, dict):
        return None
    meta = body.get("meta")
    if isinstance(meta, dict) and _text(meta.get("message")):
        return str(meta["message"]).strip()
    errors = body.get("errors")
    if isinstance(errors, list):
        parts = [_first_text(error, "detail", "title", "message") for error in errors]
        found = [part for part in parts if part]
        if found:
            return "; ".join(found)
    if _text(body.get("message")):
        return str(body["message"]).strip()
    return None


def validation_errors(body: Any) -> list[Any] | dict[str, Any] | None:
    """The structured errors: V1 `meta.errors` or the JSON:API `errors` array, as sent."""
    if not isinstance(body, dict):
        return None
    meta = body.get("meta")
    found = meta.get("errors") if isinstance(meta, dict) else None
    if not found:
        found = body.get("errors")
    if not found:
        return None
    if isinstance(found, list | dict):
        return found
    return [found]  # a lone string; keep it rather than lose it


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _first_text(error: Any, *keys: str) -> str | None:
    if isinstance(error, str):
        return error.strip() or None
    if isinstance(error, dict):
        for key in keys:
            if _text(error.get(key)):
                return str(error[key]).strip()
    return None
