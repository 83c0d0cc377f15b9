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
from ...models.event_filter_group import EventFilterGroup
from ...models.event_search_filters_envelope import EventSearchFiltersEnvelope
from ...types import UNSET, Unset
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="get_event_search_filters",
    method="GET",
    path="/v1/activity/{location_id}/filters",
    auth=_Auth.PARTNER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    location_id: int | str,
    *,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    _json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        _json_service_ids = service_ids

    params["service_ids"] = _json_service_ids

    _json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        _json_staff_ids = staff_ids

    params["staff_ids"] = _json_staff_ids

    _json_resource_ids: list[int] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        _json_resource_ids = resource_ids

    params["resource_ids"] = _json_resource_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/v1/activity/{_path_segment(location_id)}/filters",
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> EventSearchFiltersEnvelope:
    response_200 = EventSearchFiltersEnvelope.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> EventSearchFiltersEnvelope:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
    )


def _build_response(response: httpx.Response) -> _Response[EventSearchFiltersEnvelope]:
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
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[EventSearchFiltersEnvelope]:
    """Get event search filters

     The team members, resources, services and service categories to filter events by. Items that the
    other chosen filters exclude come back flagged `is_disabled`, not removed.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventSearchFiltersEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    *,
    client: AltegioClient,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> list[EventFilterGroup]:
    """Get event search filters

     The team members, resources, services and service categories to filter events by. Items that the
    other chosen filters exclude come back flagged `is_disabled`, not removed.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[EventFilterGroup]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    location_id: int | str,
    *,
    client: AltegioClient,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[EventSearchFiltersEnvelope]:
    """Get event search filters

     The team members, resources, services and service categories to filter events by. Items that the
    other chosen filters exclude come back flagged `is_disabled`, not removed.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventSearchFiltersEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    *,
    client: AltegioClient,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> list[EventFilterGroup]:
    """Get event search filters

     The team members, resources, services and service categories to filter events by. Items that the
    other chosen filters exclude come back flagged `is_disabled`, not removed.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[EventFilterGroup]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
