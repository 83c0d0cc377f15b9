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
from ...models.duplication_strategy_request import DuplicationStrategyRequest
from ...models.undocumented_envelope import UndocumentedEnvelope
from ...types import UNSET, Unset
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="update_event_duplication_strategy",
    method="POST",
    path="/v1/activity/{location_id}/duplication_strategy/{strategy_id}",
    auth=_Auth.USER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    location_id: int | str,
    strategy_id: int | str,
    *,
    body: DuplicationStrategyRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": f"/v1/activity/{_path_segment(location_id)}/duplication_strategy/{_path_segment(strategy_id)}",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    strategy_id: int | str,
    *,
    client: AltegioClient,
    body: DuplicationStrategyRequest | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[UndocumentedEnvelope]:
    """Update an event duplication strategy

     Replaces a saved strategy. The vendor uses POST (not PUT) for this update. The success body and the
    error list are not documented: the errors here are those every Events page lists.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        strategy_id (int | str): The strategy ID.
        body (DuplicationStrategyRequest | Unset): A saved way to repeat an event. The vendor's
            spec types `days` items as objects, its tag text as integers (weekdays); integers are used
            here. How `interval` counts is unclear in the vendor's example.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[UndocumentedEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        strategy_id=strategy_id,
        body=body,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    strategy_id: int | str,
    *,
    client: AltegioClient,
    body: DuplicationStrategyRequest | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Any | Unset:
    """Update an event duplication strategy

     Replaces a saved strategy. The vendor uses POST (not PUT) for this update. The success body and the
    error list are not documented: the errors here are those every Events page lists.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        strategy_id (int | str): The strategy ID.
        body (DuplicationStrategyRequest | Unset): A saved way to repeat an event. The vendor's
            spec types `days` items as objects, its tag text as integers (weekdays); integers are used
            here. How `interval` counts is unclear in the vendor's example.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Any | Unset
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        strategy_id=strategy_id,
        body=body,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    location_id: int | str,
    strategy_id: int | str,
    *,
    client: AltegioClient,
    body: DuplicationStrategyRequest | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> _Response[UndocumentedEnvelope]:
    """Update an event duplication strategy

     Replaces a saved strategy. The vendor uses POST (not PUT) for this update. The success body and the
    error list are not documented: the errors here are those every Events page lists.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        strategy_id (int | str): The strategy ID.
        body (DuplicationStrategyRequest | Unset): A saved way to repeat an event. The vendor's
            spec types `days` items as objects, its tag text as integers (weekdays); integers are used
            here. How `interval` counts is unclear in the vendor's example.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[UndocumentedEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        strategy_id=strategy_id,
        body=body,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    strategy_id: int | str,
    *,
    client: AltegioClient,
    body: DuplicationStrategyRequest | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Any | Unset:
    """Update an event duplication strategy

     Replaces a saved strategy. The vendor uses POST (not PUT) for this update. The success body and the
    error list are not documented: the errors here are those every Events page lists.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        strategy_id (int | str): The strategy ID.
        body (DuplicationStrategyRequest | Unset): A saved way to repeat an event. The vendor's
            spec types `days` items as objects, its tag text as integers (weekdays); integers are used
            here. How `interval` counts is unclear in the vendor's example.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Any | Unset
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        strategy_id=strategy_id,
        body=body,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
