"""Who can help this caller now: candidate services from SQL, ranked with their reasons.

SQL (`directory.queries.candidates`) narrows to active services covering at least one need,
nearest first (earthdistance on the location's latitude/longitude); Python reads their schedules
in each location's time zone, their capacity and eligibility, and ranks. For an emergency, services
open now (or 24/7) come first.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from directory.place_schedules import place_rules, schedules_that_apply
from directory.public_holidays import says_closed_on_holidays
from directory.queries import SCHEDULE_COLUMNS, Place, candidates, regions
from directory.schedules import OpenState, Rule, state
from directory.zones import holiday_region, is_abbreviation, location_zone
from triage.codes import Need, Urgency

DEFAULT_TIME_ZONE = "America/Toronto"
STALE_CAPACITY = timedelta(hours=24)
_CANDIDATES = 30  # at least; three times the answer's length when more are asked for


@dataclass
class Match:
    service_id: str
    name: str
    organization_id: str | None
    organization_name: str | None
    location_id: str | None  # the place whose hours and distance these are
    location_name: str | None
    open_now: bool
    always_open: bool
    opens_at: datetime | None
    distance_km: float | None
    needs_covered: list[str]
    languages: list[str]
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0
    tier: int = 1

    def to_json(self) -> dict[str, Any]:
        return {
            "service": {
                "id": self.service_id,
                "name": self.name,
                "organization": {"id": self.organization_id, "name": self.organization_name},
            },
            "location": None
            if self.location_id is None
            else {"id": self.location_id, "name": self.location_name},
            "open_now": self.open_now,
            "always_open": self.always_open,
            "opens_at": self.opens_at.isoformat() if self.opens_at else None,
            "distance_km": None if self.distance_km is None else round(self.distance_km, 1),
            "needs_covered": self.needs_covered,
            "languages": self.languages,
            "reasons": self.reasons,
        }


def _json_list(value: Any) -> list[dict[str, Any]]:
    loaded = json.loads(value) if isinstance(value, str | bytes) else value
    return list(loaded or [])


def _schedule_rows(row: dict[str, Any]) -> list[Mapping[str, Any]]:
    """The schedules that apply (each given as an array of the values of SCHEDULE_COLUMNS, or an object)."""
    items = [
        item if isinstance(item, dict) else dict(zip(SCHEDULE_COLUMNS, item, strict=True))
        for item in _json_list(row["schedules"])
    ]
    return schedules_that_apply(items, row["id"], row["sal_id"], row["location_id"])


def _rules(row: dict[str, Any]) -> list[Rule]:
    return place_rules(_schedule_rows(row))


def _zone(
    row: dict[str, Any],
    schedules: Sequence[Mapping[str, Any]],
    default: str,
    regions: dict[str, dict[str, Any]],
) -> tzinfo:
    """The location's IANA zone, else its province's, else the schedules' offset (directory.zones)."""
    region = regions.get(row["location_id"] or "", {})
    return location_zone(
        row["time_zone"],
        default,
        state_province=region.get("state_province"),
        country=region.get("country"),
        city=region.get("city"),
        schedules=schedules,
    )


def _on_holidays(schedules: Sequence[Mapping[str, Any]]) -> bool:
    return any(
        says_closed_on_holidays(item.get("description"), item.get("notes"))
        for item in schedules
        if item.get("description") or item.get("notes")
    )


def _holidays(row: dict[str, Any], regions: dict[str, dict[str, Any]]) -> str:
    region = regions.get(row["location_id"] or "", {})
    return holiday_region(region.get("state_province"), region.get("country"), region.get("city"))


def _capacities(row: dict[str, Any]) -> list[dict[str, Any]]:
    capacities = _json_list(row["capacities"])
    for capacity in capacities:
        if isinstance(capacity.get("updated"), str):
            capacity["updated"] = datetime.fromisoformat(capacity["updated"])
    return capacities


async def match(
    session: AsyncSession,
    needs: Sequence[str],
    language: str | None = None,
    place: Place | None = None,
    when: datetime | None = None,
    age: int | None = None,
    gender: str | None = None,
    urgency: Urgency | str | None = None,
    *,
    limit: int = 10,
    default_time_zone: str = DEFAULT_TIME_ZONE,
    stale_after: timedelta = STALE_CAPACITY,
) -> list[Match]:
    """Ranked services for these needs (codes of triage.codes.Need), best first, with reasons."""
    wanted = [Need(code).value for code in needs]
    at = when or datetime.now(UTC)
    if at.tzinfo is None:
        raise ValueError("when must carry a time zone")
    emergency = urgency is not None and Urgency(urgency) is Urgency.emergency
    lang = language.strip().lower().split("-")[0] if language else None
    # For an emergency, the nearest 24/7 services too, even when farther than the nearest
    # candidates: as many as the answer holds, so it can be made of them alone.
    rows = await candidates(
        session,
        wanted,
        place,
        age=age,
        gender=gender,
        limit=max(_CANDIDATES, 3 * limit),
        always_open_limit=limit if emergency else None,
    )
    read = [(row, _schedule_rows(row)) for row in rows]
    # the address of a place: its zone (without an IANA one), the public holidays it may close on
    located = {
        row["location_id"]
        for row, schedules in read
        if row["location_id"]
        and (not row["time_zone"] or is_abbreviation(row["time_zone"]) or _on_holidays(schedules))
    }
    found_regions = await regions(session, sorted(located)) if located else {}
    best: dict[str, Match] = {}
    for row, schedules in read:
        candidate = _rank(
            row,
            wanted,
            lang,
            at,
            emergency,
            age,
            place_rules(schedules, _holidays(row, found_regions)),
            _capacities(row),
            _zone(row, schedules, default_time_zone, found_regions),
            stale_after,
        )
        current = best.get(candidate.service_id)
        if current is None or (candidate.tier, -candidate.score) < (current.tier, -current.score):
            best[candidate.service_id] = candidate
    ranked = sorted(best.values(), key=lambda item: (item.tier, -item.score, item.name))
    return ranked[:limit]


def _opening_score(opening: OpenState, tz: tzinfo, reasons: list[str]) -> float:
    """5 when open now or 24/7, else 0; the reason says until or from when."""
    if opening.always:
        reasons.append("open 24/7")
        return 5
    if opening.open:
        until = f" until {opening.closes_at.astimezone(tz).isoformat()}" if opening.closes_at else ""
        reasons.append("open now" + until)
        return 5
    if opening.opens_at:
        reasons.append(f"closed, opens at {opening.opens_at.astimezone(tz).isoformat()}")
    else:
        reasons.append("no opening hours on file")
    return 0


def _rank(
    row: Any,
    wanted: list[str],
    lang: str | None,
    at: datetime,
    emergency: bool,
    age: int | None,
    rules: list[Rule],
    capacities: list[dict[str, Any]],
    tz: tzinfo,
    stale_after: timedelta,
) -> Match:
    covered = [need for need in wanted if need in (row["needs"] or [])]
    languages = list(row["language_codes"] or [])
    # 24/7 from the hours of this place (the service's flag says 24/7 at one of its places at least)
    opening = state(rules, tz, at) if rules else OpenState(open=False)
    distance = row["distance_km"]
    item = Match(
        service_id=row["id"],
        name=row["name"] or "",
        organization_id=row["organization_id"],
        organization_name=row["organization_name"],
        location_id=row["location_id"],
        location_name=row.get("location_name"),
        open_now=opening.open,
        always_open=opening.always,
        opens_at=opening.opens_at.astimezone(tz) if opening.opens_at else None,
        distance_km=float(distance) if distance is not None else None,
        needs_covered=covered,
        languages=languages,
    )
    score = 10.0 * len(covered) / max(len(wanted), 1)
    item.reasons.append(f"covers {', '.join(covered)}")
    score += _opening_score(opening, tz, item.reasons)
    if item.distance_km is not None:
        score -= min(item.distance_km / 10.0, 6.0) + item.distance_km / 1000.0  # nearer wins ties
        item.reasons.append(f"{item.distance_km:.1f} km away")
    if lang:
        if lang in languages:
            score += 3
            item.reasons.append(f"speaks {lang}")
        else:
            item.reasons.append(f"{lang} not listed")
    score += _capacity(capacities, at, stale_after, item.reasons)
    if age is not None and (row["minimum_age"] is not None or row["maximum_age"] is not None):
        item.reasons.append(f"age {age} eligible")
    if age is not None and age < 18 and row["accepts_minors"]:
        score += 1
        item.reasons.append("accepts minors")
    if row["accepts_without_status"]:
        item.reasons.append("accepts people without status")
    item.score = score
    item.tier = 0 if (not emergency or opening.open) else 1
    return item


def _capacity(
    capacities: list[dict[str, Any]], at: datetime, stale_after: timedelta, reasons: list[str]
) -> float:
    if not capacities:
        return 0.0
    fresh = [c for c in capacities if c["updated"] is not None and at - c["updated"] <= stale_after]
    if not fresh:
        reasons.append("capacity not confirmed recently (stale)")
        return 0.0
    available = sum(float(c["available"] or 0) for c in fresh)
    unit = fresh[0]["unit"] or "places"
    if available > 0:
        reasons.append(f"{available:g} {unit} available (fresh)")
        return 2.0
    reasons.append(f"no {unit} available (fresh)")
    return -4.0
