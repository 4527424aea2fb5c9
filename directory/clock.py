"""Times of day and dates as found in HSDS files: `08:00`, `10:00:00+01:00`, `4:00 PM`, `3pm`."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

_TIME = re.compile(
    r"^\s*(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*"
    r"(Z|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)


class BadTime(ValueError):
    pass


def parse_time(text: str) -> time:
    """A wall-clock time; any zone suffix is ignored (the location's IANA zone is what counts).

    24:00 is read as 00:00 (midnight at the end of the day, used as a closing time).
    """
    match = _TIME.match(text)
    if match is None:
        raise BadTime(f"not a time of day: {text!r}")
    hour, minute, second = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    suffix = (match[4] or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            raise BadTime(f"not a 12-hour time: {text!r}")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    elif match[2] is None:
        raise BadTime(f"not a time of day: {text!r}")
    if hour == 24 and minute == 0 and second == 0:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        raise BadTime(f"not a time of day: {text!r}")
    return time(hour, minute, second)


def utc_offset(text: str) -> timedelta | None:
    """The zone suffix of a time (`10:00:00+01:00` -> 1 h, `09:00Z` -> 0), None without one."""
    match = _TIME.match(text)
    suffix = match[5] if match else None
    if not suffix:
        return None
    if suffix.upper() == "Z":
        return timedelta(0)
    digits = suffix[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return -offset if suffix[0] == "-" else offset


def format_time(value: time) -> str:
    return value.strftime("%H:%M") if value.second == 0 else value.strftime("%H:%M:%S")


def normal_time(text: str) -> str:
    """A time as `HH:MM` (`4:00 PM` -> `16:00`), its zone suffix kept (`9:00-08:00` -> `09:00-08:00`):
    the zone of a location that gives none (directory.zones). `BadTime` when it is no time."""
    value, offset = parse_time(text), utc_offset(text)
    if offset is None:
        return format_time(value)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{format_time(value)}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y")


def parse_date(text: str) -> date:
    cleaned = text.strip()
    for layout in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, layout).date()
        except ValueError:
            continue
    # "January 01, 0001": strptime wants a 4-digit year, which 0001 is, but some libcs refuse it.
    match = re.match(r"^([A-Za-z]+) (\d{1,2}), (\d{1,4})$", cleaned)
    if match:
        month = datetime.strptime(match[1][:3], "%b").month
        return date(int(match[3]), month, int(match[2]))
    raise BadTime(f"not a date: {text!r}")
