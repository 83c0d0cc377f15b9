# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from typing import Any

import httpx
from typing_extensions import deprecated

from ..._runtime._body import json_body
from ..._runtime._decode import parse_success
from ..._runtime._response import http_status as _http_status
from ..._runtime.operation import Auth as _Auth
from ..._runtime.operation import Operation as _Operation
from ..._runtime.operation import path_segment as _path_segment
from ..._runtime.options import RequestOptions
from ...client import AltegioClient
from ...models.event import Event
from ...models.event_envelope import EventEnvelope
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="get_event",
    method="GET",
    path="/v1/activity/{location_id}/{event_id}",
    auth=_Auth.USER,
    accept="application/vnd.api.v2+json",
    replaced_by="altegio_activity.api.events.get_event_v2",
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    location_id: int | str,
    event_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/v1/activity/{_path_segment(location_id)}/{_path_segment(event_id)}",
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> EventEnvelope:
    response_200 = EventEnvelope.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> EventEnvelope:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
    )


def _build_response(response: httpx.Response) -> _Response[EventEnvelope]:
    return _Response(
        status_code=_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


@deprecated(
    "get_event is deprecated; use altegio_activity.api.events.get_event_v2 (GET /v2/locations/{location_id}/events/{event_id}) instead.",
    category=DeprecationWarning,
)
def sync_detailed(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> _Response[EventEnvelope]:
    """Get an event

     Deprecated: use GET /v2/locations/{location_id}/events/{event_id} (get_event_v2), which answers with
    a JSON:API document. Security is uncertain: the G-C docs say the partner token alone, a YCLIENTS-era
    client sends the user token too. This spec asks for both (BearerPartnerUser), the safer choice: both
    tokens are accepted where the partner token alone suffices.

    Deprecated: calling it warns with DeprecationWarning and names the replacement.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


@deprecated(
    "get_event is deprecated; use altegio_activity.api.events.get_event_v2 (GET /v2/locations/{location_id}/events/{event_id}) instead.",
    category=DeprecationWarning,
)
def sync(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> Event:
    """Get an event

     Deprecated: use GET /v2/locations/{location_id}/events/{event_id} (get_event_v2), which answers with
    a JSON:API document. Security is uncertain: the G-C docs say the partner token alone, a YCLIENTS-era
    client sends the user token too. This spec asks for both (BearerPartnerUser), the safer choice: both
    tokens are accepted where the partner token alone suffices.

    Deprecated: calling it warns with DeprecationWarning and names the replacement.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Event
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


@deprecated(
    "get_event is deprecated; use altegio_activity.api.events.get_event_v2 (GET /v2/locations/{location_id}/events/{event_id}) instead.",
    category=DeprecationWarning,
)
async def asyncio_detailed(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> _Response[EventEnvelope]:
    """Get an event

     Deprecated: use GET /v2/locations/{location_id}/events/{event_id} (get_event_v2), which answers with
    a JSON:API document. Security is uncertain: the G-C docs say the partner token alone, a YCLIENTS-era
    client sends the user token too. This spec asks for both (BearerPartnerUser), the safer choice: both
    tokens are accepted where the partner token alone suffices.

    Deprecated: calling it warns with DeprecationWarning and names the replacement.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


@deprecated(
    "get_event is deprecated; use altegio_activity.api.events.get_event_v2 (GET /v2/locations/{location_id}/events/{event_id}) instead.",
    category=DeprecationWarning,
)
async def asyncio(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> Event:
    """Get an event

     Deprecated: use GET /v2/locations/{location_id}/events/{event_id} (get_event_v2), which answers with
    a JSON:API document. Security is uncertain: the G-C docs say the partner token alone, a YCLIENTS-era
    client sends the user token too. This spec asks for both (BearerPartnerUser), the safer choice: both
    tokens are accepted where the partner token alone suffices.

    Deprecated: calling it warns with DeprecationWarning and names the replacement.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Event
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
