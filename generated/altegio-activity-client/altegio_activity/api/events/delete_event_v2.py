# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from typing import Any

import httpx

from ..._runtime._response import http_status as _http_status
from ..._runtime.operation import Auth as _Auth
from ..._runtime.operation import Operation as _Operation
from ..._runtime.operation import path_segment as _path_segment
from ..._runtime.options import RequestOptions
from ...client import AltegioClient
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="delete_event_v2",
    method="DELETE",
    path="/v2/locations/{location_id}/events/{event_id}",
    auth=_Auth.USER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=False,
    returns_data=False,
)


def _get_kwargs(
    location_id: int | str,
    event_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": f"/v2/locations/{_path_segment(location_id)}/events/{_path_segment(event_id)}",
    }

    return _kwargs


def _build_response(response: httpx.Response) -> _Response[Any]:
    return _Response(
        status_code=_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> _Response[Any]:
    """Delete an event

     Soft-deletes the event (vendor operationId `delete_event`): it leaves list results, its bookings are
    cancelled and no body comes back. The status code is not documented; the vendor's own client expects
    204.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> None:
    """Delete an event

     Soft-deletes the event (vendor operationId `delete_event`): it leaves list results, its bookings are
    cancelled and no body comes back. The status code is not documented; the vendor's own client expects
    204.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
    )
    client.send(_OPERATION, kwargs, request_options)


async def asyncio_detailed(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> _Response[Any]:
    """Delete an event

     Soft-deletes the event (vendor operationId `delete_event`): it leaves list results, its bookings are
    cancelled and no body comes back. The status code is not documented; the vendor's own client expects
    204.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    event_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> None:
    """Delete an event

     Soft-deletes the event (vendor operationId `delete_event`): it leaves list results, its bookings are
    cancelled and no body comes back. The status code is not documented; the vendor's own client expects
    204.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
    )
    await client.asend(_OPERATION, kwargs, request_options)
