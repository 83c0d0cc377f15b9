"""The document's first server, which the generated client uses as its default base URL."""

from __future__ import annotations

from generator.diff.finding import DOCUMENT, Finding, code
from generator.diff.spec_view import SpecView


def compare_default_server(old: SpecView, new: SpecView) -> list[Finding]:
    """The first server is the client's default base URL: calls that rely on it go elsewhere."""
    before, after = _first_server_url(old), _first_server_url(new)
    if before == after or before is None:
        return []
    pointer = "/servers/0/url" if after is not None else "/servers"
    return [
        Finding(
            "server_url_changed",
            "breaking",
            DOCUMENT,
            pointer,
            before,
            after,
            f"default server URL changed: {code(before)} -> {code(after or 'none')}",
        )
    ]


def _first_server_url(view: SpecView) -> str | None:
    servers = view.sequence(view.root.get("servers"), "/servers", "servers")
    first = view.mapping(servers[0], "/servers/0", "a server") if servers else {}
    url = first.get("url")
    return url if isinstance(url, str) else None
