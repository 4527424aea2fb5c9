"""The zone of a country that keeps one clock, from the tz database's own tables (see
directory/profile.md, "Time zones").

`zone.tab` lists each country's zones by ISO 3166 code and `iso3166.tab` its English name (`IN`,
`India`; `NP`, `Nepal`; `PH`, `Philippines`). A country is read in its zone when it has one
(Asia/Kolkata), or when all its zones keep the same UTC offset at every instant from 2026 to 2030
(Argentina's twelve, Germany's Berlin and Busingen): then its first listed. Countries whose zones
differ (Canada, the United States, Brazil, Russia, China's Urumqi) have none here: their address
says more (directory.zones). The tables are read where zoneinfo reads its zones: the system's tz
directories (`zoneinfo.TZPATH`), else the `tzdata` package; neither found, no country is read.
"""

from __future__ import annotations

import unicodedata
import zoneinfo
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from importlib import resources
from operator import eq
from pathlib import Path

# Offsets compared every six hours over five years: two zones that agree on all of them keep one
# clock (a daylight-saving change at another hour of the same night is a difference of a night).
_FROM, _STEP, _STEPS = datetime(2026, 1, 1, tzinfo=UTC), timedelta(hours=6), 4 * 366 * 5


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(folded.replace(".", "").split())


def _table(name: str) -> list[list[str]]:
    """The rows of a tz table (tab-separated, `#` comments), [] when none is installed."""
    for folder in zoneinfo.TZPATH:
        path = Path(folder) / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            break
    else:
        try:
            text = resources.files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError):
            return []
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _zones_by_code() -> dict[str, tuple[str, ...]]:
    zones: dict[str, list[str]] = defaultdict(list)
    for fields in _table("zone.tab"):
        if len(fields) >= 3:
            zones[fields[0].strip().upper()].append(fields[2].strip())
    return {code: tuple(found) for code, found in zones.items()}


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    rows = [fields for fields in _table("iso3166.tab") if len(fields) >= 2]
    return {_fold(fields[1]): fields[0].strip().upper() for fields in rows}


def _offsets(name: str) -> Iterator[timedelta | None]:
    zone = zoneinfo.ZoneInfo(name)
    return ((_FROM + _STEP * step).astimezone(zone).utcoffset() for step in range(_STEPS))


@lru_cache(maxsize=512)
def _one_clock(zones: tuple[str, ...]) -> str | None:
    """The first zone when all keep its offsets (read lazily: most differ within months)."""
    try:
        first = tuple(_offsets(zones[0]))
        same = all(all(map(eq, _offsets(other), first)) for other in zones[1:])
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    return zones[0] if same else None


def single_zone(country: str | None) -> str | None:
    """The zone of a country (ISO 3166 code or English name, any case) that keeps one clock;
    None for a country of several clocks, or no country."""
    folded = _fold(country or "")
    if not folded:
        return None
    code = folded.upper() if folded.upper() in _zones_by_code() else _codes_by_name().get(folded)
    zones = _zones_by_code().get(code or "")
    return _one_clock(zones) if zones else None
