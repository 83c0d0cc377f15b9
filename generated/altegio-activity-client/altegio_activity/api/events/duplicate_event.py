# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from typing import Any

import httpx

from ..._runtime._body import json_body
from ..._runtime._decode import parse_success
from ..._runtime._response import http_status as _http_status
from ..._runtime.operation import Auth as _Auth
from ..._runtime.operation import Operation as _Operation
from ..._runtime.operation import path_segment as _path_segment
from ..._runtime.options import RequestOptions
from ...client import AltegioClient
from ...models.event_duplicate_request import EventDuplicateRequest
from ...models.event_duplicates_envelope import EventDuplicatesEnvelope
from ...models.event_duplicates_envelope_data_item import (
    EventDuplicatesEnvelopeDataItem,
)
from ...types import UNSET, Unset
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="duplicate_event",
    method="POST",
    path="/v1/activity/{location_id}/{event_id}/duplicate",
    auth=_Auth.USER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    location_id: int | str,
    event_id: int | str,
    *,
    body: EventDuplicateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": f"/v1/activity/{_path_segment(location_id)}/{_path_segment(event_id)}/duplicate",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> EventDuplicatesEnvelope:
    response_200 = EventDuplicatesEnvelope.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> EventDuplicatesEnvelope:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
    )


def _build_response(response: httpx.Response) -> _Response[EventDuplicatesEnvelope]:
    return _Response(
        status_code=_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    body: EventDuplicateRequest | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[EventDuplicatesEnvelope]:
    """Duplicate an event

     Copies an event. A duplicate can be asked for in three ways: a list of dates and times, the id of a
    saved strategy, or the full set of repeat parameters. The vendor types the V1 body only as an object
    with no fields; the fields named here come from the vendor's V2 duplicate and are not confirmed for
    V1. Unknown keys are sent as given. The items of the answer are not documented; they are kept as
    open objects.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        body (EventDuplicateRequest | Unset): How to duplicate. The V1 page lists no fields; these
            come from the vendor's V2 duplicate (uncertain for V1). Other keys (such as a strategy id
            or repeat parameters) are sent as given.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventDuplicatesEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    body: EventDuplicateRequest | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> list[EventDuplicatesEnvelopeDataItem]:
    """Duplicate an event

     Copies an event. A duplicate can be asked for in three ways: a list of dates and times, the id of a
    saved strategy, or the full set of repeat parameters. The vendor types the V1 body only as an object
    with no fields; the fields named here come from the vendor's V2 duplicate and are not confirmed for
    V1. Unknown keys are sent as given. The items of the answer are not documented; they are kept as
    open objects.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        body (EventDuplicateRequest | Unset): How to duplicate. The V1 page lists no fields; these
            come from the vendor's V2 duplicate (uncertain for V1). Other keys (such as a strategy id
            or repeat parameters) are sent as given.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[EventDuplicatesEnvelopeDataItem]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    body: EventDuplicateRequest | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[EventDuplicatesEnvelope]:
    """Duplicate an event

     Copies an event. A duplicate can be asked for in three ways: a list of dates and times, the id of a
    saved strategy, or the full set of repeat parameters. The vendor types the V1 body only as an object
    with no fields; the fields named here come from the vendor's V2 duplicate and are not confirmed for
    V1. Unknown keys are sent as given. The items of the answer are not documented; they are kept as
    open objects.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        body (EventDuplicateRequest | Unset): How to duplicate. The V1 page lists no fields; these
            come from the vendor's V2 duplicate (uncertain for V1). Other keys (such as a strategy id
            or repeat parameters) are sent as given.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventDuplicatesEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    body: EventDuplicateRequest | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> list[EventDuplicatesEnvelopeDataItem]:
    """Duplicate an event

     Copies an event. A duplicate can be asked for in three ways: a list of dates and times, the id of a
    saved strategy, or the full set of repeat parameters. The vendor types the V1 body only as an object
    with no fields; the fields named here come from the vendor's V2 duplicate and are not confirmed for
    V1. Unknown keys are sent as given. The items of the answer are not documented; they are kept as
    open objects.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        body (EventDuplicateRequest | Unset): How to duplicate. The V1 page lists no fields; these
            come from the vendor's V2 duplicate (uncertain for V1). Other keys (such as a strategy id
            or repeat parameters) are sent as given.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[EventDuplicatesEnvelopeDataItem]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
