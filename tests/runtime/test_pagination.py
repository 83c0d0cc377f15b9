from __future__ import annotations

import pytest

from .support import errors, pagination

fetched: list[int] = []


def pages_of_three(page: int) -> list[str]:
    """Seven items, three per page: pages 1-2 full, 3 short."""
    fetched.append(page)
    items = [f"item{n}" for n in range(1, 8)]
    return items[(page - 1) * 3 : page * 3]


def pages_of_two(page: int) -> list[str]:
    """Four items, two per page: the last page is full, so only an empty page ends it."""
    fetched.append(page)
    return [f"item{n}" for n in range(1, 5)][(page - 1) * 2 : page * 2]


def by_offset(offset: int) -> list[int]:
    """Ten items, but the server sends at most four however many are asked for."""
    fetched.append(offset)
    return list(range(10))[offset : offset + 4]


async def async_pages_of_three(page: int) -> list[str]:
    return pages_of_three(page)


async def async_by_offset(offset: int) -> list[int]:
    return by_offset(offset)


@pytest.fixture(autouse=True)
def _reset() -> None:
    fetched.clear()


def test_pages_stop_at_a_short_page() -> None:
    assert list(pagination.iterate_pages(pages_of_three, page_size=3)) == [f"item{n}" for n in range(1, 8)]
    assert fetched == [1, 2, 3]


def test_pages_stop_at_an_empty_page_after_full_ones() -> None:
    assert list(pagination.iterate_pages(pages_of_two, page_size=2)) == ["item1", "item2", "item3", "item4"]
    assert fetched == [1, 2, 3]


def test_pages_without_a_size_run_until_empty_and_can_start_later() -> None:
    assert list(pagination.iterate_pages(pages_of_three, first_page=2, page_size=None)) == [
        "item4",
        "item5",
        "item6",
        "item7",
    ]
    assert fetched == [2, 3, 4]


def test_pages_are_fetched_lazily() -> None:
    items = pagination.iterate_pages(pages_of_three, page_size=3)
    assert fetched == []
    assert next(items) == "item1"
    assert fetched == [1]


def test_offsets_advance_by_what_arrived() -> None:
    assert list(pagination.iterate_offsets(by_offset, limit=4)) == list(range(10))
    assert fetched == [0, 4, 8]


def test_offsets_can_start_later() -> None:
    assert list(pagination.iterate_offsets(by_offset, limit=4, first_offset=6)) == [6, 7, 8, 9]
    assert fetched == [6, 10]  # a full last page needs one more, empty, request


@pytest.mark.parametrize("size", [0, -1])
def test_sizes_below_one_fail_at_the_call_not_at_first_use(size: int) -> None:
    with pytest.raises(ValueError, match="page_size"):
        pagination.iterate_pages(pages_of_three, page_size=size)
    with pytest.raises(ValueError, match="limit"):
        pagination.iterate_offsets(by_offset, limit=size)
    with pytest.raises(ValueError, match="page_size"):
        pagination.aiterate_pages(async_pages_of_three, page_size=size)
    with pytest.raises(ValueError, match="limit"):
        pagination.aiterate_offsets(async_by_offset, limit=size)


@pytest.mark.asyncio
async def test_async_pages() -> None:
    items = [item async for item in pagination.aiterate_pages(async_pages_of_three, page_size=3)]
    assert items == [f"item{n}" for n in range(1, 8)]
    assert fetched == [1, 2, 3]


@pytest.mark.asyncio
async def test_async_offsets() -> None:
    items = [item async for item in pagination.aiterate_offsets(async_by_offset, limit=4)]
    assert items == list(range(10))
    assert fetched == [0, 4, 8]


def test_a_reported_total_carries_iteration_past_short_pages() -> None:
    def capped(page: int) -> pagination.Page[int]:
        fetched.append(page)
        items = list(range(10))[(page - 1) * 3 : page * 3]  # asked for 5, the server sends 3
        return pagination.Page(items, total=10, sent=items)

    assert list(pagination.iterate_pages(capped, page_size=5)) == list(range(10))
    assert fetched == [1, 2, 3, 4]


def test_a_repeated_page_raises_and_max_pages_stops_early() -> None:
    def same(offset: int) -> list[str]:
        fetched.append(offset)
        return ["a"]

    with pytest.raises(errors.PaginationError, match="repeats"):
        list(pagination.iterate_offsets(same, limit=1))
    assert fetched == [0, 1]
    assert list(pagination.iterate_offsets(same, limit=1, max_pages=1)) == ["a"]


def test_clamp_page_size() -> None:
    assert pagination.clamp_page_size(500, 300) == 300
    assert pagination.clamp_page_size(25, 300) == 25
    assert pagination.clamp_page_size(500, None) == 500
    with pytest.raises(ValueError):
        pagination.clamp_page_size(0, 300)
