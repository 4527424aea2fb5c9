"""Where a town named in a message is, from the directory's own addresses (no geocoder).

Triage gives a coarse `region` ("Laval", "Gatineau"); the partners' addresses in that town give
its rough centre, so matching can sort by distance without sending the place anywhere.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from directory.queries import Place

_CENTRE = sa.text("""
    SELECT avg(l.latitude) AS latitude, avg(l.longitude) AS longitude
    FROM hsds_address a JOIN hsds_location l ON l.id = a.location_id
    WHERE hsds_unaccent(lower(a.city)) = hsds_unaccent(lower(:name))
      AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL
""")


async def place_of_town(session: AsyncSession, name: str) -> Place | None:
    """The mean position of the directory's locations in the town `name` (accents ignored)."""
    if not name.strip():
        return None
    row = (await session.execute(_CENTRE, {"name": name.strip()})).one()
    if row.latitude is None or row.longitude is None:
        return None
    return Place(float(row.latitude), float(row.longitude))
