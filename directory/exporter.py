"""The database back to HSDS rows, for one audience.

- `full`: everything (a backup; export then import gives the same records);
- `members`: what partner organisations and the coalition see: contacts included, but the address and
  coordinates of a confidential location are left out (a shelter is never sent to another partner);
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
    for location in rows["location"]:
        if location["id"] in confidential:
            location.pop("latitude", None)
            location.pop("longitude", None)
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
