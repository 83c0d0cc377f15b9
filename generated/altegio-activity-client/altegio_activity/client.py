# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""The clients: `AltegioClient` (sync resources; the client every operation function
takes) and `AsyncAltegioClient` (the same resources, awaitable); credentials, base URL,
timeouts and retries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self, cast

from ._runtime.client import AltegioClientBase, Credentials
from ._runtime.resource import cached_resource

if TYPE_CHECKING:  # imported when used: `import altegio_activity` should not load every model
    from .models.auth_user import AuthUser
    from .resources.events import AsyncEventsResource, EventsResource
    from .resources.v1 import AsyncV1Resource, V1Resource

DEFAULT_BASE_URL = "https://api.alteg.io/api"


class _AltegioClientCore(AltegioClientBase):
    """What both clients share: logging a user in."""

    default_base_url = DEFAULT_BASE_URL

    def _authenticate(self, credentials: Credentials) -> AuthUser:
        from .api.authentication_b2b.authenticate_user import (
            _OPERATION,
            _get_kwargs,
            _parse_response,
        )
        from .models.auth_request import AuthRequest

        body = AuthRequest(login=credentials.login, password=credentials.password)
        response = self.send(_OPERATION, _get_kwargs(body=body))
        return self._logged_in(response, _parse_response(response).data)

    async def _aauthenticate(self, credentials: Credentials) -> AuthUser:
        from .api.authentication_b2b.authenticate_user import (
            _OPERATION,
            _get_kwargs,
            _parse_response,
        )
        from .models.auth_request import AuthRequest

        body = AuthRequest(login=credentials.login, password=credentials.password)
        response = await self.asend(_OPERATION, _get_kwargs(body=body))
        return self._logged_in(response, _parse_response(response).data)


class AltegioClient(_AltegioClientCore):
    """One client for both the `sync` and the `asyncio` operation functions under `api/`, and the
    resources with sync methods (`client.<resource>.<method>(...)`).

    Use it as a context manager (`with` or `async with`) so connections are closed.
    """

    default_base_url = DEFAULT_BASE_URL

    @property
    def user(self) -> AuthUser | None:
        """The user this client acts for, as `login()` received it; None for other clients."""
        return cast("AuthUser | None", self._user)

    @cached_resource
    def events(self) -> EventsResource:
        """`client.events`: `list`, `create`, `get`, `update`, `delete`."""
        from .resources.events import EventsResource

        return EventsResource(self)

    @cached_resource
    def v1(self) -> V1Resource:
        """`client.v1`: `.events`."""
        from .resources.v1 import V1Resource

        return V1Resource(self)

    def login(self, login: str, password: str, *, relogin: bool = False) -> Self:
        """Log a user in; return a new client acting for them.

        The new client shares this one's settings and connections; this client is not changed,
        so threads and tasks sharing it are never switched to another user. `relogin=True` keeps
        the credentials in memory (never in reprs) and, once per call, logs in again when a user
        operation answers 401. `.user` on the new client is the user the API returned.
        """
        return self._login(Credentials(login, password), relogin)

    async def alogin(self, login: str, password: str, *, relogin: bool = False) -> Self:
        """`login`, for asyncio code."""
        return await self._alogin(Credentials(login, password), relogin)


class AsyncAltegioClient(_AltegioClientCore):
    """`AltegioClient` for asyncio code: the same resources with awaitable methods
    (`await client.<resource>.<method>(...)`) and `async for` over their `iterate` methods.

    Use it with `async with` so connections are closed. It takes the same arguments and has the
    runtime of `AltegioClient` (a connection pool per event loop, retries, typed
    errors); the operation functions under `api/` take a `AltegioClient`.
    """

    default_base_url = DEFAULT_BASE_URL

    @property
    def user(self) -> AuthUser | None:
        """The user this client acts for, as `login()` received it; None for other clients."""
        return cast("AuthUser | None", self._user)

    @cached_resource
    def events(self) -> AsyncEventsResource:
        """`client.events`: `list`, `create`, `get`, `update`, `delete`."""
        from .resources.events import AsyncEventsResource

        return AsyncEventsResource(self)

    @cached_resource
    def v1(self) -> AsyncV1Resource:
        """`client.v1`: `.events`."""
        from .resources.v1 import AsyncV1Resource

        return AsyncV1Resource(self)

    async def login(self, login: str, password: str, *, relogin: bool = False) -> Self:
        """Log a user in; return a new client acting for them (see `AltegioClient.login`)."""
        return await self._alogin(Credentials(login, password), relogin)


__all__ = ["DEFAULT_BASE_URL", "AltegioClient", "AsyncAltegioClient"]
