"""Faults found by driving the generated package as an integrator would (QA of issue 11).

Real loopback servers (`faultserver`, and raw replies written here), the public API only.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from altegio_activity import AltegioClient, errors
from altegio_activity.api.activities import delete_event_v2, get_event_v2
from altegio_activity.api.authentication_b2b import authenticate_user
from altegio_activity.api.events import delete_event, get_event
from altegio_activity.models import AuthRequest
from altegio_activity.types import UNSET

from .faultserver import FaultServer, respond

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
        assert delete_event_v2.sync(LOCATION, EVENT_ID, client=client) is None
        with pytest.warns(DeprecationWarning):
            assert asyncio.run(delete_event.asyncio(LOCATION, EVENT_ID, client=client)) is None
