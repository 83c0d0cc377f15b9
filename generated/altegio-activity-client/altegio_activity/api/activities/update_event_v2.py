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
from ...models.activity_document import ActivityDocument
from ...models.activity_request import ActivityRequest
from ...models.activity_resource import ActivityResource
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="update_event_v2",
    method="PUT",
    path="/v2/companies/{location_id}/activities/{event_id}",
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
    body: ActivityRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": f"/v2/companies/{_path_segment(location_id)}/activities/{_path_segment(event_id)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> ActivityDocument:
    response_200 = ActivityDocument.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> ActivityDocument:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
    )


def _build_response(response: httpx.Response) -> _Response[ActivityDocument]:
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
    body: ActivityRequest,
    request_options: RequestOptions | None = None,
) -> _Response[ActivityDocument]:
    """Update an activity

     Replaces the activity's mutable fields.

    Args:
        location_id (int): The business location (company) ID.
        event_id (int): The event ID.
        body (ActivityRequest): A V2 activity to create, or the new state of one (PUT replaces).
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[ActivityDocument]
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
    body: ActivityRequest,
    request_options: RequestOptions | None = None,
) -> ActivityResource:
    """Update an activity

     Replaces the activity's mutable fields.

    Args:
        location_id (int): The business location (company) ID.
        event_id (int): The event ID.
        body (ActivityRequest): A V2 activity to create, or the new state of one (PUT replaces).
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        ActivityResource
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
    body: ActivityRequest,
    request_options: RequestOptions | None = None,
) -> _Response[ActivityDocument]:
    """Update an activity

     Replaces the activity's mutable fields.

    Args:
        location_id (int): The business location (company) ID.
        event_id (int): The event ID.
        body (ActivityRequest): A V2 activity to create, or the new state of one (PUT replaces).
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[ActivityDocument]
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
    body: ActivityRequest,
    request_options: RequestOptions | None = None,
) -> ActivityResource:
    """Update an activity

     Replaces the activity's mutable fields.

    Args:
        location_id (int): The business location (company) ID.
        event_id (int): The event ID.
        body (ActivityRequest): A V2 activity to create, or the new state of one (PUT replaces).
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        ActivityResource
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
