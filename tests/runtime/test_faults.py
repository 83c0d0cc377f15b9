"""The client against a real socket that misbehaves: resets, hang-ups, slowness, cut-off bodies.

MockTransport cannot show which httpx errors real network failures produce, nor whether a POST
really reached the server; these tests count what the server received.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from .faultserver import (
    FaultServer,
    close_delimited,
    hang_up,
    refused_url,
    reset,
    respond,
    slow,
    truncated,
)
from .support import (
    CREATE_EVENT,
    ENVELOPE,
    EVENT_BODY,
    GET_EVENT,
    PARTNER_TOKEN,
    USER_TOKEN,
    Client,
    RequestOptions,
    create_kwargs,
    errors,
    get_kwargs,
)

OK = respond(200, json.dumps(ENVELOPE).encode(), {"Content-Type": "application/json"})
UNAVAILABLE = respond(503, b'{"success": false, "data": null, "meta": {"message": "Try later"}}')
HTML_502 = respond(
    502,
    b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
    {"Content-Type": "text/html"},
)
TINY_TIMEOUT = 0.2  # the slow replies wait far longer than this, so no test depends on timing margins
SLOW = 5.0


def client_for(server_url: str, **settings: Any) -> Client:
    return Client(PARTNER_TOKEN, USER_TOKEN, base_url=server_url, **settings)


def test_get_after_a_reset_is_retried_and_succeeds(sleeps: list[float]) -> None:
    with FaultServer(reset(), OK) as server, client_for(server.url) as client:
        response = client.send(GET_EVENT, get_kwargs())

    assert response.json() == ENVELOPE
    assert server.methods == ["GET", "GET"]
    assert sleeps == [0.5]


def test_post_reset_after_the_request_arrived_is_not_retried(sleeps: list[float]) -> None:
    with FaultServer(reset(), OK) as server, client_for(server.url) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            client.send(CREATE_EVENT, create_kwargs())

    assert server.methods == ["POST"]  # reached the server exactly once
    assert json.loads(server.received[0].body) == EVENT_BODY
    assert sleeps == []
    assert caught.value.method == "POST"
    assert caught.value.__cause__ is not None


def test_post_hang_up_without_response_is_not_retried() -> None:
    with FaultServer(hang_up(), OK) as server, client_for(server.url) as client:
        with pytest.raises(errors.APIConnectionError):
            client.send(CREATE_EVENT, create_kwargs())

    assert server.methods == ["POST"]


def test_post_to_a_closed_port_is_retried_because_it_never_left(sleeps: list[float]) -> None:
    with client_for(refused_url()) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            client.send(CREATE_EVENT, create_kwargs())

    assert sleeps == [0.5, 1.0]
    assert type(caught.value) is errors.APIConnectionError


def test_503_then_200_over_the_wire(sleeps: list[float]) -> None:
    with FaultServer(UNAVAILABLE, OK) as server, client_for(server.url) as client:
        response = client.send(GET_EVENT, get_kwargs())

    assert response.status_code == 200
    assert len(server.received) == 2
    assert sleeps == [0.5]
    assert server.received[1].headers["authorization"] == f"Bearer {PARTNER_TOKEN}"
    assert server.received[1].headers["accept"] == "application/vnd.api.v2+json"


def test_post_503_reaches_the_server_once() -> None:
    with FaultServer(UNAVAILABLE, OK) as server, client_for(server.url) as client:
        with pytest.raises(errors.InternalServerError) as caught:
            client.send(CREATE_EVENT, create_kwargs())

    assert server.methods == ["POST"]
    assert caught.value.message == "Try later"


def test_429_with_retry_after_waits_as_told(sleeps: list[float]) -> None:
    limited = respond(429, b'{"success": false, "data": null, "meta": {"message": "Too many"}}', {"Retry-After": "2"})
    with FaultServer(limited, OK) as server, client_for(server.url) as client:
        client.send(GET_EVENT, get_kwargs())

    assert len(server.received) == 2
    assert sleeps == [2.0]


def test_slow_response_times_out_and_no_retry_outlives_the_timeout() -> None:
    # The timeout bounds the whole call: once the first attempt has used it up, no retry starts.
    with (
        FaultServer(slow(SLOW, OK)) as server,
        client_for(server.url, timeout=TINY_TIMEOUT, max_retries=1) as client,
    ):
        with pytest.raises(errors.APITimeoutError) as caught:
            client.send(GET_EVENT, get_kwargs())

    assert len(server.received) == 1
    assert "ReadTimeout" in str(caught.value)


def test_slow_post_times_out_once_with_a_per_call_timeout() -> None:
    with FaultServer(slow(SLOW, OK)) as server, client_for(server.url) as client:
        with pytest.raises(errors.APITimeoutError):
            client.send(CREATE_EVENT, create_kwargs(), RequestOptions(timeout=TINY_TIMEOUT))

    assert server.methods == ["POST"]


def test_body_shorter_than_its_content_length_is_a_connection_error() -> None:
    cut = truncated(200, b'{"success": true, "data": {"id"', declared_length=500)
    with FaultServer(cut, cut) as server, client_for(server.url, max_retries=1) as client:
        with pytest.raises(errors.APIConnectionError) as caught:
            client.send(GET_EVENT, get_kwargs())
        with pytest.raises(errors.APIConnectionError):
            client.send(CREATE_EVENT, create_kwargs())

    assert server.methods == ["GET", "GET", "POST"]  # GET retried once, POST sent once
    assert "RemoteProtocolError" in str(caught.value)


def test_cut_off_body_without_content_length_is_an_unexpected_response() -> None:
    with (
        FaultServer(close_delimited(200, b'{"success": true, "data": {"id": 3')) as server,
        client_for(server.url) as client,
    ):
        with pytest.raises(errors.UnexpectedResponseError) as caught:
            client.send(GET_EVENT, get_kwargs())

    assert len(server.received) == 1  # a 200 is an answer; it is not retried
    assert '{"success": true, "data": {"id": 3' in caught.value.message


def test_html_502_is_retried_then_raised_with_the_page_quoted(sleeps: list[float]) -> None:
    with FaultServer(HTML_502) as server, client_for(server.url, max_retries=1) as client:
        with pytest.raises(errors.InternalServerError) as caught:
            client.send(GET_EVENT, get_kwargs())

    assert len(server.received) == 2
    assert sleeps == [0.5]
    assert caught.value.status_code == 502
    assert caught.value.body is None
    assert "<title>502 Bad Gateway</title>" in caught.value.message


@pytest.mark.asyncio
async def test_async_get_after_a_reset_is_retried_and_post_is_not() -> None:
    with FaultServer(reset(), OK, reset()) as server:
        async with client_for(server.url) as client:
            response = await client.asend(GET_EVENT, get_kwargs())
            with pytest.raises(errors.APIConnectionError):
                await client.asend(CREATE_EVENT, create_kwargs())

    assert response.status_code == 200
    assert server.methods == ["GET", "GET", "POST"]


@pytest.mark.asyncio
async def test_async_slow_response_times_out() -> None:
    with FaultServer(slow(SLOW, OK)) as server:
        async with client_for(server.url, timeout=TINY_TIMEOUT, max_retries=0) as client:
            with pytest.raises(errors.APITimeoutError):
                await client.asend(GET_EVENT, get_kwargs())

    assert len(server.received) == 1
