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
    aiterate_offsets,
    clamp_page_size,
    follow_link,
    iterate_offsets,
    page_of,
)
from ...client import AltegioClient
from ...models.activity_collection import ActivityCollection
from ...models.activity_filter import ActivityFilter
from ...models.activity_resource import ActivityResource
from ...types import UNSET, Unset
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="list_activities_v2",
    method="GET",
    path="/v2/companies/{location_id}/activities",
    auth=_Auth.USER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    location_id: int | str,
    *,
    filter_: ActivityFilter,
    search: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    _json_filter_ = filter_.to_dict()
    params.update({"filter[" + key + "]": value for key, value in _json_filter_.items()})

    params["search"] = search

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/v2/companies/{_path_segment(location_id)}/activities",
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> ActivityCollection:
    response_200 = ActivityCollection.from_dict(json_body(response))

    return response_200


def _parse_response(response: httpx.Response) -> ActivityCollection:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((200, 200, _parse_200),),
    )


def _build_response(response: httpx.Response) -> _Response[ActivityCollection]:
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
    filter_: ActivityFilter,
    search: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    request_options: RequestOptions | None = None,
) -> _Response[ActivityCollection]:
    """List activities

     Lists the activities of a location in a date range, `limit` at a time.

    Args:
        location_id (int): The business location (company) ID.
        filter_ (ActivityFilter): Sent as `filter[from]=...&filter[to]=...`.
        search (str | Unset): Free-text search.
        limit (int | Unset): Page size. Default: 100.
        offset (int | Unset): Number of activities to skip. Default: 0.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[ActivityCollection]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filter_=filter_,
        search=search,
        limit=limit,
        offset=offset,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    *,
    client: AltegioClient,
    filter_: ActivityFilter,
    search: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    request_options: RequestOptions | None = None,
) -> list[ActivityResource]:
    """List activities

     Lists the activities of a location in a date range, `limit` at a time.

    Args:
        location_id (int): The business location (company) ID.
        filter_ (ActivityFilter): Sent as `filter[from]=...&filter[to]=...`.
        search (str | Unset): Free-text search.
        limit (int | Unset): Page size. Default: 100.
        offset (int | Unset): Number of activities to skip. Default: 0.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[ActivityResource]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filter_=filter_,
        search=search,
        limit=limit,
        offset=offset,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    location_id: int | str,
    *,
    client: AltegioClient,
    filter_: ActivityFilter,
    search: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    request_options: RequestOptions | None = None,
) -> _Response[ActivityCollection]:
    """List activities

     Lists the activities of a location in a date range, `limit` at a time.

    Args:
        location_id (int): The business location (company) ID.
        filter_ (ActivityFilter): Sent as `filter[from]=...&filter[to]=...`.
        search (str | Unset): Free-text search.
        limit (int | Unset): Page size. Default: 100.
        offset (int | Unset): Number of activities to skip. Default: 0.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[ActivityCollection]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filter_=filter_,
        search=search,
        limit=limit,
        offset=offset,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    *,
    client: AltegioClient,
    filter_: ActivityFilter,
    search: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    request_options: RequestOptions | None = None,
) -> list[ActivityResource]:
    """List activities

     Lists the activities of a location in a date range, `limit` at a time.

    Args:
        location_id (int): The business location (company) ID.
        filter_ (ActivityFilter): Sent as `filter[from]=...&filter[to]=...`.
        search (str | Unset): Free-text search.
        limit (int | Unset): Page size. Default: 100.
        offset (int | Unset): Number of activities to skip. Default: 0.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        list[ActivityResource]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filter_=filter_,
        search=search,
        limit=limit,
        offset=offset,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data


def iterate(
    location_id: int | str,
    *,
    client: AltegioClient,
    filter_: ActivityFilter,
    search: str | Unset = UNSET,
    limit: int = 100,
    max_pages: int | None = None,
    request_options: RequestOptions | None = None,
) -> Iterator[ActivityResource]:
    """Every item across all pages, fetching `limit` at a time.

    Iteration follows the server's `links.next` when it sends one, continues past short pages
    while the server's reported total says more are left (or, with neither, until an empty page
    unless the server has shown it honours the page size), stops after `max_pages` pages when
    given, and raises PaginationError if the server sends the same page twice (it ignores the
    offset) or links a next page away from the API.

    Args:
        location_id (int): The business location (company) ID.
        filter_ (ActivityFilter): Sent as `filter[from]=...&filter[to]=...`.
        search (str | Unset): Free-text search.
        limit (int): Items per request.
        max_pages (int | None): Stop after this many pages.
        request_options: Per-call timeout, retries and extra headers.
    """

    limit = clamp_page_size(limit, None)

    def _kwargs_at(_position: int) -> dict[str, Any]:
        return _get_kwargs(
            location_id=location_id,
            filter_=filter_,
            search=search,
            offset=_position,
            limit=limit,
        )

    def _send(_page_kwargs: dict[str, Any]) -> _Page[ActivityResource]:
        _page = client.send(_OPERATION, _page_kwargs, request_options)
        return page_of(_page, _parse_response(_page).data)

    def _fetch(_position: int) -> _Page[ActivityResource]:
        return _send(_kwargs_at(_position))

    def _follow(_link: str) -> _Page[ActivityResource]:
        # The server's own link to the next page; only ever one under the client's base URL.
        return _send(follow_link(_kwargs_at(0), _link, client.base_url))

    return iterate_offsets(_fetch, limit=limit, max_pages=max_pages, follow=_follow)


def aiterate(
    location_id: int | str,
    *,
    client: AltegioClient,
    filter_: ActivityFilter,
    search: str | Unset = UNSET,
    limit: int = 100,
    max_pages: int | None = None,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[ActivityResource]:
    """Every item across all pages (async), fetching `limit` at a time.

    Iteration follows the server's `links.next` when it sends one, continues past short pages
    while the server's reported total says more are left (or, with neither, until an empty page
    unless the server has shown it honours the page size), stops after `max_pages` pages when
    given, and raises PaginationError if the server sends the same page twice (it ignores the
    offset) or links a next page away from the API.

    Args:
        location_id (int): The business location (company) ID.
        filter_ (ActivityFilter): Sent as `filter[from]=...&filter[to]=...`.
        search (str | Unset): Free-text search.
        limit (int): Items per request.
        max_pages (int | None): Stop after this many pages.
        request_options: Per-call timeout, retries and extra headers.
    """

    limit = clamp_page_size(limit, None)

    def _kwargs_at(_position: int) -> dict[str, Any]:
        return _get_kwargs(
            location_id=location_id,
            filter_=filter_,
            search=search,
            offset=_position,
            limit=limit,
        )

    async def _send(_page_kwargs: dict[str, Any]) -> _Page[ActivityResource]:
        _page = await client.asend(_OPERATION, _page_kwargs, request_options)
        return page_of(_page, _parse_response(_page).data)

    async def _fetch(_position: int) -> _Page[ActivityResource]:
        return await _send(_kwargs_at(_position))

    async def _follow(_link: str) -> _Page[ActivityResource]:
        # The server's own link to the next page; only ever one under the client's base URL.
        return await _send(follow_link(_kwargs_at(0), _link, client.base_url))

    return aiterate_offsets(_fetch, limit=limit, max_pages=max_pages, follow=_follow)
