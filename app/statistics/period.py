"""The days a statistics report covers, in the hotline's time zone.

A report asked for (page, JSON, CSV) covers one calendar month (`one_month`): two reports
never overlap, so neither can be subtracted from the other. With free dates, the reports of
1-10 and 1-11 December differ by the contacts of 11 December: when that is one person, every
count of 10 or more that grew by one (a language, an urgency, a need) names what they said,
though their day shows "<10". `choose` (any days) is for the counting queries' own tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.errors import FieldRefused

DEFAULT_DAYS = 30
MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class Period:
    first_day: date
    last_day: date  # included
    zone: ZoneInfo

    @property
    def start(self) -> datetime:
        """Midnight of the first day, in the hotline's zone (an aware datetime)."""
        return datetime.combine(self.first_day, time(), tzinfo=self.zone)

    @property
    def end(self) -> datetime:
        """Midnight after the last day (excluded)."""
        return datetime.combine(self.last_day + timedelta(days=1), time(), tzinfo=self.zone)

    def days(self) -> list[date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=n) for n in range(count)]


def choose(first: date | None, last: date | None, *, zone: ZoneInfo, now: datetime) -> Period:
    """The requested days; by default the last 30 days up to today (in `zone`)."""
    last_day = last or now.astimezone(zone).date()
    first_day = first or last_day - timedelta(days=DEFAULT_DAYS - 1)
    if first_day > last_day:
        raise FieldRefused("query.from", "from must not be after to")
    if (last_day - first_day).days + 1 > MAX_DAYS:
        raise FieldRefused("query.from", f"a report covers at most {MAX_DAYS} days")
    return Period(first_day, last_day, zone)


def month_bounds(day: date) -> tuple[date, date]:
    """The first and last days of `day`'s calendar month."""
    first = day.replace(day=1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def one_month(first: date | None, last: date | None, *, zone: ZoneInfo, now: datetime) -> Period:
    """The calendar month of `first`, else of `last`, else the current one (in `zone`); a
    `first` that is not its first day or a `last` that is not its last day is refused."""
    first_day, last_day = month_bounds(first or last or now.astimezone(zone).date())
    if first is not None and first != first_day:
        raise FieldRefused("query.from", "a report covers one calendar month: from is its first day")
    if last is not None and last != last_day:
        raise FieldRefused(
            "query.to", "a report covers one calendar month: to is the last day of the month from starts"
        )
    return Period(first_day, last_day, zone)
