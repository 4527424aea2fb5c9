"""Open now? When does it open? HSDS schedules read in the location's time zone (directory.zones).

Pure: no database. A schedule row is a rule: the days it applies (every week on `byday`, or any
RFC 5545 recurrence, read by directory.recurrence; within `valid_from`..`valid_to`, year 0001 meaning
every year) and its hours, `opens_at` to `closes_at` (overnight when it closes at or before it opens:
22:00-06:00, 10:00-02:00; 00:00-00:00 is 24 h), or `closed` (profile field). On a local day:

1. a dated closure (dates, no recurrence) closes the whole day, including the hours after midnight
   of an opening that began the day before;
2. dated hours (dates, no recurrence: holiday hours) replace the day's recurring hours;
3. else the recurring rules of the day with the narrowest validity (a season, a schedule valid from
   a date, then the unbounded ones) give its openings; a recurring closure among them closes the
   day (`{"freq": "WEEKLY", "byday": "SU", "closed": true}`: closed on Sundays);

a closure with hours only removes those hours; on a day, the dated rules of the highest `level` are
the day's (directory.place_schedules lays an owner's rows over another's). An opening belongs to
the day it begins. Intervals are built on the local calendar, then compared as absolute instants:
a time that daylight saving skips is read with the offset before the change (02:30 -> 03:30), a
repeated one as its first occurrence (RFC 5545).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cached_property, lru_cache
from zoneinfo import ZoneInfo

from directory import recurrence
from directory.public_holidays import is_public_holiday
from directory.recurrence import Recurrence
from directory.week_cover import held, skips
from directory.week_cover import is_always_open as is_always_open
from directory.zones import iana, written_zone

DAY_CODES = recurrence.DAY_CODES
ALL_DAYS = frozenset(range(7))
_MIDNIGHT = time(0)
_END_OF_DAY = (time(23, 59), time(23, 59, 59))
_HORIZON_DAYS = 400  # farthest next opening looked for
ANNUAL_YEAR = 1
Interval = tuple[datetime, datetime]


def _annual_end(low: tuple[int, int], end: date | None) -> tuple[int, int]:
    """The last (month, day) of a validity every year: year 0001 has no 29 February, so a validity
    ending on 28 February from another day (`bymonth 2`, `11-01`..`02-28`) runs to the end of
    February, the 29th in leap years; a validity of 28 February alone stays that one day."""
    high = (end.month, end.day) if end else (12, 31)
    return (2, 29) if high == (2, 28) and low != high else high


def _yday(day: date) -> int:
    return date(2000, day.month, day.day).timetuple().tm_yday  # 2000: a leap year


@dataclass(frozen=True)
class Rule:
    days: frozenset[int]  # 0 = Monday; the days of a weekly rule (recurrence None)
    opens: time | None
    closes: time | None
    valid_from: date | None = None
    valid_to: date | None = None
    closed: bool = False
    exception: bool = False  # bound to dates (a holiday or a closure), replaces the recurring hours
    recurrence: Recurrence | None = None  # any other recurrence (every other week, 1MO, -1FR...)
    level: int = 0  # laid over the hours by a more specific owner: its dates win (place_schedules)
    holidays: str | None = None  # a closure on the public holidays of this region (public_holidays)

    @property
    def has_hours(self) -> bool:
        return self.opens is not None and self.closes is not None

    @property
    def annual(self) -> bool:
        return self.valid_from is not None and self.valid_from.year == ANNUAL_YEAR

    def covers(self, day: date) -> bool:
        """`day` is within the rule's dates (a dated rule without `valid_to`: that one day)."""
        if self.holidays is not None:
            return is_public_holiday(day, self.holidays)
        start = self.valid_from
        end = self.valid_to if self.valid_to is not None or not self.exception else start
        if self.annual:
            low = (start.month, start.day) if start else (1, 1)
            high = _annual_end(low, end)
            key = (day.month, day.day)
            return low <= key <= high if low <= high else key >= low or key <= high
        return (start is None or start <= day) and (end is None or day <= end)

    def on(self, day: date) -> bool:
        if self.plain:
            return day.weekday() in self.days
        if not self.covers(day):
            return False
        if self.exception:
            return True
        if self.recurrence is not None:
            return recurrence.occurs(self.recurrence, day)
        return day.weekday() in self.days

    @cached_property
    def specificity(self) -> tuple[int, int]:
        """More bounds first, then the shorter validity: a season beats the rest of the year."""
        start, end = self.valid_from, self.valid_to
        if start is None or end is None:
            return (int(start is not None) + int(end is not None), -1_000_000)
        span = ((_yday(end) - _yday(start)) % 366) if self.annual else (end - start).days
        return (2, -span)

    @cached_property
    def plain(self) -> bool:
        """Every week on its days, for ever: no dates, no other recurrence."""
        return (
            self.valid_from is None
            and self.valid_to is None
            and self.recurrence is None
            and self.holidays is None
        )

    @cached_property
    def simple(self) -> bool:
        """Plain and open: its openings need no choice between rules nor any cut."""
        return self.plain and not self.closed


@dataclass(frozen=True)
class OpenState:
    open: bool
    always: bool = False
    opens_at: datetime | None = None  # next opening, when closed
    closes_at: datetime | None = None  # end of the current opening, when open


class BadSchedule(ValueError):
    pass


def zone(name: str | None, default: str) -> ZoneInfo:
    return iana(name or default) or iana(default) or ZoneInfo("America/Toronto")


def is_time_zone(name: str) -> bool:
    """An IANA name (any case) or a zone's abbreviation (`EST`: directory.zones.written_zone)."""
    return written_zone(name) is not None


def _interval(rule: Rule, day: date, tz: tzinfo) -> Interval:
    opens, closes = rule.opens or _MIDNIGHT, rule.closes or _MIDNIGHT
    start = datetime.combine(day, opens, tzinfo=tz)
    if closes in _END_OF_DAY or closes <= opens:
        end = datetime.combine(
            day + timedelta(days=1), _MIDNIGHT if closes in _END_OF_DAY else closes, tzinfo=tz
        )
    else:
        end = datetime.combine(day, closes, tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def _cuts_of_days_around(rules: list[Rule], day: date, tz: tzinfo) -> list[Interval]:
    """The hours removed by closures with hours of the day before (Saturday 22:00-02:00 night
    cleaning belongs to Saturday and removes Sunday 00:00-02:00 too) and of the day after (a
    Sunday 01:00-02:00 maintenance inside Saturday's night opening)."""
    return [
        _interval(rule, other, tz)
        for rule in rules
        if rule.closed and rule.has_hours
        for other in (day - timedelta(days=1), day + timedelta(days=1))
        if rule.on(other)
    ]


def _subtract(openings: list[Interval], cuts: list[Interval]) -> list[Interval]:
    for cut_start, cut_end in cuts:
        kept: list[Interval] = []
        for start, end in openings:
            if cut_end <= start or end <= cut_start:
                kept.append((start, end))
                continue
            kept += [(start, cut_start)] if start < cut_start else []
            kept += [(cut_end, end)] if cut_end < end else []
        openings = kept
    return openings


def _top_level(dated: list[Rule]) -> list[Rule]:
    """The dated rules of the most specific owner among them (the highest `level`); a closure on
    public holidays said in words yields to a row the partner dated that day (holiday hours)."""
    top = max((rule.level for rule in dated), default=0)
    found = [rule for rule in dated if rule.level == top]
    return [rule for rule in found if rule.holidays is None] or found


def _closed_all_day(rules: list[Rule], day: date) -> bool:
    dated = _top_level([rule for rule in rules if rule.exception and rule.covers(day)])
    return any(rule.closed and not rule.has_hours for rule in dated)


def _chosen(dated: list[Rule], recurring: list[Rule]) -> list[Rule]:
    """The rules that give the day's openings (see the module's documentation)."""
    if any(rule.closed and not rule.has_hours for rule in dated):
        return []
    holiday = [rule for rule in dated if not rule.closed]
    if holiday:
        return holiday
    recurring = [rule for rule in recurring if not (rule.closed and rule.has_hours)]
    if not recurring:
        return []
    best = max(rule.specificity for rule in recurring)
    group = [rule for rule in recurring if rule.specificity == best]
    return [] if any(rule.closed for rule in group) else group


@lru_cache(maxsize=8192)
def _weekly_openings(rules: tuple[Rule, ...], day: date, tz: tzinfo) -> tuple[Interval, ...]:
    """Cached: services often share their weekly hours, and a match reads many on the same days."""
    return tuple(_merged(_interval(rule, day, tz) for rule in rules))


def _merged(openings: Iterable[Interval]) -> list[Interval]:
    """Openings earliest first, overlapping or back-to-back ones read as one (rows repeated, or
    9:00-13:00 beside 12:00-17:00)."""
    merged: list[Interval] = []
    for start, end in sorted(openings):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def openings_of(rules: list[Rule], day: date, tz: tzinfo, *, simple: bool | None = None) -> list[Interval]:
    """The openings that begin on the local `day`, as absolute instants, earliest first (`simple`:
    all the rules are, when the caller knows)."""
    applying = [rule for rule in rules if rule.on(day)]
    if not applying:
        return []
    if simple if simple is not None else all(rule.simple for rule in rules):
        return list(_weekly_openings(tuple(applying), day, tz))
    dated = _top_level([rule for rule in applying if rule.exception])
    recurring = [rule for rule in applying if not rule.exception]
    openings = [_interval(rule, day, tz) for rule in _chosen(dated, recurring)]
    cuts = [_interval(rule, day, tz) for rule in (*dated, *recurring) if rule.closed and rule.has_hours]
    cuts += _cuts_of_days_around(rules, day, tz)
    if openings and _closed_all_day(rules, day + timedelta(days=1)):
        next_midnight = datetime.combine(day + timedelta(days=1), _MIDNIGHT, tzinfo=tz).astimezone(UTC)
        cuts.append((next_midnight, next_midnight + timedelta(days=2)))
    return _merged(_subtract(openings, cuts) if cuts else openings)


@dataclass(frozen=True)
class DayHours:
    """A service's hours on one local day: 24/7, or its openings (none: closed that day), or
    unknown (no hours on file)."""

    always: bool = False
    known: bool = True
    openings: tuple[Interval, ...] = ()
    # Openings begun the day before and still running (a night shelter at 3 a.m.): the list says
    # "open until 07:00" rather than "closed today" (an opening belongs to the day it begins).
    carried: tuple[Interval, ...] = ()
    # Unknown hours: what the schedules say in words ("du lundi au vendredi de 9 h à 17 h", "by
    # appointment"), shown as written rather than read as hours (directory.listing.today).
    note: str = ""

    @property
    def closed(self) -> bool:
        return self.known and not self.always and not self.openings and not self.carried


def _regular_around(rules: list[Rule], day: date) -> bool:
    """Nothing but the weekly 24/7 rules applies from the day before to the day after."""
    if all(rule.simple for rule in rules):
        return True
    days = [day + timedelta(days=offset) for offset in (-1, 0, 1)]
    return not any(
        not held(rule, days[0]) or rule.exception or rule.closed or skips(rule, days)
        for rule in rules
        if any(rule.on(each) for each in days)
    )


def _last_day(rule: Rule) -> date | None:
    """The last day the rule may apply (None: no end; every year when annual)."""
    if rule.annual:
        return None
    end = rule.valid_to or (rule.valid_from if rule.exception else None)
    rec = rule.recurrence
    last = recurrence.last_day(rec) if rec is not None else None
    return min(end, last) if end and last else end or last


def ran_out(rules: Iterable[Rule], day: date) -> bool:
    """Every rule that gives hours ended before `day` (`valid_to`, `until`, `count`): the hours
    are no longer known, not "closed" (HSDS: `valid_to` is the last day the schedule is valid)."""
    ends = [_last_day(rule) for rule in rules if not rule.closed]
    return bool(ends) and all(end is not None and end < day for end in ends)


def no_hours_given(rules: Iterable[Rule], day: date) -> bool:
    """No rule gives hours (only closures) and none closes all of `day`: a Christmas closure alone
    says the service is closed on 25 December, not on the 24th (its hours are unknown then)."""
    given = [rule for rule in rules if not rule.closed]
    return not given and not any(rule.on(day) and not rule.has_hours for rule in rules)


def hours_on(rules: list[Rule], tz: tzinfo, day: date, *, always: bool = False) -> DayHours:
    """The openings of `day` (a date in `tz`), as absolute instants, earliest first; unknown when
    there are no rules, when they all ran out before `day`, or gave no hours (no_hours_given)."""
    always = always or is_always_open(rules, day - timedelta(days=1))
    if always and (not rules or _regular_around(rules, day)):
        return DayHours(always=True)
    if not rules:
        return DayHours(known=False)
    openings = tuple(openings_of(rules, day, tz))
    if not openings and (ran_out(rules, day) or no_hours_given(rules, day)):
        return DayHours(known=False)
    return DayHours(openings=openings)


def state(rules: list[Rule], tz: tzinfo, at: datetime, *, always: bool | None = None) -> OpenState:
    """Open at `at` (until when), or when it opens next (None: not within the next 400 days)."""
    now = at.astimezone(UTC)
    today = now.astimezone(tz).date()
    always_open = always if always is not None else is_always_open(rules, today - timedelta(days=1))
    if always_open and (not rules or _regular_around(rules, today)):
        return OpenState(open=True, always=True)
    simple = all(rule.simple for rule in rules)
    intervals = sorted(
        interval
        for offset in (-1, 0, 1)
        for interval in openings_of(rules, today + timedelta(days=offset), tz, simple=simple)
    )
    for start, end in intervals:
        if start <= now < end:
            return OpenState(
                open=True, closes_at=_chain_end(rules, tz, today + timedelta(days=1), intervals, end)
            )
    upcoming = [start for start, _ in intervals if start > now]
    if upcoming:
        return OpenState(open=False, opens_at=min(upcoming))
    return OpenState(open=False, opens_at=_next_opening(rules, tz, today + timedelta(days=2)))


def _chain_end(
    rules: list[Rule], tz: tzinfo, last_day: date, intervals: list[Interval], end: datetime
) -> datetime | None:
    """The end of an opening, back-to-back openings read as one (round-the-clock rows until their
    `valid_to`, looked for up to 400 days ahead; None beyond: open, with no closing time made up
    at the end of the days looked at, nor a week on)."""
    known, limit = list(intervals), last_day + timedelta(days=_HORIZON_DAYS)
    while True:
        extended = max((close for start, close in known if start <= end < close), default=None)
        if extended is not None:
            end = extended
            continue
        following = datetime.combine(last_day + timedelta(days=1), _MIDNIGHT, tzinfo=tz).astimezone(UTC)
        if end < following:
            return end
        if last_day >= limit:
            return None
        last_day += timedelta(days=1)
        known += openings_of(rules, last_day, tz)


def _bounds(rules: list[Rule], first: date) -> tuple[date, date] | None:
    """The first and last days an opening may begin, from `first` on (None: never again)."""
    starts: list[date] = []
    ends: list[date] = []
    for rule in rules:
        if rule.closed:
            continue
        rec = rule.recurrence
        start = max(
            filter(None, (first, None if rule.annual else rule.valid_from, rec.start if rec else None))
        )
        end = None if rule.annual else (rule.valid_to or (rule.valid_from if rule.exception else None))
        if rec is not None and rec.until is not None:
            end = min(end, rec.until) if end else rec.until
        starts.append(start)
        ends.append(end or date.max)
    horizon = first + timedelta(days=_HORIZON_DAYS)
    if not starts or min(starts) > horizon:
        return None
    return min(starts), min(max(ends), horizon)


def _next_opening(rules: list[Rule], tz: tzinfo, first: date) -> datetime | None:
    simple = all(rule.simple for rule in rules)  # every week: within a week or never
    bounds = (first, first + timedelta(days=6)) if simple else _bounds(rules, first)
    if bounds is None:
        return None
    day, last = bounds
    while day <= last:
        openings = openings_of(rules, day, tz, simple=simple)
        if openings:
            return openings[0][0]
        day += timedelta(days=1)
    return None
