"""What /api/directory answers, as Pydantic read models (they document /openapi.json).

HSDS objects carry more fields than are listed here (the profile's and the file's own): the models
allow them, and the routes leave out the fields a record does not have (`exclude_unset`).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class DirectoryRoot(BaseModel):
    version: str
    profile: str
    openapi_url: str


class ServiceSummary(BaseModel):
    """A line of the services list; a search hit has no status nor description."""

    id: str
    name: str | None
    organization_id: str | None
    status: str | None = None
    description: str | None = None


class ServiceAtLocationSummary(BaseModel):
    """Coordinates are null for a confidential location; distance_km only when near a point."""

    id: str
    service_id: str | None
    service_name: str | None
    location_id: str
    location_name: str | None
    confidential: bool
    latitude: float | None
    longitude: float | None
    distance_km: float | None


class _Page(BaseModel):
    total_items: int
    total_pages: int
    page_number: int
    size: int
    first_page: bool
    last_page: bool
    empty: bool


class ServicePage(_Page):
    contents: list[ServiceSummary]


class ServiceAtLocationPage(_Page):
    contents: list[ServiceAtLocationSummary]


class HsdsObject(BaseModel):
    """An HSDS 3 object: its id, the fields it has (as in the file), nested objects."""

    model_config = ConfigDict(extra="allow")
    id: str


class ServiceFull(HsdsObject):
    """An HSDS 3 `service_full`: the public view has no contacts nor notification target, and no
    address nor coordinates for a confidential location."""

    name: str | None = None
    organization_id: str | None = None
    organization: HsdsObject | None = None
    service_at_locations: list[HsdsObject] = []
    schedules: list[HsdsObject] = []
    languages: list[HsdsObject] = []
    service_areas: list[HsdsObject] = []
    capacities: list[HsdsObject] = []
    attributes: list[HsdsObject] = []
    phones: list[HsdsObject] = []
    contacts: list[HsdsObject] | None = None
    always_open: bool = False


class OrganizationRef(BaseModel):
    id: str | None
    name: str | None


class ServiceRef(BaseModel):
    id: str
    name: str
    organization: OrganizationRef


class MatchLocation(BaseModel):
    """The place of the service these hours and this distance are of."""

    id: str
    name: str | None


class MatchResult(BaseModel):
    """One proposed service, best first; `reasons` say why, in order."""

    service: ServiceRef
    location: MatchLocation | None = Field(description="null for a service with no place in the directory")
    open_now: bool
    always_open: bool
    opens_at: str | None = Field(description="ISO 8601, in the location's time zone")
    distance_km: float | None
    needs_covered: list[str]
    languages: list[str]
    reasons: list[str]


def page_of(contents: list[dict[str, Any]], total: int, page: int, per_page: int) -> dict[str, Any]:
    """The HSDS API's page envelope."""
    pages = max(1, -(-total // per_page))
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not contents,
        "contents": contents,
    }
