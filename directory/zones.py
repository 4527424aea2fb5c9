"""The time zone a location's opening hours are read in (see directory/profile.md, "Time zones").

In order: the location's IANA `time_zone` (profile field; any case, or an abbreviation such as
`EST` read as its region's zone with daylight saving); else the zone of its Canadian province or
territory (`address.state_province`: code, name or abbreviation, English or French, `BC`,
`C.-B.`, `Alta.`; or a state's code or name when the country is the United States, the zone of
most of its people), or of its town when the town's clock differs (`address.city`: Kenora,
Labrador City, Lloydminster, the Navajo Nation; directory.zone_places); else the zone of a country
with one (`FR`, `United Kingdom`, `IN`, `Nepal`: directory.country_zones), or of its overseas
place where that keeps another clock (Martinique or Fort-de-France with `FR`, the Canary Islands
with `ES`: directory.overseas_places); else the fixed UTC
offset the schedule gives (HSDS `schedule.timezone`, in hours, or a zone suffix on its times such
as `09:00-04:00`), which cannot follow daylight saving; else the hotline's zone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from directory.clock import utc_offset
from directory.country_zones import single_zone
from directory.overseas_places import french_overseas, in_alsace_moselle, other_overseas
from directory.zone_places import ABBREVIATIONS, COUNTRY_ZONES, STATE_NAMES, TOWN_ZONES

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
    "GU": "Pacific/Guam",
    "VI": "America/St_Thomas",
    "AS": "Pacific/Pago_Pago",
    "MP": "Pacific/Saipan",
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(folded.replace(".", "").split()).replace(" - ", "-")


@lru_cache(maxsize=1)
def _names_by_case() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


@lru_cache(maxsize=256)
def iana(name: str) -> ZoneInfo | None:
    """The zone of an IANA name, in any case (`america/vancouver`); None when it is none."""
    cleaned = name.strip()
    for candidate in (cleaned, _names_by_case().get(cleaned.lower())):
        try:
            return ZoneInfo(candidate) if candidate else None
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def is_abbreviation(time_zone: str | None) -> bool:
    """`EST`, `HNE`...: read with the address's province (written_zone)."""
    return bool(time_zone) and _fold(str(time_zone)) in ABBREVIATIONS


def written_zone(time_zone: str, region: str | None = None) -> ZoneInfo | None:
    """A location's `time_zone` as written: an IANA name, or an abbreviation (`EST`, `HNE`) read
    as its region's zone with daylight saving, the province's or state's (`region`) when its
    standard offset is the abbreviation's (`CST` in Saskatchewan is Regina's)."""
    abbreviation = ABBREVIATIONS.get(_fold(time_zone))
    if abbreviation is None:
        return iana(time_zone)
    minutes, zone = abbreviation
    local = iana(region) if region else None
    january = datetime(2026, 1, 15)
    if local is not None and local.utcoffset(january) == timedelta(minutes=minutes):
        return local
    return iana(zone)


def _region(state_province: str, country: str) -> tuple[str | None, str | None]:
    """(code, zone) of a Canadian province or a state of the United States."""
    folded = _fold(state_province)
    us_code = folded.upper() if folded.upper() in STATE_ZONES else STATE_NAMES.get(folded)
    if country in _UNITED_STATES:
        return us_code, STATE_ZONES.get(us_code or "")
    if country not in _CANADA:
        return None, None
    code = folded.upper() if folded.upper() in PROVINCE_ZONES else _PROVINCE_NAMES.get(folded)
    return (code, PROVINCE_ZONES[code]) if code else (None, None)


def province_zone(
    state_province: str | None, country: str | None = None, city: str | None = None
) -> str | None:
    """The IANA zone of a Canadian province or territory (`BC`, `Québec`...) or of a state of the
    United States (code or name) when the country says so; of the town when its clock differs
    (Kenora, Labrador City, the Navajo Nation); None otherwise."""
    if not state_province:
        return None
    code, zone = _region(state_province, _fold(country or ""))
    if not zone:
        return None
    town = _town_key(city or "")
    towns = _towns()
    return towns.get((code or "", town)) or towns.get((code or "", _ARTICLE.sub("", town)), zone)


# "Les Îles-de-la-Madeleine", "Iles de la Madeleine": the town's name without a leading French
# article, hyphens read as spaces
_ARTICLE = re.compile(r"^(?:(?:les|le|la) |l')")


def _town_key(city: str) -> str:
    return _fold(city).replace("-", " ")


@lru_cache(maxsize=1)
def _towns() -> dict[tuple[str, str], str]:
    keys = {(code, _town_key(town)): zone for (code, town), zone in TOWN_ZONES.items()}
    return keys | {(code, _ARTICLE.sub("", town)): zone for (code, town), zone in keys.items()}


def holiday_region(state_province: str | None, country: str | None, city: str | None = None) -> str:
    """The region whose public holidays a place keeps (directory.public_holidays): its Canadian
    province, `US`, `FR` (`FR-AM`: Alsace-Moselle; `FR-MQ`, `FR-RE`...: an overseas place, from
    the address's department, region or town: directory.overseas_places), `GB` (`GB-SCT`,
    `GB-NIR`: the address's nation), `BE`, `CA` when in Canada (or no country said), else `XX`."""
    folded = _fold(country or "")
    if folded in _UNITED_STATES:
        return "US"
    if folded in _CANADA:
        code, _ = _region(state_province or "", folded) if state_province else (None, None)
        return code or "CA"
    overseas = _french(country, state_province, city)
    if overseas:
        return overseas[1]
    found = _HOLIDAY_COUNTRIES.get(country_zone(country) or "", "XX")
    if found == "FR":
        return "FR-AM" if in_alsace_moselle(state_province, city) else "FR"
    if found != "GB":
        return found
    return _UK_NATIONS.get(_fold(state_province or ""), _UK_NATIONS.get(folded, "GB"))


# Scotland and Northern Ireland keep bank holidays of their own (directory.public_holidays).
_UK_NATIONS = {
    **dict.fromkeys(("scotland", "ecosse", "alba", "sct"), "GB-SCT"),
    **dict.fromkeys(("northern ireland", "irlande du nord", "nir", "ni"), "GB-NIR"),
}


_HOLIDAY_COUNTRIES = {
    "Europe/Paris": "FR",
    "Europe/London": "GB",
    "Europe/Brussels": "BE",
}


def _french(country: str | None, state_province: str | None, city: str | None) -> tuple[str, str] | None:
    """(zone, holidays' region) of a French overseas place (directory.overseas_places)."""
    france = COUNTRY_ZONES.get(_fold(country or "")) == "Europe/Paris"
    return french_overseas(country, state_province, city, france=france)


def country_zone(
    country: str | None, city: str | None = None, state_province: str | None = None
) -> str | None:
    """The zone of a country with one (France, the United Kingdom; by code or name: the table of
    directory.zone_places, else the tz database's, India's `IN` Asia/Kolkata), or of its overseas
    place, by its region or department, else its town, where it keeps another clock (Martinique or
    Fort-de-France, `FR`: America/Martinique; Saint-Pierre, `FR`: America/Miquelon; the Canary
    Islands, `ES`: Atlantic/Canary: directory.overseas_places)."""
    overseas = _french(country, state_province, city)
    if overseas:
        return overseas[0]
    zone = COUNTRY_ZONES.get(_fold(country or "")) or single_zone(country)
    return other_overseas(zone, state_province, city) or zone


@lru_cache(maxsize=256)
def _fixed(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


_TEXT_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2}(?:\.\d+)?)(?::?(\d{2}))?$", re.IGNORECASE)


class BadOffset(ValueError):
    """A `schedule.timezone` that is no UTC offset; the message says why."""


def read_offset(value: Any) -> float | None:
    """HSDS `schedule.timezone` in hours from UTC: a number (`-5`, `-3.5`; in minutes when a
    multiple of 15 from 60 on: `-300`, `-210`) or an offset written as text (`-05:00`, `-0500`,
    `UTC-5`, `GMT+01:00`, `UTC`, `Z`); None when empty. Raises BadOffset for a text that is no
    offset (a zone's name: `EST`, `America/Toronto`) and for an offset no clock keeps: beyond
    -12..+14 hours (`+19`, `UTC-25`), or a number that is neither hours nor such minutes."""
    if value is None or isinstance(value, bool) or not str(value).strip():
        return None
    text = str(value).strip()
    number = _plain_number(text)
    if number is not None:
        minutes = abs(number) >= 60 and number % 15 == 0
        hours = number / 60 if minutes else number
    elif text.upper() in ("UTC", "GMT", "Z"):
        hours = 0.0
    else:
        match = _TEXT_OFFSET.match(text)
        if match is None:
            raise BadOffset(f"{text!r} is not a UTC offset in hours")
        hours = (float(match[2]) + int(match[3] or 0) / 60) * (-1 if match[1] == "-" else 1)
    if not -12 <= hours <= 14:
        raise BadOffset(f"offset {text} out of range (-12..+14 hours)")
    return hours


def offset_hours(value: Any) -> float | None:
    """`read_offset`, None where it is no offset."""
    try:
        return read_offset(value)
    except BadOffset:
        return None


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
    city: str | None = None,
    schedules: Iterable[Mapping[str, Any]] = (),
) -> tzinfo:
    """The zone the location's hours are read in (see the module's documentation)."""
    region = province_zone(state_province, country, city) or country_zone(country, city, state_province)
    found = written_zone(time_zone, region) if time_zone else None
    if found is None and region:
        found = iana(region)
    return found or schedule_offset(schedules) or iana(default) or ZoneInfo("America/Toronto")
