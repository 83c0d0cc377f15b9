from __future__ import annotations

import datetime

import pytest

from .support import dates

PLUS_TWO = datetime.timezone(datetime.timedelta(hours=2))
MINUS_FIVE = datetime.timezone(datetime.timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-09-21T23:00:00.000-05:00", datetime.datetime(2026, 9, 21, 23, 0, tzinfo=MINUS_FIVE)),
        ("2026-09-21T23:00:00+0200", datetime.datetime(2026, 9, 21, 23, 0, tzinfo=PLUS_TWO)),
        ("2026-09-21T23:00:00.250+0200", datetime.datetime(2026, 9, 21, 23, 0, 0, 250000, tzinfo=PLUS_TWO)),
        ("2026-09-21T21:00:00Z", datetime.datetime(2026, 9, 21, 21, 0, tzinfo=datetime.UTC)),
        ("2017-10-10 15:30:00", datetime.datetime(2017, 10, 10, 15, 30)),
        ("2026-10-10 15:30", datetime.datetime(2026, 10, 10, 15, 30)),
    ],
)
def test_parse_datetime_reads_every_form_the_api_sends(text: str, expected: datetime.datetime) -> None:
    parsed = dates.parse_datetime(text)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()  # == alone ignores how the offset is spelled


@pytest.mark.parametrize("text", ["", "yesterday", "2026-13-01T00:00:00", "10/10/2026 15:30"])
def test_parse_datetime_rejects_other_text(text: str) -> None:
    with pytest.raises(ValueError, match="not an ISO 8601 date-time"):
        dates.parse_datetime(text)


def test_parse_date() -> None:
    assert dates.parse_date("2026-10-10") == datetime.date(2026, 10, 10)
    with pytest.raises(ValueError, match="not an ISO 8601 date"):
        dates.parse_date("2026-10-10 15:30")


def test_format_local_datetime_writes_wall_clock_time_in_either_layout() -> None:
    naive = datetime.datetime(2026, 10, 10, 15, 30, 45)
    assert dates.format_local_datetime(naive, dates.V1_DATETIME) == "2026-10-10 15:30"
    assert dates.format_local_datetime(naive, dates.V2_DATETIME) == "2026-10-10 15:30:45"


def test_format_local_datetime_does_not_convert_an_aware_datetime() -> None:
    aware = datetime.datetime(2026, 10, 10, 15, 30, tzinfo=MINUS_FIVE)
    assert dates.format_local_datetime(aware, dates.V2_DATETIME) == "2026-10-10 15:30:00"


def test_format_local_datetime_keeps_strings_and_refuses_bare_dates() -> None:
    assert dates.format_local_datetime("2026-10-10 15:30", dates.V2_DATETIME) == "2026-10-10 15:30"
    with pytest.raises(TypeError, match="date"):
        dates.format_local_datetime(datetime.date(2026, 10, 10), dates.V1_DATETIME)  # type: ignore[arg-type]  # refusing it is the test
