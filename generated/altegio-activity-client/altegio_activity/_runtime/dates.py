# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Reading the API's date-times and writing the location-local ones it wants back.

Responses carry ISO 8601 with an offset (`2026-09-21T23:00:00.000-05:00`, once `+0200` without
the colon, sometimes `Z`) or the old `2017-10-10 15:30:00` form without one; `parse_datetime`
reads all of them. Requests want the location's wall-clock time with no offset, in a layout that
differs by API version (`V1_DATETIME`, `V2_DATETIME`).

`format_local_datetime` never converts between zones: an aware datetime is written as its own
wall-clock time and its offset is dropped. Altegio interprets the value in the location's zone,
which the client does not know, so converting would silently move the event; pass the time as
the location sees it.
"""

from __future__ import annotations

import datetime
from typing import Final

__all__ = ["V1_DATETIME", "V2_DATETIME", "format_local_datetime", "parse_date", "parse_datetime"]

V1_DATETIME: Final = "%Y-%m-%d %H:%M"
V2_DATETIME: Final = "%Y-%m-%d %H:%M:%S"


def parse_datetime(value: str) -> datetime.datetime:
    """A datetime, aware when the text has an offset and naive (location-local) when not."""
    # Python 3.11's fromisoformat reads every form above: offsets with or without a colon, "Z",
    # any number of fractional digits, and a space instead of "T".
    try:
        return datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"not an ISO 8601 date-time: {value!r}") from None


def parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"not an ISO 8601 date: {value!r}") from None


def format_local_datetime(value: datetime.datetime | str, fmt: str) -> str:
    """`value` in layout `fmt`, as wall-clock time; a string is assumed formatted and kept."""
    if isinstance(value, str):
        return value
    if not isinstance(value, datetime.datetime):
        # A bare date would format with a made-up midnight; make the caller choose the time.
        raise TypeError(f"expected a datetime or a string, got {type(value).__name__}")
    return value.strftime(fmt)
