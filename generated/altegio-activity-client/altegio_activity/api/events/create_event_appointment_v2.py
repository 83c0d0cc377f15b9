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
from ...models.appointment_document import AppointmentDocument
from ...models.appointment_resource import AppointmentResource
from ...models.event_appointment_request import EventAppointmentRequest
from ...types import UNSET, Unset
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="create_event_appointment_v2",
    method="POST",
    path="/v2/locations/{location_id}/events/{event_id}/appointments",
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
    body: EventAppointmentRequest,
    include: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    _json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        _json_include = include

    params["include"] = _json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": f"/v2/locations/{_path_segment(location_id)}/events/{_path_segment(event_id)}/appointments",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(response: httpx.Response) -> AppointmentDocument:
    response_201 = AppointmentDocument.from_dict(json_body(response))

    return response_201


def _parse_response(response: httpx.Response) -> AppointmentDocument:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((201, 201, _parse_201),),
    )


def _build_response(response: httpx.Response) -> _Response[AppointmentDocument]:
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
    body: EventAppointmentRequest,
    include: list[str] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[AppointmentDocument]:
    """Book a client into an event

     Creates an appointment (booking) inside the event (vendor operationId `create_event_appointment`).
    The appointment's `activity_id` links it to the event.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        include (list[str] | Unset): Related resources of the appointment to side-load (client,
            staff, services, goods, labels, ...: the vendor's list is open), one key per value.
        body (EventAppointmentRequest): A booking inside an event.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[AppointmentDocument]
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
    body: EventAppointmentRequest,
    include: list[str] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> AppointmentResource:
    """Book a client into an event

     Creates an appointment (booking) inside the event (vendor operationId `create_event_appointment`).
    The appointment's `activity_id` links it to the event.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        include (list[str] | Unset): Related resources of the appointment to side-load (client,
            staff, services, goods, labels, ...: the vendor's list is open), one key per value.
        body (EventAppointmentRequest): A booking inside an event.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        AppointmentResource
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
    body: EventAppointmentRequest,
    include: list[str] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[AppointmentDocument]:
    """Book a client into an event

     Creates an appointment (booking) inside the event (vendor operationId `create_event_appointment`).
    The appointment's `activity_id` links it to the event.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        include (list[str] | Unset): Related resources of the appointment to side-load (client,
            staff, services, goods, labels, ...: the vendor's list is open), one key per value.
        body (EventAppointmentRequest): A booking inside an event.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[AppointmentDocument]
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
    body: EventAppointmentRequest,
    include: list[str] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> AppointmentResource:
    """Book a client into an event

     Creates an appointment (booking) inside the event (vendor operationId `create_event_appointment`).
    The appointment's `activity_id` links it to the event.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        include (list[str] | Unset): Related resources of the appointment to side-load (client,
            staff, services, goods, labels, ...: the vendor's list is open), one key per value.
        body (EventAppointmentRequest): A booking inside an event.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        AppointmentResource
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
        include=include,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
