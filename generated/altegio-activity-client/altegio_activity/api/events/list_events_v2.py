# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
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
from ...models.event_collection_document import EventCollectionDocument
from ...models.event_include_value import EventIncludeValue
from ...models.event_resource import EventResource
from ...types import UNSET, Unset
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="list_events_v2",
    method="GET",
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
    from_: str,
    to: str,
    master_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    capacity: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[EventIncludeValue] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[from]"] = from_

    params["filter[to]"] = to

    _json_master_ids: list[int] | Unset = UNSET
    if not isinstance(master_ids, Unset):
        _json_master_ids = master_ids

    params["filter[master_ids][]"] = _json_master_ids

    _json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        _json_service_ids = service_ids

    params["filter[service_ids][]"] = _json_service_ids

    params["filter[capacity]"] = capacity

    params["page"] = page

    params["limit"] = limit

    _json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        _json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            _json_include.append(include_item)

    params["include"] = _json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/v2/locations/{_path_segment(location_id)}/events",
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> EventCollectionDocument:
    response_200 = EventCollectionDocument.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> EventCollectionDocument:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
    )


def _build_response(response: httpx.Response) -> _Response[EventCollectionDocument]:
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
    from_: str,
    to: str,
    master_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    capacity: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[EventIncludeValue] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[EventCollectionDocument]:
    """List events

     Lists the events of a location starting in a future period (vendor operationId `list_events`).
    `filter[from]` may not lie before the current time, and `filter[to]` must be after it. Deleted
    events leave the list. The vendor documents no `meta`, no pagination object and no `links` in the
    answer; unknown keys are kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (str): Start of the period, location-local `YYYY-MM-DD HH:MM:SS`; not in the past.
        to (str): End of the period, location-local `YYYY-MM-DD HH:MM:SS`; after `filter[from]`.
        master_ids (list[int] | Unset): Only events of these team members. Sent as one key per id:
            `filter[master_ids][]=5&filter[master_ids][]=10`.
        service_ids (list[int] | Unset): Only events of these services. Sent as one key per id:
            `filter[service_ids][]=1&filter[service_ids][]=2`.
        capacity (int | Unset): Only events with at least this many free places.
        page (int | Unset): Page number, from 1.
        limit (int | Unset): Page size. The vendor states no maximum (its own client caps pages at
            250).
        include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
            one key per value (`include=staff&include=service`); each asked-for relation also appears
            under the event's `relationships`.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventCollectionDocument]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        to=to,
        master_ids=master_ids,
        service_ids=service_ids,
        capacity=capacity,
        page=page,
        limit=limit,
        include=include,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    *,
    client: AltegioClient,
    from_: str,
    to: str,
    master_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    capacity: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[EventIncludeValue] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> list[EventResource]:
    """List events

     Lists the events of a location starting in a future period (vendor operationId `list_events`).
    `filter[from]` may not lie before the current time, and `filter[to]` must be after it. Deleted
    events leave the list. The vendor documents no `meta`, no pagination object and no `links` in the
    answer; unknown keys are kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (str): Start of the period, location-local `YYYY-MM-DD HH:MM:SS`; not in the past.
        to (str): End of the period, location-local `YYYY-MM-DD HH:MM:SS`; after `filter[from]`.
        master_ids (list[int] | Unset): Only events of these team members. Sent as one key per id:
            `filter[master_ids][]=5&filter[master_ids][]=10`.
        service_ids (list[int] | Unset): Only events of these services. Sent as one key per id:
            `filter[service_ids][]=1&filter[service_ids][]=2`.
        capacity (int | Unset): Only events with at least this many free places.
        page (int | Unset): Page number, from 1.
        limit (int | Unset): Page size. The vendor states no maximum (its own client caps pages at
            250).
        include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
            one key per value (`include=staff&include=service`); each asked-for relation also appears
            under the event's `relationships`.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[EventResource]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        to=to,
        master_ids=master_ids,
        service_ids=service_ids,
        capacity=capacity,
        page=page,
        limit=limit,
        include=include,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    location_id: int | str,
    *,
    client: AltegioClient,
    from_: str,
    to: str,
    master_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    capacity: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[EventIncludeValue] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[EventCollectionDocument]:
    """List events

     Lists the events of a location starting in a future period (vendor operationId `list_events`).
    `filter[from]` may not lie before the current time, and `filter[to]` must be after it. Deleted
    events leave the list. The vendor documents no `meta`, no pagination object and no `links` in the
    answer; unknown keys are kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (str): Start of the period, location-local `YYYY-MM-DD HH:MM:SS`; not in the past.
        to (str): End of the period, location-local `YYYY-MM-DD HH:MM:SS`; after `filter[from]`.
        master_ids (list[int] | Unset): Only events of these team members. Sent as one key per id:
            `filter[master_ids][]=5&filter[master_ids][]=10`.
        service_ids (list[int] | Unset): Only events of these services. Sent as one key per id:
            `filter[service_ids][]=1&filter[service_ids][]=2`.
        capacity (int | Unset): Only events with at least this many free places.
        page (int | Unset): Page number, from 1.
        limit (int | Unset): Page size. The vendor states no maximum (its own client caps pages at
            250).
        include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
            one key per value (`include=staff&include=service`); each asked-for relation also appears
            under the event's `relationships`.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[EventCollectionDocument]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        to=to,
        master_ids=master_ids,
        service_ids=service_ids,
        capacity=capacity,
        page=page,
        limit=limit,
        include=include,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    *,
    client: AltegioClient,
    from_: str,
    to: str,
    master_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    capacity: int | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[EventIncludeValue] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> list[EventResource]:
    """List events

     Lists the events of a location starting in a future period (vendor operationId `list_events`).
    `filter[from]` may not lie before the current time, and `filter[to]` must be after it. Deleted
    events leave the list. The vendor documents no `meta`, no pagination object and no `links` in the
    answer; unknown keys are kept.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (str): Start of the period, location-local `YYYY-MM-DD HH:MM:SS`; not in the past.
        to (str): End of the period, location-local `YYYY-MM-DD HH:MM:SS`; after `filter[from]`.
        master_ids (list[int] | Unset): Only events of these team members. Sent as one key per id:
            `filter[master_ids][]=5&filter[master_ids][]=10`.
        service_ids (list[int] | Unset): Only events of these services. Sent as one key per id:
            `filter[service_ids][]=1&filter[service_ids][]=2`.
        capacity (int | Unset): Only events with at least this many free places.
        page (int | Unset): Page number, from 1.
        limit (int | Unset): Page size. The vendor states no maximum (its own client caps pages at
            250).
        include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
            one key per value (`include=staff&include=service`); each asked-for relation also appears
            under the event's `relationships`.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[EventResource]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        from_=from_,
        to=to,
        master_ids=master_ids,
        service_ids=service_ids,
        capacity=capacity,
        page=page,
        limit=limit,
        include=include,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data


def iterate(
    location_id: int | str,
    *,
    client: AltegioClient,
    from_: str,
    to: str,
    master_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    capacity: int | Unset = UNSET,
    include: list[EventIncludeValue] | Unset = UNSET,
    limit: int = 25,
    max_pages: int | None = None,
    request_options: RequestOptions | None = None,
) -> Iterator[EventResource]:
    """Every item across all pages, fetching `limit` at a time.

    Iteration follows the server's `links.next` when it sends one, continues past short pages
    while the server's reported total says more are left (or, with neither, until an empty page
    unless the server has shown it honours the page size), stops after `max_pages` pages when
    given, and raises PaginationError if the server sends the same page twice (it ignores the
    page number) or links a next page away from the API.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (str): Start of the period, location-local `YYYY-MM-DD HH:MM:SS`; not in the past.
        to (str): End of the period, location-local `YYYY-MM-DD HH:MM:SS`; after `filter[from]`.
        master_ids (list[int] | Unset): Only events of these team members. Sent as one key per id:
            `filter[master_ids][]=5&filter[master_ids][]=10`.
        service_ids (list[int] | Unset): Only events of these services. Sent as one key per id:
            `filter[service_ids][]=1&filter[service_ids][]=2`.
        capacity (int | Unset): Only events with at least this many free places.
        include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
            one key per value (`include=staff&include=service`); each asked-for relation also appears
            under the event's `relationships`.
        limit (int): Items per request.
        max_pages (int | None): Stop after this many pages.
        request_options: Per-call timeout, retries and extra headers.
    """

    limit = clamp_page_size(limit, None)

    def _kwargs_at(_position: int) -> dict[str, Any]:
        return _get_kwargs(
            location_id=location_id,
            from_=from_,
            to=to,
            master_ids=master_ids,
            service_ids=service_ids,
            capacity=capacity,
            include=include,
            page=_position,
            limit=limit,
        )

    def _send(_page_kwargs: dict[str, Any]) -> _Page[EventResource]:
        _page = client.send(_OPERATION, _page_kwargs, request_options)
        return page_of(_page, _parse_response(_page).data)

    def _fetch(_position: int) -> _Page[EventResource]:
        return _send(_kwargs_at(_position))

    def _follow(_link: str) -> _Page[EventResource]:
        # The server's own link to the next page; only ever one under the client's base URL.
        return _send(follow_link(_kwargs_at(0), _link, client.base_url))

    return iterate_pages(_fetch, page_size=limit, max_pages=max_pages, follow=_follow)


def aiterate(
    location_id: int | str,
    *,
    client: AltegioClient,
    from_: str,
    to: str,
    master_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    capacity: int | Unset = UNSET,
    include: list[EventIncludeValue] | Unset = UNSET,
    limit: int = 25,
    max_pages: int | None = None,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[EventResource]:
    """Every item across all pages (async), fetching `limit` at a time.

    Iteration follows the server's `links.next` when it sends one, continues past short pages
    while the server's reported total says more are left (or, with neither, until an empty page
    unless the server has shown it honours the page size), stops after `max_pages` pages when
    given, and raises PaginationError if the server sends the same page twice (it ignores the
    page number) or links a next page away from the API.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        from_ (str): Start of the period, location-local `YYYY-MM-DD HH:MM:SS`; not in the past.
        to (str): End of the period, location-local `YYYY-MM-DD HH:MM:SS`; after `filter[from]`.
        master_ids (list[int] | Unset): Only events of these team members. Sent as one key per id:
            `filter[master_ids][]=5&filter[master_ids][]=10`.
        service_ids (list[int] | Unset): Only events of these services. Sent as one key per id:
            `filter[service_ids][]=1&filter[service_ids][]=2`.
        capacity (int | Unset): Only events with at least this many free places.
        include (list[EventIncludeValue] | Unset): Related resources to side-load into `included`,
            one key per value (`include=staff&include=service`); each asked-for relation also appears
            under the event's `relationships`.
        limit (int): Items per request.
        max_pages (int | None): Stop after this many pages.
        request_options: Per-call timeout, retries and extra headers.
    """

    limit = clamp_page_size(limit, None)

    def _kwargs_at(_position: int) -> dict[str, Any]:
        return _get_kwargs(
            location_id=location_id,
            from_=from_,
            to=to,
            master_ids=master_ids,
            service_ids=service_ids,
            capacity=capacity,
            include=include,
            page=_position,
            limit=limit,
        )

    async def _send(_page_kwargs: dict[str, Any]) -> _Page[EventResource]:
        _page = await client.asend(_OPERATION, _page_kwargs, request_options)
        return page_of(_page, _parse_response(_page).data)

    async def _fetch(_position: int) -> _Page[EventResource]:
        return await _send(_kwargs_at(_position))

    async def _follow(_link: str) -> _Page[EventResource]:
        # The server's own link to the next page; only ever one under the client's base URL.
        return await _send(follow_link(_kwargs_at(0), _link, client.base_url))

    return aiterate_pages(_fetch, page_size=limit, max_pages=max_pages, follow=_follow)
