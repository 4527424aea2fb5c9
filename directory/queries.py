"""The directory's read queries, in SQLAlchemy Core over `directory.tables`: match candidates, text
search, and the HSDS API's pages of services and of services at locations.

PostgreSQL functions come through `sa.func`: earthdistance (`ll_to_earth`, `earth_distance`,
`earth_box`) for distances, `hsds_unaccent` + pg_trgm (`word_similarity`, `<%`) for French search.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from directory.tables import TABLES

SCAN_LOCATIONS = 20_000
"""Bound of the nearest-first scan of locations when few services cover the needs."""

_SERVICE, _ORGANIZATION, _LOCATION = TABLES["service"], TABLES["organization"], TABLES["location"]
_AT_LOCATION, _SCHEDULE = TABLES["service_at_location"], TABLES["schedule"]
_CAPACITY, _UNIT = TABLES["service_capacity"], TABLES["unit"]
Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class Place:
    latitude: float
    longitude: float


def _constant(value: str) -> sa.ColumnElement[Any]:
    """A string written into the statement (not a parameter), as in the search index's expression."""
    return sa.literal(value, sa.Text(), literal_execute=True)


def _earth(location: sa.FromClause) -> sa.ColumnElement[Any]:
    return sa.func.ll_to_earth(location.c.latitude, location.c.longitude)


def _earth_at(place: Place) -> sa.ColumnElement[Any]:
    latitude, longitude = sa.literal(place.latitude, sa.Float()), sa.literal(place.longitude, sa.Float())
    return sa.func.ll_to_earth(latitude, longitude)


def _distance_km(place: Place, location: sa.FromClause) -> sa.ColumnElement[Any]:
    return sa.func.earth_distance(_earth_at(place), _earth(location)) / sa.literal(1000.0, sa.Float())


def _active_organization(service: sa.FromClause) -> sa.ColumnElement[bool]:
    organization = _ORGANIZATION
    return sa.and_(organization.c.id == service.c.organization_id,
                   sa.func.coalesce(organization.c.active, sa.true()))


# Match candidates -------------------------------------------------------------------------------

def _eligible(service: sa.FromClause, needs: Sequence[str], age: int | None,
              gender: str | None) -> list[sa.ColumnElement[bool]]:
    """Active services covering a need, open to this age and gender when they are known."""
    conditions = [service.c.needs.overlap(sa.literal(list(needs), ARRAY(sa.Text()))),
                  sa.func.coalesce(service.c.status, _constant("active")) == "active"]
    if age is not None:
        conditions += [sa.or_(service.c.minimum_age.is_(None), service.c.minimum_age <= age),
                       sa.or_(service.c.maximum_age.is_(None), service.c.maximum_age >= age)]
        if age < 18:
            conditions.append(service.c.accepts_minors.is_not(sa.false()))
    if gender is not None:
        conditions.append(sa.or_(service.c.genders.is_(None), sa.func.cardinality(service.c.genders) == 0,
                                 sa.literal(gender, sa.Text()) == sa.any_(service.c.genders)))
    return conditions


def _json_array(item: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """The aggregated JSON objects as one JSON array, `[]` when there are none."""
    return sa.func.coalesce(sa.func.json_agg(item), sa.func.json_build_array())


def _schedules(service: sa.FromClause, at_location: sa.FromClause,
               location: sa.FromClause) -> sa.ScalarSelect[Any]:
    """The schedules of the service, of this service at location and of the location, as JSON."""
    sc = _SCHEDULE
    item = sa.func.json_build_object(
        "service_id", sc.c.service_id, "location_id", sc.c.location_id,
        "service_at_location_id", sc.c.service_at_location_id, "opens_at", sc.c.opens_at,
        "closes_at", sc.c.closes_at, "byday", sc.c.byday, "freq", sc.c.freq,
        "valid_from", sc.c.valid_from, "valid_to", sc.c.valid_to, "closed", sc.c.closed)
    return (sa.select(_json_array(item))
            .where(sa.or_(sc.c.service_id == service.c.id, sc.c.service_at_location_id == at_location.c.id,
                          sc.c.location_id == location.c.id)).scalar_subquery())


def _capacities(service: sa.FromClause) -> sa.ScalarSelect[Any]:
    capacity, unit = _CAPACITY, _UNIT
    item = sa.func.json_build_object("available", capacity.c.available, "maximum", capacity.c.maximum,
                                     "updated", capacity.c.updated, "unit", unit.c.name)
    return (sa.select(_json_array(item))
            .select_from(capacity.outerjoin(unit, unit.c.id == capacity.c.unit_id))
            .where(capacity.c.service_id == service.c.id).scalar_subquery())


def _candidate_columns(service: sa.FromClause, at_location: sa.FromClause, location: sa.FromClause,
                       distance: sa.ColumnElement[Any]) -> list[sa.ColumnElement[Any]]:
    """Schedules and capacities come along as JSON (for the returned rows only): one round trip."""
    s = service.c
    return [s.id, s.name, s.needs, s.language_codes, s.always_open, s.minimum_age, s.maximum_age,
            s.genders, s.accepts_minors, s.accepts_without_status, s.organization_id,
            _ORGANIZATION.c.name.label("organization_name"), at_location.c.id.label("sal_id"),
            location.c.id.label("location_id"), location.c.time_zone, location.c.latitude,
            location.c.longitude, _schedules(service, at_location, location).label("schedules"),
            _capacities(service).label("capacities"), distance.label("distance_km")]


def _nearest(place: Place, needs: Sequence[str], age: int | None, gender: str | None,
             *, always_open: bool, limit: int) -> sa.Select[Any]:
    """Locations nearest first (KNN scan of the GiST index on ll_to_earth), each with its services
    through LATERAL index lookups (OFFSET 0 keeps them nested loops), so that LIMIT stops the scan
    as soon as enough services covering the needs are found."""
    located = _LOCATION
    location = (sa.select(located.c.id, located.c.time_zone, located.c.latitude, located.c.longitude)
                .where(located.c.latitude.is_not(None), located.c.longitude.is_not(None))
                .order_by(_earth(located).op("<->")(_earth_at(place)))
                .limit(SCAN_LOCATIONS).subquery("l"))
    at_location = (sa.select(_AT_LOCATION.c.id, _AT_LOCATION.c.service_id)
                   .where(_AT_LOCATION.c.location_id == location.c.id).offset(0).lateral("sal"))
    service = sa.select(_SERVICE).where(_SERVICE.c.id == at_location.c.service_id).offset(0).lateral("s")
    joined = (location.join(at_location, sa.true()).join(service, sa.true())
              .join(_ORGANIZATION, _active_organization(service)))
    conditions = _eligible(service, needs, age, gender)
    if always_open:
        conditions.append(service.c.always_open)
    return (sa.select(*_candidate_columns(service, at_location, location, _distance_km(place, location)))
            .select_from(joined).where(*conditions).limit(limit))


def _anywhere(needs: Sequence[str], age: int | None, gender: str | None,
              *, always_open: bool, limit: int) -> sa.Select[Any]:
    """Without a place: the services covering the most needs first, then 24/7 ones."""
    service, at_location, location = (_SERVICE.alias("s"), _AT_LOCATION.alias("sal"),
                                      _LOCATION.alias("l"))
    joined = (service.join(_ORGANIZATION, _active_organization(service))
              .outerjoin(at_location, at_location.c.service_id == service.c.id)
              .outerjoin(location, location.c.id == at_location.c.location_id))
    conditions = _eligible(service, needs, age, gender)
    if always_open:
        conditions.append(service.c.always_open)
    need = sa.func.unnest(service.c.needs).column_valued("n")
    covered = (sa.select(sa.func.count())
               .where(need == sa.any_(sa.literal(list(needs), ARRAY(sa.Text())))).scalar_subquery())
    columns = _candidate_columns(service, at_location, location, sa.cast(sa.null(), sa.Float()))
    return (sa.select(*columns).select_from(joined).where(*conditions)
            .order_by(covered.desc(), service.c.always_open.is_(True).desc(), service.c.id)
            .limit(limit))


async def candidates(session: AsyncSession, needs: Sequence[str], place: Place | None, *,
                     age: int | None, gender: str | None, limit: int,
                     always_open_limit: int | None = None) -> Rows:
    """Services for these needs, nearest first with a place (services without coordinates are then
    left out), else any. `always_open_limit` adds, in the same round trip, that many of the
    nearest 24/7 services (emergencies)."""
    def query(always_open: bool, size: int) -> sa.Select[Any]:
        if place is not None:
            return _nearest(place, needs, age, gender, always_open=always_open, limit=size)
        return _anywhere(needs, age, gender, always_open=always_open, limit=size)

    statement: sa.Select[Any] | sa.CompoundSelect[Any] = query(False, limit)
    if always_open_limit is not None:
        statement = sa.union_all(query(False, limit), query(True, always_open_limit))
    return [dict(row) for row in (await session.execute(statement)).mappings()]


# Text search -------------------------------------------------------------------------------------

def _search_document(service: sa.FromClause) -> sa.ColumnElement[Any]:
    """Name and description, lower case, accents removed: the expression of ix_hsds_service_search."""
    text = sa.func.coalesce(service.c.name, _constant("")).op("||")(_constant(" ")).op("||")(
        sa.func.coalesce(service.c.description, _constant("")))
    return sa.func.hsds_unaccent(sa.func.lower(text))


async def search(session: AsyncSession, text: str, *, limit: int = 20) -> Rows:
    """Services by name or description, accent-insensitive (unaccent + trigram similarity)."""
    service = _SERVICE.alias("s")
    query = sa.func.hsds_unaccent(sa.func.lower(sa.literal(text, sa.Text())))
    document = _search_document(service)
    rank = sa.func.word_similarity(query, document).label("rank")
    result = await session.execute(
        sa.select(service.c.id, service.c.name, service.c.organization_id, rank)
        .where(query.op("<%", is_comparison=True)(document))
        .order_by(rank.desc(), service.c.name, service.c.id).limit(limit))
    return [dict(row) for row in result.mappings()]


# HSDS API pages ----------------------------------------------------------------------------------

async def services_page(session: AsyncSession, *, offset: int, limit: int) -> tuple[int, Rows]:
    """All services by name: how many, and those of this page."""
    service = _SERVICE
    total = (await session.execute(sa.select(sa.func.count()).select_from(service))).scalar_one()
    result = await session.execute(
        sa.select(service.c.id, service.c.name, service.c.organization_id, service.c.status,
                  service.c.description)
        .order_by(service.c.name, service.c.id).limit(limit).offset(offset))
    return int(total), [dict(row) for row in result.mappings()]


def _unless_confidential(location: sa.FromClause, column: str) -> sa.ColumnElement[Any]:
    return sa.case((location.c.confidential, sa.null()), else_=location.c[column]).label(column)


async def services_at_locations_page(session: AsyncSession, near: Place | None, radius_km: float, *,
                                     offset: int, limit: int) -> tuple[int, Rows]:
    """Services at locations (within `radius_km` of `near`, nearest first, when given), without the
    coordinates of confidential locations."""
    at_location, service, location = (_AT_LOCATION.alias("sal"), _SERVICE.alias("s"),
                                      _LOCATION.alias("l"))
    joined = (at_location.join(service, service.c.id == at_location.c.service_id)
              .join(location, location.c.id == at_location.c.location_id))
    distance: sa.ColumnElement[Any] = sa.cast(sa.null(), sa.Float())
    conditions: list[sa.ColumnElement[bool]] = []
    if near is not None:
        distance = _distance_km(near, location)
        box = sa.func.earth_box(_earth_at(near), sa.literal(radius_km * 1000, sa.Float()))
        conditions = [box.op("@>", is_comparison=True)(_earth(location)), distance <= radius_km]
    total = (await session.execute(sa.select(sa.func.count()).select_from(joined).where(*conditions)))
    hidden = sa.func.coalesce(location.c.confidential, sa.false())
    distance_km = sa.cast(sa.func.round(sa.cast(distance, sa.Numeric()), 1), sa.Float()).label("distance_km")
    result = await session.execute(
        sa.select(at_location.c.id, at_location.c.service_id, service.c.name.label("service_name"),
                  location.c.id.label("location_id"), location.c.name.label("location_name"),
                  hidden.label("confidential"),
                  _unless_confidential(location, "latitude"), _unless_confidential(location, "longitude"),
                  distance_km)
        .select_from(joined).where(*conditions)
        .order_by(distance_km.asc().nulls_last(), at_location.c.id).limit(limit).offset(offset))
    return int(total.scalar_one()), [dict(row) for row in result.mappings()]
