"""Who can help this caller now: candidate services from SQL, ranked with their reasons.

SQL narrows to active services covering at least one need, nearest first (earthdistance on the
location's latitude/longitude); Python reads their schedules in each location's time zone, their
capacity and eligibility, and ranks. For an emergency, services open now (or 24/7) come first.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from directory.schedules import OpenState, Rule, rules_from_rows, state, zone
from triage.codes import Need, Urgency

DEFAULT_TIME_ZONE = "America/Toronto"
STALE_CAPACITY = timedelta(hours=24)
_CANDIDATES = 30  # at least; three times the answer's length when more are asked for


@dataclass(frozen=True)
class Place:
    latitude: float
    longitude: float


@dataclass
class Match:
    service_id: str
    name: str
    organization_id: str | None
    organization_name: str | None
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
            "service": {"id": self.service_id, "name": self.name,
                        "organization": {"id": self.organization_id, "name": self.organization_name}},
            "open_now": self.open_now,
            "always_open": self.always_open,
            "opens_at": self.opens_at.isoformat() if self.opens_at else None,
            "distance_km": None if self.distance_km is None else round(self.distance_km, 1),
            "needs_covered": self.needs_covered,
            "languages": self.languages,
            "reasons": self.reasons,
        }


_FILTERS = """
WHERE s.needs && CAST(:needs AS text[]) AND coalesce(s.status, 'active') = 'active'
  AND (CAST(:age AS float8) IS NULL OR ((s.minimum_age IS NULL OR s.minimum_age <= :age)
       AND (s.maximum_age IS NULL OR :age <= s.maximum_age)
       AND (:age >= 18 OR s.accepts_minors IS NOT false)))
  AND (CAST(:gender AS text) IS NULL OR s.genders IS NULL OR cardinality(s.genders) = 0
       OR CAST(:gender AS text) = ANY(s.genders))
  {extra}
"""
# Schedules and capacities come along as JSON (evaluated for the returned rows only): one round trip.
_COLUMNS = """
SELECT s.id, s.name, s.needs, s.language_codes, s.always_open, s.minimum_age, s.maximum_age,
       s.genders, s.accepts_minors, s.accepts_without_status, s.organization_id,
       o.name AS organization_name, sal.id AS sal_id, l.id AS location_id, l.time_zone,
       l.latitude, l.longitude,
       (SELECT coalesce(json_agg(json_build_object(
                'service_id', sc.service_id, 'location_id', sc.location_id,
                'service_at_location_id', sc.service_at_location_id, 'opens_at', sc.opens_at,
                'closes_at', sc.closes_at, 'byday', sc.byday, 'freq', sc.freq,
                'valid_from', sc.valid_from, 'valid_to', sc.valid_to, 'closed', sc.closed)), '[]')
        FROM hsds_schedule sc WHERE sc.service_id = s.id OR sc.service_at_location_id = sal.id
        OR sc.location_id = l.id) AS schedules,
       (SELECT coalesce(json_agg(json_build_object('available', c.available, 'maximum', c.maximum,
                                                   'updated', c.updated, 'unit', u.name)), '[]')
        FROM hsds_service_capacity c LEFT JOIN hsds_unit u ON u.id = c.unit_id
        WHERE c.service_id = s.id) AS capacities
"""
# With a place: locations nearest first (KNN scan of the GiST index on ll_to_earth), each with its
# services through LATERAL index lookups, so that LIMIT stops the scan as soon as enough services
# covering the needs are found. Distance: earthdistance, computed for the returned rows only.
_DISTANCE = "earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(l.latitude, l.longitude)) / 1000.0"
_FROM_NEAREST = """
FROM (SELECT id, time_zone, latitude, longitude FROM hsds_location
      WHERE latitude IS NOT NULL AND longitude IS NOT NULL
      ORDER BY ll_to_earth(latitude, longitude) <-> ll_to_earth(:lat, :lon) LIMIT :scan) l
CROSS JOIN LATERAL (SELECT sal.id, sal.service_id FROM hsds_service_at_location sal
                    WHERE sal.location_id = l.id OFFSET 0) sal
CROSS JOIN LATERAL (SELECT * FROM hsds_service s WHERE s.id = sal.service_id OFFSET 0) s
JOIN hsds_organization o ON o.id = s.organization_id AND coalesce(o.active, true)
"""
_FROM_ALL = """
FROM hsds_service s
JOIN hsds_organization o ON o.id = s.organization_id AND coalesce(o.active, true)
LEFT JOIN hsds_service_at_location sal ON sal.service_id = s.id
LEFT JOIN hsds_location l ON l.id = sal.location_id
"""
_NEAREST = "".join((_COLUMNS, ", ", _DISTANCE, " AS distance_km", _FROM_NEAREST, _FILTERS, " LIMIT :limit"))
_ANYWHERE = "".join((_COLUMNS, ", NULL::float8 AS distance_km", _FROM_ALL, _FILTERS,
                     " ORDER BY (SELECT count(*) FROM unnest(s.needs) AS n WHERE n = ANY(:needs)) DESC,"
                     " s.always_open IS TRUE DESC, s.id LIMIT :limit"))
_SCAN_LOCATIONS = 20_000  # bound of the nearest-first scan when few services cover the needs


async def _candidates(session: AsyncSession, params: dict[str, Any], place: Place | None,
                      *, with_always_open: bool, always_limit: int) -> list[dict[str, Any]]:
    """Nearest first with a place (services without coordinates are then left out), else any.
    `with_always_open` adds, in the same round trip, the nearest 24/7 services (emergencies)."""
    template = _NEAREST if place else _ANYWHERE
    sql = f"({template.format(extra='')})"
    values = dict(params)
    if with_always_open:
        always = template.format(extra="AND s.always_open").replace(":limit", ":always_limit")
        sql = f"{sql} UNION ALL ({always})"
        values["always_limit"] = always_limit
    if place:
        values.update(lat=place.latitude, lon=place.longitude, scan=_SCAN_LOCATIONS)
    return [dict(row) for row in (await session.execute(sa.text(sql), values)).mappings()]


def _json_list(value: Any) -> list[dict[str, Any]]:
    loaded = json.loads(value) if isinstance(value, str | bytes) else value
    return list(loaded or [])


def _rules(row: dict[str, Any]) -> list[Rule]:
    """The schedules of the service at this location, else of the service, else of the location."""
    schedules = _json_list(row["schedules"])
    sal_id, location_id = row["sal_id"], row["location_id"]
    levels = (
        [item for item in schedules if sal_id and item["service_at_location_id"] == sal_id],
        [item for item in schedules
         if item["service_id"] == row["id"] and not item["service_at_location_id"]],
        [item for item in schedules if location_id and item["location_id"] == location_id
         and not item["service_at_location_id"] and not item["service_id"]],
    )
    return next((rules_from_rows(level) for level in levels if level), [])


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
    at = (when or datetime.now(UTC))
    if at.tzinfo is None:
        raise ValueError("when must carry a time zone")
    emergency = urgency is not None and Urgency(urgency) is Urgency.emergency
    lang = language.strip().lower().split("-")[0] if language else None
    params: dict[str, Any] = {"needs": wanted, "age": age, "gender": gender,
                              "limit": max(_CANDIDATES, 3 * limit)}
    # For an emergency, the nearest 24/7 services too, even when farther than the nearest
    # candidates: as many as the answer holds, so it can be made of them alone.
    rows = await _candidates(session, params, place, with_always_open=emergency, always_limit=limit)
    best: dict[str, Match] = {}
    for row in rows:
        candidate = _rank(row, wanted, lang, at, emergency, age, _rules(row), _capacities(row),
                          default_time_zone, stale_after)
        current = best.get(candidate.service_id)
        if current is None or (candidate.tier, -candidate.score) < (current.tier, -current.score):
            best[candidate.service_id] = candidate
    ranked = sorted(best.values(), key=lambda item: (item.tier, -item.score, item.name))
    return ranked[:limit]


def _rank(row: Any, wanted: list[str], lang: str | None, at: datetime, emergency: bool,
          age: int | None, rules: list[Rule], capacities: list[dict[str, Any]], default_tz: str,
          stale_after: timedelta) -> Match:
    covered = [need for need in wanted if need in (row["needs"] or [])]
    languages = list(row["language_codes"] or [])
    always = bool(row["always_open"])
    tz = zone(row["time_zone"], default_tz)
    opening = state(rules, tz, at, always=always) if always or rules else OpenState(open=False)
    distance = row["distance_km"]
    item = Match(service_id=row["id"], name=row["name"] or "", organization_id=row["organization_id"],
                 organization_name=row["organization_name"], open_now=opening.open,
                 always_open=opening.always,
                 opens_at=opening.opens_at.astimezone(tz) if opening.opens_at else None,
                 distance_km=float(distance) if distance is not None else None,
                 needs_covered=covered, languages=languages)
    score = 10.0 * len(covered) / max(len(wanted), 1)
    item.reasons.append(f"covers {', '.join(covered)}")
    if opening.always:
        score += 5
        item.reasons.append("open 24/7")
    elif opening.open:
        score += 5
        item.reasons.append("open now" + (f" until {opening.closes_at.astimezone(tz).isoformat()}"
                                           if opening.closes_at
                                           else ""))
    elif opening.opens_at:
        item.reasons.append(f"closed, opens at {opening.opens_at.astimezone(tz).isoformat()}")
    else:
        item.reasons.append("no opening hours on file")
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


def _capacity(capacities: list[dict[str, Any]], at: datetime, stale_after: timedelta,
              reasons: list[str]) -> float:
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


async def search(session: AsyncSession, text: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Services by name or description, accent-insensitive (unaccent + trigram similarity)."""
    result = await session.execute(sa.text("""
        SELECT s.id, s.name, s.organization_id,
               word_similarity(hsds_unaccent(lower(:q)), hsds_unaccent(lower(
                   coalesce(s.name, '') || ' ' || coalesce(s.description, '')))) AS rank
        FROM hsds_service s
        WHERE hsds_unaccent(lower(:q)) <% hsds_unaccent(lower(
                   coalesce(s.name, '') || ' ' || coalesce(s.description, '')))
        ORDER BY rank DESC, s.name, s.id LIMIT :limit
    """), {"q": text, "limit": limit})
    return [dict(row) for row in result.mappings()]
