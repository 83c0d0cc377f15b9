"""The client survives copies, forks, short pages, redirects, relogin stampedes and closing
(issue 20): the generated package driven through its public API, against MockTransport or a
real loopback server.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
from typing import Any

import httpx
import pytest
from altegio_activity import AltegioClient, errors
from altegio_activity.api.activities import create_event_v2
from altegio_activity.models import ActivityRequest
from altegio_activity.types import UNSET

LOCATION = 4564
V2_BODY = ActivityRequest(
    staff_id=26427,
    service_id=1185299,
    resource_instance_ids=[],
    label_ids=[],
    date=datetime.datetime(2026, 11, 22, 14, 0),
    length=3600,
    capacity=9,
)
CREATED = {"data": {"type": "activity", "id": "10126531", "attributes": {"capacity": 9}}, "meta": []}


def mock_client(handler: Any, **settings: Any) -> AltegioClient:
    transport = httpx.MockTransport(handler)
    settings.setdefault("user_token", "user-token")
    return AltegioClient(
        "partner-token", base_url="https://api.test/api", transport=transport, async_transport=transport, **settings
    )


# -- 1. copies ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "duplicate",
    [copy.copy, copy.deepcopy, lambda value: pickle.loads(pickle.dumps(value))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_unset_and_models_survive_copies(duplicate: Any) -> None:
    assert duplicate(UNSET) is UNSET
    duplicate_body = duplicate(V2_BODY)
    assert duplicate_body.comment is UNSET
    assert duplicate_body == V2_BODY
    assert duplicate_body.to_dict() == V2_BODY.to_dict()
    json.dumps(duplicate_body.to_dict())

    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(201, json=CREATED)

    with mock_client(handler) as client:
        assert create_event_v2.sync(LOCATION, client=client, body=duplicate_body).id == "10126531"
    assert sent == [V2_BODY.to_dict()] and "comment" not in sent[0]


def test_a_body_json_cannot_encode_is_a_typed_error_and_nothing_is_sent() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json=CREATED)

    body = copy.deepcopy(V2_BODY)
    body["tags"] = {"a", "b"}  # a set: no JSON form
    with mock_client(handler) as client:
        with pytest.raises(errors.RequestBodyError) as caught:
            create_event_v2.sync(LOCATION, client=client, body=body)
        assert isinstance(caught.value, errors.AltegioError)
        assert "create_event_v2" in str(caught.value) and "set" in str(caught.value)
        body["tags"] = float("nan")
        with pytest.raises(errors.RequestBodyError):
            create_event_v2.sync(LOCATION, client=client, body=body)
    assert sent == []
