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
from ...models.event_appointment_reschedule import EventAppointmentReschedule
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="reschedule_event_appointment_v2",
    method="PATCH",
    path="/v2/locations/{location_id}/events/{event_id}/appointments/{record_id}",
    auth=_Auth.USER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    location_id: int | str,
    event_id: int | str,
    record_id: int | str,
    *,
    body: EventAppointmentReschedule,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": f"/v2/locations/{_path_segment(location_id)}/events/{_path_segment(event_id)}/appointments/{_path_segment(record_id)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> AppointmentDocument:
    response_200 = AppointmentDocument.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> AppointmentDocument:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
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
    record_id: int | str,
    *,
    client: AltegioClient,
    body: EventAppointmentReschedule,
    request_options: RequestOptions | None = None,
) -> _Response[AppointmentDocument]:
    """Reschedule an appointment in an event

     Moves an appointment of the event (vendor operationId `reschedule_event_appointment`). The vendor's
    page for it is not in the stored docs, so the body's fields are unknown: it is an open object whose
    keys are sent as given, and the answer is taken to be the appointment document.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        record_id (int | str): The appointment (record) ID.
        body (EventAppointmentReschedule): Not documented by the vendor: every key is sent as
            given (for example the target event as `activity_id`).
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
        record_id=record_id,
        body=body,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    event_id: int | str,
    record_id: int | str,
    *,
    client: AltegioClient,
    body: EventAppointmentReschedule,
    request_options: RequestOptions | None = None,
) -> AppointmentResource:
    """Reschedule an appointment in an event

     Moves an appointment of the event (vendor operationId `reschedule_event_appointment`). The vendor's
    page for it is not in the stored docs, so the body's fields are unknown: it is an open object whose
    keys are sent as given, and the answer is taken to be the appointment document.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        record_id (int | str): The appointment (record) ID.
        body (EventAppointmentReschedule): Not documented by the vendor: every key is sent as
            given (for example the target event as `activity_id`).
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
        record_id=record_id,
        body=body,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    location_id: int | str,
    event_id: int | str,
    record_id: int | str,
    *,
    client: AltegioClient,
    body: EventAppointmentReschedule,
    request_options: RequestOptions | None = None,
) -> _Response[AppointmentDocument]:
    """Reschedule an appointment in an event

     Moves an appointment of the event (vendor operationId `reschedule_event_appointment`). The vendor's
    page for it is not in the stored docs, so the body's fields are unknown: it is an open object whose
    keys are sent as given, and the answer is taken to be the appointment document.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        record_id (int | str): The appointment (record) ID.
        body (EventAppointmentReschedule): Not documented by the vendor: every key is sent as
            given (for example the target event as `activity_id`).
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
        record_id=record_id,
        body=body,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    event_id: int | str,
    record_id: int | str,
    *,
    client: AltegioClient,
    body: EventAppointmentReschedule,
    request_options: RequestOptions | None = None,
) -> AppointmentResource:
    """Reschedule an appointment in an event

     Moves an appointment of the event (vendor operationId `reschedule_event_appointment`). The vendor's
    page for it is not in the stored docs, so the body's fields are unknown: it is an open object whose
    keys are sent as given, and the answer is taken to be the appointment document.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        event_id (int | str): The event ID.
        record_id (int | str): The appointment (record) ID.
        body (EventAppointmentReschedule): Not documented by the vendor: every key is sent as
            given (for example the target event as `activity_id`).
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
        record_id=record_id,
        body=body,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
