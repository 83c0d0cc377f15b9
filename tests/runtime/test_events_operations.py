"""The Events operations new in 3.0.0, as an integrator calls them: what goes on the wire (the
vendor's bracketed filters, `include`), and the fault behaviour every operation has (retries,
never a second POST, `success: false`, tolerant decoding), over httpx.MockTransport and over real
sockets (`faultserver`)."""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from altegio_activity import AltegioClient, errors
from altegio_activity.api.events import (
    create_event_appointment_v2,
    create_event_duplication_strategy,
    duplicate_event,
    get_event_date_range,
    get_event_search_filters,
    get_event_v2,
    list_event_duplication_strategies,
    list_events_v2,
    reschedule_event_appointment_v2,
    search_event_dates,
    search_event_services,
    update_event_appointment_v2,
    update_event_duplication_strategy,
    update_event_v2,
)
from altegio_activity.models import (
    DuplicationStrategyRequest,
    EventAppointmentClient,
    EventAppointmentRequest,
    EventAppointmentReschedule,
    EventIncludeValue,
    EventWriteRequest,
)

from .faultserver import FaultServer, reset, respond

LOCATION, EVENT, RECORD, STRATEGY = 4564, 108, 55501, 12
FROM, TO = "2026-08-01 09:00:00", "2026-08-07 21:00:00"
JSON = {"Content-Type": "application/json"}
EVENT_DOCUMENT = {"data": {"type": "activity", "id": "10126531", "attributes": {"capacity": 9}}, "meta": []}
APPOINTMENT_DOCUMENT = {"data": {"type": "record", "id": "55501", "attributes": {"activity_id": 108}}, "meta": []}
V1_EMPTY = {"success": True, "data": [], "meta": []}
APPOINTMENT = EventAppointmentRequest(client=EventAppointmentClient(id=None, name="Jane"), clients_count=1)
STRATEGY_BODY = DuplicationStrategyRequest(title="Weekly", repeat_mode_id=5, days=[1, 4], interval=1)
V2_BODY = EventWriteRequest(
    staff_id=26427,
    service_id=1185299,
    resource_instance_ids=[],
    label_ids=[],
    date="2026-11-22 14:00:00",
    length=3600,
    capacity=9,
)


@pytest.fixture
def wire() -> Iterator[tuple[AltegioClient, list[httpx.Request]]]:
    """A client whose requests are recorded and answered with an empty list (V1 envelope, which
    also reads as a V2 list document with unknown keys)."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=V1_EMPTY)

    with AltegioClient("partner-token", "user-token", transport=httpx.MockTransport(handler)) as client:
        yield client, sent


# -- on the wire -----------------------------------------------------------------------------------


def test_team_members_5_and_10_go_as_the_vendor_writes_them(wire: tuple[AltegioClient, list[httpx.Request]]) -> None:
    client, sent = wire
    list_events_v2.sync(LOCATION, client=client, from_=FROM, to=TO, master_ids=[5, 10])
    assert sent[0].url.raw_path == (
        b"/api/v2/locations/4564/events"
        b"?filter[from]=2026-08-01+09%3A00%3A00&filter[to]=2026-08-07+21%3A00%3A00"
        b"&filter[master_ids][]=5&filter[master_ids][]=10"
    )


def test_every_list_filter_and_include_on_the_wire(wire: tuple[AltegioClient, list[httpx.Request]]) -> None:
    client, sent = wire
    list_events_v2.sync(
        LOCATION,
        client=client,
        from_=FROM,
        to=TO,
        master_ids=[5],
        service_ids=[7, 8],
        capacity=2,
        page=3,
        limit=50,
        include=[EventIncludeValue.STAFF, EventIncludeValue.RESOURCE_INSTANCES],
    )
    assert sent[0].url.query.decode().split("&")[2:] == [
        "filter[master_ids][]=5",
        "filter[service_ids][]=7",
        "filter[service_ids][]=8",
        "filter[capacity]=2",
        "page=3",
        "limit=50",
        "include=staff",
        "include=resource_instances",
    ]


def test_the_async_list_sends_the_same_query(wire: tuple[AltegioClient, list[httpx.Request]]) -> None:
    client, sent = wire
    sent_async: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_async.append(request)
        return httpx.Response(200, json={"data": []})

    list_events_v2.sync(
        LOCATION, client=client, from_=FROM, to=TO, master_ids=[5, 10], include=[EventIncludeValue.MASTER]
    )

    async def call() -> None:
        async with AltegioClient("p-token", "u-token", async_transport=httpx.MockTransport(handler)) as aclient:
            await list_events_v2.asyncio(
                LOCATION, client=aclient, from_=FROM, to=TO, master_ids=[5, 10], include=[EventIncludeValue.MASTER]
            )

    asyncio.run(call())
    assert sent_async[0].url.raw_path == sent[0].url.raw_path
    assert b"&include=master" in sent[0].url.query


def test_include_on_one_event_and_on_a_booking(wire: tuple[AltegioClient, list[httpx.Request]]) -> None:
    client, sent = wire
    with pytest.raises(errors.ResponseValidationError):  # the recorder answers a list, not a document
        get_event_v2.sync(LOCATION, EVENT, client=client, include=[EventIncludeValue.STAFF, EventIncludeValue.LABELS])
    with pytest.raises(errors.ResponseValidationError):
        create_event_appointment_v2.sync(LOCATION, EVENT, client=client, body=APPOINTMENT, include=["client", "goods"])
    assert sent[0].url.query == b"include=staff&include=labels"
    assert sent[1].url.query == b"include=client&include=goods"
    assert json.loads(sent[1].content) == {"client": {"id": None, "name": "Jane"}, "clients_count": 1}


def test_v1_search_filters_repeat_their_key(wire: tuple[AltegioClient, list[httpx.Request]]) -> None:
    client, sent = wire
    search_event_dates.sync_detailed(
        LOCATION, client=client, from_=datetime.date(2026, 6, 1), till=datetime.date(2026, 7, 15), staff_ids=[1, 2]
    )
    assert sent[0].url.query == b"from=2026-06-01&till=2026-07-15&staff_ids=1&staff_ids=2"


def test_tokens_follow_the_security_of_each_operation(wire: tuple[AltegioClient, list[httpx.Request]]) -> None:
    client, sent = wire
    get_event_search_filters.sync_detailed(LOCATION, client=client)  # BearerPartner
    search_event_services.sync_detailed(LOCATION, client=client)  # uncertain: the safer BearerPartnerUser
    assert sent[0].headers["authorization"] == "Bearer partner-token"
    assert sent[1].headers["authorization"] == "Bearer partner-token, User user-token"
    with AltegioClient("partner-token", transport=httpx.MockTransport(lambda r: httpx.Response(200))) as anonymous:
        with pytest.raises(errors.UserTokenRequiredError):
            list_events_v2.sync(LOCATION, client=anonymous, from_=FROM, to=TO)


# -- faults over real sockets --------------------------------------------------------------------


def ok(body: Any, status: int = 200) -> Any:
    return respond(status, json.dumps(body).encode(), JSON)


UNAVAILABLE = respond(503, b'{"success": false, "data": null, "meta": {"message": "Try later"}}', JSON)


def client_for(server: FaultServer) -> AltegioClient:
    return AltegioClient("partner-token", "user-token", base_url=server.url)


READS: dict[str, tuple[Callable[[AltegioClient], Any], Any]] = {
    "list_events_v2": (lambda c: list_events_v2.sync(LOCATION, client=c, from_=FROM, to=TO), {"data": []}),
    "get_event_v2": (lambda c: get_event_v2.sync(LOCATION, EVENT, client=c), EVENT_DOCUMENT),
    "search_event_dates": (
        lambda c: search_event_dates.sync(
            LOCATION, client=c, from_=datetime.date(2026, 6, 1), till=datetime.date(2026, 6, 2)
        ),
        V1_EMPTY,
    ),
    "get_event_date_range": (
        lambda c: get_event_date_range.sync(LOCATION, client=c),
        {"success": True, "data": {"min_date": None, "max_date": None}, "meta": []},
    ),
    "get_event_search_filters": (lambda c: get_event_search_filters.sync(LOCATION, client=c), V1_EMPTY),
    "search_event_services": (lambda c: search_event_services.sync(LOCATION, client=c), V1_EMPTY),
    "list_event_duplication_strategies": (
        lambda c: list_event_duplication_strategies.sync(LOCATION, client=c),
        V1_EMPTY,
    ),
}

# Operations that must never reach the server twice on their own (POST, PATCH).
WRITES: dict[str, Callable[[AltegioClient], Any]] = {
    "duplicate_event": lambda c: duplicate_event.sync(LOCATION, EVENT, client=c),
    "create_event_duplication_strategy": lambda c: create_event_duplication_strategy.sync(
        LOCATION, client=c, body=STRATEGY_BODY
    ),
    "update_event_duplication_strategy": lambda c: update_event_duplication_strategy.sync(
        LOCATION, STRATEGY, client=c, body=STRATEGY_BODY
    ),
    "create_event_appointment_v2": lambda c: create_event_appointment_v2.sync(
        LOCATION, EVENT, client=c, body=APPOINTMENT
    ),
    "reschedule_event_appointment_v2": lambda c: reschedule_event_appointment_v2.sync(
        LOCATION, EVENT, RECORD, client=c, body=EventAppointmentReschedule.from_dict({"activity_id": 109})
    ),
}


@pytest.mark.parametrize("name", sorted(READS))
def test_a_read_is_retried_after_a_503_and_a_reset(name: str, sleeps: list[float]) -> None:
    call, body = READS[name]
    with FaultServer(UNAVAILABLE, reset(), ok(body)) as server, client_for(server) as client:
        call(client)
    assert server.methods == ["GET", "GET", "GET"]
    assert sleeps == [0.5, 1.0]


@pytest.mark.parametrize("name", sorted(WRITES))
def test_a_write_reaches_the_server_once(name: str, sleeps: list[float]) -> None:
    with FaultServer(UNAVAILABLE, ok(V1_EMPTY)) as server, client_for(server) as client:
        with pytest.raises(errors.InternalServerError, match="Try later"):
            WRITES[name](client)
    with FaultServer(reset(), ok(V1_EMPTY)) as server2, client_for(server2) as client:
        with pytest.raises(errors.APIConnectionError):
            WRITES[name](client)
    assert len(server.received) == len(server2.received) == 1
    assert sleeps == []


@pytest.mark.parametrize("name", sorted(READS))
def test_success_false_in_a_200_is_an_error(name: str) -> None:
    failed = {"success": False, "data": None, "meta": {"message": "Location is closed"}}
    with FaultServer(ok(failed)) as server, client_for(server) as client:
        with pytest.raises(errors.APIStatusError, match="Location is closed"):
            READS[name][0](client)


def test_v1_validation_errors_are_a_list_and_v2_ones_by_field() -> None:
    v1 = {"success": False, "data": None, "meta": {"message": "An error has occurred.", "errors": ["Bad date"]}}
    v2 = {"success": False, "data": None, "meta": {"message": "An error has occurred.", "errors": {"date": ["Bad"]}}}
    with FaultServer(respond(400, json.dumps(v1).encode(), JSON)) as server, client_for(server) as client:
        with pytest.raises(errors.BadRequestError) as v1_error:
            duplicate_event.sync(LOCATION, EVENT, client=client)
    with FaultServer(respond(400, json.dumps(v2).encode(), JSON)) as server, client_for(server) as client:
        with pytest.raises(errors.BadRequestError) as v2_error:
            update_event_v2.sync(LOCATION, EVENT, client=client, body=V2_BODY)
    assert v1_error.value.errors == ["Bad date"]
    assert v2_error.value.errors == {"date": ["Bad"]}


@pytest.mark.parametrize("meta", [[], {}])
def test_a_404_with_an_empty_meta_array_or_object_is_not_found(meta: Any) -> None:
    gone = {"success": False, "data": None, "meta": meta}
    with FaultServer(respond(404, json.dumps(gone).encode(), JSON)) as server, client_for(server) as client:
        with pytest.raises(errors.NotFoundError):
            get_event_v2.sync(LOCATION, EVENT, client=client)


# -- tolerant decoding ----------------------------------------------------------------------------


def test_unknown_keys_are_kept_on_v2_documents() -> None:
    document = {
        "data": [
            {
                "type": "activity",
                "id": "1",
                "attributes": {"date": "2026-08-03T10:00:00+0200", "deleted": True, "schedule_till": {"date": "x"}},
                "relationships": {"staff": {"data": {"type": "staff", "id": "5"}}, "future": {"data": []}},
            }
        ],
        "included": [{"type": None, "id": "5", "attributes": {"name": "Alex"}}],
        "links": {"next": None},
    }
    with FaultServer(ok(document)) as server, client_for(server) as client:
        parsed = list_events_v2.sync_detailed(LOCATION, client=client, from_=FROM, to=TO).parsed
    assert parsed is not None
    event = parsed.data[0]
    assert event.attributes.date.utcoffset() is not None
    assert event.attributes["deleted"] is True and event.attributes.schedule_till == {"date": "x"}
    assert event.relationships["future"] == {"data": []}
    assert parsed.included[0].type_ is None and parsed["links"] == {"next": None}


def test_unknown_keys_are_kept_on_v1_answers_and_undocumented_bodies_come_back_as_sent() -> None:
    services = {
        "success": True,
        "data": [{"id": 1, "title": "Yoga", "is_multi": True, "online": True, "category": {"id": 2, "title": "C"}}],
        "meta": {"count": 1},
    }
    dates = {"success": True, "data": {"2026-06-01": 3}, "meta": [], "extra": 1}
    with (
        FaultServer(ok(services), ok(dates), ok(EVENT_DOCUMENT | {"meta": []})) as server,
        client_for(server) as client,
    ):
        found = search_event_services.sync(LOCATION, client=client)
        days = search_event_dates.sync_detailed(
            LOCATION, client=client, from_=datetime.date(2026, 6, 1), till=datetime.date(2026, 6, 2)
        )
        updated = update_event_appointment_v2.sync(LOCATION, EVENT, RECORD, client=client, body=APPOINTMENT)
    assert found[0]["online"] is True and found[0].category.title == "C"
    assert days.parsed is not None and days.parsed.data == {"2026-06-01": 3} and days.parsed["extra"] == 1
    assert updated.id == "10126531"  # an appointment document is an open resource: any type reads
