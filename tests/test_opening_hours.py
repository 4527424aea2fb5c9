"""The hotline's own opening hours (HOTLINE_OPENING_HOURS), read by the directory's schedule
rules in the hotline's zone, at fixed instants (no database, no clock)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from app.calls.overflow import line_open
from app.settings import Settings
from directory import weekly_hours
from directory.schedules import BadSchedule

pytestmark = pytest.mark.pure

MONTREAL = ZoneInfo("America/Toronto")


def at(day: int, hour: int, minute: int = 0, zone: ZoneInfo = MONTREAL) -> datetime:
    """December 2026: Monday the 7th is day 7, Saturday the 12th day 12, Sunday the 13th."""
    return datetime(2026, 12, day, hour, minute, tzinfo=zone).astimezone(UTC)


def is_open(hours: str, when: datetime) -> bool:
    return weekly_hours.is_open(weekly_hours.parse(hours), MONTREAL, when)


@pytest.mark.parametrize("hours", ["24/7", "", " 24/7 "])
def test_24_7_is_always_open(hours: str) -> None:
    assert weekly_hours.parse(hours) is None
    assert all(is_open(hours, at(day, hour)) for day in (7, 12, 13) for hour in (0, 3, 12, 23))


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (at(7, 7, 59), False),
        (at(7, 8, 0), True),
        (at(11, 19, 59), True),
        (at(11, 20, 0), False),
        (at(12, 12, 0), False),  # Saturday: not in MO-FR
    ],
)
def test_weekday_hours(when: datetime, expected: bool) -> None:
    assert is_open("MO-FR 08:00-20:00", when) is expected


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (at(11, 19, 59), False),  # Friday before the window
        (at(11, 22, 0), True),  # Friday night
        (at(12, 1, 30), True),  # Saturday 01:30: Friday's window, past midnight
        (at(12, 2, 0), False),  # it closed at 02:00
        (at(13, 1, 30), True),  # Sunday 01:30: Saturday's window
        (at(14, 1, 30), False),  # Monday 01:30: no Sunday window
    ],
)
def test_a_window_crossing_midnight_belongs_to_the_day_it_opens(when: datetime, expected: bool) -> None:
    assert is_open("FR,SA 20:00-02:00", when) is expected


def test_a_day_range_may_wrap_the_week_and_entries_add_up() -> None:
    hours = "SA-MO 10:00-16:00; WE 09:00-12:00"
    assert [is_open(hours, at(day, 11)) for day in (7, 8, 9, 10, 11, 12, 13)] == [
        True,
        False,
        True,
        False,
        False,
        True,
        True,
    ]


def test_the_hours_are_read_in_the_hotlines_zone() -> None:
    noon_in_montreal = at(7, 12)  # 9:00 in Vancouver
    montreal = Settings(timezone="America/Toronto", opening_hours="MO-FR 10:00-18:00")
    vancouver = Settings(timezone="America/Vancouver", opening_hours="MO-FR 10:00-18:00")
    assert line_open(montreal, noon_in_montreal) is True
    assert line_open(vancouver, noon_in_montreal) is False
    assert line_open(Settings(), noon_in_montreal) is True  # default 24/7


@pytest.mark.parametrize(
    "hours", ["MO-FR", "XX 08:00-10:00", "MO 8-10", "MO 08:00-", "MO-ZZ 08:00-10:00", "08:00-10:00", ";"]
)
def test_unreadable_hours_are_refused(hours: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(BadSchedule):
        weekly_hours.parse(hours)
    monkeypatch.setenv("HOTLINE_OPENING_HOURS", hours)
    with pytest.raises(ValueError, match="write 24/7"):
        Settings()


def test_hours_written_the_french_way_are_read() -> None:
    """ "8h-10h" is a time as Quebec writes it (read by the directory's clock since round 14)."""
    written = Settings(timezone="America/Toronto", opening_hours="MO 8h-10h30")
    assert line_open(written, at(7, 10, 15)) is True
    assert line_open(written, at(7, 10, 45)) is False


class TestHolidays:
    HOURS = "24/7; 12-25 closed; 12-24 08:00-12:00; 2026-12-31..2027-01-01 10:00-14:00"

    @pytest.mark.parametrize(
        ("when", "expected"),
        [
            (at(23, 3), True),  # an ordinary day of a 24/7 line
            (at(24, 10), True),
            (at(24, 15), False),  # Christmas Eve: holiday hours replace 24/7
            (at(25, 10), False),
            (at(25, 23, 59), False),  # Christmas, every year: closed
            (at(26, 0, 1), True),  # open again at midnight
            (at(31, 9), False),
            (at(31, 11), True),  # New Year's Eve, this year only
            (datetime(2027, 1, 1, 13, tzinfo=MONTREAL), True),
            (datetime(2027, 12, 25, 12, tzinfo=MONTREAL), False),  # yearly
            (datetime(2027, 12, 31, 9, tzinfo=MONTREAL), True),  # dated: not next year
        ],
    )
    def test_holidays_replace_the_weekly_hours(self, when: datetime, expected: bool) -> None:
        assert is_open(self.HOURS, when) is expected

    def test_a_weekday_line_closes_on_a_holiday_range(self) -> None:
        hours = "MO-FR 08:00-20:00; 12-24..12-26 closed"
        assert [is_open(hours, at(day, 12)) for day in (23, 24, 28)] == [True, False, True]

    @pytest.mark.parametrize(
        "hours",
        [
            "12-25 closed",
            "24/7; 12-25",
            "24/7; 12-25 open",
            "24/7; 2026-12-24..12-26 closed",
            "24/7; 13-45 closed",
        ],
    )
    def test_unreadable_holidays_are_refused(self, hours: str) -> None:
        with pytest.raises(BadSchedule):
            weekly_hours.parse(hours)
