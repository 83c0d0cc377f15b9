# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ..._runtime._body import json_body
from ..._runtime._decode import parse_success
from ..._runtime._response import http_status as _http_status
from ..._runtime.operation import Auth as _Auth
from ..._runtime.operation import Operation as _Operation
from ..._runtime.operation import path_segment as _path_segment
from ..._runtime.options import RequestOptions
from ..._runtime.pagination import Page as _Page
from ..._runtime.pagination import (
    aiterate_pages,
    clamp_page_size,
    follow_link,
    iterate_pages,
    page_of,
)
from ...client import AltegioClient
from ...models.event import Event
from ...models.event_list_envelope import EventListEnvelope
from ...types import UNSET, Unset
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="search_events",
    method="GET",
    path="/v1/activity/{location_id}/search",
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
    page: int | Unset = 1,
    count: int | Unset = 25,
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

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/v1/activity/{_path_segment(location_id)}/search",
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> EventListEnvelope:
    response_200 = EventListEnvelope.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> EventListEnvelope:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
    )


def _build_response(response: httpx.Response) -> _Response[EventListEnvelope]:
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
    page: int | Unset = 1,
    count: int | Unset = 25,
    request_options: RequestOptions | None = None,
) -> _Response[EventListEnvelope]:
    """Search events

     Lists the events of a location between two days, a page at a time.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
        till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        page (int | Unset): Page number, from 1. Default: 1.
        count (int | Unset): Page size. The vendor states no maximum. Default: 25.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventListEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        till=till,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
        page=page,
        count=count,
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
    page: int | Unset = 1,
    count: int | Unset = 25,
    request_options: RequestOptions | None = None,
) -> list[Event]:
    """Search events

     Lists the events of a location between two days, a page at a time.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
        till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        page (int | Unset): Page number, from 1. Default: 1.
        count (int | Unset): Page size. The vendor states no maximum. Default: 25.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[Event]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        till=till,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
        page=page,
        count=count,
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
    page: int | Unset = 1,
    count: int | Unset = 25,
    request_options: RequestOptions | None = None,
) -> _Response[EventListEnvelope]:
    """Search events

     Lists the events of a location between two days, a page at a time.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
        till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        page (int | Unset): Page number, from 1. Default: 1.
        count (int | Unset): Page size. The vendor states no maximum. Default: 25.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventListEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        till=till,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
        page=page,
        count=count,
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
    page: int | Unset = 1,
    count: int | Unset = 25,
    request_options: RequestOptions | None = None,
) -> list[Event]:
    """Search events

     Lists the events of a location between two days, a page at a time.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
        till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        page (int | Unset): Page number, from 1. Default: 1.
        count (int | Unset): Page size. The vendor states no maximum. Default: 25.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[Event]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        till=till,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
        page=page,
        count=count,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data


def iterate(
    location_id: int | str,
    *,
    client: AltegioClient,
    from_: datetime.date,
    till: datetime.date,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    count: int = 25,
    max_pages: int | None = None,
    request_options: RequestOptions | None = None,
) -> Iterator[Event]:
    """Every item across all pages, fetching `count` at a time.

    Iteration follows the server's `links.next` when it sends one, continues past short pages
    while the server's reported total says more are left (or, with neither, until an empty page
    unless the server has shown it honours the page size), stops after `max_pages` pages when
    given, and raises PaginationError if the server sends the same page twice (it ignores the
    page number) or links a next page away from the API.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
        till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        count (int): Items per request.
        max_pages (int | None): Stop after this many pages.
        request_options: Per-call timeout, retries and extra headers.
    """

    count = clamp_page_size(count, None)

    def _kwargs_at(_position: int) -> dict[str, Any]:
        return _get_kwargs(
            location_id=location_id,
            from_=from_,
            till=till,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            page=_position,
            count=count,
        )

    def _send(_page_kwargs: dict[str, Any]) -> _Page[Event]:
        _page = client.send(_OPERATION, _page_kwargs, request_options)
        return page_of(_page, _parse_response(_page).data)

    def _fetch(_position: int) -> _Page[Event]:
        return _send(_kwargs_at(_position))

    def _follow(_link: str) -> _Page[Event]:
        # The server's own link to the next page; only ever one under the client's base URL.
        return _send(follow_link(_kwargs_at(0), _link, client.base_url))

    return iterate_pages(_fetch, page_size=count, max_pages=max_pages, follow=_follow)


def aiterate(
    location_id: int | str,
    *,
    client: AltegioClient,
    from_: datetime.date,
    till: datetime.date,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    count: int = 25,
    max_pages: int | None = None,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[Event]:
    """Every item across all pages (async), fetching `count` at a time.

    Iteration follows the server's `links.next` when it sends one, continues past short pages
    while the server's reported total says more are left (or, with neither, until an empty page
    unless the server has shown it honours the page size), stops after `max_pages` pages when
    given, and raises PaginationError if the server sends the same page twice (it ignores the
    page number) or links a next page away from the API.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (datetime.date): First day, inclusive, `YYYY-MM-DD`.
        till (datetime.date): Last day, inclusive, `YYYY-MM-DD`.
        service_ids (list[int] | Unset): Only events of these services.
        staff_ids (list[int] | Unset): Only events of these team members.
        resource_ids (list[int] | Unset): Only events that use these resources.
        count (int): Items per request.
        max_pages (int | None): Stop after this many pages.
        request_options: Per-call timeout, retries and extra headers.
    """

    count = clamp_page_size(count, None)

    def _kwargs_at(_position: int) -> dict[str, Any]:
        return _get_kwargs(
            location_id=location_id,
            from_=from_,
            till=till,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            page=_position,
            count=count,
        )

    async def _send(_page_kwargs: dict[str, Any]) -> _Page[Event]:
        _page = await client.asend(_OPERATION, _page_kwargs, request_options)
        return page_of(_page, _parse_response(_page).data)

    async def _fetch(_position: int) -> _Page[Event]:
        return await _send(_kwargs_at(_position))

    async def _follow(_link: str) -> _Page[Event]:
        # The server's own link to the next page; only ever one under the client's base URL.
        return await _send(follow_link(_kwargs_at(0), _link, client.base_url))

    return aiterate_pages(_fetch, page_size=count, max_pages=max_pages, follow=_follow)
