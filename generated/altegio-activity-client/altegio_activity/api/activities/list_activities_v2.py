# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus as _HTTPStatus
from typing import Any
from urllib.parse import quote as _quote

import httpx

from ..._runtime._body import json_body
from ..._runtime.errors import unexpected_response
from ..._runtime.operation import Auth as _Auth
from ..._runtime.operation import Operation as _Operation
from ..._runtime.options import RequestOptions
from ..._runtime.pagination import aiterate_offsets, iterate_offsets
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
)


def _get_kwargs(
    location_id: int,
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
        "url": "/v2/companies/{location_id}/activities".format(
            location_id=_quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ActivityCollection:
    # Error statuses never get here: the client raised a typed error for them.
    if response.status_code == 200:
        response_200 = ActivityCollection.from_dict(json_body(response))

        return response_200

    raise unexpected_response(response)


def _build_response(response: httpx.Response) -> _Response[ActivityCollection]:
    return _Response(
        status_code=_HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    location_id: int,
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
        location_id (int):
        filter_ (ActivityFilter):
        search (str | Unset):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
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
    location_id: int,
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
        location_id (int):
        filter_ (ActivityFilter):
        search (str | Unset):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
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
    location_id: int,
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
        location_id (int):
        filter_ (ActivityFilter):
        search (str | Unset):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
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
    location_id: int,
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
        location_id (int):
        filter_ (ActivityFilter):
        search (str | Unset):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
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
    location_id: int,
    *,
    client: AltegioClient,
    filter_: ActivityFilter,
    search: str | Unset = UNSET,
    limit: int = 100,
    request_options: RequestOptions | None = None,
) -> Iterator[ActivityResource]:
    """Every item across all pages, fetching limit at a time."""

    def _fetch(_position: int) -> list[ActivityResource]:
        return sync(
            location_id=location_id,
            client=client,
            filter_=filter_,
            search=search,
            offset=_position,
            limit=limit,
            request_options=request_options,
        )

    return iterate_offsets(_fetch, limit=limit)


def aiterate(
    location_id: int,
    *,
    client: AltegioClient,
    filter_: ActivityFilter,
    search: str | Unset = UNSET,
    limit: int = 100,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[ActivityResource]:
    """Every item across all pages, fetching limit at a time (async)."""

    async def _fetch(_position: int) -> list[ActivityResource]:
        return await asyncio(
            location_id=location_id,
            client=client,
            filter_=filter_,
            search=search,
            offset=_position,
            limit=limit,
            request_options=request_options,
        )

    return aiterate_offsets(_fetch, limit=limit)
