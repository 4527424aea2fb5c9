"""RFC 5545 `bymonth` (not an HSDS field) said in HSDS 3 fields: the months become a validity every
year (`valid_from`..`valid_to` in year 0001), within which the rest of the rule recurs.

`{"freq": "YEARLY", "bymonth": "10", "byday": "2MO"}` (Thanksgiving: the second Monday of October)
becomes `{"freq": "MONTHLY", "byday": "2MO", "valid_from": "0001-10-01", "valid_to": "0001-10-31"}`:
with BYMONTH, a yearly BYDAY ordinal is counted within the month (RFC 5545 3.3.10), as a monthly
one is. A yearly rule becomes monthly (by its ordinal days or `bymonthday`) or weekly (by its
days). Refused, with the reason: months that are not one stretch every year (1,7), a rule with
dates of its own, a yearly rule with `interval`, `count`, `byyearday` or `byweekno`, or one that
says no day. Pure.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from typing import Any


class BadMonths(ValueError):
    pass


def _months(value: Any) -> list[int]:
    parts = value if isinstance(value, list | tuple) else str(value).replace(";", ",").split(",")
    try:
        months = sorted({int(str(part).strip()) for part in parts if str(part).strip()})
    except ValueError:
        raise BadMonths(f"bymonth: not month numbers 1 to 12: {value!r}") from None
    if not months or months[0] < 1 or months[-1] > 12:
        raise BadMonths(f"bymonth: not month numbers 1 to 12: {value!r}")
    return months


def _stretch(months: list[int]) -> tuple[int, int]:
    """The first and last month of one stretch, across the new year too (11,12,1,2: 11 to 2)."""
    for first in months:
        span = [(first - 1 + step) % 12 + 1 for step in range(len(months))]
        if sorted(span) == months:
            return first, span[-1]
    raise BadMonths(f"bymonth: {','.join(map(str, months))} is not one stretch of months; give one row each")


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _frequency(row: Mapping[str, Any]) -> str:
    freq = _text(row.get("freq")).upper()
    if freq != "YEARLY":
        return freq
    if _text(row.get("interval")) not in ("", "1") or _text(row.get("count")):
        raise BadMonths("bymonth: with a yearly interval or count: give the dates (valid_from, valid_to)")
    if _text(row.get("byyearday")) or _text(row.get("byweekno")):
        raise BadMonths("bymonth: with byyearday or byweekno: give the dates (valid_from, valid_to)")
    byday = _text(row.get("byday"))
    if _text(row.get("bymonthday")) or any(char.isdigit() for char in byday):
        return "MONTHLY"
    if byday:
        return "WEEKLY"
    raise BadMonths("bymonth: says no day: give byday or bymonthday")


def month_window(row: Mapping[str, Any]) -> dict[str, Any]:
    """The row with its `bymonth` said as an annual validity (see the module's documentation)."""
    found = {key: value for key, value in row.items() if key != "bymonth"}
    if _text(row.get("bymonth")) in ("", "[]", "()"):
        return found
    if _text(row.get("valid_from")) or _text(row.get("valid_to")):
        raise BadMonths("bymonth: with valid_from or valid_to: give one or the other")
    first, last = _stretch(_months(row["bymonth"]))
    freq = _frequency(row)
    end = calendar.monthrange(1, last)[1]  # year 0001: February has 28 days
    return {
        **found,
        **({"freq": freq} if freq else {}),
        "valid_from": f"0001-{first:02d}-01",
        "valid_to": f"0001-{last:02d}-{end:02d}",
    }
