"""The database back to HSDS rows, for one audience.

- `full`: everything (a backup; export then import gives the same records);
- `members`: what partner organisations and the coalition see: contacts included, but of a confidential
  location only its name and owner (a shelter is never sent to another partner);
- `public`: `members` without contact persons, their phones, and the partner notification targets.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from directory.coercion import export_value
from directory.dataset import Record
from directory.fields import CORE, ORDER
from directory.tables import OTHER, TABLES


class View(StrEnum):
    full = "full"
    members = "members"
    public = "public"


_MEMBERS_ONLY_FIELDS = {"service": ("notification_target",)}
# What a confidential location shows outside the full view: that it exists, whose it is, its
# name and zone. Its description, transportation, web address, other names and any extra field
# an import brought ("bus 55 to the stop by the blue church") can place it as surely as its
# coordinates, which alone used to be withheld.
CONFIDENTIAL_PLACE_FIELDS = frozenset(
    {"id", "location_type", "organization_id", "name", "time_zone", "confidential"}
)


def withhold_place(location: Record) -> Record:
    """A confidential location as every view but the full one shows it (others unchanged)."""
    if not location.get("confidential"):
        return location
    return {name: value for name, value in location.items() if name in CONFIDENTIAL_PLACE_FIELDS}


def row_to_record(table: str, row: Any) -> Record:
    spec = CORE[table]
    record: Record = dict(row.extra or {})
    for name, kind in spec.readable.items():
        value = export_value(kind, getattr(row, name))
        if value is not None:
            record[name] = value
    return record


async def export_rows(session: AsyncSession, view: View = View.public) -> dict[str, list[Record]]:
    rows: dict[str, list[Record]] = {}
    for table in ORDER:
        result = await session.execute(sa.select(TABLES[table]).order_by(TABLES[table].c.id))
        rows[table] = [row_to_record(table, row) for row in result]
    result = await session.execute(sa.select(OTHER).order_by(OTHER.c.resource, OTHER.c.id))
    for resource, row_id, data in result:
        rows.setdefault(resource, []).append({"id": row_id, **data})
    if view is View.full:
        return rows
    confidential = {str(row["id"]) for row in rows["location"] if row.get("confidential")}
    rows["address"] = [row for row in rows["address"] if row.get("location_id") not in confidential]
    rows["location"] = [withhold_place(location) for location in rows["location"]]
    for resource, others in rows.items():  # accessibility and other rows about the place itself
        if resource not in CORE:
            rows[resource] = [row for row in others if str(row.get("location_id")) not in confidential]
    if view is View.members:
        return rows
    contacts = {str(row["id"]) for row in rows["contact"]}
    rows["contact"] = []
    rows["phone"] = [row for row in rows["phone"] if row.get("contact_id") not in contacts]
    phones = {str(row["id"]) for row in rows["phone"]}
    rows["language"] = [
        row for row in rows["language"] if row.get("phone_id") is None or row.get("phone_id") in phones
    ]
    for table, fields in _MEMBERS_ONLY_FIELDS.items():
        for row in rows[table]:
            for name in fields:
                row.pop(name, None)
    return rows
