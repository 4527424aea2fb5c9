"""The days a statistics report covers, in the hotline's time zone."""

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
