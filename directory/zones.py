"""The time zone a location's opening hours are read in (see directory/profile.md, "Time zones").

In order: the location's IANA `time_zone` (profile field); else the zone of its Canadian province
or territory (`address.state_province`: code, name or abbreviation, English or French, `BC`,
`C.-B.`, `Alta.`; or a state's code when the country is the United States, the zone of most of its
people); else the fixed UTC offset the schedule gives (HSDS `schedule.timezone`, in hours, or a
zone suffix on its times such as `09:00-04:00`), which cannot follow daylight saving; else the
hotline's zone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from directory.clock import utc_offset

# Where a province spans two zones, the zone of most of its people.
PROVINCE_ZONES: dict[str, str] = {
    "BC": "America/Vancouver",
    "AB": "America/Edmonton",
    "SK": "America/Regina",
    "MB": "America/Winnipeg",
    "ON": "America/Toronto",
    "QC": "America/Toronto",
    "NB": "America/Halifax",
    "NS": "America/Halifax",
    "PE": "America/Halifax",
    "NL": "America/St_Johns",
    "YT": "America/Whitehorse",
    "NT": "America/Yellowknife",
    "NU": "America/Iqaluit",
}
_PROVINCE_NAMES: dict[str, str] = {
    "british columbia": "BC",
    "colombie-britannique": "BC",
    "alberta": "AB",
    "saskatchewan": "SK",
    "manitoba": "MB",
    "ontario": "ON",
    "quebec": "QC",
    "new brunswick": "NB",
    "nouveau-brunswick": "NB",
    "nova scotia": "NS",
    "nouvelle-ecosse": "NS",
    "prince edward island": "PE",
    "ile-du-prince-edouard": "PE",
    "newfoundland and labrador": "NL",
    "newfoundland": "NL",
    "terre-neuve-et-labrador": "NL",
    "terre-neuve": "NL",
    "yukon": "YT",
    "northwest territories": "NT",
    "territoires du nord-ouest": "NT",
    "nunavut": "NU",
    "pq": "QC",
    "nf": "NL",
    "nfld": "NL",
    "pei": "PE",
    "yk": "YT",
    "yukon territory": "YT",
    "nouveau brunswick": "NB",
    "ile du prince edouard": "PE",
    # the traditional abbreviations, in English and in French (Termium), dots dropped by _fold
    "alta": "AB",
    "alb": "AB",
    "sask": "SK",
    "man": "MB",
    "ont": "ON",
    "que": "QC",
    "t-n-l": "NL",
    "i-p-e": "PE",
    "n-e": "NS",
    "n-b": "NB",
    "c-b": "BC",
    "yn": "YT",
    "nwt": "NT",
    "tn-o": "NT",
    "nvt": "NU",
    "nun": "NU",
}
_CANADA = {"", "ca", "can", "canada"}
_UNITED_STATES = {"us", "usa", "united states", "united states of america", "etats-unis"}
_EASTERN, _CENTRAL, _MOUNTAIN, _PACIFIC = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
)
# With the country given as the United States only (`CA` is California there).
STATE_ZONES: dict[str, str] = {
    **dict.fromkeys(
        (
            "CT",
            "DC",
            "DE",
            "FL",
            "GA",
            "KY",
            "MA",
            "MD",
            "ME",
            "NC",
            "NH",
            "NJ",
            "NY",
            "OH",
            "PA",
            "RI",
            "SC",
            "VA",
            "VT",
            "WV",
        ),
        _EASTERN,
    ),
    **dict.fromkeys(
        ("AL", "AR", "IA", "IL", "KS", "LA", "MN", "MO", "MS", "ND", "NE", "OK", "SD", "TN", "TX", "WI"),
        _CENTRAL,
    ),
    **dict.fromkeys(("CO", "MT", "NM", "UT", "WY"), _MOUNTAIN),
    **dict.fromkeys(("CA", "NV", "OR", "WA"), _PACIFIC),
    "MI": "America/Detroit",
    "IN": "America/Indiana/Indianapolis",
    "ID": "America/Boise",
    "AZ": "America/Phoenix",
    "AK": "America/Anchorage",
    "HI": "Pacific/Honolulu",
    "PR": "America/Puerto_Rico",
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(folded.replace(".", "").split()).replace(" - ", "-")


@lru_cache(maxsize=256)
def iana(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def province_zone(state_province: str | None, country: str | None = None) -> str | None:
    """The IANA zone of a Canadian province or territory (`BC`, `Québec`...), or of a state of the
    United States (code) when the country says so; None otherwise."""
    if not state_province:
        return None
    folded = _fold(state_province)
    if _fold(country or "") in _UNITED_STATES:
        return STATE_ZONES.get(folded.upper())
    if _fold(country or "") not in _CANADA:
        return None
    code = folded.upper() if folded.upper() in PROVINCE_ZONES else _PROVINCE_NAMES.get(folded)
    return PROVINCE_ZONES.get(code) if code else None


@lru_cache(maxsize=256)
def _fixed(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


_TEXT_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2}(?:\.\d+)?)(?::?(\d{2}))?$", re.IGNORECASE)


def offset_hours(value: Any) -> float | None:
    """HSDS `schedule.timezone` in hours from UTC: a number (`-5`, `-3.5`; in minutes when large)
    or an offset written as text (`-05:00`, `-0500`, `UTC-5`, `GMT+01:00`, `UTC`, `Z`). None when
    empty, not an offset (a zone's name: `EST`, `America/Toronto`) or beyond 14 hours."""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    number = _plain_number(text)
    if number is not None:
        hours = number / 60 if abs(number) > 14 else number
    elif text.upper() in ("UTC", "GMT", "Z"):
        hours = 0.0
    else:
        match = _TEXT_OFFSET.match(text)
        if match is None:
            return None
        hours = (float(match[2]) + int(match[3] or 0) / 60) * (-1 if match[1] == "-" else 1)
    return hours if abs(hours) <= 14 else None


def _plain_number(text: str) -> float | None:
    """`-5`, `-3.5`, `-300` (minutes); not `-0500`, which is hours and minutes."""
    if re.fullmatch(r"[+-]\d{4}", text):
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _hours_offset(value: Any) -> timedelta | None:
    hours = offset_hours(value)
    return None if hours is None else timedelta(hours=hours)


def schedule_offset(rows: Iterable[Mapping[str, Any]]) -> tzinfo | None:
    """The fixed offset given by the schedules: `timezone`, else a zone suffix on a time."""
    suffixed = None
    for row in rows:
        offset = _hours_offset(row.get("timezone"))
        if offset is not None:
            return _fixed(int(offset.total_seconds() // 60))
        for name in ("opens_at", "closes_at"):
            if suffixed is None and row.get(name):
                suffixed = utc_offset(str(row[name]))
    return _fixed(int(suffixed.total_seconds() // 60)) if suffixed is not None else None


def location_zone(
    time_zone: str | None,
    default: str,
    *,
    state_province: str | None = None,
    country: str | None = None,
    schedules: Iterable[Mapping[str, Any]] = (),
) -> tzinfo:
    """The zone the location's hours are read in (see the module's documentation)."""
    found = iana(time_zone) if time_zone else None
    if found is None and state_province:
        province = province_zone(state_province, country)
        found = iana(province) if province else None
    return found or schedule_offset(schedules) or iana(default) or ZoneInfo("America/Toronto")
