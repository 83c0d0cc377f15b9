# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Walking every page of a list operation; generated `iterate()`/`aiterate()` call these.

`fetch` gets the page number (or offset) and returns that page (a `Page`, or just its items).
When to stop:

- the server reported a total (`meta.count`, `meta.total` or `meta.pagination.total`): once
  that many items have arrived, or a page is empty. A short page does not end it: a server
  may send fewer items than asked (its own page-size cap) and still have more;
- no total: at an empty page, or one shorter than the requested size (which saves the request
  for the empty page after a short one);
- after `max_pages` pages, if given.

A page identical to the one before (a server that ignores the page number or offset, as mock
servers do) raises `PaginationError` instead of looping forever. Generated code clamps the page
size to the spec's `maximum` before the first request (`clamp_page_size`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

import attrs
import httpx

from . import _body
from .errors import ConfigurationError, PaginationError

__all__ = [
    "Page",
    "aiterate_offsets",
    "aiterate_pages",
    "clamp_page_size",
    "iterate_offsets",
    "iterate_pages",
    "page_of",
]

T = TypeVar("T")


@attrs.frozen
class Page(Generic[T]):
    """One page: its items, the total the server reported (if any), and its items as sent,
    which is what a repeated page is recognised by."""

    items: Sequence[T]
    total: int | None = None
    sent: Any = None


def page_of(response: httpx.Response, items: Sequence[T] | Any) -> Page[T]:
    """The `Page` for a list operation's response and the items the generated code parsed."""
    body = _body.decode(response).json
    sent = body.get("data") if isinstance(body, dict) else None
    return Page(list(items) if isinstance(items, Sequence) else [], _reported_total(body), sent)


def _reported_total(body: Any) -> int | None:
    meta = body.get("meta") if isinstance(body, dict) else None
    if not isinstance(meta, dict):
        return None
    pagination = meta.get("pagination")
    candidates = [meta.get("count"), meta.get("total")]
    if isinstance(pagination, dict):
        candidates += [pagination.get("total"), pagination.get("count")]
    for value in candidates:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
    return None


def clamp_page_size(size: int, maximum: int | None) -> int:
    """`size`, at most `maximum`: asking for more only makes the server send less than asked."""
    _check_size("page size", size)
    return size if maximum is None else min(size, maximum)


Fetched = Page[T] | Sequence[T]


def iterate_pages(
    fetch: Callable[[int], Fetched[T]], *, first_page: int = 1, page_size: int | None, max_pages: int | None = None
) -> Iterator[T]:
    """Items of pages `first_page`, `first_page + 1`, ...; `page_size` None: until an empty page."""
    _check_size("page_size", page_size)  # here, not in the generator, so a bad call fails at once
    _check_size("max_pages", max_pages)
    return _walk(fetch, first_page, lambda position, page: position + 1, page_size, max_pages)


def aiterate_pages(
    fetch: Callable[[int], Awaitable[Fetched[T]]],
    *,
    first_page: int = 1,
    page_size: int | None,
    max_pages: int | None = None,
) -> AsyncIterator[T]:
    """`iterate_pages`, with an async `fetch`."""
    _check_size("page_size", page_size)
    _check_size("max_pages", max_pages)
    return _awalk(fetch, first_page, lambda position, page: position + 1, page_size, max_pages)


def iterate_offsets(
    fetch: Callable[[int], Fetched[T]], *, limit: int, first_offset: int = 0, max_pages: int | None = None
) -> Iterator[T]:
    """Items from `first_offset` on, `limit` per request."""
    _check_size("limit", limit)
    _check_size("max_pages", max_pages)
    # What arrived, not `limit`: nothing is skipped if the server sends less.
    return _walk(fetch, first_offset, lambda position, page: position + len(page.items), limit, max_pages)


def aiterate_offsets(
    fetch: Callable[[int], Awaitable[Fetched[T]]], *, limit: int, first_offset: int = 0, max_pages: int | None = None
) -> AsyncIterator[T]:
    """`iterate_offsets`, with an async `fetch`."""
    _check_size("limit", limit)
    _check_size("max_pages", max_pages)
    return _awalk(fetch, first_offset, lambda position, page: position + len(page.items), limit, max_pages)


Advance = Callable[[int, Page[Any]], int]


def _walk(
    fetch: Callable[[int], Fetched[T]], position: int, advance: Advance, size: int | None, max_pages: int | None
) -> Iterator[T]:
    walk = _Walk(size, max_pages)
    while True:
        page = walk.take(fetch(position))
        yield from page.items
        if walk.done(page):
            return
        position = advance(position, page)


async def _awalk(
    fetch: Callable[[int], Awaitable[Fetched[T]]],
    position: int,
    advance: Advance,
    size: int | None,
    max_pages: int | None,
) -> AsyncIterator[T]:
    walk = _Walk(size, max_pages)
    while True:
        page = walk.take(await fetch(position))
        for item in page.items:
            yield item
        if walk.done(page):
            return
        position = advance(position, page)


class _Walk:
    """The stopping rules, shared by the sync and async walks."""

    def __init__(self, size: int | None, max_pages: int | None) -> None:
        self._size = size
        self._max_pages = max_pages
        self._pages = 0
        self._items = 0
        self._previous: Any = None

    def take(self, fetched: Fetched[T]) -> Page[T]:
        page = fetched if isinstance(fetched, Page) else Page(fetched, None, fetched)
        if page.items and self._pages and page.sent is not None and page.sent == self._previous:
            raise PaginationError(
                f"page {self._pages + 1} repeats page {self._pages}: the server ignores the page number or "
                "offset, so iterating would never end (pass max_pages=, or fetch pages yourself)"
            )
        self._previous = page.sent
        self._pages += 1
        self._items += len(page.items)
        return page

    def done(self, page: Page[Any]) -> bool:
        if not page.items or (self._max_pages is not None and self._pages >= self._max_pages):
            return True
        if page.total is not None:
            return self._items >= page.total
        return self._size is not None and len(page.items) < self._size


def _check_size(name: str, size: int | None) -> None:
    # A size of 0 would fetch empty pages forever if the server ignored it.
    if size is not None and size < 1:
        raise ConfigurationError(f"{name} must be 1 or more, got {size}")
