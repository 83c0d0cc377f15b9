"""Every resource method, sync and async, as an integrator calls it: the exact request it sends
(method, path, query, body) over httpx.MockTransport, and what it returns.

The tree is `client.events.*`, `client.events.appointments.*`, `client.v1.events.*` and
`client.v1.events.duplication_strategies.*` on `AltegioClient`, mirrored with awaitables on
`AsyncAltegioClient`.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from altegio_activity import AltegioClient, AsyncAltegioClient, errors
from altegio_activity._runtime.error_details import error_details
from altegio_activity._runtime.resource import body_from_arguments
from altegio_activity.models import (
    AppointmentResource,
    DuplicationStrategyRequest,
    EventAppointmentClient,
    EventCollectionDocument,
    EventIncludeValue,
    EventResource,
    EventWriteRequest,
)
from altegio_activity.types import ErrorDetail, Response

EVENT_RESOURCE = {"type": "activity", "id": "108", "attributes": {"capacity": 9}}
EVENT_DOCUMENT = {"data": EVENT_RESOURCE, "meta": []}
APPOINTMENT_DOCUMENT = {"data": {"type": "record", "id": "55501", "attributes": {"activity_id": 108}}}
V1_EVENT = {"success": True, "data": {"id": 108, "capacity": 9}, "meta": []}
V1_EMPTY = {"success": True, "data": [], "meta": []}
V2_FIELDS: dict[str, Any] = {
    "staff_id": 26427,
    "service_id": 1185299,
    "resource_instance_ids": [3127],
    "label_ids": [],
    "length": 3600,
    "capacity": 9,
}
V2_JSON = {**V2_FIELDS, "date": "2026-11-22 14:00:00"}
V1_JSON = {"date": "2026-10-10 15:30", "service_id": 1185299, "staff_id": 26427, "capacity": 9, "force": False}
STRATEGY_JSON = {"title": "Weekly", "repeat_mode_id": 5, "days": [1, 4]}
APPOINTMENT_JSON = {"client": {"id": None, "name": "Jane"}, "clients_count": 1}


def answer(request: httpx.Request) -> httpx.Response:
    """What the API would answer, by route: enough for every success parser."""
    path, method = request.url.path, request.method
    if method == "DELETE":
        return httpx.Response(204)
    if "/appointments" in path:
        return httpx.Response(200, json=APPOINTMENT_DOCUMENT)
    if re.fullmatch(r"/api/v2/locations/\d+/events", path) and method == "GET":
        return httpx.Response(200, json={"data": [EVENT_RESOURCE]})
    if path.startswith("/api/v2/"):
        return httpx.Response(200, json=EVENT_DOCUMENT)
    if path.endswith("/search_dates_range"):
        return httpx.Response(200, json={"success": True, "data": {}, "meta": []})
    if re.fullmatch(r"/api/v1/activity/\d+(/\d+)?", path):
        return httpx.Response(200, json=V1_EVENT)
    return httpx.Response(200, json=V1_EMPTY)


@dataclass
class Case:
    """One resource method: how it is called (on a client of either kind) and what it must send."""

    name: str
    call: Callable[[Any], Any]
    method: str
    path: str
    query: str = ""
    body: Any = None
    deprecated: bool = False
    check: Callable[[Any], None] = field(default=lambda result: None)


def _is_event(result: Any) -> None:
    assert isinstance(result, EventResource) and result.id == "108"


def _is_appointment(result: Any) -> None:
    assert isinstance(result, AppointmentResource) and result.id == "55501"


CASES = [
    Case(
        "events.list",
        lambda c: c.events.list(
            4564, from_="2026-08-01 09:00:00", to="2026-08-07 21:00:00", master_ids=[5, 10], page=2, limit=50
        ),
        "GET",
        "/api/v2/locations/4564/events",
        "filter[from]=2026-08-01+09%3A00%3A00&filter[to]=2026-08-07+21%3A00%3A00"
        "&filter[master_ids][]=5&filter[master_ids][]=10&page=2&limit=50",
        check=lambda page: _is_event(page.data[0]),
    ),
    Case(
        "events.list (datetimes)",
        lambda c: c.events.list(
            4564, from_=datetime.datetime(2026, 8, 1, 9, 0), to=datetime.datetime(2026, 8, 7, 21, 0), service_ids=[1]
        ),
        "GET",
        "/api/v2/locations/4564/events",
        "filter[from]=2026-08-01+09%3A00%3A00&filter[to]=2026-08-07+21%3A00%3A00&filter[service_ids][]=1",
    ),
    Case(
        "events.get (include as text)",
        lambda c: c.events.get(4564, 108, include=["staff", EventIncludeValue.SERVICE]),
        "GET",
        "/api/v2/locations/4564/events/108",
        "include=staff&include=service",
        check=_is_event,
    ),
    Case(
        "events.create (fields)",
        lambda c: c.events.create(4564, date=datetime.datetime(2026, 11, 22, 14, 0), **V2_FIELDS),
        "POST",
        "/api/v2/locations/4564/events",
        body=V2_JSON,
        check=_is_event,
    ),
    Case(
        "events.create (body=)",
        lambda c: c.events.create(4564, body=EventWriteRequest(date="2026-11-22 14:00:00", **V2_FIELDS)),
        "POST",
        "/api/v2/locations/4564/events",
        body=V2_JSON,
        check=_is_event,
    ),
    Case(
        "events.get", lambda c: c.events.get(4564, "108"), "GET", "/api/v2/locations/4564/events/108", check=_is_event
    ),
    Case(
        "events.update",
        lambda c: c.events.update(4564, 108, date="2026-11-22 14:00:00", comment="Moved", **V2_FIELDS),
        "PUT",
        "/api/v2/locations/4564/events/108",
        body={**V2_JSON, "comment": "Moved"},
        check=_is_event,
    ),
    Case("events.delete", lambda c: c.events.delete(4564, "108"), "DELETE", "/api/v2/locations/4564/events/108"),
    Case(
        "events.appointments.create",
        lambda c: c.events.appointments.create(
            4564, "108", client=EventAppointmentClient(id=None, name="Jane"), clients_count=1, include=["client"]
        ),
        "POST",
        "/api/v2/locations/4564/events/108/appointments",
        "include=client",
        body=APPOINTMENT_JSON,
        check=_is_appointment,
    ),
    Case(
        "events.appointments.create (a dict for the client)",
        lambda c: c.events.appointments.create(
            4564, 108, client={"name": "Jane", "phone": "13155550175"}, clients_count=1
        ),
        "POST",
        "/api/v2/locations/4564/events/108/appointments",
        body={"client": {"name": "Jane", "phone": "13155550175"}, "clients_count": 1},
        check=_is_appointment,
    ),
    Case(
        "events.appointments.update",
        lambda c: c.events.appointments.update(
            4564, 108, "55501", client=EventAppointmentClient(id=None, name="Jane"), clients_count=1
        ),
        "PUT",
        "/api/v2/locations/4564/events/108/appointments/55501",
        body=APPOINTMENT_JSON,
        check=_is_appointment,
    ),
    Case(
        "events.appointments.reschedule",
        lambda c: c.events.appointments.reschedule(4564, 108, 55501, activity_id=10126532),
        "PATCH",
        "/api/v2/locations/4564/events/108/appointments/55501",
        body={"activity_id": 10126532},
        check=_is_appointment,
    ),
    Case(
        "v1.events.search",
        lambda c: c.v1.events.search(
            4564, from_=datetime.date(2026, 6, 1), till=datetime.date(2026, 7, 15), staff_ids=[5, 10], count=300
        ),
        "GET",
        "/api/v1/activity/4564/search",
        "from=2026-06-01&till=2026-07-15&staff_ids=5&staff_ids=10&page=1&count=300",
        check=lambda page: (page.data == []) or None,
    ),
    Case(
        "v1.events.search (date strings)",
        lambda c: c.v1.events.search(4564, from_="2026-06-01", till=datetime.date(2026, 7, 15)),
        "GET",
        "/api/v1/activity/4564/search",
        "from=2026-06-01&till=2026-07-15&page=1&count=25",
    ),
    Case(
        "v1.events.search_dates",
        lambda c: c.v1.events.search_dates(4564, from_=datetime.date(2026, 6, 1), till=datetime.date(2026, 7, 15)),
        "GET",
        "/api/v1/activity/4564/search_dates",
        "from=2026-06-01&till=2026-07-15",
    ),
    Case(
        "v1.events.date_range",
        lambda c: c.v1.events.date_range(4564, service_ids=[1185299]),
        "GET",
        "/api/v1/activity/4564/search_dates_range",
        "service_ids=1185299",
    ),
    Case("v1.events.filters", lambda c: c.v1.events.filters(4564), "GET", "/api/v1/activity/4564/filters"),
    Case(
        "v1.events.services",
        lambda c: c.v1.events.services(4564, term="yoga"),
        "GET",
        "/api/v1/activity/4564/services",
        "term=yoga",
    ),
    Case(
        "v1.events.duplicate",
        lambda c: c.v1.events.duplicate(4564, "108", dates=["2026-10-17T15:30:00"], content_type=1),
        "POST",
        "/api/v1/activity/4564/108/duplicate",
        body={"dates": ["2026-10-17T15:30:00"], "content_type": 1},
    ),
    Case(
        "v1.events.duplication_strategies.list",
        lambda c: c.v1.events.duplication_strategies.list(4564),
        "GET",
        "/api/v1/activity/4564/duplication_strategy",
    ),
    Case(
        "v1.events.duplication_strategies.create",
        lambda c: c.v1.events.duplication_strategies.create(4564, title="Weekly", repeat_mode_id=5, days=[1, 4]),
        "POST",
        "/api/v1/activity/4564/duplication_strategy",
        body=STRATEGY_JSON,
    ),
    Case(
        "v1.events.duplication_strategies.update",
        lambda c: c.v1.events.duplication_strategies.update(
            4564, 12, body=DuplicationStrategyRequest(title="Weekly", repeat_mode_id=5, days=[1, 4])
        ),
        "POST",
        "/api/v1/activity/4564/duplication_strategy/12",
        body=STRATEGY_JSON,
    ),
    Case(
        "v1.events.create",
        lambda c: c.v1.events.create(4564, **{**V1_JSON, "date": datetime.datetime(2026, 10, 10, 15, 30)}),
        "POST",
        "/api/v1/activity/4564",
        body=V1_JSON,
        deprecated=True,
        check=lambda event: (event.id == 108) or None,
    ),
    Case("v1.events.get", lambda c: c.v1.events.get(4564, 108), "GET", "/api/v1/activity/4564/108", deprecated=True),
    Case(
        "v1.events.update",
        lambda c: c.v1.events.update(4564, 108, **V1_JSON),
        "PUT",
        "/api/v1/activity/4564/108",
        body=V1_JSON,
        deprecated=True,
    ),
    Case(
        "v1.events.delete",
        lambda c: c.v1.events.delete(4564, 108),
        "DELETE",
        "/api/v1/activity/4564/108",
        deprecated=True,
    ),
]


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(sent: list[httpx.Request]) -> Iterator[AltegioClient]:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    with AltegioClient("partner-token", "user-token", transport=httpx.MockTransport(handler)) as made:
        yield made


def async_client(sent: list[httpx.Request]) -> AsyncAltegioClient:
    async def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    return AsyncAltegioClient("partner-token", "user-token", async_transport=httpx.MockTransport(handler))


def assert_sent(request: httpx.Request, case: Case) -> None:
    assert request.method == case.method
    assert request.url.path == case.path
    assert request.url.query.decode() == case.query
    if case.body is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == case.body
    assert request.headers["Authorization"].startswith("Bearer partner-token")


def _called(case: Case, call: Callable[[], Any]) -> Any:
    if not case.deprecated:
        return call()
    with pytest.warns(DeprecationWarning, match=re.escape(f"client.{case.name}")):
        return call()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_sync_method_sends_its_request(case: Case, client: AltegioClient, sent: list[httpx.Request]) -> None:
    result = _called(case, lambda: case.call(client))
    assert len(sent) == 1
    assert_sent(sent[0], case)
    case.check(result)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_async_method_sends_the_same_request(case: Case) -> None:
    sent: list[httpx.Request] = []

    async def main() -> Any:
        async with async_client(sent) as aclient:
            awaitable = _called(case, lambda: case.call(aclient))
            assert asyncio.iscoroutine(awaitable), "an AsyncAltegioClient method returns an awaitable"
            return await awaitable

    result = asyncio.run(main())
    assert len(sent) == 1
    assert_sent(sent[0], case)
    case.check(result)


def test_the_deprecation_names_the_resource_method_to_use(client: AltegioClient) -> None:
    with pytest.warns(DeprecationWarning) as caught:
        client.v1.events.get(4564, 108)
    assert [str(w.message) for w in caught] == [
        "client.v1.events.get (get_event) is deprecated; use client.events.get"
        " (GET /v2/locations/{location_id}/events/{event_id}) instead."
    ]


def test_current_methods_do_not_warn(client: AltegioClient) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.events.get(4564, 108)


def test_iterate_walks_every_page_sync_and_async(sent: list[httpx.Request]) -> None:
    pages = {"1": [{**EVENT_RESOURCE, "id": "1"}, {**EVENT_RESOURCE, "id": "2"}], "2": [{**EVENT_RESOURCE, "id": "3"}]}

    def serve(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": pages.get(request.url.params["page"], [])})

    async def aserve(request: httpx.Request) -> httpx.Response:
        return serve(request)

    with AltegioClient("p", "u", transport=httpx.MockTransport(serve)) as sync_client:
        ids = [e.id for e in sync_client.events.iterate(4564, from_="a", to="b", master_ids=[5, 10], limit=2)]
    assert ids == ["1", "2", "3"]
    assert [r.url.params["page"] for r in sent] == ["1", "2"]
    assert all("filter[master_ids][]=5&filter[master_ids][]=10" in r.url.query.decode() for r in sent)

    async def main() -> list[str]:
        async with AsyncAltegioClient("p", "u", async_transport=httpx.MockTransport(aserve)) as aclient:
            return [e.id async for e in aclient.events.iterate(4564, from_="a", to="b", limit=2)]

    assert asyncio.run(main()) == ["1", "2", "3"]


def test_with_raw_response_gives_status_headers_and_the_parsed_body(client: AltegioClient) -> None:
    raw = client.events.with_raw_response.get(4564, 108)
    assert isinstance(raw, Response)
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.parsed.data.id == "108"
    page = client.events.with_raw_response.list(4564, from_="a", to="b")
    assert isinstance(page.parsed, EventCollectionDocument)
    nested = client.v1.events.with_raw_response.duplication_strategies.list(4564)
    assert nested.status_code == 200 and nested.parsed.success is True

    async def main() -> int:
        async with async_client([]) as aclient:
            found = await aclient.events.appointments.with_raw_response.create(
                4564, 108, client=EventAppointmentClient(name="Jane"), clients_count=1
            )
            return int(found.status_code)

    assert asyncio.run(main()) == 200


def test_with_options_is_a_configured_copy(client: AltegioClient, sent: list[httpx.Request]) -> None:
    quick = client.with_options(timeout=2.5, max_retries=0, headers={"X-Source": "sync"})
    assert quick is not client
    quick.events.get(4564, 108)
    client.events.get(4564, 108)
    assert sent[0].headers["X-Source"] == "sync" and "X-Source" not in sent[1].headers
    assert sent[0].extensions["timeout"]["read"] <= 2.5 < sent[1].extensions["timeout"]["read"]
    assert quick.events is not client.events  # the copy's resources send through the copy
    assert quick.events is quick.events


def test_a_failed_call_raises_the_typed_error_with_its_payload() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"errors": [{"status": "404", "title": "Not Found", "detail": "No event"}]})

    with AltegioClient("p", "u", transport=httpx.MockTransport(refuse)) as failing:
        with pytest.raises(errors.NotFoundError) as caught:
            failing.events.get(4564, 108)
    assert caught.value.status_code == 404
    assert caught.value.details == [ErrorDetail(message="No event", status="404", title="Not Found")]


def test_error_details_read_every_shape_the_api_sends() -> None:
    v1_list = error_details(["Event is full"])
    v1_fields = error_details({"date": ["Date is in the past"], "capacity": "Too small"})
    v2 = error_details([{"status": "422", "detail": "Bad date", "source": {"pointer": "/data/attributes/date"}}])
    assert v1_list == [ErrorDetail(message="Event is full")]
    assert v1_fields == [
        ErrorDetail(message="Date is in the past", field="date"),
        ErrorDetail(message="Too small", field="capacity"),
    ]
    assert v2 == [ErrorDetail(message="Bad date", field="/data/attributes/date", status="422")]
    assert error_details(None) == [] and error_details([{"weird": 1}, None]) == []


def test_a_date_string_that_is_not_a_date_is_refused_before_sending(
    client: AltegioClient, sent: list[httpx.Request]
) -> None:
    with pytest.raises(ValueError, match="not an ISO 8601 date"):
        client.v1.events.search_dates(4564, from_="01.06.2026", till="2026-07-15")
    assert sent == []


def test_a_value_the_enum_does_not_have_is_refused_before_sending(
    client: AltegioClient, sent: list[httpx.Request]
) -> None:
    with pytest.raises(ValueError, match="'staf' is not a valid EventIncludeValue"):
        client.events.get(4564, 108, include=["staf"])
    assert sent == []


def test_body_and_fields_together_are_refused(client: AltegioClient) -> None:
    body = EventWriteRequest(date="2026-11-22 14:00:00", **V2_FIELDS)
    with pytest.raises(TypeError, match="not both"):
        client.events.create(4564, body=body, comment="x")  # type: ignore[call-overload]


def test_keywords_that_are_not_fields_go_as_sent_when_the_model_keeps_unknown_keys(
    client: AltegioClient, sent: list[httpx.Request]
) -> None:
    # Not in the overloads (the model declares its fields), yet kept: the model takes any key.
    client.v1.events.duplication_strategies.create(4564, title="t", repeat_mode_id=1, colour="red")  # type: ignore[call-overload]
    assert json.loads(sent[0].content) == {"title": "t", "repeat_mode_id": 1, "colour": "red"}


def test_an_async_client_takes_a_mock_transport_or_an_async_httpx_client_as_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "from-env")
    monkeypatch.setenv("ALTEGIO_USER_TOKEN", "user-from-env")

    async def main() -> list[str]:
        async with AsyncAltegioClient(transport=httpx.MockTransport(handler)) as first:
            one = await first.events.get(4564, 108)
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            async with AsyncAltegioClient(http_client=http) as second:
                page = await second.v1.events.search(4564, from_="2026-06-01", till="2026-06-30")
        return [one.id, str(page.success)]

    assert asyncio.run(main()) == ["108", "True"]
    assert [r.url.path for r in sent] == ["/api/v2/locations/4564/events/108", "/api/v1/activity/4564/search"]
    assert sent[0].headers["Authorization"] == "Bearer from-env, User user-from-env"


def test_a_body_comes_from_body_or_from_the_keywords_never_both() -> None:
    made = EventWriteRequest(date="2026-11-22 14:00:00", **V2_FIELDS)
    declared = ("date", *V2_FIELDS)
    assert body_from_arguments(made, {}, EventWriteRequest, declared, False) is made
    from_keywords = body_from_arguments(
        None, {"date": "2026-11-22 14:00:00", **V2_FIELDS}, EventWriteRequest, declared, False
    )
    assert from_keywords == made
    with pytest.raises(TypeError, match="not both"):
        body_from_arguments(made, {"comment": "x"}, EventWriteRequest, declared, False)
    with pytest.raises(TypeError, match="not fields of EventWriteRequest"):
        body_from_arguments(None, {"colour": "red", **V2_FIELDS}, EventWriteRequest, declared, False)
