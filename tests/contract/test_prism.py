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
from altegio_activity.api.authentication_b2b import authenticate_user
from altegio_activity.api.events import (
    create_event,
    create_event_appointment_v2,
    create_event_duplication_strategy,
    create_event_v2,
    delete_event,
    delete_event_v2,
    duplicate_event,
    get_event,
    get_event_date_range,
    get_event_search_filters,
    get_event_v2,
    list_event_duplication_strategies,
    list_events_v2,
    reschedule_event_appointment_v2,
    search_event_dates,
    search_event_services,
    search_events,
    update_event,
    update_event_appointment_v2,
    update_event_duplication_strategy,
    update_event_v2,
)
from altegio_activity.models import (
    AuthRequest,
    AuthUser,
    DuplicationStrategyRequest,
    Event,
    EventAppointmentClient,
    EventAppointmentRequest,
    EventAppointmentReschedule,
    EventDuplicateRequest,
    EventIncludeValue,
    EventRequest,
    EventResource,
    EventWriteRequest,
)

LOCATION, EVENT, RECORD, STRATEGY = 4564, 108, 55501, 12
V1_BODY = EventRequest(
    date=datetime.datetime(2026, 10, 10, 15, 30), service_id=1185299, staff_id=26427, capacity=9, force=False
)
V2_BODY = EventWriteRequest(
    staff_id=26427,
    service_id=1185299,
    resource_instance_ids=[3127],
    label_ids=[],
    date=datetime.datetime(2026, 11, 22, 14, 0),
    length=3600,
    capacity=9,
)
FROM, TO = "2026-11-01 00:00:00", "2026-11-30 23:59:59"
APPOINTMENT = EventAppointmentRequest(
    client=EventAppointmentClient(id=None, name="Jane", phone="13155550175"), clients_count=1
)
STRATEGY_BODY = DuplicationStrategyRequest(title="Every other week", repeat_mode_id=5, days=[1, 4], interval=2)
FIRST_DAY, LAST_DAY = datetime.date(2026, 10, 1), datetime.date(2026, 10, 31)
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
        assert isinstance(get_event_v2.sync(LOCATION, EVENT, client=user_client), EventResource)


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
    page = search_events.sync(LOCATION, client=client, from_=FIRST_DAY, till=LAST_DAY, page=1, count=25)
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
        assert await delete_event.asyncio(LOCATION, EVENT, client=aclient) is None
    events = await search_events.asyncio(
        LOCATION, client=aclient, from_=datetime.date(2026, 10, 1), till=datetime.date(2026, 10, 31)
    )
    assert events[0].records_count == 3


def test_v1_event_search_family_sync(client: AltegioClient) -> None:
    dates = search_event_dates.sync(LOCATION, client=client, from_=FIRST_DAY, till=LAST_DAY, staff_ids=[26427])
    assert dates == []  # the vendor documents no fields: `data` comes back as sent
    detailed = search_event_dates.sync_detailed(LOCATION, client=client, from_=FIRST_DAY, till=LAST_DAY)
    assert detailed.parsed is not None and detailed.parsed.success is True
    window = get_event_date_range.sync(LOCATION, client=client, service_ids=[1185299])
    assert (window.min_date, window.max_date) == ("2026-10-01", "2026-12-20")
    groups = get_event_search_filters.sync(LOCATION, client=client, resource_ids=[310])
    assert groups[0].code == "service" and groups[0].data[0].is_disabled is False
    services = search_event_services.sync(LOCATION, client=client, staff_id=26427, term="yo")
    assert services[0].is_multi is True and services[0].staff[0].length == 3600


async def test_v1_event_search_family_async(aclient: AltegioClient) -> None:
    assert await search_event_dates.asyncio(LOCATION, client=aclient, from_=FIRST_DAY, till=LAST_DAY) == []
    assert (await get_event_date_range.asyncio(LOCATION, client=aclient)).max_date == "2026-12-20"
    assert (await get_event_search_filters.asyncio(LOCATION, client=aclient))[0].title == "Services"
    assert (await search_event_services.asyncio(LOCATION, client=aclient))[0].category.title == "Classes"


def test_v1_duplication_sync(client: AltegioClient) -> None:
    copies = duplicate_event.sync(
        LOCATION, EVENT, client=client, body=EventDuplicateRequest(dates=["2026-10-17T15:30:00"], content_type=1)
    )
    assert [copy["id"] for copy in copies] == [109, 110]
    assert list_event_duplication_strategies.sync(LOCATION, client=client) == []
    assert create_event_duplication_strategy.sync(LOCATION, client=client, body=STRATEGY_BODY) == []
    assert update_event_duplication_strategy.sync(LOCATION, STRATEGY, client=client, body=STRATEGY_BODY) == []


async def test_v1_duplication_async(aclient: AltegioClient) -> None:
    copies = await duplicate_event.asyncio(LOCATION, EVENT, client=aclient)
    assert len(copies) == 2
    assert await list_event_duplication_strategies.asyncio(LOCATION, client=aclient) == []
    assert await create_event_duplication_strategy.asyncio(LOCATION, client=aclient, body=STRATEGY_BODY) == []
    assert await update_event_duplication_strategy.asyncio(LOCATION, STRATEGY, client=aclient, body=STRATEGY_BODY) == []


def test_v2_events_sync(client: AltegioClient) -> None:
    created = create_event_v2.sync(LOCATION, client=client, body=V2_BODY)
    assert created.id == "10126531" and created.type_ == "activity"
    assert created.attributes.date is not None and created.attributes.date.utcoffset() == datetime.timedelta(hours=2)
    fetched = get_event_v2.sync(LOCATION, EVENT, client=client, include=[EventIncludeValue.STAFF])
    assert fetched.id == "10126531"
    assert update_event_v2.sync(LOCATION, EVENT, client=client, body=V2_BODY).id == "10126531"
    assert delete_event_v2.sync(LOCATION, EVENT, client=client) is None
    listed = list_events_v2.sync(
        LOCATION,
        client=client,
        from_=FROM,
        to=TO,
        master_ids=[5, 10],
        service_ids=[1185299],
        capacity=1,
        page=1,
        limit=10,
        include=[EventIncludeValue.STAFF, EventIncludeValue.SERVICE],
    )
    assert [item.id for item in listed] == ["10126531"]
    document = list_events_v2.sync_detailed(LOCATION, client=client, from_=FROM, to=TO).parsed
    assert document is not None and document.included[0].type_ == "staff"
    detailed = get_event_v2.sync_detailed(LOCATION, EVENT, client=client)
    assert detailed.status_code == 200 and detailed.parsed is not None


async def test_v2_events_async(aclient: AltegioClient) -> None:
    assert (await create_event_v2.asyncio(LOCATION, client=aclient, body=V2_BODY)).id == "10126531"
    assert (await get_event_v2.asyncio(LOCATION, EVENT, client=aclient)).id == "10126531"
    assert (await update_event_v2.asyncio(LOCATION, EVENT, client=aclient, body=V2_BODY)).id == "10126531"
    assert await delete_event_v2.asyncio(LOCATION, EVENT, client=aclient) is None
    listed = await list_events_v2.asyncio(LOCATION, client=aclient, from_=FROM, to=TO, master_ids=[5, 10])
    assert listed[0].attributes.clients_count == 4
    detailed = await delete_event_v2.asyncio_detailed(LOCATION, EVENT, client=aclient)
    assert detailed.status_code == 204


def test_v2_event_appointments_sync(client: AltegioClient) -> None:
    booked = create_event_appointment_v2.sync(LOCATION, EVENT, client=client, body=APPOINTMENT, include=["client"])
    assert booked.id == "55501" and booked.attributes.activity_id == 10126531
    assert update_event_appointment_v2.sync(LOCATION, EVENT, RECORD, client=client, body=APPOINTMENT).id == "55501"
    moved = reschedule_event_appointment_v2.sync(
        LOCATION, EVENT, RECORD, client=client, body=EventAppointmentReschedule.from_dict({"activity_id": 10126532})
    )
    assert moved.attributes.activity_id == 10126531


async def test_v2_event_appointments_async(aclient: AltegioClient) -> None:
    booked = await create_event_appointment_v2.asyncio(LOCATION, EVENT, client=aclient, body=APPOINTMENT)
    assert booked.attributes.activity_id == 10126531
    updated = await update_event_appointment_v2.asyncio(LOCATION, EVENT, RECORD, client=aclient, body=APPOINTMENT)
    assert updated.id == "55501"
    moved = await reschedule_event_appointment_v2.asyncio(
        LOCATION, EVENT, RECORD, client=aclient, body=EventAppointmentReschedule.from_dict({"activity_id": 1})
    )
    assert moved.id == "55501"


def test_iterate_walks_pages_against_prism(client: AltegioClient) -> None:
    # Prism answers every page with the same one-item example. The V1 example reports a total
    # of 1 (`meta.count`), so iteration ends there; the V2 one reports none, so the second,
    # identical page is recognised and refused instead of looping forever.
    events = search_events.iterate(LOCATION, client=client, from_=FIRST_DAY, till=LAST_DAY, count=1)
    assert [event.id for event in events] == [108]
    listed = list_events_v2.iterate(LOCATION, client=client, from_=FROM, to=TO, master_ids=[5, 10], limit=1)
    assert next(listed).id == "10126531"
    with pytest.raises(PaginationError):
        next(listed)
    assert len(list(list_events_v2.iterate(LOCATION, client=client, from_=FROM, to=TO, limit=1, max_pages=1))) == 1


def test_a_request_that_breaks_the_spec_is_rejected_by_prism(client: AltegioClient) -> None:
    from altegio_activity.errors import APIStatusError

    with pytest.raises(APIStatusError) as caught:
        list_events_v2.sync(LOCATION, client=client, from_="not a date", to=TO)
    assert caught.value.status_code in (400, 422)  # Prism picks a declared error response
    assert "filter" in caught.value.response.headers["sl-violations"]


def test_no_warning_from_current_operations(client: AltegioClient) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        get_event_v2.sync(LOCATION, EVENT, client=client)
