"""Opening hours that are easy to get wrong: HSDS schedule rows read by directory.schedules (no
database), asked open now / next opening at fixed instants."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import pytest

from directory.schedule_rows import BadSchedule, rule_from_row, rules_from_rows
from directory.schedules import OpenState, hours_on, is_always_open, state

pytestmark = pytest.mark.pure

MONTREAL = ZoneInfo("America/Toronto")
WEEKDAYS = "MO,TU,WE,TH,FR"
EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def ask(rows: list[dict[str, Any]], when: str, tz: tzinfo = MONTREAL) -> OpenState:
    return state(rules_from_rows(rows), tz, at(when))


def weekly(byday: str, opens: str, closes: str, **more: Any) -> dict[str, Any]:
    return {"freq": "WEEKLY", "byday": byday, "opens_at": opens, "closes_at": closes, **more}


class TestClosedDays:
    rows: ClassVar[list[dict[str, Any]]] = [
        weekly(EVERY_DAY, "09:00", "17:00"),
        {"freq": "WEEKLY", "byday": "SU", "closed": True},
    ]

    def test_a_weekly_closed_day_closes_that_day_only(self) -> None:
        assert ask(self.rows, "2026-12-05T10:00:00-05:00").open  # Saturday
        sunday = ask(self.rows, "2026-12-06T10:00:00-05:00")
        assert not sunday.open and sunday.opens_at == at("2026-12-07T09:00:00-05:00")
        assert ask(self.rows, "2026-12-07T10:00:00-05:00").open

    def test_a_closed_day_does_not_cut_the_night_before(self) -> None:
        rows = [weekly("SA", "22:00", "04:00"), {"freq": "WEEKLY", "byday": "SU", "closed": True}]
        night = ask(rows, "2026-12-06T02:00:00-05:00")
        assert night.open and night.closes_at == at("2026-12-06T04:00:00-05:00")

    def test_closed_hours_inside_the_day_are_removed(self) -> None:
        rows = [weekly(WEEKDAYS, "09:00", "17:00"), weekly(WEEKDAYS, "12:00", "13:00", closed=True)]
        morning = ask(rows, "2026-12-07T10:00:00-05:00")
        assert morning.open and morning.closes_at == at("2026-12-07T12:00:00-05:00")
        lunch = ask(rows, "2026-12-07T12:30:00-05:00")
        assert not lunch.open and lunch.opens_at == at("2026-12-07T13:00:00-05:00")


class TestRecurrences:
    def test_first_monday_of_the_month(self) -> None:
        rows = [{"freq": "MONTHLY", "byday": "1MO", "opens_at": "10:00", "closes_at": "12:00"}]
        assert ask(rows, "2026-12-07T11:00:00-05:00").open
        later = ask(rows, "2026-12-14T11:00:00-05:00")
        assert not later.open and later.opens_at == at("2027-01-04T10:00:00-05:00")

    def test_last_friday_of_the_month(self) -> None:
        rows = [{"freq": "MONTHLY", "byday": "-1FR", "opens_at": "13:00", "closes_at": "16:00"}]
        assert not ask(rows, "2026-11-20T14:00:00-05:00").open
        assert ask(rows, "2026-11-27T14:00:00-05:00").open
        assert ask(rows, "2026-11-20T14:00:00-05:00").opens_at == at("2026-11-27T13:00:00-05:00")

    def test_an_ordinal_day_in_a_weekly_row_means_monthly(self) -> None:
        rows = [weekly("2TU", "09:00", "11:00")]
        assert ask(rows, "2026-12-08T10:00:00-05:00").opens_at is None
        assert not ask(rows, "2026-12-01T10:00:00-05:00").open  # the first Tuesday
        assert ask(rows, "2026-12-08T10:00:00-05:00").open

    def test_every_other_week_from_dtstart(self) -> None:
        rows = [weekly("MO", "09:00", "17:00", interval=2, dtstart="2026-11-30")]
        assert ask(rows, "2026-11-30T10:00:00-05:00").open
        off = ask(rows, "2026-12-07T10:00:00-05:00")
        assert not off.open and off.opens_at == at("2026-12-14T09:00:00-05:00")

    def test_count_and_until_end_the_rule(self) -> None:
        counted = [weekly("MO", "09:00", "17:00", count=2, dtstart="2026-11-30")]
        assert ask(counted, "2026-12-07T10:00:00-05:00").open
        done = ask(counted, "2026-12-14T10:00:00-05:00")
        assert not done.open and done.opens_at is None
        until = [weekly("MO", "09:00", "17:00", until="2026-12-07T23:59:59Z")]
        assert ask(until, "2026-12-07T10:00:00-05:00").open
        assert ask(until, "2026-12-08T10:00:00-05:00").opens_at is None

    def test_count_and_until_given_together_are_refused(self, recwarn: pytest.WarningsRecorder) -> None:
        # RFC 5545 forbids both (round 18, hr18-085); until round 17 `until` counted.
        rows = [weekly("MO", "09:00", "17:00", count=1, until="2026-12-14", dtstart="2026-11-30")]
        with pytest.raises(BadSchedule, match=r"^count: with until"):
            rule_from_row(rows[0])
        assert ask(rows, "2026-12-14T10:00:00-05:00").opens_at is None
        assert not recwarn.list  # dateutil warns when given both

    def test_days_of_the_month(self) -> None:
        rows = [
            {"freq": "MONTHLY", "bymonthday": "1,15", "opens_at": "09:00", "closes_at": "12:00"},
            {"freq": "MONTHLY", "bymonthday": -1, "opens_at": "18:00", "closes_at": "20:00"},
        ]
        assert ask(rows, "2026-12-15T10:00:00-05:00").open
        assert ask(rows, "2026-12-16T10:00:00-05:00").opens_at == at("2026-12-31T18:00:00-05:00")
        assert ask(rows, "2027-02-28T19:00:00-05:00").open  # last day of February

    def test_daily_every_third_day_yearly_by_day_of_year_and_week_number(self) -> None:
        daily = [
            {
                "freq": "DAILY",
                "interval": 3,
                "dtstart": "2026-12-01",
                "opens_at": "08:00",
                "closes_at": "09:00",
            }
        ]
        assert [ask(daily, f"2026-12-0{day}T08:30:00-05:00").open for day in (1, 2, 3, 4)] == [
            True,
            False,
            False,
            True,
        ]
        yearly = [{"freq": "YEARLY", "byyearday": "1", "opens_at": "10:00", "closes_at": "11:00"}]
        assert ask(yearly, "2026-12-31T12:00:00-05:00").opens_at == at("2027-01-01T10:00:00-05:00")
        week = [{"freq": "YEARLY", "byweekno": "1", "byday": "MO", "opens_at": "10:00", "closes_at": "11:00"}]
        assert ask(week, "2026-12-31T12:00:00-05:00").opens_at == at("2027-01-04T10:00:00-05:00")

    @pytest.mark.parametrize(("wkst", "days"), [("MO", (5, 10, 19, 24)), ("SU", (5, 17, 19, 31))])
    def test_week_start_changes_every_other_week(self, wkst: str, days: tuple[int, ...]) -> None:
        # RFC 5545's own example: every other week on Tuesday and Sunday, four times.
        rows = [weekly("TU,SU", "10:00", "11:00", interval=2, count=4, wkst=wkst, dtstart="1997-08-05")]
        tz = ZoneInfo("America/New_York")
        opened = [day for day in range(1, 32) if ask(rows, f"1997-08-{day:02d}T10:30:00-04:00", tz).open]
        assert tuple(opened) == days

    def test_day_names_and_ranges_are_understood(self) -> None:
        for byday in ("Monday, SA-dim.", ["MO", "sat", "dim."]):
            rows = [{"freq": "WEEKLY", "byday": byday, "opens_at": "10:00", "closes_at": "11:00"}]
            assert [ask(rows, f"2026-12-{day:02d}T10:30:00-05:00").open for day in (5, 6, 7, 8)] == [
                True,
                True,
                True,
                False,
            ]


class TestOvernight:
    def test_saturday_night_into_sunday_across_the_week_boundary(self) -> None:
        rows = [weekly("SA", "22:00", "04:00")]
        night = ask(rows, "2026-12-06T03:00:00-05:00")
        assert night.open and night.closes_at == at("2026-12-06T04:00:00-05:00")
        after = ask(rows, "2026-12-06T05:00:00-05:00")
        assert not after.open and after.opens_at == at("2026-12-12T22:00:00-05:00")

    def test_new_years_eve_night_into_the_next_month_and_year(self) -> None:
        rows = [weekly("TH", "22:00", "04:00")]  # 2026-12-31 is a Thursday
        night = ask(rows, "2027-01-01T02:00:00-05:00")
        assert night.open and night.closes_at == at("2027-01-01T04:00:00-05:00")
        month = [weekly("FR", "23:00", "02:00")]  # 2027-04-30 is a Friday
        assert ask(month, "2027-05-01T01:00:00-04:00").open

    def test_a_holiday_closure_the_next_day_cuts_the_night_at_midnight(self) -> None:
        rows = [
            weekly(EVERY_DAY, "22:00", "06:00"),
            {"closed": True, "valid_from": "0001-12-25", "valid_to": "0001-12-25"},
        ]
        eve = ask(rows, "2026-12-24T23:00:00-05:00")
        assert eve.open and eve.closes_at == at("2026-12-25T00:00:00-05:00")
        christmas = ask(rows, "2026-12-25T02:00:00-05:00")
        assert not christmas.open and christmas.opens_at == at("2026-12-26T22:00:00-05:00")
        assert ask(rows, "2026-12-27T02:00:00-05:00").open  # the 26th's night goes on


class TestAlwaysOpen:
    @pytest.mark.parametrize(
        ("opens", "closes"),
        [
            ("00:00", "00:00"),
            ("00:00", "23:59"),
            ("00:00", "24:00"),
            ("00:00:00", "23:59:59"),
            ("12:00 AM", "11:59 PM"),
            ("08:00", "08:00"),
        ],
    )
    def test_24_7_written_every_usual_way(self, opens: str, closes: str) -> None:
        for rows in (
            [weekly(EVERY_DAY, opens, closes)],
            [{"freq": "DAILY", "opens_at": opens, "closes_at": closes}],
            [weekly(day, opens, closes) for day in EVERY_DAY.split(",")],
        ):
            rules = rules_from_rows(rows)
            assert is_always_open(rules)
            assert state(rules, MONTREAL, at("2026-12-06T23:59:30-05:00")).always

    def test_a_24_7_service_closed_on_a_holiday(self) -> None:
        rows = [
            weekly(EVERY_DAY, "00:00", "24:00"),
            {"closed": True, "valid_from": "2026-12-25", "valid_to": "2026-12-25"},
        ]
        christmas = ask(rows, "2026-12-25T12:00:00-05:00")
        assert not christmas.open and christmas.opens_at == at("2026-12-26T00:00:00-05:00")
        assert ask(rows, "2026-12-20T12:00:00-05:00").always

    def test_a_24_7_service_with_a_closed_day_is_not_24_7(self) -> None:
        rules = rules_from_rows(
            [weekly(EVERY_DAY, "00:00", "00:00"), {"freq": "WEEKLY", "byday": "SU", "closed": True}]
        )
        assert not is_always_open(rules)
        saturday = state(rules, MONTREAL, at("2026-12-05T12:00:00-05:00"))
        assert saturday.open and saturday.closes_at == at("2026-12-06T00:00:00-05:00")


class TestSeveralOpeningsADay:
    def test_split_shift(self) -> None:
        rows = [weekly(WEEKDAYS, "09:00", "12:00"), weekly(WEEKDAYS, "13:00", "17:00")]
        assert ask(rows, "2026-12-07T10:00:00-05:00").closes_at == at("2026-12-07T12:00:00-05:00")
        lunch = ask(rows, "2026-12-07T12:30:00-05:00")
        assert not lunch.open and lunch.opens_at == at("2026-12-07T13:00:00-05:00")
        assert ask(rows, "2026-12-07T17:30:00-05:00").opens_at == at("2026-12-08T09:00:00-05:00")

    def test_back_to_back_openings_read_as_one(self) -> None:
        rows = [weekly("MO", "09:00", "12:00"), weekly("MO", "12:00", "17:00")]
        assert ask(rows, "2026-12-07T10:00:00-05:00").closes_at == at("2026-12-07T17:00:00-05:00")
        night = [
            weekly("MO", "18:00", "00:00"),
            weekly("TU", "00:00", "06:00"),
            weekly("TU", "06:00", "08:00"),
        ]
        assert ask(night, "2026-12-07T19:00:00-05:00").closes_at == at("2026-12-08T08:00:00-05:00")


class TestDatedHours:
    rows: ClassVar[list[dict[str, Any]]] = [
        weekly(WEEKDAYS, "09:00", "17:00"),
        {"closed": True, "valid_from": "0001-12-24", "valid_to": "0001-01-02"},
        {"valid_from": "0001-07-01", "valid_to": "0001-07-01", "opens_at": "10:00", "closes_at": "14:00"},
    ]

    def test_a_closure_spanning_new_year_every_year(self) -> None:
        for year in (2026, 2030):
            assert not ask(self.rows, f"{year}-12-31T10:00:00-05:00").open
        closed = ask(self.rows, "2026-12-24T10:00:00-05:00")
        assert closed.opens_at == at("2027-01-04T09:00:00-05:00")  # more than a week away
        assert ask(self.rows, "2027-01-04T10:00:00-05:00").open

    def test_holiday_hours_replace_the_weekly_hours(self) -> None:
        # 2027-07-01 (Canada Day) is a Thursday.
        assert not ask(self.rows, "2027-07-01T09:30:00-04:00").open
        assert ask(self.rows, "2027-07-01T13:00:00-04:00").open
        assert ask(self.rows, "2027-07-01T15:00:00-04:00").opens_at == at("2027-07-02T09:00:00-04:00")

    def test_holiday_hours_open_a_weekly_closed_day(self) -> None:
        rows = [
            weekly(WEEKDAYS, "09:00", "17:00"),
            {"freq": "WEEKLY", "byday": "SA,SU", "closed": True},
            {"valid_from": "2026-12-19", "opens_at": "10:00", "closes_at": "15:00"},
        ]
        assert ask(rows, "2026-12-19T11:00:00-05:00").open
        assert not ask(rows, "2026-12-20T11:00:00-05:00").open

    def test_a_real_closure_range_across_new_year(self) -> None:
        rows = [
            weekly(WEEKDAYS, "09:00", "17:00"),
            {"closed": True, "valid_from": "2026-12-21", "valid_to": "2027-01-08"},
        ]
        assert ask(rows, "2026-12-18T18:00:00-05:00").opens_at == at("2027-01-11T09:00:00-05:00")
        assert ask(rows, "2027-12-21T10:00:00-05:00").open  # not every year


class TestSeasons:
    summer: ClassVar[list[dict[str, Any]]] = [
        weekly(WEEKDAYS, "09:00", "17:00"),
        weekly(WEEKDAYS, "10:00", "14:00", valid_from="2026-06-01", valid_to="2026-08-31"),
    ]

    def test_summer_hours_replace_the_usual_ones_in_summer(self) -> None:
        early = ask(self.summer, "2026-07-06T09:30:00-04:00")
        assert not early.open and early.opens_at == at("2026-07-06T10:00:00-04:00")
        assert ask(self.summer, "2026-07-06T14:30:00-04:00").opens_at == at("2026-07-07T10:00:00-04:00")
        assert ask(self.summer, "2026-09-01T09:30:00-04:00").open

    def test_summer_and_winter_every_year(self) -> None:
        rows = [
            weekly(WEEKDAYS, "08:00", "12:00", valid_from="0001-05-01", valid_to="0001-09-30"),
            weekly(WEEKDAYS, "09:00", "17:00", valid_from="0001-10-01", valid_to="0001-04-30"),
        ]
        assert not ask(rows, "2027-07-06T13:00:00-04:00").open
        assert ask(rows, "2027-07-06T08:30:00-04:00").open
        assert ask(rows, "2027-01-05T16:00:00-05:00").open
        assert ask(rows, "2027-09-30T13:00:00-04:00").opens_at == at("2027-10-01T09:00:00-04:00")

    def test_a_season_of_sunday_hours_beats_the_closed_sundays(self) -> None:
        rows = [
            {"freq": "WEEKLY", "byday": "SU", "closed": True},
            weekly("SU", "10:00", "14:00", valid_from="2026-12-01", valid_to="2026-12-31"),
        ]
        assert ask(rows, "2026-12-06T11:00:00-05:00").open
        assert not ask(rows, "2027-01-03T11:00:00-05:00").open

    def test_a_schedule_valid_only_from_a_future_date(self) -> None:
        rows = [weekly("MO", "09:00", "17:00", valid_from="2027-03-01")]
        before = ask(rows, "2026-12-07T10:00:00-05:00")
        assert not before.open and before.opens_at == at("2027-03-01T09:00:00-05:00")
        assert ask(rows, "2027-03-08T10:00:00-05:00").open

    def test_a_weekly_rule_starting_at_a_future_dtstart(self) -> None:
        rows = [weekly("MO", "09:00", "17:00", dtstart="2027-03-01")]
        assert ask(rows, "2026-12-07T10:00:00-05:00").opens_at == at("2027-03-01T09:00:00-05:00")

    def test_a_season_without_days_is_every_day_of_it(self) -> None:
        rows = [
            {
                "freq": "WEEKLY",
                "opens_at": "10:00",
                "closes_at": "18:00",
                "valid_from": "2027-06-01",
                "valid_to": "2027-06-30",
            }
        ]  # 2027-06-01 is a Tuesday
        assert [ask(rows, f"2027-06-{day:02d}T11:00:00-04:00").open for day in (5, 6, 7)] == [True] * 3
        assert ask(rows, "2027-07-01T11:00:00-04:00").opens_at is None

    def test_new_hours_take_over_from_a_date(self) -> None:
        rows = [
            weekly(WEEKDAYS, "09:00", "17:00"),
            weekly(WEEKDAYS, "12:00", "20:00", valid_from="2027-01-01"),
        ]
        assert ask(rows, "2026-12-31T10:00:00-05:00").open
        assert not ask(rows, "2027-01-04T10:00:00-05:00").open
        assert ask(rows, "2027-01-04T19:00:00-05:00").open


class TestDaylightSaving:
    # 2026-03-08 (a Sunday) 02:00 EST -> 03:00 EDT; 2026-11-01 (a Sunday) 02:00 EDT -> 01:00 EST.
    def test_spring_forward_inside_an_opening(self) -> None:
        rows = [weekly("SU", "01:00", "04:00")]
        assert ask(rows, "2026-03-08T03:30:00-04:00").open
        assert ask(rows, "2026-03-08T01:30:00-05:00").closes_at == at("2026-03-08T04:00:00-04:00")

    def test_an_opening_at_a_skipped_time_opens_when_the_clock_gets_there(self) -> None:
        rows = [weekly("SU", "02:30", "05:00")]
        before = ask(rows, "2026-03-08T01:59:00-05:00")
        assert not before.open and before.opens_at == at("2026-03-08T03:30:00-04:00")
        assert ask(rows, "2026-03-15T02:45:00-04:00").open  # a week later, an ordinary day

    def test_fall_back_night_is_one_hour_longer(self) -> None:
        rows = [weekly("SU", "00:00", "03:00")]
        assert ask(rows, "2026-11-01T01:30:00-05:00").open  # the second 01:30
        assert ask(rows, "2026-11-01T00:30:00-04:00").closes_at == at("2026-11-01T03:00:00-05:00")

    def test_europe_changes_on_its_own_day(self) -> None:
        paris = ZoneInfo("Europe/Paris")  # 2026-03-29 02:00 CET -> 03:00 CEST
        rows = [weekly(WEEKDAYS, "09:00", "17:00")]
        assert ask(rows, "2026-03-30T07:30:00+00:00", paris).open  # 09:30 CEST
        assert not ask(rows, "2026-03-27T07:30:00+00:00", paris).open  # 08:30 CET


class TestZones:
    rows: ClassVar[list[dict[str, Any]]] = [weekly(WEEKDAYS, "09:00", "17:00")]

    @pytest.mark.parametrize(
        ("name", "opening"),
        [
            ("America/Vancouver", "2026-12-07T17:00:00+00:00"),
            ("America/St_Johns", "2026-12-07T12:30:00+00:00"),
            ("America/Halifax", "2026-12-07T13:00:00+00:00"),
            ("Europe/Paris", "2026-12-07T08:00:00+00:00"),
        ],
    )
    def test_nine_oclock_where_the_location_is(self, name: str, opening: str) -> None:
        closed = ask(self.rows, "2026-12-07T07:00:00+00:00", ZoneInfo(name))
        assert not closed.open and closed.opens_at == at(opening)

    def test_st_johns_half_hour_in_summer(self) -> None:
        st_johns = ZoneInfo("America/St_Johns")  # -2:30 in summer
        assert not ask(self.rows, "2026-07-06T11:29:00+00:00", st_johns).open
        assert ask(self.rows, "2026-07-06T11:30:00+00:00", st_johns).open


class TestTimes:
    @pytest.mark.parametrize(
        ("opens", "closes"),
        [
            ("09:00:00", "16:00:00"),
            ("09:00:00-05:00", "16:00:00-05:00"),
            ("9:00 AM", "4:00 PM"),
            ("9am", "4pm"),
            ("09:00Z", "16:00Z"),
            ("9:00 a.m.", "4:00 p.m."),
        ],
    )
    def test_times_with_seconds_zone_or_am_pm(self, opens: str, closes: str) -> None:
        rows = [weekly("MO", opens, closes)]
        assert ask(rows, "2026-12-07T15:59:00-05:00").open
        assert ask(rows, "2026-12-07T16:00:00-05:00").opens_at == at("2026-12-14T09:00:00-05:00")

    def test_the_days_hours_in_the_console(self) -> None:
        rules = rules_from_rows(
            [
                weekly("MO", "09:00", "12:00"),
                weekly("MO", "13:00", "17:00"),
                {"freq": "WEEKLY", "byday": "SU", "closed": True},
            ]
        )
        monday = hours_on(rules, MONTREAL, at("2026-12-07T00:00:00-05:00").date())
        assert [start.astimezone(MONTREAL).hour for start, _ in monday.openings] == [9, 13]
        assert hours_on(rules, MONTREAL, at("2026-12-06T00:00:00-05:00").date()).closed
