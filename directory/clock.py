"""Times of day and dates as found in HSDS files: `08:00`, `10:00:00+01:00`, `4:00 PM`, `3pm`."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from directory.zone_places import ABBREVIATIONS

_TIME = re.compile(
    r"^\s*(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.|a|p)?\s*"
    r"(Z|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)
# Times as people write them, put in the form above first: `noon`, `midnight` (`midi`, `minuit`),
# the French `9h30`, `9 h 30`, `17 h`, a dot for the colon (`9.30 a.m.`), the 24-hour `0830`
# (a spreadsheet's `900` too).
_WORDS = {"noon": "12:00", "midday": "12:00", "midi": "12:00", "midnight": "00:00", "minuit": "00:00"}
_FRENCH = re.compile(r"^(\d{1,2})\s*h\s*(\d{2})?$", re.IGNORECASE)
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{2})(?=\s*[ap]|\s*$)", re.IGNORECASE)
_MILITARY = re.compile(r"^(\d{1,2})(\d{2})$")


class BadTime(ValueError):
    pass


def _written(text: str) -> str:
    cleaned = " ".join(text.split())  # a web page's no-break space too
    zone = cleaned.rsplit(" ", 1)
    if len(zone) == 2 and zone[1].lower() in ABBREVIATIONS:  # `9:00 AM ET`: the location's zone counts
        cleaned = zone[0]
    word = _WORDS.get(cleaned.lower().removeprefix("12 ").strip())
    if word:
        return word
    for pattern in (_FRENCH, _MILITARY):
        match = pattern.match(cleaned)
        if match and (pattern is _FRENCH or len(cleaned) >= 3):
            return f"{match[1]}:{match[2] or '00'}"
    return _DOTTED.sub(r"\1:\2", cleaned)


def parse_time(text: str) -> time:
    """A wall-clock time; any zone suffix is ignored (the location's IANA zone is what counts).

    24:00 is read as 00:00 (midnight at the end of the day, used as a closing time). A bare hour
    (`9`) is refused: `9`-`5` could be 9 to 17 or 9 to 5 the next morning.
    """
    match = _TIME.match(_written(text))
    if match is None:
        raise BadTime(f"not a time of day: {text!r}")
    hour, minute, second = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    suffix = (match[4] or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            raise BadTime(f"not a 12-hour time: {text!r}")
        hour = hour % 12 + (12 if suffix.startswith("p") else 0)
    elif match[2] is None:
        raise BadTime(f"not a time of day: {text!r} (a bare hour: write 09:00, 9 AM or 21:00)")
    if hour == 24 and minute == 0 and second == 0:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        raise BadTime(f"not a time of day: {text!r}")
    return time(hour, minute, second)


def is_end_of_day(text: object) -> bool:
    """`24:00` (`24h`, `24:00:00`): midnight at the end of the day, not at its start."""
    match = _TIME.match(_written(str(text))) if text is not None else None
    return match is not None and int(match[1]) == 24 and not match[4]


def utc_offset(text: str) -> timedelta | None:
    """The zone suffix of a time (`10:00:00+01:00` -> 1 h, `09:00Z` -> 0), None without one."""
    match = _TIME.match(_written(text))
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


# Month first (HSDS 1.x files from the United States), then day first when the month cannot be first.
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y%m%d",
    "%m/%d/%Y",
    "%m/%d/%y",
    "%d/%m/%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
)

# A date, then a time of day: `T09:00:00.000-05:00`, `T235959Z`, ` 9:00:00 AM` (the date is group 1),
# or only a zone (XML Schema's `2026-12-24Z`, `2026-12-24-05:00`).
_DATE_TIME = re.compile(
    r"^(\S+?)(?:T|\s+)\d{1,2}(?::?\d{2}){0,2}(?:[.,]\d+)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?$"
    r"|^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})$"
)


def parse_date(text: str) -> date:
    """A date as written (`2026-12-07`, RFC 5545's `20261207`, `12/07/2026`, `December 7, 2026`);
    a date-time is its date (`2026-12-07T00:00:00Z`, `20261207T235959Z`, `12/7/2026 9:00:00 AM`):
    only a time may follow the date, so an interval (`2026-12-26/2027-01-02`) is no date."""
    cleaned = text.strip()
    stamp = _DATE_TIME.match(cleaned)
    for candidate in (cleaned, stamp[1] or stamp[2]) if stamp else (cleaned,):
        for layout in _DATE_FORMATS:
            try:
                return datetime.strptime(candidate, layout).date()
            except ValueError:
                continue
    # "January 01, 0001": strptime wants a 4-digit year, which 0001 is, but some libcs refuse it.
    match = re.match(r"^([A-Za-z]+) (\d{1,2}), (\d{1,4})$", cleaned)
    if match:
        month = datetime.strptime(match[1][:3], "%b").month
        return date(int(match[3]), month, int(match[2]))
    raise BadTime(f"not a date: {text!r}")
