# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
from typing import Any

import httpx

from ..._runtime._body import json_body
from ..._runtime._decode import parse_success
from ..._runtime._response import http_status as _http_status
from ..._runtime.operation import Auth as _Auth
from ..._runtime.operation import Operation as _Operation
from ..._runtime.options import RequestOptions
from ...client import AltegioClient
from ...models.auth_request import AuthRequest
from ...models.auth_user import AuthUser
from ...models.auth_user_envelope import AuthUserEnvelope
from ...types import Response as _Response

_OPERATION = _Operation(
    operation_id="authenticate_user",
    method="POST",
    path="/v1/auth",
    auth=_Auth.PARTNER,
    accept="application/vnd.api.v2+json",
    replaced_by=None,
    expects_json=True,
    returns_data=True,
)


def _get_kwargs(
    *,
    body: AuthRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/v1/auth",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(response: httpx.Response) -> AuthUserEnvelope:
    response_201 = AuthUserEnvelope.from_dict(json_body(response))

    return response_201


def _parse_response(response: httpx.Response) -> AuthUserEnvelope:
    # Error statuses never get here: the client raised a typed error for them. Any 2xx whose
    # body fits a declared success response is a success, declared status or not.
    return parse_success(
        response,
        ((201, 201, _parse_201),),
    )


def _build_response(response: httpx.Response) -> _Response[AuthUserEnvelope]:
    return _Response(
        status_code=_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AltegioClient,
    body: AuthRequest,
    request_options: RequestOptions | None = None,
) -> _Response[AuthUserEnvelope]:
    """Get a user token

     Exchanges a user's login (phone or e-mail) and password for a user token. The token changes when the
    user changes the password; a 401 on a user call means log in again.

    Args:
        body (AuthRequest):
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[AuthUserEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(client.send(_OPERATION, kwargs, request_options))


def sync(
    *,
    client: AltegioClient,
    body: AuthRequest,
    request_options: RequestOptions | None = None,
) -> AuthUser:
    """Get a user token

     Exchanges a user's login (phone or e-mail) and password for a user token. The token changes when the
    user changes the password; a 401 on a user call means log in again.

    Args:
        body (AuthRequest):
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        AuthUser
    """

    kwargs = _get_kwargs(
        body=body,
    )
    parsed = _parse_response(client.send(_OPERATION, kwargs, request_options))
    return parsed.data


async def asyncio_detailed(
    *,
    client: AltegioClient,
    body: AuthRequest,
    request_options: RequestOptions | None = None,
) -> _Response[AuthUserEnvelope]:
    """Get a user token

     Exchanges a user's login (phone or e-mail) and password for a user token. The token changes when the
    user changes the password; a 401 on a user call means log in again.

    Args:
        body (AuthRequest):
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        Response[AuthUserEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return _build_response(await client.asend(_OPERATION, kwargs, request_options))


async def asyncio(
    *,
    client: AltegioClient,
    body: AuthRequest,
    request_options: RequestOptions | None = None,
) -> AuthUser:
    """Get a user token

     Exchanges a user's login (phone or e-mail) and password for a user token. The token changes when the
    user changes the password; a 401 on a user call means log in again.

    Args:
        body (AuthRequest):
        request_options: Per-call timeout, retries and extra headers.

    Raises:
        APIStatusError: A subclass per status (NotFoundError, ...) when the API answers with an error.
        APIConnectionError: When the API cannot be reached (APITimeoutError on a timeout).

    Returns:
        AuthUser
    """

    kwargs = _get_kwargs(
        body=body,
    )
    parsed = _parse_response(await client.asend(_OPERATION, kwargs, request_options))
    return parsed.data
