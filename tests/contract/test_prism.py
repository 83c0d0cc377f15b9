"""Every operation, sync and async, through the generated client against Prism serving the spec.

Prism validates each request against the spec (path, query, headers, security, body); a request
it rejects comes back as an error status, which the client raises. So a passing call proves the
client sent what the spec describes, and parsing the example proves the models fit the answers.
"""

from __future__ import annotations

import datetime
import warnings
from collections.abc import AsyncIterator, Iterator

import pytest
from altegio_activity import AltegioClient, PaginationError, RequestOptions
from altegio_activity.api.activities import (
    create_event_v2,
    delete_event_v2,
    get_event_v2,
    list_activities_v2,
    update_event_v2,
)
from altegio_activity.api.authentication_b2b import authenticate_user
from altegio_activity.api.events import (
    create_event,
    delete_event,
    get_event,
    search_events,
    update_event,
)
from altegio_activity.models import (
    ActivityFilter,
    ActivityRequest,
    ActivityResource,
    AuthRequest,
    AuthUser,
    Event,
    EventRequest,
)

LOCATION, EVENT = 4564, 108
V1_BODY = EventRequest(
    date=datetime.datetime(2026, 10, 10, 15, 30), service_id=1185299, staff_id=26427, capacity=9, force=False
)
V2_BODY = ActivityRequest(
    staff_id=26427,
    service_id=1185299,
    resource_instance_ids=[3127],
    label_ids=[],
    date=datetime.datetime(2026, 11, 22, 14, 0),
    length=3600,
    capacity=9,
)
WINDOW = ActivityFilter(from_=datetime.datetime(2026, 11, 1), to=datetime.datetime(2026, 11, 30, 23, 59, 59))
NO_RETRY = RequestOptions(max_retries=0)


@pytest.fixture
def client(prism_url: str) -> Iterator[AltegioClient]:
    with AltegioClient(partner_token="partner-token", user_token="user-token", base_url=prism_url) as client:
        yield client


@pytest.fixture
async def aclient(prism_url: str) -> AsyncIterator[AltegioClient]:
    async with AltegioClient(partner_token="partner-token", user_token="user-token", base_url=prism_url) as client:
        yield client


def test_login_returns_a_client_for_the_user(prism_url: str) -> None:
    with AltegioClient(partner_token="partner-token", base_url=prism_url) as client:
        user_client = client.login("+13155550175", "secret-password")
        assert client.user_token is None  # the client logged in on is left as it was
        assert isinstance(user_client.user, AuthUser)
        assert user_client.user_token == user_client.user.user_token == "wec23fh8cDfFV4432fc352456"
        assert isinstance(get_event_v2.sync(LOCATION, EVENT, client=user_client), ActivityResource)


async def test_alogin_returns_a_client_for_the_user(prism_url: str) -> None:
    async with AltegioClient(partner_token="partner-token", base_url=prism_url) as client:
        user_client = await client.alogin("+13155550175", "secret-password")
        assert client.user_token is None
        assert user_client.user is not None and user_client.user_token == user_client.user.user_token


def test_authenticate_user(client: AltegioClient) -> None:
    user = authenticate_user.sync(client=client, body=AuthRequest(login="+13155550175", password="pw"))
    assert user.id == 123456 and user.is_approved is True


def test_v1_events_sync(client: AltegioClient) -> None:
    with pytest.warns(DeprecationWarning, match="create_event_v2"):
        created = create_event.sync(LOCATION, client=client, body=V1_BODY, request_options=NO_RETRY)
    assert isinstance(created, Event) and created.id == 108
    assert created.date == datetime.datetime(2026, 9, 21, 23, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    assert created.additional_properties == {}  # every example key is modelled
    with pytest.warns(DeprecationWarning, match="get_event_v2"):
        assert get_event.sync(LOCATION, EVENT, client=client).capacity == 9
    with pytest.warns(DeprecationWarning, match="update_event_v2"):
        assert update_event.sync(LOCATION, EVENT, client=client, body=V1_BODY).id == 108
    with pytest.warns(DeprecationWarning, match="delete_event_v2"):
        assert delete_event.sync(LOCATION, EVENT, client=client) is None
    page = search_events.sync(
        LOCATION, client=client, from_=datetime.date(2026, 10, 1), till=datetime.date(2026, 10, 31), page=1, count=25
    )
    assert [event.id for event in page] == [108]


async def test_v1_events_async(aclient: AltegioClient) -> None:
    with pytest.warns(DeprecationWarning):
        created = await create_event.asyncio(LOCATION, client=aclient, body=V1_BODY)
    assert created.id == 108
    with pytest.warns(DeprecationWarning):
        assert (await get_event.asyncio(LOCATION, EVENT, client=aclient)).id == 108
    with pytest.warns(DeprecationWarning):
        assert (await update_event.asyncio(LOCATION, EVENT, client=aclient, body=V1_BODY)).id == 108
    with pytest.warns(DeprecationWarning):
        await delete_event.asyncio(LOCATION, EVENT, client=aclient)  # no error: deleted
    events = await search_events.asyncio(
        LOCATION, client=aclient, from_=datetime.date(2026, 10, 1), till=datetime.date(2026, 10, 31)
    )
    assert events[0].records_count == 3


def test_v2_activities_sync(client: AltegioClient) -> None:
    created = create_event_v2.sync(LOCATION, client=client, body=V2_BODY)
    assert created.id == "10126531" and created.type_ == "activity"
    assert isinstance(created.attributes.date, datetime.datetime)
    assert created.attributes.date.utcoffset() == datetime.timedelta(hours=2)
    assert get_event_v2.sync(LOCATION, EVENT, client=client).id == "10126531"
    assert update_event_v2.sync(LOCATION, EVENT, client=client, body=V2_BODY).id == "10126531"
    delete_event_v2.sync(LOCATION, EVENT, client=client)  # no error: deleted
    listed = list_activities_v2.sync(LOCATION, client=client, filter_=WINDOW, limit=10, offset=0)
    assert [item.id for item in listed] == ["10126531"]
    detailed = get_event_v2.sync_detailed(LOCATION, EVENT, client=client)
    assert detailed.status_code == 200 and detailed.parsed is not None


async def test_v2_activities_async(aclient: AltegioClient) -> None:
    assert (await create_event_v2.asyncio(LOCATION, client=aclient, body=V2_BODY)).id == "10126531"
    assert (await get_event_v2.asyncio(LOCATION, EVENT, client=aclient)).id == "10126531"
    assert (await update_event_v2.asyncio(LOCATION, EVENT, client=aclient, body=V2_BODY)).id == "10126531"
    await delete_event_v2.asyncio(LOCATION, EVENT, client=aclient)  # no error: deleted
    listed = await list_activities_v2.asyncio(LOCATION, client=aclient, filter_=WINDOW)
    assert listed[0].attributes.clients_count == 4
    detailed = await delete_event_v2.asyncio_detailed(LOCATION, EVENT, client=aclient)
    assert detailed.status_code == 204


def test_iterate_walks_pages_against_prism(client: AltegioClient) -> None:
    # Prism answers every page with the same one-item example. The V1 example reports a total
    # of 1 (`meta.count`), so iteration ends there; the V2 one reports none, so the second,
    # identical page is recognised and refused instead of looping forever.
    events = search_events.iterate(
        LOCATION, client=client, from_=datetime.date(2026, 10, 1), till=datetime.date(2026, 10, 31), count=1
    )
    assert [event.id for event in events] == [108]
    activities = list_activities_v2.iterate(LOCATION, client=client, filter_=WINDOW, limit=1)
    assert next(activities).id == "10126531"
    with pytest.raises(PaginationError):
        next(activities)
    assert len(list(list_activities_v2.iterate(LOCATION, client=client, filter_=WINDOW, limit=1, max_pages=1))) == 1


def test_a_request_that_breaks_the_spec_is_rejected_by_prism(client: AltegioClient) -> None:
    from altegio_activity.errors import APIStatusError

    bad = ActivityFilter(from_="not a date", to="2026-11-30 23:59:59")
    with pytest.raises(APIStatusError) as caught:
        list_activities_v2.sync(LOCATION, client=client, filter_=bad)
    assert caught.value.status_code in (400, 422)  # Prism picks a declared error response
    assert "filter" in caught.value.response.headers["sl-violations"]


def test_no_warning_from_current_operations(client: AltegioClient) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        get_event_v2.sync(LOCATION, EVENT, client=client)
