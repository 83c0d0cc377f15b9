# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
import datetime
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
from ...models.undocumented_envelope import UndocumentedEnvelope
from ...types import UNSET, Unset
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="search_event_dates",
    method="GET",
    path="/v1/activity/{location_id}/search_dates",
    auth=_Auth.PARTNER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    location_id: int | str,
    *,
    from_: datetime.date,
    till: datetime.date,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    _json_from_ = from_.isoformat()
    params["from"] = _json_from_

    _json_till = till.isoformat()
    params["till"] = _json_till

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
        "url": f"/v1/activity/{_path_segment(location_id)}/search_dates",
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> UndocumentedEnvelope:
    response_200 = UndocumentedEnvelope.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> UndocumentedEnvelope:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
    )


def _build_response(response: httpx.Response) -> _Response[UndocumentedEnvelope]:
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
    from_: datetime.date,
    till: datetime.date,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[UndocumentedEnvelope]:
    """Search event dates

     The days between `from` and `till` that have events matching the filters. The vendor documents the
    success body with no fields at all; it is described here as the V1 envelope with an open `data`, and
    unknown keys are kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
        till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[UndocumentedEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        till=till,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    *,
    client: AltegioClient,
    from_: datetime.date,
    till: datetime.date,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Any | Unset:
    """Search event dates

     The days between `from` and `till` that have events matching the filters. The vendor documents the
    success body with no fields at all; it is described here as the V1 envelope with an open `data`, and
    unknown keys are kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
        till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Any | Unset
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        till=till,
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
    from_: datetime.date,
    till: datetime.date,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[UndocumentedEnvelope]:
    """Search event dates

     The days between `from` and `till` that have events matching the filters. The vendor documents the
    success body with no fields at all; it is described here as the V1 envelope with an open `data`, and
    unknown keys are kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
        till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[UndocumentedEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        till=till,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    *,
    client: AltegioClient,
    from_: datetime.date,
    till: datetime.date,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Any | Unset:
    """Search event dates

     The days between `from` and `till` that have events matching the filters. The vendor documents the
    success body with no fields at all; it is described here as the V1 envelope with an open `data`, and
    unknown keys are kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
        till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Any | Unset
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        till=till,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
