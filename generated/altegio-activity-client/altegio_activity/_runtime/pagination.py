# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Walking every page of a list operation; generated `iterate()`/`aiterate()` call these.

`fetch` gets the page number (or offset) and returns that page (a `Page`, or just its items);
`follow`, when given, gets the absolute URL of a page the server linked to (`links.next`).
When to stop, so that no item the server holds is silently left out:

- the server linked the next page (`links.next`): never here; that page is fetched next
  (through `follow`: the link, as sent; without it, by the next page number or offset). A
  link to another origin, or outside the client's base URL, raises `PaginationError` rather
  than send the credentials there;
- the server sent `links` without a next link (JSON:API's last page): here;
- the server reported a total (`meta.count`, `meta.total` or `meta.pagination.total`): once
  that many items have arrived, or at an empty page. A short page does not end it: a server
  may send fewer items than asked (its own page-size cap) and still have more;
- none of these: at an empty page, or at a page shorter than the requested size once an
  earlier page has been full (the server honours the size, so a short page is the last).
  A short first page is not enough: a server that caps pages below the size, and says
  nothing else, looks just like it, so one more page is fetched to be sure;
- after `max_pages` pages, if given.

Stopping at an empty page before the reported total has arrived (items deleted meanwhile, or
a server that miscounts) warns with `IncompleteListingWarning`, naming both counts.

A page identical to the one before (a server that ignores the page number or offset, as mock
servers do) raises `PaginationError` instead of looping forever. Generated code clamps the page
size to the spec's `maximum` before the first request (`clamp_page_size`).
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

import attrs
import httpx

from . import _body
from .errors import ConfigurationError, IncompleteListingWarning, PaginationError

__all__ = [
    "Page",
    "aiterate_offsets",
    "aiterate_pages",
    "clamp_page_size",
    "follow_link",
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
    next: str | None = None  # the absolute URL of the next page, when the server linked one
    last: bool = False  # the server's links say this is the last page


def page_of(response: httpx.Response, items: Sequence[T] | Any) -> Page[T]:
    """The `Page` for a list operation's response and the items the generated code parsed."""
    body = _body.decode(response).json
    sent = body.get("data") if isinstance(body, dict) else None
    next_link, last = _links(response, body)
    return Page(list(items) if isinstance(items, Sequence) else [], _reported_total(body), sent, next_link, last)


# JSON:API's pagination links: when any of them is there, a missing `next` means the last page.
_PAGING_LINKS = ("next", "prev", "first", "last")


def _links(response: httpx.Response, body: Any) -> tuple[str | None, bool]:
    links = body.get("links") if isinstance(body, dict) else None
    if not isinstance(links, Mapping):
        return None, False
    link = links.get("next")
    if isinstance(link, Mapping):  # a JSON:API link object
        link = link.get("href")
    if isinstance(link, str) and link.strip():
        return str(response.request.url.join(link.strip())), False
    return None, any(name in links for name in _PAGING_LINKS)


def follow_link(kwargs: Mapping[str, Any], link: str, base_url: str) -> dict[str, Any]:
    """The request arguments (`_get_kwargs`' result) for the page at `link`, an absolute URL
    under `base_url`: its path and query as sent, instead of the operation's own."""
    base = base_url.rstrip("/")
    target, origin = httpx.URL(link), httpx.URL(base)
    if (target.scheme, target.host, target.port) != (origin.scheme, origin.host, origin.port) or not (
        link.startswith(base + "/") or link.startswith(base + "?")
    ):
        raise PaginationError(
            f"the server's next-page link {link!r} is not under the client's base URL {base!r}; "
            "it is not followed, so the credentials stay with the API"
        )
    followed = {key: value for key, value in kwargs.items() if key != "params"}
    followed["url"] = link[len(base) :]
    return followed


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
    fetch: Callable[[int], Fetched[T]],
    *,
    first_page: int = 1,
    page_size: int | None,
    max_pages: int | None = None,
    follow: Callable[[str], Fetched[T]] | None = None,
) -> Iterator[T]:
    """Items of pages `first_page`, `first_page + 1`, ...; `page_size` None: until an empty page."""
    _check_size("page_size", page_size)  # here, not in the generator, so a bad call fails at once
    _check_size("max_pages", max_pages)
    return _walk(fetch, follow, first_page, lambda position, page: position + 1, page_size, max_pages)


def aiterate_pages(
    fetch: Callable[[int], Awaitable[Fetched[T]]],
    *,
    first_page: int = 1,
    page_size: int | None,
    max_pages: int | None = None,
    follow: Callable[[str], Awaitable[Fetched[T]]] | None = None,
) -> AsyncIterator[T]:
    """`iterate_pages`, with an async `fetch`."""
    _check_size("page_size", page_size)
    _check_size("max_pages", max_pages)
    return _awalk(fetch, follow, first_page, lambda position, page: position + 1, page_size, max_pages)


def iterate_offsets(
    fetch: Callable[[int], Fetched[T]],
    *,
    limit: int,
    first_offset: int = 0,
    max_pages: int | None = None,
    follow: Callable[[str], Fetched[T]] | None = None,
) -> Iterator[T]:
    """Items from `first_offset` on, `limit` per request."""
    _check_size("limit", limit)
    _check_size("max_pages", max_pages)
    # What arrived, not `limit`: nothing is skipped if the server sends less.
    return _walk(fetch, follow, first_offset, lambda position, page: position + len(page.items), limit, max_pages)


def aiterate_offsets(
    fetch: Callable[[int], Awaitable[Fetched[T]]],
    *,
    limit: int,
    first_offset: int = 0,
    max_pages: int | None = None,
    follow: Callable[[str], Awaitable[Fetched[T]]] | None = None,
) -> AsyncIterator[T]:
    """`iterate_offsets`, with an async `fetch`."""
    _check_size("limit", limit)
    _check_size("max_pages", max_pages)
    return _awalk(fetch, follow, first_offset, lambda position, page: position + len(page.items), limit, max_pages)


Advance = Callable[[int, Page[Any]], int]


def _walk(
    fetch: Callable[[int], Fetched[T]],
    follow: Callable[[str], Fetched[T]] | None,
    position: int,
    advance: Advance,
    size: int | None,
    max_pages: int | None,
) -> Iterator[T]:
    walk = _Walk(size, max_pages)
    fetched = fetch(position)
    while True:
        page = walk.take(fetched)
        yield from page.items
        if walk.done(page):
            return
        position = advance(position, page)
        fetched = follow(page.next) if page.next is not None and follow is not None else fetch(position)


async def _awalk(
    fetch: Callable[[int], Awaitable[Fetched[T]]],
    follow: Callable[[str], Awaitable[Fetched[T]]] | None,
    position: int,
    advance: Advance,
    size: int | None,
    max_pages: int | None,
) -> AsyncIterator[T]:
    walk = _Walk(size, max_pages)
    fetched = await fetch(position)
    while True:
        page = walk.take(fetched)
        for item in page.items:
            yield item
        if walk.done(page):
            return
        position = advance(position, page)
        fetched = await (follow(page.next) if page.next is not None and follow is not None else fetch(position))


class _Walk:
    """The stopping rules, shared by the sync and async walks."""

    def __init__(self, size: int | None, max_pages: int | None) -> None:
        self._size = size
        self._max_pages = max_pages
        self._pages = 0
        self._items = 0
        self._previous: Any = None
        self._honours_size = False  # a page has arrived with exactly the requested size

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
        if not page.items:
            if page.total is not None and self._items < page.total:
                warnings.warn(
                    f"the listing ended at an empty page after {self._items} items, but the server reported "
                    f"{page.total}: items may have been deleted meanwhile, or the server miscounts",
                    IncompleteListingWarning,
                    stacklevel=4,
                )
            return True
        if self._max_pages is not None and self._pages >= self._max_pages:
            return True
        if page.next is not None:
            return False
        if page.last:
            return True
        if page.total is not None:
            return self._items >= page.total
        if self._size is None:
            return False
        if len(page.items) >= self._size:
            self._honours_size = True
            return False
        return self._honours_size


def _check_size(name: str, size: int | None) -> None:
    # A size of 0 would fetch empty pages forever if the server ignored it.
    if size is not None and size < 1:
        raise ConfigurationError(f"{name} must be 1 or more, got {size}")
