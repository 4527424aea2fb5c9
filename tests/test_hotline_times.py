"""Times in the hotline's zone with its name, whatever the server's zone (no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from app.settings import Settings
from directory.schedules import Rule, hours_on
from web.times import local_time

pytestmark = pytest.mark.pure

MONTREAL = ZoneInfo("America/Toronto")
# Monday 7 December 2026, 8:30 in Montréal (13:30 UTC, EST); and a July morning (EDT).
WINTER = datetime(2026, 12, 7, 8, 30, tzinfo=MONTREAL).astimezone(UTC)
SUMMER = datetime(2026, 7, 6, 8, 30, tzinfo=MONTREAL).astimezone(UTC)


@pytest.mark.parametrize(
    ("lang", "at", "style", "shown"),
    [
        ("fr", WINTER, "day", "lun. 8:30 HNE"),
        ("en", WINTER, "day", "Mon 8:30 EST"),
        ("fr", SUMMER, "clock", "8:30 HAE"),
        ("en", SUMMER, "clock", "8:30 EDT"),
        ("fr", WINTER, "date", "7 déc. 2026, 8:30 HNE"),
    ],
)
def test_an_opening_reads_in_the_hotlines_zone(lang: str, at: datetime, style: str, shown: str) -> None:
    assert local_time(at, lang=lang, zone="America/Toronto", style=style) == shown
    assert local_time(at.isoformat(), lang=lang, zone="America/Toronto", style=style) == shown


def test_another_hotline_zone_shows_its_own_time_and_name() -> None:
    assert local_time(WINTER, lang="en", zone="America/Vancouver", style="clock") == "5:30 PST"


def test_no_time_shows_nothing() -> None:
    assert local_time(None, lang="fr", zone="America/Toronto") == ""
    assert local_time("not a time", lang="fr", zone="America/Toronto") == ""


def test_the_setting_defaults_to_montreal_and_refuses_an_unknown_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("HOTLINE_TIMEZONE", raising=False)
    assert Settings().timezone == "America/Toronto"
    monkeypatch.setenv("HOTLINE_TIMEZONE", "Mars/Olympus")
    with pytest.raises(ValueError, match="not a known time zone"):
        Settings()


WEEKDAYS = Rule(days=frozenset(range(5)), opens=time(8, 30), closes=time(17, 0))


class TestHoursOfTheDay:
    def test_a_weekday_lists_its_openings(self) -> None:
        day = hours_on([WEEKDAYS], MONTREAL, date(2026, 12, 7))
        assert day.known and not day.closed and not day.always
        assert [
            (start.astimezone(MONTREAL).time(), end.astimezone(MONTREAL).time())
            for start, end in day.openings
        ] == [(time(8, 30), time(17, 0))]

    def test_a_day_without_hours_is_closed_not_blank(self) -> None:
        assert hours_on([WEEKDAYS], MONTREAL, date(2026, 12, 6)).closed  # a Sunday

    def test_no_hours_on_file_is_unknown_and_24_7_is_always(self) -> None:
        assert not hours_on([], MONTREAL, date(2026, 12, 6)).known
        always = Rule(days=frozenset(range(7)), opens=time(0, 0), closes=time(0, 0))
        assert hours_on([always], MONTREAL, date(2026, 12, 6)).always
