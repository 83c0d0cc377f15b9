# ruff: noqa: F841  (annotated assignments are the point: mypy checks each one)
"""An integrator's first program in the resource style; `test_user_program_types` runs mypy --strict on it.

Written the natural way, with no casts, narrowing or conversions a user would not think of: ids
from responses go straight into the next call, bodies go as keyword arguments. Never run.
"""

from __future__ import annotations

import asyncio
import datetime

from altegio_activity import AltegioClient, AsyncAltegioClient, RequestOptions, errors
from altegio_activity.models import (
    AppointmentResource,
    DuplicationStrategyRequest,
    Event,
    EventAppointmentClient,
    EventCollectionDocument,
    EventDocument,
    EventResource,
)
from altegio_activity.types import ErrorDetail, Response


def main() -> None:
    with AltegioClient(partner_token="PARTNER_TOKEN") as client:
        user = client.login("+13155550175", "password")
        page: EventCollectionDocument = user.events.list(
            4564, from_="2026-08-01 09:00:00", to="2026-08-07 21:00:00", master_ids=[5, 10], include=["staff"]
        )
        for event in page.data:
            same: EventResource = user.events.get(4564, event.id)
            booking: AppointmentResource = user.events.appointments.create(
                4564, event.id, client=EventAppointmentClient(name="Jane", phone="13155550175"), clients_count=1
            )
            user.events.appointments.update(4564, event.id, booking.id, client={"name": "Jane"}, clients_count=2)
            user.events.appointments.reschedule(4564, event.id, booking.id, activity_id=event.id)
            user.events.delete(4564, event.id)
        created = user.events.create(
            4564,
            date=datetime.datetime(2026, 11, 22, 14, 0),
            service_id=1185299,
            staff_id=26427,
            length=3600,
            capacity=9,
            resource_instance_ids=[],
            label_ids=[],
            comment="Beginner group session",
        )
        user.events.update(
            4564,
            created.id,
            date="2026-11-22 15:00:00",
            service_id=1185299,
            staff_id=26427,
            length=3600,
            capacity=12,
            resource_instance_ids=[],
            label_ids=[],
        )
        start = datetime.datetime(2026, 8, 1, 9, 0)
        for found in user.events.iterate(4564, from_=start, to=start + datetime.timedelta(days=6), max_pages=2):
            print(found.id, found.type_)

        v1_events: list[Event] = client.v1.events.search(
            4564, from_=datetime.date(2026, 6, 1), till=datetime.date(2026, 7, 15)
        ).data
        for old in client.v1.events.iterate_search(4564, from_="2026-06-01", till=datetime.date(2026, 7, 15)):
            again: EventResource = user.events.get(4564, old.id)  # a V1 id (int) works as well
        user.v1.events.duplication_strategies.create(4564, title="Weekly", repeat_mode_id=5, days=[1, 4])
        user.v1.events.duplication_strategies.update(
            4564, 12, body=DuplicationStrategyRequest(title="Weekly", repeat_mode_id=5)
        )
        user.v1.events.duplicate(4564, v1_events[0].id, dates=["2026-10-17T15:30:00"])

        raw: Response[EventDocument] = user.events.with_raw_response.get(4564, 108)
        status: int = raw.status_code
        request_id: str | None = raw.headers.get("X-Request-Id")
        capacity = raw.parsed.data.attributes.capacity

        patient = user.with_options(timeout=60.0, max_retries=5)
        patient.events.get(4564, 108, request_options=RequestOptions(timeout=5.0))
        try:
            user.events.get(4564, 108)
        except errors.NotFoundError:
            pass
        except errors.APIStatusError as error:
            details: list[ErrorDetail] = error.details
            messages: list[str] = [detail.message for detail in details]
            fields: list[str | None] = [detail.field for detail in details]
            code: int = error.status_code


async def amain() -> None:
    async with AsyncAltegioClient(partner_token="PARTNER_TOKEN") as client:
        user = await client.login("+13155550175", "password")
        event: EventResource = await user.events.get(4564, 108)
        first, second = await asyncio.gather(user.events.get(4564, event.id), user.events.get(4564, 109))
        async for found in user.events.iterate(4564, from_="2026-08-01 09:00:00", to="2026-08-07 21:00:00"):
            await user.events.appointments.create(
                4564, found.id, client=EventAppointmentClient(name="Jane"), clients_count=1
            )
        raw: Response[EventCollectionDocument] = await user.events.with_raw_response.list(
            4564, from_="2026-08-01 09:00:00", to="2026-08-07 21:00:00"
        )
        await user.v1.events.duplication_strategies.list(4564)


if __name__ == "__main__":
    raise SystemExit("type-checked, never run: it would call the API")
