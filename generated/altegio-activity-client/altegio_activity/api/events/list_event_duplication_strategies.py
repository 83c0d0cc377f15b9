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
from ...models.undocumented_envelope import UndocumentedEnvelope
from ...types import Response as _Response
from ...types import Unset

_OPERATION = _Operation(
    operation_id="list_event_duplication_strategies",
    method="GET",
    path="/v1/activity/{location_id}/duplication_strategy",
    auth=_Auth.USER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    location_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/v1/activity/{_path_segment(location_id)}/duplication_strategy",
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
    request_options: RequestOptions | None = None,
) -> _Response[UndocumentedEnvelope]:
    """List event duplication strategies

     The saved strategies for repeating an event. The vendor documents the success body with no fields;
    it is described as the V1 envelope with an open `data`, unknown keys kept. Security is uncertain:
    the G-C docs say the partner token alone, an older doc generation asks for the user token too. This
    spec asks for both (BearerPartnerUser), the safer choice: both tokens are accepted where the partner
    token alone suffices.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[UndocumentedEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    location_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> Any | Unset:
    """List event duplication strategies

     The saved strategies for repeating an event. The vendor documents the success body with no fields;
    it is described as the V1 envelope with an open `data`, unknown keys kept. Security is uncertain:
    the G-C docs say the partner token alone, an older doc generation asks for the user token too. This
    spec asks for both (BearerPartnerUser), the safer choice: both tokens are accepted where the partner
    token alone suffices.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Any | Unset
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    location_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> _Response[UndocumentedEnvelope]:
    """List event duplication strategies

     The saved strategies for repeating an event. The vendor documents the success body with no fields;
    it is described as the V1 envelope with an open `data`, unknown keys kept. Security is uncertain:
    the G-C docs say the partner token alone, an older doc generation asks for the user token too. This
    spec asks for both (BearerPartnerUser), the safer choice: both tokens are accepted where the partner
    token alone suffices.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[UndocumentedEnvelope]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    location_id: int | str,
    *,
    client: AltegioClient,
    request_options: RequestOptions | None = None,
) -> Any | Unset:
    """List event duplication strategies

     The saved strategies for repeating an event. The vendor documents the success body with no fields;
    it is described as the V1 envelope with an open `data`, unknown keys kept. Security is uncertain:
    the G-C docs say the partner token alone, an older doc generation asks for the user token too. This
    spec asks for both (BearerPartnerUser), the safer choice: both tokens are accepted where the partner
    token alone suffices.

    Args:
        location_id (int | str): The business location (company) ID. The V1 pages type it
            `number`.
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Any | Unset
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
