# ruff: noqa: F841  (annotated assignments are the point: mypy checks each one)
"""What an integrator writes against the public API; `test_user_program_types` runs mypy --strict on it.

Never run: it would call the API. Every annotation is one a user would write.
"""

from __future__ import annotations

import asyncio
import datetime
import pickle

import httpx
from altegio_activity import AltegioClient, RequestOptions, errors
from altegio_activity.api.events import (
    create_event_v2,
    delete_event_v2,
    get_event,
    get_event_v2,
    list_events_v2,
    search_events,
)
from altegio_activity.models import (
    Event,
    EventDocument,
    EventPrepaid,
    EventResource,
    EventWriteRequest,
)
from altegio_activity.types import UNSET, Response, Unset


def main() -> None:
    http = httpx.Client()
    with AltegioClient("p", http_client=http, timeout=httpx.Timeout(5.0), max_retries=1) as client:
        user: AltegioClient = client.login("a", "b", relogin=True)
        name: str | None = user.user.name if user.user and not isinstance(user.user.name, Unset) else None
        body = EventWriteRequest(
            staff_id=1,
            service_id=2,
            resource_instance_ids=[],
            label_ids=[],
            date=datetime.datetime(2026, 1, 1, 10),
            length=3600,
            capacity=3,
        )
        created: EventResource = create_event_v2.sync(1, client=user, body=body)
        detailed: Response[EventDocument] = get_event_v2.sync_detailed(1, 2, client=user)
        status: int = detailed.status_code
        events: list[Event] = search_events.sync(
            1, client=client, from_=datetime.date(2026, 1, 1), till=datetime.date(2026, 1, 2)
        )
        for event in search_events.iterate(
            1, client=client, from_=datetime.date(2026, 1, 1), till=datetime.date(2026, 1, 2), count=500, max_pages=3
        ):
            prepaid: EventPrepaid | str | Unset = event.prepaid
            when: datetime.datetime | str | Unset = event.date
        for act in list_events_v2.iterate(1, client=user, from_="a", to="b", max_pages=2):
            print(act.id)
        delete_event_v2.sync(1, 2, client=user, request_options=RequestOptions(timeout=1.0, max_retries=0))
        ev: Event = get_event.sync(1, 2, client=client)
        try:
            get_event_v2.sync(1, 2, client=user)
        except errors.ResponseValidationError as e:
            path: str = e.path
            raw: bytes = e.raw_body
        except errors.APIStatusError as e:
            rid: str | None = e.request_id
            ra: float | None = e.retry_after
            code: int = e.status_code
        except errors.AltegioError as e:
            pickle.loads(pickle.dumps(e))


async def amain() -> None:
    async with AltegioClient("p", user_token="u", async_http_client=httpx.AsyncClient()) as client:
        u = await client.alogin("a", "b")
        x: EventResource = await get_event_v2.asyncio(1, 2, client=u)
        async for event in search_events.aiterate(
            1, client=client, from_=datetime.date(2026, 1, 1), till=datetime.date(2026, 1, 2)
        ):
            print(event.id)
        results = await asyncio.gather(get_event_v2.asyncio(1, 2, client=u), get_event_v2.asyncio(1, 3, client=u))
        y: list[EventResource] = list(results)
        _ = UNSET
