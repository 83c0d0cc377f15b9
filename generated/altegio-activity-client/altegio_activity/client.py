# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""The client every operation function takes: tokens, base URL, timeouts and retries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self, cast

from ._runtime.client import AltegioClientBase, Credentials

if TYPE_CHECKING:  # imported when used: `import altegio_activity` should not load every model
    from .models.auth_user import AuthUser

DEFAULT_BASE_URL = "https://api.alteg.io/api"


class AltegioClient(AltegioClientBase):
    """One client for both the `sync` and the `asyncio` operation functions.

    Use it as a context manager (`with` or `async with`) so connections are closed.
    """

    default_base_url = DEFAULT_BASE_URL

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

    @property
    def user(self) -> AuthUser | None:
        """The user this client acts for, as `login()` received it; None for other clients."""
        return cast("AuthUser | None", self._user)

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


__all__ = ["DEFAULT_BASE_URL", "AltegioClient"]
