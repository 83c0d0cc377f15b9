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
from ...models.event_service_option import EventServiceOption
from ...models.event_services_envelope import EventServicesEnvelope
from ...types import UNSET, Unset
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="search_event_services",
    method="GET",
    path="/v1/activity/{location_id}/services",
    auth=_Auth.USER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    location_id: int | str,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["term"] = term

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/v1/activity/{_path_segment(location_id)}/services",
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> EventServicesEnvelope:
    response_200 = EventServicesEnvelope.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> EventServicesEnvelope:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
    )


def _build_response(response: httpx.Response) -> _Response[EventServicesEnvelope]:
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
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[EventServicesEnvelope]:
    """Search event services

     The services that can be booked as events, with their team members and resources. V2 has no
    equivalent. Security is uncertain: the G-C docs say the partner token alone; an older doc generation
    and a YCLIENTS-era client say the user token is needed. This spec asks for both (BearerPartnerUser),
    the safer choice: a request carrying both tokens is accepted where the partner token alone suffices,
    the reverse is not.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        staff_id (int | Unset): Only services this team member provides.
        term (str | Unset): The whole or a part of a service name.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventServicesEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        term=term,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    *,
    client: AltegioClient,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> list[EventServiceOption]:
    """Search event services

     The services that can be booked as events, with their team members and resources. V2 has no
    equivalent. Security is uncertain: the G-C docs say the partner token alone; an older doc generation
    and a YCLIENTS-era client say the user token is needed. This spec asks for both (BearerPartnerUser),
    the safer choice: a request carrying both tokens is accepted where the partner token alone suffices,
    the reverse is not.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        staff_id (int | Unset): Only services this team member provides.
        term (str | Unset): The whole or a part of a service name.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[EventServiceOption]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        term=term,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    location_id: int | str,
    *,
    client: AltegioClient,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[EventServicesEnvelope]:
    """Search event services

     The services that can be booked as events, with their team members and resources. V2 has no
    equivalent. Security is uncertain: the G-C docs say the partner token alone; an older doc generation
    and a YCLIENTS-era client say the user token is needed. This spec asks for both (BearerPartnerUser),
    the safer choice: a request carrying both tokens is accepted where the partner token alone suffices,
    the reverse is not.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        staff_id (int | Unset): Only services this team member provides.
        term (str | Unset): The whole or a part of a service name.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventServicesEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        term=term,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    *,
    client: AltegioClient,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> list[EventServiceOption]:
    """Search event services

     The services that can be booked as events, with their team members and resources. V2 has no
    equivalent. Security is uncertain: the G-C docs say the partner token alone; an older doc generation
    and a YCLIENTS-era client say the user token is needed. This spec asks for both (BearerPartnerUser),
    the safer choice: a request carrying both tokens is accepted where the partner token alone suffices,
    the reverse is not.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        staff_id (int | Unset): Only services this team member provides.
        term (str | Unset): The whole or a part of a service name.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[EventServiceOption]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        term=term,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
