# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Per-call overrides of the client's settings, passed as `request_options=` to any operation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal

import attrs
import httpx

from .errors import ConfigurationError

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions"]


class NotGiven:
    """The type of `NOT_GIVEN`: "use the client's setting".

    None cannot play this part because `timeout=None` means "no timeout at all".
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # One instance, so `is NOT_GIVEN` holds even for copies made by pickling or copy().
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Settings for one call; anything left NOT_GIVEN comes from the client.

    `timeout`: seconds or an `httpx.Timeout`; None disables timeouts for this call.
    `max_retries`: how many times to retry after the first attempt.
    `retry_unsafe`: also retry a non-idempotent call (POST) after it may have reached the server
    (read error, timeout, 5xx, 429). Only for callers who know a duplicate is harmless.
    `extra_headers`: sent last, so they win over the client's and the operation's headers.
    """

    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    retry_unsafe: bool = False
    extra_headers: Mapping[str, str] | None = None

    def __attrs_post_init__(self) -> None:
        if isinstance(self.max_retries, int) and self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, got {self.max_retries}")
        timeout = self.timeout
        phases = (
            (timeout.connect, timeout.read, timeout.write, timeout.pool)
            if isinstance(timeout, httpx.Timeout)
            else (timeout,)
        )
        for phase in phases:
            if isinstance(phase, int | float) and not isinstance(phase, bool) and not phase >= 0:
                raise ConfigurationError(f"timeout must be 0 or more seconds, got {phase!r}")
