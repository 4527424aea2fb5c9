"""The directory's read queries, in SQLAlchemy Core over `directory.tables`: match candidates, text
search (directory.text_search), and the HSDS API's pages of services and of services at locations.

PostgreSQL functions come through `sa.func`: earthdistance (`ll_to_earth`, `earth_distance`,
`earth_box`) for distances, `hsds_unaccent` + pg_trgm (`word_similarity`, `<%`) for French search.
"""

from __future__ import annotations

import functools
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
_ADDRESS = TABLES["address"]
# fmt: off
SCHEDULE_FIELDS = (
    "opens_at", "closes_at", "byday", "freq", "valid_from", "valid_to", "closed", "interval",
    "dtstart", "until", "count", "wkst", "bymonthday", "byyearday", "byweekno", "bysetpos", "exdate",
    "timezone", "description", "notes",
)
# fmt: on
"""The schedule fields that say when a service is open (directory.schedules, directory.zones), and
its words (closed on public holidays: directory.public_holidays)."""
SCHEDULE_COLUMNS = ("service_id", "location_id", "service_at_location_id", *SCHEDULE_FIELDS)
Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class Place:
    latitude: float
    longitude: float


def literal_text(value: str) -> sa.ColumnElement[Any]:
    """A string written into the statement (not a parameter), as in the search index's expression."""
    return sa.literal(value, sa.Text(), literal_execute=True)


# Statements are built once per shape (functools.cache) and executed with these parameters: building
# one costs more than running it.
_NEEDS = sa.bindparam("needs", type_=ARRAY(sa.Text()))
_AGE = sa.bindparam("age", type_=sa.Integer())
_GENDER = sa.bindparam("gender", type_=sa.Text())
_LATITUDE, _LONGITUDE = sa.bindparam("lat", type_=sa.Float()), sa.bindparam("lon", type_=sa.Float())
_LIMIT, _OFFSET = sa.bindparam("limit", type_=sa.Integer()), sa.bindparam("offset", type_=sa.Integer())
_ALWAYS_OPEN_LIMIT = sa.bindparam("always_open_limit", type_=sa.Integer())


def _earth(location: sa.FromClause) -> sa.ColumnElement[Any]:
    return sa.func.ll_to_earth(location.c.latitude, location.c.longitude)


def _distance_km(location: sa.FromClause) -> sa.ColumnElement[Any]:
    """From the place given as parameters lat and lon."""
    here = sa.func.ll_to_earth(_LATITUDE, _LONGITUDE)
    return sa.func.earth_distance(here, _earth(location)) / sa.literal(1000.0, sa.Float())


def _place_parameters(place: Place) -> dict[str, float]:
    return {"lat": place.latitude, "lon": place.longitude}


def _active_organization(service: sa.FromClause) -> sa.ColumnElement[bool]:
    organization = _ORGANIZATION
    return sa.and_(
        organization.c.id == service.c.organization_id, sa.func.coalesce(organization.c.active, sa.true())
    )


async def regions(session: AsyncSession, location_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """`{"state_province", "country", "city"}` of each location's address (physical first): the
    zone of a location without an IANA time zone, or with an abbreviation (directory.zones)."""
    address = _ADDRESS
    result = await session.execute(
        sa.select(address.c.location_id, address.c.state_province, address.c.country, address.c.city)
        .where(
            address.c.location_id == sa.any_(sa.literal(list(location_ids), ARRAY(sa.Text()))),
            sa.or_(address.c.state_province.is_not(None), address.c.country.is_not(None)),
        )
        .order_by(
            address.c.location_id, (address.c.address_type == "physical").desc().nulls_last(), address.c.id
        )
    )
    found: dict[str, dict[str, Any]] = {}
    for row in result.mappings():
        found.setdefault(row["location_id"], dict(row))
    return found


# Match candidates -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Shape:
    """What changes the statement of candidates (the values are parameters)."""

    near: bool
    age: bool
    minor: bool
    gender: bool


def _eligible(service: sa.FromClause, shape: _Shape) -> list[sa.ColumnElement[bool]]:
    """Active services covering a need, open to this age and gender when they are known."""
    conditions = [
        service.c.needs.overlap(_NEEDS),
        sa.func.coalesce(service.c.status, literal_text("active")) == "active",
    ]
    if shape.age:
        conditions += [
            sa.or_(service.c.minimum_age.is_(None), service.c.minimum_age <= _AGE),
            sa.or_(service.c.maximum_age.is_(None), service.c.maximum_age >= _AGE),
        ]
        if shape.minor:
            conditions.append(service.c.accepts_minors.is_not(sa.false()))
    if shape.gender:
        conditions.append(
            sa.or_(
                service.c.genders.is_(None),
                sa.func.cardinality(service.c.genders) == 0,
                sa.any_(service.c.genders) == _GENDER,
            )
        )
    return conditions


def _json_array(item: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """The aggregated JSON objects as one JSON array, `[]` when there are none."""
    return sa.func.coalesce(sa.func.json_agg(item), sa.func.json_build_array())


def _schedules(
    service: sa.FromClause, at_location: sa.FromClause, location: sa.FromClause
) -> sa.ScalarSelect[Any]:
    """The schedules of the service, of this service at location and of the location, as JSON:
    one array of the values of SCHEDULE_COLUMNS each (keys would be most of the bytes)."""
    sc = _SCHEDULE
    item = sa.func.json_build_array(*(sc.c[name] for name in SCHEDULE_COLUMNS))
    return (
        sa.select(_json_array(item))
        .where(
            sa.or_(
                sc.c.service_id == service.c.id,
                sc.c.service_at_location_id == at_location.c.id,
                sc.c.location_id == location.c.id,
            )
        )
        .scalar_subquery()
    )


def _capacities(service: sa.FromClause) -> sa.ScalarSelect[Any]:
    capacity, unit = _CAPACITY, _UNIT
    item = sa.func.json_build_object(
        "available",
        capacity.c.available,
        "maximum",
        capacity.c.maximum,
        "updated",
        capacity.c.updated,
        "unit",
        unit.c.name,
    )
    return (
        sa.select(_json_array(item))
        .select_from(capacity.outerjoin(unit, unit.c.id == capacity.c.unit_id))
        .where(capacity.c.service_id == service.c.id)
        .scalar_subquery()
    )


def _candidate_columns(
    service: sa.FromClause,
    at_location: sa.FromClause,
    location: sa.FromClause,
    distance: sa.ColumnElement[Any],
) -> list[sa.ColumnElement[Any]]:
    """Schedules and capacities come along as JSON (for the returned rows only): one round trip."""
    s = service.c
    return [
        s.id,
        s.name,
        s.needs,
        s.language_codes,
        s.always_open,
        s.minimum_age,
        s.maximum_age,
        s.genders,
        s.accepts_minors,
        s.accepts_without_status,
        s.organization_id,
        _ORGANIZATION.c.name.label("organization_name"),
        at_location.c.id.label("sal_id"),
        location.c.id.label("location_id"),
        location.c.name.label("location_name"),
        location.c.time_zone,
        location.c.latitude,
        location.c.longitude,
        _schedules(service, at_location, location).label("schedules"),
        _capacities(service).label("capacities"),
        distance.label("distance_km"),
    ]


def _nearest(shape: _Shape, *, always_open: bool) -> sa.Select[Any]:
    """Locations nearest first (KNN scan of the GiST index on ll_to_earth), each with its services
    through LATERAL index lookups (OFFSET 0 keeps them nested loops), so that LIMIT stops the scan
    as soon as enough services covering the needs are found."""
    located = _LOCATION
    location = (
        sa.select(located.c.id, located.c.name, located.c.time_zone, located.c.latitude, located.c.longitude)
        .where(located.c.latitude.is_not(None), located.c.longitude.is_not(None))
        .order_by(_earth(located).op("<->")(sa.func.ll_to_earth(_LATITUDE, _LONGITUDE)))
        .limit(SCAN_LOCATIONS)
        .subquery("l")
    )
    at_location = (
        sa.select(_AT_LOCATION.c.id, _AT_LOCATION.c.service_id)
        .where(_AT_LOCATION.c.location_id == location.c.id)
        .offset(0)
        .lateral("sal")
    )
    service = sa.select(_SERVICE).where(_SERVICE.c.id == at_location.c.service_id).offset(0).lateral("s")
    joined = (
        location.join(at_location, sa.true())
        .join(service, sa.true())
        .join(_ORGANIZATION, _active_organization(service))
    )
    conditions = _eligible(service, shape)
    if always_open:
        conditions.append(service.c.always_open)
    return (
        sa.select(*_candidate_columns(service, at_location, location, _distance_km(location)))
        .select_from(joined)
        .where(*conditions)
        .limit(_ALWAYS_OPEN_LIMIT if always_open else _LIMIT)
    )


def _anywhere(shape: _Shape, *, always_open: bool) -> sa.Select[Any]:
    """Without a place: the services covering the most needs first, then 24/7 ones."""
    service, at_location, location = (_SERVICE.alias("s"), _AT_LOCATION.alias("sal"), _LOCATION.alias("l"))
    joined = (
        service.join(_ORGANIZATION, _active_organization(service))
        .outerjoin(at_location, at_location.c.service_id == service.c.id)
        .outerjoin(location, location.c.id == at_location.c.location_id)
    )
    conditions = _eligible(service, shape)
    if always_open:
        conditions.append(service.c.always_open)
    need = sa.func.unnest(service.c.needs).column_valued("n")
    covered = sa.select(sa.func.count()).where(need == sa.any_(_NEEDS)).scalar_subquery()
    columns = _candidate_columns(service, at_location, location, sa.cast(sa.null(), sa.Float()))
    return (
        sa.select(*columns)
        .select_from(joined)
        .where(*conditions)
        .order_by(covered.desc(), service.c.always_open.is_(True).desc(), service.c.id)
        .limit(_ALWAYS_OPEN_LIMIT if always_open else _LIMIT)
    )


@functools.cache
def _candidates_statement(shape: _Shape, with_always_open: bool) -> sa.Executable:
    query = _nearest if shape.near else _anywhere
    if not with_always_open:
        return query(shape, always_open=False)
    return sa.union_all(query(shape, always_open=False), query(shape, always_open=True))


async def candidates(
    session: AsyncSession,
    needs: Sequence[str],
    place: Place | None,
    *,
    age: int | None,
    gender: str | None,
    limit: int,
    always_open_limit: int | None = None,
) -> Rows:
    """Services for these needs, nearest first with a place (services without coordinates are then
    left out), else any. `always_open_limit` adds, in the same round trip, that many of the
    nearest 24/7 services (emergencies)."""
    shape = _Shape(
        near=place is not None,
        age=age is not None,
        minor=age is not None and age < 18,
        gender=gender is not None,
    )
    parameters: dict[str, Any] = {
        "needs": list(needs),
        "age": age,
        "gender": gender,
        "limit": limit,
        "always_open_limit": always_open_limit,
    }
    if place is not None:
        parameters.update(_place_parameters(place))
    statement = _candidates_statement(shape, always_open_limit is not None)
    return [dict(row) for row in (await session.execute(statement, parameters)).mappings()]


# HSDS API pages ----------------------------------------------------------------------------------

_COUNT_SERVICES = sa.select(sa.func.count()).select_from(_SERVICE)
_SERVICES = (
    sa.select(
        _SERVICE.c.id, _SERVICE.c.name, _SERVICE.c.organization_id, _SERVICE.c.status, _SERVICE.c.description
    )
    .order_by(_SERVICE.c.name, _SERVICE.c.id)
    .limit(_LIMIT)
    .offset(_OFFSET)
)


async def services_page(session: AsyncSession, *, offset: int, limit: int) -> tuple[int, Rows]:
    """All services by name: how many, and those of this page."""
    total = (await session.execute(_COUNT_SERVICES)).scalar_one()
    result = await session.execute(_SERVICES, {"limit": limit, "offset": offset})
    return int(total), [dict(row) for row in result.mappings()]


def _unless_confidential(location: sa.FromClause, column: str) -> sa.ColumnElement[Any]:
    return sa.case((location.c.confidential, sa.null()), else_=location.c[column]).label(column)


@functools.cache
def _services_at_locations_statements(near: bool) -> tuple[sa.Executable, sa.Executable]:
    """How many services at locations (within `radius_km` of lat/lon when `near`), and one page of
    them, nearest first when `near`."""
    at_location, service, location = (_AT_LOCATION.alias("sal"), _SERVICE.alias("s"), _LOCATION.alias("l"))
    joined = at_location.join(service, service.c.id == at_location.c.service_id).join(
        location, location.c.id == at_location.c.location_id
    )
    distance: sa.ColumnElement[Any] = sa.cast(sa.null(), sa.Float())
    conditions: list[sa.ColumnElement[bool]] = []
    hidden = sa.func.coalesce(location.c.confidential, sa.false())
    if near:  # a confidential location is never found by distance: in or out of a radius places it
        distance = _distance_km(location)
        radius = sa.bindparam("radius_km", type_=sa.Float())
        box = sa.func.earth_box(sa.func.ll_to_earth(_LATITUDE, _LONGITUDE), radius * 1000)
        conditions = [box.op("@>", is_comparison=True)(_earth(location)), distance <= radius, sa.not_(hidden)]
    distance_km = sa.cast(sa.func.round(sa.cast(distance, sa.Numeric()), 1), sa.Float()).label("distance_km")
    page = (
        sa.select(
            at_location.c.id,
            at_location.c.service_id,
            service.c.name.label("service_name"),
            location.c.id.label("location_id"),
            location.c.name.label("location_name"),
            hidden.label("confidential"),
            _unless_confidential(location, "latitude"),
            _unless_confidential(location, "longitude"),
            distance_km,
        )
        .select_from(joined)
        .where(*conditions)
        .order_by(distance_km.asc().nulls_last(), at_location.c.id)
        .limit(_LIMIT)
        .offset(_OFFSET)
    )
    return sa.select(sa.func.count()).select_from(joined).where(*conditions), page


async def services_at_locations_page(
    session: AsyncSession, near: Place | None, radius_km: float, *, offset: int, limit: int
) -> tuple[int, Rows]:
    """Services at locations (within `radius_km` of `near`, nearest first, when given), without the
    coordinates of confidential locations, which a search by distance never lists."""
    count, page = _services_at_locations_statements(near is not None)
    parameters: dict[str, Any] = {"limit": limit, "offset": offset, "radius_km": radius_km}
    if near is not None:
        parameters.update(_place_parameters(near))
    total = (await session.execute(count, parameters)).scalar_one()
    result = await session.execute(page, parameters)
    return int(total), [dict(row) for row in result.mappings()]
