"""A line's weekly hours written in one setting: `24/7`, or entries separated by `;`, each
days then a window, `MO,TU,WE,TH,FR 08:00-20:00; SA 20:00-02:00` (a window that closes at or
before it opens ends the next day).

Each entry becomes an HSDS schedule row read by `directory.schedules` (its day codes, its
times, its overnight and daylight-saving handling): only the splitting is done here.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from directory import schedules
from directory.schedules import DAY_CODES, BadSchedule, Rule

ALWAYS = "24/7"


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
    rules: list[Rule] = []
    for entry in filter(None, (part.strip() for part in cleaned.split(";"))):
        days, _, window = entry.rpartition(" ")
        opens, dash, closes = window.partition("-")
        if not days.strip() or not dash:
            raise BadSchedule(f"not days then a window such as 'MO-FR 08:00-20:00': {entry!r}")
        rule = schedules.rule_from_row({"freq": "WEEKLY", "byday": _days(days), "opens_at": opens,
                                        "closes_at": closes})
        if rule is None:
            raise BadSchedule(f"no opening time: {entry!r}")
        rules.append(rule)
    if not rules:
        raise BadSchedule("no opening hours")
    return rules


def is_open(rules: list[Rule] | None, zone: ZoneInfo, at: datetime) -> bool:
    """Open at `at` (an aware instant), the rules read in `zone`; None (24/7) is always open."""
    if rules is None:
        return True
    return schedules.state(rules, zone, at).open
