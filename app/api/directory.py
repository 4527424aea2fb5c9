"""HSDS API conventions under /api/directory, plus /api/directory/match for operators.

The queries are `directory.queries`; this module reads the parameters and shapes the answers
(`app.api.directory_models`)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

import directory
from app.api.directory_models import (
    DirectoryRoot,
    MatchResult,
    ServiceAtLocationPage,
    ServiceFull,
    ServicePage,
    page_of,
)
from app.api.error_responses import documented
from app.dependencies import CurrentOperator, OptionalOperator, SessionDep
from app.errors import FieldRefused, NotFound
from app.models import User
from directory import queries
from directory.hsds_json import HSDS_VERSION, PROFILE_URL
from directory.service_view import service_full
from triage.codes import Need, Urgency

router = APIRouter(prefix="/api/directory", tags=["directory"])

NO_NUL = r"^[^\x00]*$"
"""PostgreSQL text cannot hold NUL: such a value is refused (422) before it reaches a query."""
MAX_PAGE = 1_000_000
"""Beyond it, the row offset would not fit the database's integers (and no directory is that big)."""
PageNumber = Annotated[int, Query(ge=1, le=MAX_PAGE)]
PerPage = Annotated[int, Query(ge=1, le=200)]
Latitude = Annotated[float | None, Query(ge=-90, le=90)]
Longitude = Annotated[float | None, Query(ge=-180, le=180)]


def _view(staff: User | None) -> directory.View:
    """Logged-in staff see the members view (contact persons); everyone else the public one."""
    return directory.View.members if staff is not None else directory.View.public


def _place(lat: float | None, lon: float | None) -> directory.Place | None:
    if (lat is None) != (lon is None):
        raise FieldRefused("query.lat", "give both lat and lon, or neither")
    return directory.Place(lat, lon) if lat is not None and lon is not None else None


@router.get("/")
async def root() -> DirectoryRoot:
    return DirectoryRoot(version=HSDS_VERSION, profile=PROFILE_URL, openapi_url="/openapi.json")


@router.get(
    "/services", response_model=ServicePage, response_model_exclude_unset=True, responses=documented(422)
)
async def services(
    session: SessionDep,
    search: Annotated[str | None, Query(max_length=200, pattern=NO_NUL)] = None,
    page: PageNumber = 1,
    per_page: PerPage = 50,
) -> dict[str, Any]:
    """All services by name, or those whose name or description matches `search` (accents ignored)."""
    if search:
        found = await directory.search(session, search, limit=per_page * page)
        contents = [
            {"id": row["id"], "name": row["name"], "organization_id": row["organization_id"]}
            for row in found[(page - 1) * per_page :]
        ]
        return page_of(contents, len(found), page, per_page)
    total, rows = await queries.services_page(session, offset=(page - 1) * per_page, limit=per_page)
    return page_of(rows, total, page, per_page)


@router.get(
    "/services/{service_id}",
    response_model=ServiceFull,
    response_model_exclude_unset=True,
    responses=documented(404, 422),
)
async def service(
    service_id: Annotated[str, Path(max_length=200, pattern=NO_NUL)],
    session: SessionDep,
    staff: OptionalOperator,
) -> dict[str, Any]:
    found = await service_full(session, service_id, _view(staff))
    if found is None:
        raise NotFound("no such service")
    return found


@router.get("/service_at_locations", response_model=ServiceAtLocationPage, responses=documented(422))
async def service_at_locations(
    session: SessionDep,
    lat: Latitude = None,
    lon: Longitude = None,
    proximity: Annotated[float, Query(ge=0.01, le=2000, description="radius in km (10 m to 2,000 km)")] = 25,
    page: PageNumber = 1,
    per_page: PerPage = 50,
) -> dict[str, Any]:
    """Services at locations, nearest first when lat/lon are given; no confidential coordinates,
    and no confidential location in a search by distance."""
    total, rows = await queries.services_at_locations_page(
        session, _place(lat, lon), proximity, offset=(page - 1) * per_page, limit=per_page
    )
    return page_of(rows, total, page, per_page)


def _needs(value: str) -> list[str]:
    codes = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [code for code in codes if code not in Need.__members__]
    if not codes or unknown:
        raise FieldRefused(
            "query.needs", "needs: give one or more need codes from TRIAGE.md (e.g. shelter,legal)"
        )
    return codes


@router.get("/match", response_model=list[MatchResult], responses=documented(401, 422))
async def match(
    session: SessionDep,
    _operator: CurrentOperator,
    needs: Annotated[str, Query(max_length=400, description="comma-separated TRIAGE.md need codes")],
    language: Annotated[str | None, Query(max_length=12, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]+)?$")] = None,
    lat: Latitude = None,
    lon: Longitude = None,
    at: Annotated[
        str | None,
        Query(
            max_length=40,
            json_schema_extra={"format": "date-time"},
            description="ISO 8601 with a time zone offset or Z; default now",
        ),
    ] = None,
    age: Annotated[int | None, Query(ge=0, le=130)] = None,
    gender: Annotated[str | None, Query(max_length=40, pattern=NO_NUL)] = None,
    urgency: Annotated[Urgency | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[dict[str, Any]]:
    """Services for these needs, best first, with the reasons of their rank."""
    place = _place(lat, lon)
    when = _instant(at) if at is not None else datetime.now(UTC)
    results = await directory.match(
        session,
        _needs(needs),
        language=language,
        place=place,
        when=when,
        age=age,
        gender=gender,
        urgency=urgency,
        limit=limit,
    )
    return [item.to_json() for item in results]


_SPACE_FOR_PLUS = re.compile(r" (\d{2}:?\d{2})$")


def _instant(text: str) -> datetime:
    """An aware instant. A `+` left unencoded in a URL reaches us as a space
    (`...T23:30:00 01:00`): it is read as the `+` it was."""
    cleaned = _SPACE_FOR_PLUS.sub(r"+\1", text.strip())
    try:
        value = datetime.fromisoformat(cleaned)
    except ValueError:
        raise FieldRefused(
            "query.at", "at: not an ISO 8601 date and time (e.g. 2026-12-24T23:30:00-05:00)"
        ) from None
    if value.tzinfo is None:
        raise FieldRefused("query.at", "at: give a time zone offset (e.g. 2026-12-24T23:30:00-05:00)")
    return value
