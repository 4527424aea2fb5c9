"""HSDS API conventions under /api/directory, plus /api/directory/match for operators."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Query

import directory
from app.dependencies import CurrentOperator, OptionalOperator, SessionDep
from app.errors import HotlineError, NotFound
from app.models import User
from directory.hsds_json import HSDS_VERSION, PROFILE_URL
from directory.service_view import service_full
from triage.codes import Need, Urgency

router = APIRouter(prefix="/api/directory", tags=["directory"])


def _view(staff: User | None) -> directory.View:
    """Logged-in staff see the members view (contact persons); everyone else the public one."""
    return directory.View.members if staff is not None else directory.View.public


@router.get("/")
async def root() -> dict[str, str]:
    return {"version": HSDS_VERSION, "profile": PROFILE_URL, "openapi_url": "/openapi.json"}


def _page(contents: list[dict[str, Any]], total: int, page: int, per_page: int) -> dict[str, Any]:
    pages = max(1, math.ceil(total / per_page))
    return {"total_items": total, "total_pages": pages, "page_number": page, "size": len(contents),
            "first_page": page == 1, "last_page": page >= pages, "empty": not contents,
            "contents": contents}


@router.get("/services")
async def services(
    session: SessionDep,
    search: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> dict[str, Any]:
    if search:
        found = await directory.search(session, search, limit=per_page * page)
        rows = found[(page - 1) * per_page:]
        contents = [{"id": row["id"], "name": row["name"], "organization_id": row["organization_id"]}
                    for row in rows]
        return _page(contents, len(found), page, per_page)
    total = (await session.execute(sa.text("SELECT count(*) FROM hsds_service"))).scalar_one()
    result = await session.execute(sa.text(
        "SELECT id, name, organization_id, status, description FROM hsds_service ORDER BY name, id "
        "LIMIT :limit OFFSET :offset"), {"limit": per_page, "offset": (page - 1) * per_page})
    return _page([dict(row) for row in result.mappings()], int(total), page, per_page)


@router.get("/services/{service_id}")
async def service(service_id: str, session: SessionDep, staff: OptionalOperator) -> dict[str, Any]:
    found = await service_full(session, service_id, _view(staff))
    if found is None:
        raise NotFound("no such service")
    return found


@router.get("/service_at_locations")
async def service_at_locations(
    session: SessionDep,
    lat: Annotated[float | None, Query(ge=-90, le=90)] = None,
    lon: Annotated[float | None, Query(ge=-180, le=180)] = None,
    proximity: Annotated[float, Query(gt=0, le=2000, description="radius in km")] = 25,
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> dict[str, Any]:
    """Services at locations, nearest first when lat/lon are given; no confidential coordinates."""
    near = lat is not None and lon is not None
    if (lat is None) != (lon is None):
        raise HotlineError("give both lat and lon, or neither", 422)
    distance = ("earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(l.latitude, l.longitude)) / 1000.0"
                if near else "NULL::float8")
    where = ("WHERE earth_box(ll_to_earth(:lat, :lon), :radius) @> ll_to_earth(l.latitude, l.longitude) "
             f"AND {distance} <= :km" if near else "")
    params: dict[str, Any] = {"limit": per_page, "offset": (page - 1) * per_page}
    if near:
        params.update(lat=lat, lon=lon, radius=proximity * 1000, km=proximity)
    base = (f"FROM hsds_service_at_location sal JOIN hsds_service s ON s.id = sal.service_id "
            f"JOIN hsds_location l ON l.id = sal.location_id {where}")
    total = (await session.execute(sa.text(f"SELECT count(*) {base}"), params)).scalar_one()
    result = await session.execute(sa.text(
        f"SELECT sal.id, sal.service_id, s.name AS service_name, l.id AS location_id, "
        f"l.name AS location_name, "
        f"coalesce(l.confidential, false) AS confidential, "
        f"CASE WHEN l.confidential THEN NULL ELSE l.latitude END AS latitude, "
        f"CASE WHEN l.confidential THEN NULL ELSE l.longitude END AS longitude, "
        f"round(({distance})::numeric, 1)::float8 AS distance_km {base} "
        f"ORDER BY distance_km NULLS LAST, sal.id LIMIT :limit OFFSET :offset"), params)
    return _page([dict(row) for row in result.mappings()], int(total), page, per_page)


def _needs(value: str) -> list[str]:
    codes = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [code for code in codes if code not in Need.__members__]
    if not codes or unknown:
        raise HotlineError("needs: give one or more need codes from TRIAGE.md (e.g. shelter,legal)", 422)
    return codes


@router.get("/match")
async def match(
    session: SessionDep,
    _operator: CurrentOperator,
    needs: Annotated[str, Query(max_length=400, description="comma-separated TRIAGE.md need codes")],
    language: Annotated[str | None, Query(max_length=12, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]+)?$")] = None,
    lat: Annotated[float | None, Query(ge=-90, le=90)] = None,
    lon: Annotated[float | None, Query(ge=-180, le=180)] = None,
    at: Annotated[datetime | None, Query(description="ISO 8601 with offset; default now")] = None,
    age: Annotated[int | None, Query(ge=0, le=130)] = None,
    gender: Annotated[str | None, Query(max_length=40)] = None,
    urgency: Annotated[Urgency | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[dict[str, Any]]:
    if (lat is None) != (lon is None):
        raise HotlineError("give both lat and lon, or neither", 422)
    if at is not None and at.tzinfo is None:
        raise HotlineError("at: give a time zone offset (e.g. 2026-12-24T23:30:00-05:00)", 422)
    place = directory.Place(lat, lon) if lat is not None and lon is not None else None
    results = await directory.match(session, _needs(needs), language=language, place=place,
                                    when=at or datetime.now(UTC), age=age, gender=gender,
                                    urgency=urgency, limit=limit)
    return [item.to_json() for item in results]
