"""What the client puts on the wire: URL, body, Accept, Authorization, extra headers, timeouts."""

from __future__ import annotations

import json

import httpx
import pytest

from .support import (
    CREATE_EVENT,
    DELETE_EVENT,
    ENVELOPE,
    EVENT_BODY,
    GET_EVENT,
    PARTNER_TOKEN,
    PING,
    UPDATE_EVENT,
    USER_TOKEN,
    Client,
    RequestOptions,
    create_kwargs,
    errors,
    get_kwargs,
    make_client,
)

sent: list[httpx.Request] = []


def record(request: httpx.Request) -> httpx.Response:
    sent.append(request)
    return httpx.Response(200, json=ENVELOPE)


def never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request should be sent, got {request.method} {request.url}")


@pytest.fixture(autouse=True)
def _fresh_log() -> None:
    sent.clear()


def test_user_operation_sends_both_tokens_the_body_and_the_operations_accept() -> None:
    with make_client(record) as client:
        response = client.send(CREATE_EVENT, create_kwargs())

    assert response.json() == ENVELOPE
    (request,) = sent
    assert request.method == "POST"
    assert str(request.url) == "https://api.alteg.io/api/v1/activity/12"
    assert request.headers["Authorization"] == f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"
    assert request.headers["Accept"] == "application/vnd.api.v2+json"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == EVENT_BODY


def test_partner_operation_sends_only_the_partner_token() -> None:
    with make_client(record) as client:
        client.send(GET_EVENT, {**get_kwargs(), "params": {"include": "staff"}})

    (request,) = sent
    assert request.headers["Authorization"] == f"Bearer {PARTNER_TOKEN}"
    assert str(request.url) == "https://api.alteg.io/api/v1/activity/12/34?include=staff"
    assert request.content == b""


def test_unauthenticated_operation_sends_no_authorization_and_plain_json_accept() -> None:
    with make_client(record) as client:
        client.send(PING, {"method": "GET", "url": "/ping"})

    (request,) = sent
    assert "Authorization" not in request.headers
    assert request.headers["Accept"] == "application/json"


def test_user_operation_without_user_token_fails_before_sending() -> None:
    with make_client(never_called, user_token=None) as client:
        with pytest.raises(errors.UserTokenRequiredError) as caught:
            client.send(CREATE_EVENT, create_kwargs())

    assert caught.value.operation_id == "create_event"
    assert "client.login(" in str(caught.value)
    assert "user_token=" in str(caught.value)


@pytest.mark.asyncio
async def test_async_user_operation_without_user_token_fails_before_sending() -> None:
    async with make_client(never_called, user_token=None) as client:
        with pytest.raises(errors.UserTokenRequiredError):
            await client.asend(CREATE_EVENT, create_kwargs())


@pytest.mark.asyncio
async def test_async_send_sends_the_same_request() -> None:
    async with make_client(record) as client:
        response = await client.asend(CREATE_EVENT, create_kwargs())

    assert response.status_code == 200
    (request,) = sent
    assert request.headers["Authorization"] == f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"
    assert json.loads(request.content) == EVENT_BODY


def test_header_precedence_client_then_operation_then_call() -> None:
    with make_client(record, headers={"X-Trace": "client", "Accept": "text/plain"}) as client:
        client.send(
            GET_EVENT,
            {**get_kwargs(), "headers": {"X-Spec-Header": "op"}},
            RequestOptions(extra_headers={"x-trace": "call"}),
        )

    (request,) = sent
    assert request.headers["X-Trace"] == "call"
    assert request.headers.get_list("X-Trace") == ["call"]  # replaced case-insensitively, not doubled
    assert request.headers["X-Spec-Header"] == "op"
    assert request.headers["Accept"] == "application/vnd.api.v2+json"  # the operation's wins over the client's


def test_copies_for_other_users_leave_the_original_alone() -> None:
    with make_client(record, user_token=None) as client:
        other = client.with_user_token("someone-else")
        other.send(CREATE_EVENT, create_kwargs())
        third = other.with_user_token("third")
        third.send(CREATE_EVENT, create_kwargs())

        assert other.user_token == "someone-else"
        assert client.user_token is None
        assert other._connections is client._connections is third._connections  # one pool for all

    assert [request.headers["Authorization"] for request in sent] == [
        f"Bearer {PARTNER_TOKEN}, User someone-else",
        f"Bearer {PARTNER_TOKEN}, User third",
    ]


def test_closing_a_copy_keeps_the_pool_and_closing_the_original_closes_it() -> None:
    client = make_client(record)
    with client.with_user_token("someone-else") as other:
        other.send(GET_EVENT, get_kwargs())
    client.send(GET_EVENT, get_kwargs())
    client.close()

    with pytest.raises(RuntimeError, match="closed"):
        other.send(GET_EVENT, get_kwargs())
    assert len(sent) == 2


@pytest.mark.parametrize(
    ("settings", "options", "expected"),
    [
        ({}, None, {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}),
        ({"timeout": 7}, None, {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}),
        (
            {"timeout": 7},
            RequestOptions(timeout=1.5),
            {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5},
        ),
        (
            {},
            RequestOptions(timeout=httpx.Timeout(2.0, connect=0.5)),
            {"connect": 0.5, "read": 2.0, "write": 2.0, "pool": 2.0},
        ),
        ({}, RequestOptions(timeout=None), {"connect": None, "read": None, "write": None, "pool": None}),
        ({"timeout": None}, None, {"connect": None, "read": None, "write": None, "pool": None}),
    ],
)
def test_timeout_reaches_the_transport(
    settings: dict[str, object], options: object, expected: dict[str, float | None]
) -> None:
    with make_client(record, **settings) as client:
        client.send(GET_EVENT, get_kwargs(), options)

    assert sent[0].extensions["timeout"] == expected


def test_base_url_defaults_to_the_class_and_can_be_overridden() -> None:
    with make_client(record, base_url="http://localhost:4010/") as client:
        client.send(GET_EVENT, get_kwargs())
        assert client.base_url == "http://localhost:4010"

    assert str(sent[0].url) == "http://localhost:4010/v1/activity/12/34"
    assert Client(PARTNER_TOKEN).base_url == "https://api.alteg.io/api"


def test_base_class_without_default_needs_base_url() -> None:
    from .support import client as client_module

    with pytest.raises(ValueError, match="base_url"):
        client_module.AltegioClientBase(PARTNER_TOKEN)


@pytest.mark.parametrize("token", ["", "has space", "a,b", "line\nbreak", "tökén"])
def test_malformed_tokens_are_refused_without_quoting_them(token: str) -> None:
    with pytest.raises(ValueError) as caught:
        Client(token)
    assert not token or token not in str(caught.value)
    with pytest.raises(ValueError):
        Client(PARTNER_TOKEN, token)


def test_repr_shows_no_token() -> None:
    with_user = Client(PARTNER_TOKEN, USER_TOKEN)
    without_user = Client(PARTNER_TOKEN)

    assert repr(with_user) == "Client(base_url='https://api.alteg.io/api', user=set)"
    assert repr(without_user) == "Client(base_url='https://api.alteg.io/api', user=unset)"
    assert PARTNER_TOKEN not in repr(with_user.with_user_token("x")) + repr(with_user)


def test_kwargs_outside_the_upstream_shape_are_refused() -> None:
    with make_client(never_called) as client:
        with pytest.raises(TypeError, match="bad request arguments"):
            client.send(GET_EVENT, {**get_kwargs(), "stream": True})
        with pytest.raises(ValueError, match="method"):
            client.send(GET_EVENT, {**get_kwargs(), "method": "POST"})


REQUEST_SHAPES = {
    "GET": (GET_EVENT, get_kwargs(), None),
    "GET with query": (GET_EVENT, {**get_kwargs(), "params": {"include": ["staff", "service"]}}, None),
    "POST with JSON": (CREATE_EVENT, create_kwargs(), None),
    "PUT without a body": (UPDATE_EVENT, {"method": "PUT", "url": "/v1/activity/12/34"}, None),
    "DELETE": (DELETE_EVENT, {"method": "DELETE", "url": "/v1/activity/12/34"}, None),
    "no auth": (PING, {"method": "GET", "url": "/ping"}, None),
    "call headers": (
        GET_EVENT,
        {**get_kwargs(), "headers": {"X-Spec": "op"}},
        RequestOptions(extra_headers={"user-agent": "mine", "authorization": "Token t", "Host": "other.test"}),
    ),
    "caller's Content-Length": (
        CREATE_EVENT,
        create_kwargs(),
        RequestOptions(extra_headers={"content-length": "5", "Connection": "close"}),
    ),
}


@pytest.mark.parametrize("shape", sorted(REQUEST_SHAPES))
@pytest.mark.parametrize(
    "client_headers", [None, {"X-Trace": "client", "Accept": "text/plain", "accept-ENCODING": "gzip"}]
)
def test_requests_on_our_pools_are_what_httpx_build_request_makes(
    shape: str, client_headers: dict[str, str] | None
) -> None:
    """Our pools build a request without httpx's `build_request` (see `_plain_request`); it must
    come out the same: method, URL, every header in the same order, body and timeout."""
    operation, kwargs, options = REQUEST_SHAPES[shape]
    with make_client(record, headers=client_headers) as ours:
        http = ours._connections.sync()
        call = ours._prepare(operation, kwargs, options)
        assert call.plain
        fast = ours._build(http, call, True)
        call.plain = False
        expected = ours._build(http, call, True)

    assert (fast.method, fast.url, fast.headers.raw) == (expected.method, expected.url, expected.headers.raw)
    assert fast.content == expected.content
    assert fast.extensions == expected.extensions
    assert type(fast.stream) is type(expected.stream)


def test_a_pool_that_holds_cookies_sends_them() -> None:
    """A server's cookie is sent back, as httpx does: the short way of building a request is only
    taken while the pool's cookie jar is empty."""

    def set_cookie(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=ENVELOPE, headers={"Set-Cookie": "session=abc; Path=/"})

    with make_client(set_cookie) as client:
        client.send(GET_EVENT, get_kwargs())
        client.send(GET_EVENT, get_kwargs())

    assert "Cookie" not in sent[0].headers
    assert sent[1].headers["Cookie"] == "session=abc"


@pytest.mark.asyncio
async def test_sync_and_async_pools_send_the_same_request() -> None:
    client = make_client(record, headers={"X-Trace": "client"})
    try:
        client.send(CREATE_EVENT, create_kwargs())
        await client.asend(CREATE_EVENT, create_kwargs())
    finally:
        await client.aclose()

    synced, awaited = sent
    assert (synced.method, synced.url, synced.headers.raw) == (awaited.method, awaited.url, awaited.headers.raw)
    assert synced.content == awaited.content
    assert (b"Host", b"api.alteg.io") in synced.headers.raw


@pytest.mark.parametrize(("event_id", "segment"), [("..", "%2E%2E"), (".", "%2E"), ("a/..", "a%2F.."), ("...", "...")])
def test_an_id_of_dots_stays_one_segment_of_the_path(event_id: str, segment: str) -> None:
    """`..` as an id would otherwise be removed by the URL parser with the segment before it, and
    the call would reach another path (`/locations/4564`)."""
    from altegio_activity import AltegioClient
    from altegio_activity.api.events import get_event_v2

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json={"errors": [{"status": "404", "title": "Not Found"}]})

    with AltegioClient(PARTNER_TOKEN, user_token=USER_TOKEN, transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(errors.NotFoundError):
            get_event_v2.sync(4564, event_id, client=client)
    (request,) = sent
    assert request.url.raw_path.decode() == f"/api/v2/locations/4564/events/{segment}"
