from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from directory.schedule_rows import rules_from_rows
from directory.schedules import is_always_open, state

MONTREAL = ZoneInfo("America/Montreal")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


WEEKDAYS_9_TO_5 = rules_from_rows(
    [{"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"}]
)
OVERNIGHT = rules_from_rows(
    [{"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "22:00", "closes_at": "06:00"}]
)


class TestWeekly:
    def test_open_inside_and_closed_outside_office_hours(self) -> None:
        assert state(WEEKDAYS_9_TO_5, MONTREAL, at("2026-11-25T10:00:00-05:00")).open
        closed = state(WEEKDAYS_9_TO_5, MONTREAL, at("2026-11-25T18:00:00-05:00"))
        assert not closed.open
        assert closed.opens_at == at("2026-11-26T09:00:00-05:00")

    def test_friday_evening_opens_on_monday(self) -> None:
        closed = state(WEEKDAYS_9_TO_5, MONTREAL, at("2026-11-27T17:00:00-05:00"))
        assert not closed.open and closed.opens_at == at("2026-11-30T09:00:00-05:00")

    def test_hours_are_read_in_the_location_zone_not_utc(self) -> None:
        # 15:30 UTC is 10:30 in Montréal (open) but would be closed read as Vancouver time.
        moment = at("2026-11-25T15:30:00+00:00")
        assert state(WEEKDAYS_9_TO_5, MONTREAL, moment).open
        assert not state(WEEKDAYS_9_TO_5, ZoneInfo("America/Vancouver"), moment).open


class TestOvernight:
    def test_open_after_midnight_from_the_previous_evening(self) -> None:
        assert state(OVERNIGHT, MONTREAL, at("2026-11-25T02:00:00-05:00")).open
        assert state(OVERNIGHT, MONTREAL, at("2026-11-25T23:00:00-05:00")).open
        noon = state(OVERNIGHT, MONTREAL, at("2026-11-25T12:00:00-05:00"))
        assert not noon.open and noon.opens_at == at("2026-11-25T22:00:00-05:00")

    def test_closing_time_is_the_next_morning(self) -> None:
        late = state(OVERNIGHT, MONTREAL, at("2026-11-25T23:00:00-05:00"))
        assert late.closes_at == at("2026-11-26T06:00:00-05:00")


class TestDaylightSaving:
    def test_spring_forward_night_is_one_hour_shorter(self) -> None:
        # 2026-03-08: clocks go from 02:00 EST to 03:00 EDT in Montréal.
        assert state(OVERNIGHT, MONTREAL, at("2026-03-08T05:30:00-04:00")).open
        assert not state(OVERNIGHT, MONTREAL, at("2026-03-08T06:30:00-04:00")).open
        evening = state(OVERNIGHT, MONTREAL, at("2026-03-07T23:00:00-05:00"))
        assert evening.closes_at == at("2026-03-08T06:00:00-04:00")

    def test_fall_back_night_is_one_hour_longer(self) -> None:
        # 2026-11-01: 02:00 EDT becomes 01:00 EST.
        evening = state(OVERNIGHT, MONTREAL, at("2026-10-31T23:00:00-04:00"))
        assert evening.closes_at == at("2026-11-01T06:00:00-05:00")
        assert state(OVERNIGHT, MONTREAL, at("2026-11-01T05:30:00-05:00")).open

    def test_office_hours_follow_the_local_clock_across_the_change(self) -> None:
        # 9:00 local is 14:00 UTC in winter and 13:00 UTC in summer.
        assert state(WEEKDAYS_9_TO_5, MONTREAL, at("2026-03-09T13:30:00+00:00")).open
        assert not state(WEEKDAYS_9_TO_5, MONTREAL, at("2026-03-06T13:30:00+00:00")).open


class TestExceptions:
    rules = rules_from_rows(
        [
            {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"},
            {"closed": True, "valid_from": "0001-12-25", "valid_to": "0001-12-26"},
            {"valid_from": "2026-12-24", "valid_to": "2026-12-24", "opens_at": "10:00", "closes_at": "12:00"},
        ]
    )

    def test_annual_holiday_closes_a_weekday(self) -> None:
        closed = state(self.rules, MONTREAL, at("2026-12-25T10:00:00-05:00"))
        assert not closed.open
        assert closed.opens_at == at("2026-12-28T09:00:00-05:00")  # Friday 25th; Monday 28th
        assert not state(self.rules, MONTREAL, at("2029-12-25T10:00:00-05:00")).open  # every year
        assert state(self.rules, MONTREAL, at("2027-12-27T10:00:00-05:00")).open

    def test_holiday_hours_replace_the_weekly_hours(self) -> None:
        assert state(self.rules, MONTREAL, at("2026-12-24T11:00:00-05:00")).open
        assert not state(self.rules, MONTREAL, at("2026-12-24T15:00:00-05:00")).open


class TestAlwaysOpen:
    def test_24_7_from_midnight_to_midnight(self) -> None:
        rules = rules_from_rows(
            [{"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "00:00"}]
        )
        assert is_always_open(rules)
        assert state(rules, MONTREAL, at("2026-12-24T23:30:00-05:00")).always

    def test_one_missing_day_is_not_24_7(self) -> None:
        rules = rules_from_rows(
            [{"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA", "opens_at": "00:00", "closes_at": "23:59"}]
        )
        assert not is_always_open(rules)
        sunday = state(rules, MONTREAL, at("2026-11-29T12:00:00-05:00"))
        assert not sunday.open and sunday.opens_at == at("2026-11-30T00:00:00-05:00")

    def test_legacy_times_are_understood(self) -> None:
        rules = rules_from_rows(
            [{"freq": "WEEKLY", "byday": "MO", "opens_at": "9am", "closes_at": "4:00 PM"}]
        )
        assert state(rules, MONTREAL, at("2026-11-30T15:30:00-05:00")).open
        assert not state(rules, MONTREAL, at("2026-11-30T16:30:00-05:00")).open
