# Generated from the OpenAPI spec by `make regen` (python -m generator); do not edit by hand.
"""The client every operation function takes: tokens, base URL, timeouts and retries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._runtime.client import AltegioClientBase

if TYPE_CHECKING:  # imported when used: `import altegio_activity` should not load every model
    from .models.auth_user import AuthUser

DEFAULT_BASE_URL = "https://api.alteg.io/api"


class AltegioClient(AltegioClientBase):
    """One client for both the `sync` and the `asyncio` operation functions.

    Use it as a context manager (`with` or `async with`) so connections are closed.
    """

    default_base_url = DEFAULT_BASE_URL

    def login(self, login: str, password: str) -> AuthUser:
        """Exchange a user's login and password for a user token, keep it, and return the user."""
        from .api.authentication_b2b.authenticate_user import sync
        from .models.auth_request import AuthRequest

        user = sync(client=self, body=AuthRequest(login=login, password=password))
        self._set_user_token(user.user_token)
        return user

    async def alogin(self, login: str, password: str) -> AuthUser:
        """`login`, for asyncio code."""
        from .api.authentication_b2b.authenticate_user import asyncio
        from .models.auth_request import AuthRequest

        user = await asyncio(client=self, body=AuthRequest(login=login, password=password))
        self._set_user_token(user.user_token)
        return user


__all__ = ["DEFAULT_BASE_URL", "AltegioClient"]
