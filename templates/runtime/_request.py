# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""The requests the client sends, made with less of httpx's per-request work where it would
change nothing.

Making an `httpx.Request` is most of what httpx costs per call on a fast connection: the URL is
parsed and checked character by character, the pool's headers are copied and merged with the
request's, and the request then looks several of its headers up again. The client knows more
than httpx does: its base URL was checked once, the path and query it appends are
percent-encoded already, and the headers of its own pools are fixed. So:

- `BaseUrl.join` makes a request URL from the base URL parsed once. httpx has no public way to
  do that without parsing the whole URL again, so the shortcut sets `httpx.URL`'s parsed form
  (`_uri_reference`) directly, and only where httpx's parser would give back exactly what it is
  given: a path and query made only of characters it never escapes, and no `.`/`..` segment.
  It is on only for the httpx versions it was checked against, and only when a sample URL made
  both ways comes out the same; anything else goes through `httpx.URL`.
- `plain_request` is what `build_request` makes on a pool of ours, from public parts: it puts
  the headers together once and hands the body over as a ready stream.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = ["PLAIN_KEYS", "BaseUrl", "header_items", "plain_request"]

# What `plain_request` builds: a request whose body, if any, is bytes already.
PLAIN_KEYS = frozenset({"method", "url", "content"})
# Methods httpx gives `Content-Length: 0` when they have no body.
_LENGTH_REQUIRED = frozenset({"POST", "PUT", "PATCH"})

# httpx versions whose URL parsing `BaseUrl.join` was checked against.
_CHECKED_HTTPX = frozenset({"0.28.1"})
# Characters httpx leaves as they are in a path and in a query (unreserved, sub-delims, ":@/",
# and "%", which it keeps as written); a smaller set than httpx's own, never a larger one.
_PATH = re.compile(r"(?:/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*)?")
_QUERY = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@/%?\[\]]*")


class BaseUrl:
    """The client's base URL, parsed once, and the request URLs under it."""

    __slots__ = ("_reference", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        parsed = httpx.URL(text)
        # Only a base URL that httpx writes back as given: else `text` + path would not be what
        # httpx makes of it (an upper-case host, a default port, a `.` segment).
        canonical = str(parsed) == text
        self._reference: Any = getattr(parsed, "_uri_reference", None) if _SHORTCUT and canonical else None

    def join(self, url: str) -> httpx.URL:
        """`httpx.URL(url)`, for a `url` that may start with this base URL."""
        reference = self._reference
        if reference is not None and url.startswith(self.text):
            path, mark, query = url[len(self.text) :].partition("?")
            if _PATH.fullmatch(path) and "/." not in path and (not mark or _QUERY.fullmatch(query)):
                return _made(reference, reference.path + path, query if mark else None)
        return httpx.URL(url)


def _made(reference: Any, path: str, query: str | None) -> httpx.URL:
    made = object.__new__(httpx.URL)
    made._uri_reference = reference._replace(path=path, query=query)
    return made


def _shortcut_works() -> bool:
    if httpx.__version__ not in _CHECKED_HTTPX:
        return False
    try:
        base = httpx.URL("https://example.test:8443/api")
        sample = "https://example.test:8443/api/v1/a%20b/~x/1?f[ids][]=5&q=a+b%2Fc&e="
        made = _made(base._uri_reference, "/api/v1/a%20b/~x/1", "f[ids][]=5&q=a+b%2Fc&e=")
        expected = httpx.URL(sample)
        return bool(
            made._uri_reference == expected._uri_reference
            and made == expected
            and str(made) == sample
            and made.raw_path == expected.raw_path
            and made.netloc == expected.netloc
        )
    except Exception:  # noqa: BLE001 - any other layout: keep to httpx's public way
        return False


_SHORTCUT = _shortcut_works()


def header_items(headers: httpx.Headers) -> tuple[tuple[bytes, str, bytes], ...]:
    """A pool's headers as (name, lower-case name, value), in order, for `plain_request`."""
    return tuple((name, name.decode("latin-1").lower(), value) for name, value in headers.raw)


def plain_request(
    request: Mapping[str, Any],
    pool: tuple[tuple[bytes, str, bytes], ...],
    headers: Mapping[str, str],
    timeout: httpx.Timeout,
) -> httpx.Request:
    """What `http.build_request(**request, headers=headers, timeout=timeout)` makes on a pool of
    ours whose headers are `pool` and whose cookie jar is empty, header order included.

    `build_request` copies the pool's headers and merges the request's into them, then `Request`
    looks several of them up again to add Host and Content-Length. Here they are put together
    once, and the request gets its body as a ready stream (httpx's public `stream=`, with which
    it adds no headers of its own). `request` holds only `PLAIN_KEYS`, the URL absolute.
    """
    method: str = request["method"]
    url = request["url"]
    url = url if isinstance(url, httpx.URL) else httpx.URL(url)
    body: bytes = request.get("content") or b""
    given = {name.lower() for name in headers}
    # Names and values as str or bytes, each as httpx takes them (its types say one or the other).
    items: list[Any] = [(name, value) for name, lower, value in pool if lower not in given]
    items += headers.items()
    given.update(lower for _, lower, _ in pool)
    if body and "content-length" not in given:
        items.append(("Content-Length", str(len(body))))
    auto: list[Any] = []
    if "host" not in given and url.host:
        auto.append((b"Host", url.netloc))
    if not body and method in _LENGTH_REQUIRED and "content-length" not in given and "transfer-encoding" not in given:
        auto.append((b"Content-Length", b"0"))
    built = httpx.Request(
        method, url, headers=auto + items, stream=httpx.ByteStream(body), extensions={"timeout": timeout.as_dict()}
    )
    built.read()  # as `Request(content=...)` does: `request.content` is there to read
    return built
