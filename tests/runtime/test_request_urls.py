"""The request URLs the client makes without httpx's parser (`_request.BaseUrl`) are the ones
httpx's parser makes: same parsed parts, same text, same request target."""

from __future__ import annotations

import httpx
import pytest
from altegio_activity._runtime import _request

BASES = [
    "https://api.alteg.io/api",
    "http://bench.test",
    "http://127.0.0.1:8080/api/v2",
    "http://[::1]:8080/x",
]
# What operation modules and `_query_string` append, and what they never do (those go to httpx).
RESTS = [
    "/v1/activity/12/34",
    "/v1/activity/a%2Fb/c%20d",
    "/v2/locations/1/events?include=staff&include=service",
    "/v1/activity/1?filter[from]=2026-01-01&filter[master_ids][]=5&filter[master_ids][]=10",
    "/search?q=a+b%2Fc&empty=",
    "/search?q=%",
    "/a%zz/b",
    "/a//b",
    "/.well-known/x",
    "/a/./b",
    "/a/../b",
    "/a/..",
    "/a b",
    "/caf\u00e9",
    "/a?x=\u00e9",
    "/a?x=1#fragment",
    "/a?x=a b",
    "/a|b^c",
    "",
    "?x=1",
    "/",
]


@pytest.mark.parametrize("rest", RESTS)
@pytest.mark.parametrize("base", BASES)
def test_joined_urls_are_what_httpx_parses(base: str, rest: str) -> None:
    made = _request.BaseUrl(base).join(base + rest)
    expected = httpx.URL(base + rest)

    assert made._uri_reference == expected._uri_reference
    assert made == expected
    assert str(made) == str(expected)
    assert (made.raw_path, made.netloc, made.scheme) == (expected.raw_path, expected.netloc, expected.scheme)


@pytest.mark.parametrize("url", ["https://other.test/api/v1/x", "https://api.alteg.io/apiv1/x"])
def test_urls_under_another_base_are_parsed_by_httpx(url: str) -> None:
    assert _request.BaseUrl("https://api.alteg.io/api").join(url) == httpx.URL(url)


@pytest.mark.parametrize("base", ["HTTPS://API.alteg.io/api", "https://api.alteg.io:443/api", "http://h/a/./b"])
def test_a_base_url_httpx_would_write_otherwise_takes_no_shortcut(base: str) -> None:
    joined = _request.BaseUrl(base)

    assert joined._reference is None
    assert joined.join(base + "/v1/x?y=1") == httpx.URL(base + "/v1/x?y=1")


def test_the_shortcut_is_on_for_this_httpx() -> None:
    """If this fails after an httpx upgrade, check `BaseUrl.join` against its URL parser, then add
    the version to `_CHECKED_HTTPX` (the client works either way, only slower)."""
    assert _request._SHORTCUT
    assert _request.BaseUrl(BASES[0])._reference is not None


@pytest.mark.parametrize("rest", [RESTS[0], RESTS[1], RESTS[2], RESTS[3], RESTS[4], "", "/"])
def test_the_urls_the_client_makes_take_the_shortcut(rest: str, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    original = _request._made

    def recording(reference: object, path: str, query: str | None) -> httpx.URL:
        made.append(path)
        return original(reference, path, query)

    monkeypatch.setattr(_request, "_made", recording)
    _request.BaseUrl(BASES[0]).join(BASES[0] + rest)

    assert made == ["/api" + rest.partition("?")[0]]
