"""The runtime under test (the copy the regen put into generated/), a minimal generated-style
client class, and shared request fixtures."""

from __future__ import annotations

from typing import Any

import httpx
from altegio_activity._runtime import client as _client
from altegio_activity._runtime import (
    dates,
    errors,
    operation,
    options,
    pagination,
    retry,
)

client: Any = _client
__all__ = ["client", "dates", "errors", "operation", "options", "pagination", "retry"]

Auth = operation.Auth
Operation = operation.Operation
RequestOptions = options.RequestOptions

PARTNER_TOKEN = "partner-0123456789abcdef"
USER_TOKEN = "user-fedcba9876543210"
BASE_URL = "https://api.alteg.io/api"


class Client(client.AltegioClientBase):  # type: ignore[misc]  # subclassing Any: loaded by name
    """What the regen's `AltegioClient` is, minus login()."""

    default_base_url = BASE_URL


# Operations as generated endpoint modules declare them.
CREATE_EVENT = Operation(
    operation_id="create_event",
    method="POST",
    path="/v1/activity/{location_id}",
    auth=Auth.USER,
    accept="application/vnd.api.v2+json",
    replaced_by="altegio_activity.api.events.create_event_v2",
)
GET_EVENT = Operation(
    operation_id="get_event",
    method="GET",
    path="/v1/activity/{location_id}/{event_id}",
    auth=Auth.PARTNER,
    accept="application/vnd.api.v2+json",
)
UPDATE_EVENT = Operation(
    operation_id="update_event", method="PUT", path="/v1/activity/{location_id}/{event_id}", auth=Auth.USER
)
DELETE_EVENT = Operation(
    operation_id="delete_event", method="DELETE", path="/v1/activity/{location_id}/{event_id}", auth=Auth.USER
)
PING = Operation(operation_id="ping", method="GET", path="/ping", auth=Auth.NONE)

EVENT_BODY = {
    "date": "2026-10-10 15:30",
    "service_id": 1185299,
    "staff_id": 26427,
    "capacity": 9,
    "force": False,
}
EVENT = {"id": 34, "company_id": 12, "date": "2026-10-10T15:30:00.000+02:00", "capacity": 9}
ENVELOPE = {"success": True, "data": EVENT, "meta": []}


def create_kwargs() -> dict[str, Any]:
    """What the generated `_get_kwargs` of create_event returns for location 12."""
    return {
        "method": "POST",
        "url": "/v1/activity/12",
        "json": dict(EVENT_BODY),
        "headers": {"Content-Type": "application/json"},
    }


def get_kwargs() -> dict[str, Any]:
    return {"method": "GET", "url": "/v1/activity/12/34"}


def make_client(handler: Any, **settings: Any) -> Any:
    """A client whose sync and async sides both answer through `handler`."""
    transport = httpx.MockTransport(handler)
    settings.setdefault("user_token", USER_TOKEN)
    return Client(PARTNER_TOKEN, transport=transport, async_transport=transport, **settings)


def json_response(status: int, body: Any, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, json=body, **kwargs)
