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
from ...models.event_document import EventDocument
from ...models.event_include_value import EventIncludeValue
from ...models.event_resource import EventResource
from ...models.event_write_request import EventWriteRequest
from ...types import UNSET, Unset
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="update_event_v2",
    method="PUT",
    path="/v2/locations/{location_id}/events/{event_id}",
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
    body: EventWriteRequest,
    include: list[EventIncludeValue] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    _json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        _json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            _json_include.append(include_item)

    params["include"] = _json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": f"/v2/locations/{_path_segment(location_id)}/events/{_path_segment(event_id)}",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> EventDocument:
    response_200 = EventDocument.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> EventDocument:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
    )


def _build_response(response: httpx.Response) -> _Response[EventDocument]:
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
    body: EventWriteRequest,
    include: list[EventIncludeValue] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[EventDocument]:
    """Update an event

     Replaces the event's mutable properties (vendor operationId `update_event`); fields left out are not
    kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
            one key per value (`include=staff&include=service`); each asked-for relation also appears
            under the event's `relationships`.
        body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
            all).
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventDocument]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
        include=include,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    body: EventWriteRequest,
    include: list[EventIncludeValue] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> EventResource:
    """Update an event

     Replaces the event's mutable properties (vendor operationId `update_event`); fields left out are not
    kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
            one key per value (`include=staff&include=service`); each asked-for relation also appears
            under the event's `relationships`.
        body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
            all).
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        EventResource
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
        include=include,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    body: EventWriteRequest,
    include: list[EventIncludeValue] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[EventDocument]:
    """Update an event

     Replaces the event's mutable properties (vendor operationId `update_event`); fields left out are not
    kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
            one key per value (`include=staff&include=service`); each asked-for relation also appears
            under the event's `relationships`.
        body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
            all).
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventDocument]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
        include=include,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    body: EventWriteRequest,
    include: list[EventIncludeValue] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> EventResource:
    """Update an event

     Replaces the event's mutable properties (vendor operationId `update_event`); fields left out are not
    kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
            one key per value (`include=staff&include=service`); each asked-for relation also appears
            under the event's `relationships`.
        body (EventWriteRequest): A V2 event to create, or the new state of one (PUT replaces it
            all).
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        EventResource
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
        include=include,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
