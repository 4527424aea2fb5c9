"""A line's hours written in one setting: `24/7`, or entries separated by `;`, each days then
a window, `MO,TU,WE,TH,FR 08:00-20:00; SA 20:00-02:00` (a window that closes at or before it
opens ends the next day), and holidays: a date (`2026-12-24`), a date every year (`12-25`) or
a range (`12-24..12-26`, `2026-12-31..2027-01-01`), then `closed` or the window of that day,
which replaces the weekly hours: `24/7; 12-25 closed; 12-24 08:00-12:00`.

Each entry becomes an HSDS schedule row read by `directory.schedules` (its day codes, its
times, its overnight and daylight-saving handling, its dated exceptions, year 0001 meaning
every year): only the splitting is done here.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from directory import schedule_rows, schedules
from directory.schedules import DAY_CODES, BadSchedule, Rule

ALWAYS = "24/7"
CLOSED = "closed"
_DATE = re.compile(r"(?:\d{4}-)?\d{2}-\d{2}")


def _days(text: str) -> str:
    """`MO-FR` -> `MO,TU,WE,TH,FR`; `SA,SU` stays; an unknown code is refused."""
    codes: list[str] = []
    for part in text.upper().split(","):
        first, _, last = part.strip().partition("-")
        if first not in DAY_CODES or (last and last not in DAY_CODES):
            raise BadSchedule(f"not a day or a range of days (MO to SU): {part.strip()!r}")
        start, end = DAY_CODES.index(first), DAY_CODES.index(last or first)
        span = range(start, end + 1) if start <= end else [*range(start, 7), *range(0, end + 1)]
        codes.extend(DAY_CODES[index] for index in span)
    return ",".join(dict.fromkeys(codes))


def parse(text: str) -> list[Rule] | None:
    """The weekly rules; None for `24/7` (or an empty setting). `BadSchedule` otherwise."""
    cleaned = text.strip()
    if not cleaned or cleaned.lower() == ALWAYS:
        return None
    rules = [_rule(entry) for entry in filter(None, (part.strip() for part in cleaned.split(";")))]
    if not any(not rule.exception for rule in rules):
        raise BadSchedule("no weekly opening hours (24/7, or days then a window)")
    return rules


def _rule(entry: str) -> Rule:
    if entry.lower() == ALWAYS:
        return _weekly(entry, "MO-SU", "00:00", "24:00")
    days, _, window = entry.rpartition(" ")
    days = days.strip()
    if days and _DATE.fullmatch(days.partition("..")[0]):
        return _holiday(entry, days, window)
    opens, dash, closes = window.partition("-")
    if not days or not dash:
        raise BadSchedule(f"not days then a window such as 'MO-FR 08:00-20:00': {entry!r}")
    return _weekly(entry, days, opens, closes)


def _weekly(entry: str, days: str, opens: str, closes: str) -> Rule:
    rule = schedule_rows.rule_from_row(
        {"freq": "WEEKLY", "byday": _days(days), "opens_at": opens, "closes_at": closes}
    )
    if rule is None:
        raise BadSchedule(f"no opening time: {entry!r}")
    return rule


def _holiday(entry: str, dates: str, window: str) -> Rule:
    """`12-25 closed`, `2026-12-24 08:00-12:00`, `12-24..12-26 closed`: a dated exception."""
    first, _, last = dates.partition("..")
    last = last or first
    if not _DATE.fullmatch(last) or (len(first) == 5) != (len(last) == 5):
        raise BadSchedule(f"not a date, a yearly date (12-25) or a range of them: {entry!r}")
    valid = {"valid_from": _full_date(first), "valid_to": _full_date(last)}
    if window.lower() == CLOSED:
        row = {**valid, "closed": True}
    else:
        opens, dash, closes = window.partition("-")
        if not dash:
            raise BadSchedule(f"a holiday is 'closed' or a window such as 08:00-12:00: {entry!r}")
        row = {**valid, "opens_at": opens, "closes_at": closes}
    rule = schedule_rows.rule_from_row(row)
    if rule is None or not rule.exception:
        raise BadSchedule(f"not a holiday: {entry!r}")
    return rule


def _full_date(text: str) -> str:
    """`12-25` (every year) is year 0001 in HSDS dates."""
    return f"0001-{text}" if len(text) == 5 else text


def is_open(rules: list[Rule] | None, zone: ZoneInfo, at: datetime) -> bool:
    """Open at `at` (an aware instant), the rules read in `zone`; None (24/7) is always open."""
    if rules is None:
        return True
    return schedules.state(rules, zone, at).open
