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
from ...models.event_resource import EventResource
from ...models.event_write_request import EventWriteRequest
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="create_event_v2",
    method="POST",
    path="/v2/locations/{location_id}/events",
    auth=_Auth.USER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    location_id: int | str,
    *,
    body: EventWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": f"/v2/locations/{_path_segment(location_id)}/events",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> EventDocument:
    response_200 = EventDocument.from_dict(json_body(response))

    return response_200


def _parse_201(response: httpx.Response) -> EventDocument:
    response_201 = EventDocument.from_dict(json_body(response))

    return response_201


def _parse_response(response: httpx.Response) -> EventDocument:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        (
            (200, 200, _parse_200),
            (201, 201, _parse_201),
        ),
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
    *,
    client: AltegioClient,
    body: EventWriteRequest,
    request_options: RequestOptions | None = None,
) -> _Response[EventDocument]:
    """Create an event

     Creates a group event for a location (vendor operationId `create_event`). The stored docs give only
    the index line; the body is the update body (as the vendor's own client sends it) and the answer a
    JSON:API document. The success status is not documented: 200 and 201 are both accepted.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
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
        body=body,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    *,
    client: AltegioClient,
    body: EventWriteRequest,
    request_options: RequestOptions | None = None,
) -> EventResource:
    """Create an event

     Creates a group event for a location (vendor operationId `create_event`). The stored docs give only
    the index line; the body is the update body (as the vendor's own client sends it) and the answer a
    JSON:API document. The success status is not documented: 200 and 201 are both accepted.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
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
        body=body,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    location_id: int | str,
    *,
    client: AltegioClient,
    body: EventWriteRequest,
    request_options: RequestOptions | None = None,
) -> _Response[EventDocument]:
    """Create an event

     Creates a group event for a location (vendor operationId `create_event`). The stored docs give only
    the index line; the body is the update body (as the vendor's own client sends it) and the answer a
    JSON:API document. The success status is not documented: 200 and 201 are both accepted.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
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
        body=body,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    *,
    client: AltegioClient,
    body: EventWriteRequest,
    request_options: RequestOptions | None = None,
) -> EventResource:
    """Create an event

     Creates a group event for a location (vendor operationId `create_event`). The stored docs give only
    the index line; the body is the update body (as the vendor's own client sends it) and the answer a
    JSON:API document. The success status is not documented: 200 and 201 are both accepted.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
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
        body=body,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
