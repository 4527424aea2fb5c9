"""One service as an HSDS 3 `service_full`-like object, for one audience (see directory.exporter)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from directory.dataset import Record
from directory.exporter import View, row_to_record, withhold_place
from directory.tables import TABLES


async def _rows(session: AsyncSession, table: str, where: Any) -> list[Record]:
    target = TABLES[table]
    result = await session.execute(sa.select(target).where(where).order_by(target.c.id))
    return [row_to_record(table, row) for row in result]


async def service_full(session: AsyncSession, service_id: str, view: View) -> Record | None:
    t = TABLES
    found = await _rows(session, "service", t["service"].c.id == service_id)
    if not found:
        return None
    service = found[0]
    if view is View.public:
        service.pop("notification_target", None)
    if service.get("organization_id"):
        organizations = await _rows(
            session, "organization", t["organization"].c.id == service["organization_id"]
        )
        if organizations:
            service["organization"] = organizations[0]
    sals = await _rows(session, "service_at_location", t["service_at_location"].c.service_id == service_id)
    for sal in sals:
        locations = await _rows(session, "location", t["location"].c.id == sal["location_id"])
        if locations:
            location = locations[0]
            if location.get("confidential") and view is not View.full:
                location = withhold_place(location)
            else:
                location["addresses"] = await _rows(
                    session, "address", t["address"].c.location_id == location["id"]
                )
            sal["location"] = location
        sal["schedules"] = await _rows(
            session, "schedule", t["schedule"].c.service_at_location_id == sal["id"]
        )
    service["service_at_locations"] = sals
    service["schedules"] = await _rows(session, "schedule", t["schedule"].c.service_id == service_id)
    service["languages"] = await _rows(session, "language", t["language"].c.service_id == service_id)
    service["service_areas"] = await _rows(
        session, "service_area", t["service_area"].c.service_id == service_id
    )
    service["capacities"] = await _rows(
        session, "service_capacity", t["service_capacity"].c.service_id == service_id
    )
    service["attributes"] = await _rows(session, "attribute", t["attribute"].c.link_id == service_id)
    phones = await _rows(session, "phone", t["phone"].c.service_id == service_id)
    service["phones"] = [phone for phone in phones if view is not View.public or not phone.get("contact_id")]
    if view is not View.public:
        contacts = await _rows(session, "contact", t["contact"].c.service_id == service_id)
        for contact in contacts:
            contact["phones"] = await _rows(session, "phone", t["phone"].c.contact_id == contact["id"])
        service["contacts"] = contacts
    service["always_open"] = bool(
        found
        and (
            await session.execute(
                sa.select(t["service"].c.always_open).where(t["service"].c.id == service_id)
            )
        ).scalar()
    )
    return service
