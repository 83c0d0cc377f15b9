"""Faults found by driving the generated package as an integrator would (QA of issue 11).

Real loopback servers (`faultserver`, and raw replies written here), the public API only.
"""

from __future__ import annotations

import asyncio
import datetime
import gzip
import inspect
import json
import pickle
import time
import zlib
from typing import Any

import pytest
from altegio_activity import AltegioClient, RequestOptions, errors
from altegio_activity.api.authentication_b2b import authenticate_user
from altegio_activity.api.events import (
    create_event_v2,
    delete_event,
    delete_event_v2,
    get_event,
    get_event_v2,
    list_events_v2,
    search_events,
)
from altegio_activity.models import AuthRequest
from altegio_activity.types import UNSET

from .faultserver import FaultServer, respond

pytestmark = pytest.mark.slow  # loopback servers that misbehave until a timeout

LOCATION, EVENT_ID = 4564, 108
JSON = {"Content-Type": "application/json"}
ACTIVITY = {"data": {"type": "activity", "id": "10126531", "attributes": {"capacity": 9}}, "meta": []}


def ok(body: Any, status: int = 200, **headers: str) -> Any:
    return respond(status, json.dumps(body).encode(), {**JSON, **headers})


def raw_status(status: int, body: bytes) -> Any:
    """A status line Python's HTTPStatus does not know (faultserver's `respond` needs one it does)."""

    def reply(exchange: Any) -> None:
        head = f"HTTP/1.1 {status} Custom\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        exchange.conn.sendall(head.encode() + b"Connection: close\r\n\r\n" + body)

    return reply


def client_for(server: FaultServer, **settings: Any) -> AltegioClient:
    settings.setdefault("user_token", "user-token")
    return AltegioClient("partner-token", base_url=server.url, **settings)


def login_answer(token: Any) -> Any:
    user = {"id": 1, "user_token": token, "login": "alice"}
    return ok({"success": True, "data": user, "meta": []}, 201)


# -- success statuses Python does not list ----------------------------------------------------------


@pytest.mark.parametrize("status", [250, 299])
def test_a_2xx_python_does_not_list_is_a_success_in_every_variant(status: int) -> None:
    body = json.dumps(ACTIVITY).encode()
    with FaultServer(raw_status(status, body)) as server, client_for(server) as client:
        detailed = get_event_v2.sync_detailed(LOCATION, EVENT_ID, client=client)
        assert detailed.status_code == status and detailed.parsed is not None
        assert asyncio.run(get_event_v2.asyncio_detailed(LOCATION, EVENT_ID, client=client)).status_code == status
        assert delete_event_v2.sync_detailed(LOCATION, EVENT_ID, client=client).status_code == status


# -- login answers a token the client cannot send ---------------------------------------------------


@pytest.mark.parametrize("token", ["", "two words", "a,b", "ключ"])
def test_login_answering_an_unusable_token_is_a_typed_error(token: str) -> None:
    with FaultServer(login_answer(token)) as server, AltegioClient("partner-token", base_url=server.url) as client:
        with pytest.raises(errors.ResponseValidationError) as caught:
            client.login("alice", "alice-password")
        assert caught.value.path == "data.user_token" and caught.value.status_code == 201
        assert client.user_token is None
        with pytest.raises(errors.ResponseValidationError):
            asyncio.run(client.alogin("alice", "alice-password"))


def test_a_relogin_answering_an_unusable_token_is_a_typed_error_too() -> None:
    unauthorized = respond(
        401, b'{"success": false, "data": null, "meta": {"message": "Authentication needed."}}', JSON
    )
    with (
        FaultServer(login_answer("token-1"), unauthorized, login_answer("bad token")) as server,
        AltegioClient("partner-token", base_url=server.url) as client,
    ):
        alice = client.login("alice", "alice-password", relogin=True)
        with pytest.raises(errors.ResponseValidationError):
            get_event_v2.sync(LOCATION, EVENT_ID, client=alice)
        assert alice.user_token == "token-1"


# -- reprs ------------------------------------------------------------------------------------------


def test_the_detailed_login_response_repr_hides_the_token() -> None:
    with (
        FaultServer(login_answer("secret-user-token")) as server,
        AltegioClient("partner-token", base_url=server.url) as client,
    ):
        response = authenticate_user.sync_detailed(client=client, body=AuthRequest(login="a", password="secret-pass"))
    assert b"secret-user-token" in response.content  # still there for code that needs it
    shown = repr(response)
    assert "secret-user-token" not in shown and "secret-pass" not in shown
    assert "201" in shown and "AuthUser" in shown


def test_unset_reprs_as_unset_not_as_an_address() -> None:
    assert repr(UNSET) == "UNSET"
    with FaultServer(ok({"success": True, "data": {"id": 1}, "meta": []})) as server, client_for(server) as client:
        with pytest.warns(DeprecationWarning):
            event = get_event.sync(LOCATION, EVENT_ID, client=client)
    assert "0x" not in repr(event.capacity) and "0x" not in repr(event)


# -- deletes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 202, 204])
def test_a_delete_answered_without_a_body_is_a_success(status: int) -> None:
    with FaultServer(respond(status)) as server, client_for(server) as client:
        with pytest.warns(DeprecationWarning):
            assert delete_event.sync(LOCATION, EVENT_ID, client=client) is None
        delete_event_v2.sync(LOCATION, EVENT_ID, client=client)  # no error: a success
        with pytest.warns(DeprecationWarning):
            assert asyncio.run(delete_event.asyncio(LOCATION, EVENT_ID, client=client)) is None


# -- bodies ----------------------------------------------------------------------------------------


def test_an_error_status_with_a_huge_body_is_still_that_status() -> None:
    # A proxy's 403 or 503 page over the limit (here a gzip bomb) explains an error; the status
    # decides what the caller sees and whether the call is retried. (A 404 page that is not the
    # API's is UnexpectedResponseError, issue 20: that one is a misconfiguration.)
    bomb = gzip.compress(b"<html>" + b" " * (50 * 1024 * 1024), compresslevel=9)
    gzipped = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    with FaultServer(respond(403, bomb, gzipped)) as server, client_for(server, max_response_bytes=1024) as client:
        with pytest.raises(errors.PermissionDeniedError) as caught:
            get_event_v2.sync(LOCATION, EVENT_ID, client=client)
        assert len(caught.value.response.content) <= 1024 and "<html>" in caught.value.message
        with pytest.raises(errors.PermissionDeniedError):
            asyncio.run(get_event_v2.asyncio(LOCATION, EVENT_ID, client=client))
    huge = respond(503, b"x" * 100_000, {"Content-Type": "text/html"})
    with FaultServer(huge, ok(ACTIVITY)) as server, client_for(server, max_response_bytes=1024) as client:
        assert get_event_v2.sync(LOCATION, EVENT_ID, client=client).id == "10126531"
        assert len(server.received) == 2


def test_a_success_body_over_the_limit_is_still_refused() -> None:
    body = json.dumps({**ACTIVITY, "pad": "x" * 5000}).encode()
    with FaultServer(respond(200, body, JSON)) as server, client_for(server, max_response_bytes=1024) as client:
        with pytest.raises(errors.ResponseTooLargeError):
            get_event_v2.sync(LOCATION, EVENT_ID, client=client)


def test_raw_deflate_bodies_are_read_as_httpx_reads_them() -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = compressor.compress(json.dumps(ACTIVITY).encode()) + compressor.flush()
    with (
        FaultServer(respond(200, raw, {**JSON, "Content-Encoding": "deflate"})) as server,
        client_for(server) as client,
    ):
        assert get_event_v2.sync(LOCATION, EVENT_ID, client=client).id == "10126531"
        assert asyncio.run(get_event_v2.asyncio(LOCATION, EVENT_ID, client=client)).id == "10126531"


# -- pickles and configuration ---------------------------------------------------------------------


def test_a_pickled_error_carries_no_credentials() -> None:
    unauthorized = respond(
        401,
        b'{"success": false, "data": null, "meta": {"message": "wrong password"}}',
        {**JSON, "X-Request-Id": "req-7", "Set-Cookie": "session=secret-cookie"},
    )
    with FaultServer(unauthorized) as server, client_for(server, user_token="secret-user-token") as client:
        with pytest.raises(errors.AuthenticationError) as caught:
            authenticate_user.sync(client=client, body=AuthRequest(login="alice", password="secret-password"))
    error = caught.value
    assert "secret-password" in error.request.content.decode()  # in process: the request as sent
    data = pickle.dumps(error)
    for secret in (b"partner-token", b"secret-password", b"secret-cookie"):
        assert secret not in data
    copy = pickle.loads(data)
    assert type(copy) is errors.AuthenticationError
    assert (copy.status_code, copy.message, copy.request_id, copy.url) == (401, "wrong password", "req-7", error.url)
    assert copy.request.headers["Authorization"] == "REDACTED" and copy.response.json() == error.response.json()


def test_configuration_errors_are_altegio_errors_and_value_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALTEGIO_PARTNER_TOKEN", raising=False)
    with pytest.raises(errors.ConfigurationError, match="ALTEGIO_PARTNER_TOKEN"):
        AltegioClient()
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "")  # set but empty: as if not set
    with pytest.raises(errors.ConfigurationError, match="ALTEGIO_PARTNER_TOKEN"):
        AltegioClient()
    for bad in ({"partner_token": "a b"}, {"partner_token": "p", "max_retries": -1}):
        with pytest.raises(errors.AltegioError) as caught:
            AltegioClient(**bad)
        assert isinstance(caught.value, ValueError) and "a b" not in str(caught.value)
    with pytest.raises(errors.ConfigurationError):
        RequestOptions(max_retries=-1)


# -- wrong shapes the generated models used to let through or misreport ---------------------------


def v1_event(**fields: Any) -> dict[str, Any]:
    return {"success": True, "data": {"id": 1, **fields}, "meta": []}


@pytest.mark.parametrize(
    ("body", "path", "reason"),
    [
        (v1_event(comment={"text": "x"}), "data.comment", "expected str or null, got an object"),  # `str | null`
        (v1_event(comment=5), "data.comment", "expected str or null, got an integer"),
        # `labels` is a list or an object (the vendor's example sends {}); a string fits neither.
        # A union that fits no member reports only the exception's class (model template).
        (v1_event(labels="abc"), "data.labels", "TypeError"),  # was read per character
        (v1_event(resource_instances=7), "data.resource_instances", "expected a list, got an integer"),
        ({"success": True, "data": None, "meta": {"count": 0}}, "data", "expected a list, got null"),  # search
    ],
)
def test_mistyped_unions_and_lists_are_typed_errors_naming_the_field(body: Any, path: str, reason: str) -> None:
    with (
        FaultServer(ok(body)) as server,
        client_for(server) as client,
        pytest.raises(errors.ResponseValidationError) as caught,
    ):
        if isinstance(body["data"], dict):
            with pytest.warns(DeprecationWarning):
                get_event.sync(LOCATION, EVENT_ID, client=client)
        else:
            search_events.sync(
                LOCATION, client=client, from_=datetime.date(2026, 10, 1), till=datetime.date(2026, 10, 2)
            )
    assert (caught.value.path, caught.value.reason) == (path, reason)


def test_nullable_fields_still_read_null_and_strings() -> None:
    attributes = {"comment": None, "instructions": "bring a mat", "schedule_id": None}
    with FaultServer(ok({"data": {"type": "activity", "id": "1", "attributes": attributes}})) as server:
        with client_for(server) as client:
            got = get_event_v2.sync(LOCATION, EVENT_ID, client=client).attributes
    assert got.comment is None and got.instructions == "bring a mat" and got.schedule_id is None
    assert got.stream_link is UNSET


# -- the deadline covers the response head ----------------------------------------------------------


def head_trickle(every: float) -> Any:
    """The status line and headers a byte at a time: each read gets a byte, none times out."""

    def reply(exchange: Any) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"a" * 200 + b"\r\n"
        for byte in head:
            if exchange.stop.wait(every):
                return
            exchange.conn.sendall(bytes([byte]))

    return reply


def test_timeout_bounds_a_sync_call_whose_head_trickles() -> None:
    with FaultServer(head_trickle(0.05)) as server, client_for(server, timeout=1.0) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match="longer than 1 s"):
            get_event_v2.sync(LOCATION, EVENT_ID, client=client)
        assert time.monotonic() - started < 5.0  # the head alone takes 10 s
        # The deadline belonged to that call: the next one on this thread gets its own.
        with pytest.raises(errors.APITimeoutError):
            asyncio.run(get_event_v2.asyncio(LOCATION, EVENT_ID, client=client))
        assert time.monotonic() - started < 10.0


# -- docstrings ------------------------------------------------------------------------------------

FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "iterate", "aiterate")


@pytest.mark.parametrize("module", [get_event_v2, list_events_v2, search_events, delete_event, create_event_v2])
def test_every_public_function_documents_its_parameters(module: Any) -> None:
    for name in FUNCTIONS:
        function = getattr(module, name, None)
        if function is None:
            continue
        doc = inspect.getdoc(function) or ""
        assert "location_id (int | str): The business location (company) ID." in doc, (module.__name__, name)
        for parameter in inspect.signature(function).parameters:
            if parameter != "client":
                assert f"{parameter} (" in doc or f"{parameter}:" in doc, (module.__name__, name, parameter)
