# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Walking every page of a list operation; generated `iterate()`/`aiterate()` call these.

`fetch` gets the page number (or offset) and returns that page's items. Iteration stops at an
empty page or one shorter than the requested size, which saves the request for the empty page
after a short one. A page size above the server's maximum therefore ends iteration after the
first page: the server sends fewer than asked.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

__all__ = ["aiterate_offsets", "aiterate_pages", "iterate_offsets", "iterate_pages"]

T = TypeVar("T")


def iterate_pages(fetch: Callable[[int], Sequence[T]], *, first_page: int = 1, page_size: int | None) -> Iterator[T]:
    """Items of pages `first_page`, `first_page + 1`, ...; `page_size` None: until an empty page."""
    _check_size("page_size", page_size)  # here, not in the generator, so a bad call fails at once
    return _pages(fetch, first_page, page_size)


def _pages(fetch: Callable[[int], Sequence[T]], page: int, page_size: int | None) -> Iterator[T]:
    while True:
        items = fetch(page)
        yield from items
        if _last(items, page_size):
            return
        page += 1


def aiterate_pages(
    fetch: Callable[[int], Awaitable[Sequence[T]]], *, first_page: int = 1, page_size: int | None
) -> AsyncIterator[T]:
    """`iterate_pages`, with an async `fetch`."""
    _check_size("page_size", page_size)
    return _apages(fetch, first_page, page_size)


async def _apages(fetch: Callable[[int], Awaitable[Sequence[T]]], page: int, page_size: int | None) -> AsyncIterator[T]:
    while True:
        items = await fetch(page)
        for item in items:
            yield item
        if _last(items, page_size):
            return
        page += 1


def iterate_offsets(fetch: Callable[[int], Sequence[T]], *, limit: int, first_offset: int = 0) -> Iterator[T]:
    """Items from `first_offset` on, `limit` per request."""
    _check_size("limit", limit)
    return _offsets(fetch, first_offset, limit)


def _offsets(fetch: Callable[[int], Sequence[T]], offset: int, limit: int) -> Iterator[T]:
    while True:
        items = fetch(offset)
        yield from items
        if _last(items, limit):
            return
        offset += len(items)  # what arrived, not `limit`: nothing is skipped if the server sends less


def aiterate_offsets(
    fetch: Callable[[int], Awaitable[Sequence[T]]], *, limit: int, first_offset: int = 0
) -> AsyncIterator[T]:
    """`iterate_offsets`, with an async `fetch`."""
    _check_size("limit", limit)
    return _aoffsets(fetch, first_offset, limit)


async def _aoffsets(fetch: Callable[[int], Awaitable[Sequence[T]]], offset: int, limit: int) -> AsyncIterator[T]:
    while True:
        items = await fetch(offset)
        for item in items:
            yield item
        if _last(items, limit):
            return
        offset += len(items)


def _last(items: Sequence[object], size: int | None) -> bool:
    return not items or (size is not None and len(items) < size)


def _check_size(name: str, size: int | None) -> None:
    # A size of 0 would fetch empty pages forever if the server ignored it.
    if size is not None and size < 1:
        raise ValueError(f"{name} must be 1 or more, got {size}")
