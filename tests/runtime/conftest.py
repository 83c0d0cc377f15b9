from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from .support import retry


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry waits, recorded instead of slept; jitter off, so each wait is the policy's maximum.

    Autouse: no test may really sleep. Tests that assert the waits ask for it by name.
    """
    recorded: list[float] = []

    async def asleep(delay: float) -> None:
        recorded.append(delay)

    sleep: Callable[[float], None] = recorded.append
    async_sleep: Callable[[float], Awaitable[None]] = asleep
    monkeypatch.setattr(retry, "sleep", sleep)
    monkeypatch.setattr(retry, "asleep", async_sleep)
    monkeypatch.setattr(retry, "jitter", lambda: 0.0)
    return recorded
