"""Supervisor edits from the console: add, edit, deactivate a partner; update capacity and hours.

A partner edited here is one organization with one service at one location (the shape of the demo
partners); rows imported from files can be edited the same way (first location of the service).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from directory.clock import format_time, parse_time
from directory.derived import refresh
from directory.needs_taxonomy import attribute, taxonomy_rows, term_id
from directory.partner_form import NUL, DayHours, PartnerForm
from directory.schedules import DAY_CODES
from directory.tables import TABLES
from triage.codes import Need

CAPACITY_UNIT_ID = "unit-bed"


async def load_form(session: AsyncSession, service_id: str) -> PartnerForm | None:
    t = TABLES
    if NUL in service_id:  # no id holds one (PostgreSQL text cannot): not a database error
        return None
    service = (await session.execute(sa.select(t["service"]).where(t["service"].c.id == service_id))).first()
    if service is None:
        return None
    organization = (
        await session.execute(
            sa.select(t["organization"]).where(t["organization"].c.id == service.organization_id)
        )
    ).first()
    form = PartnerForm(
        organization_name=organization.name if organization else "",
        service_name=service.name or "",
        description=service.description or "",
        needs=list(service.needs or []),
        languages=list(service.language_codes or []),
        always_open=bool(service.always_open),
        referral_mode=service.referral_mode or "information",
        acknowledgement_minutes=service.acknowledgement_minutes,
        notification_method=service.notification_method or "email",
        notice_language=(organization.notice_language or "") if organization else "",
        minimum_age=None if service.minimum_age is None else int(service.minimum_age),
        maximum_age=None if service.maximum_age is None else int(service.maximum_age),
        accepts_minors=bool(service.accepts_minors),
        accepts_without_status=bool(service.accepts_without_status),
        active=(organization is None or organization.active is not False)
        and (service.status or "active") == "active",
    )
    await _load_place(session, form, service_id)
    await _load_hours(session, form, service_id)
    await _load_capacity(session, form, service_id)
    return form


async def _load_place(session: AsyncSession, form: PartnerForm, service_id: str) -> None:
    """The first location of the service: its position, zone, confidentiality and city."""
    t = TABLES
    location = (
        await session.execute(
            sa.select(t["location"])
            .join(t["service_at_location"], t["service_at_location"].c.location_id == t["location"].c.id)
            .where(t["service_at_location"].c.service_id == service_id)
            .order_by(t["location"].c.id)
        )
    ).first()
    if location is None:
        return
    form.latitude, form.longitude = location.latitude, location.longitude
    form.time_zone = location.time_zone or form.time_zone
    form.confidential = bool(location.confidential)
    address = (
        await session.execute(
            sa.select(t["address"].c.city)
            .where(t["address"].c.location_id == location.id)
            .order_by(t["address"].c.id)
        )
    ).first()
    form.city = (address.city or "") if address else ""


async def _load_hours(session: AsyncSession, form: PartnerForm, service_id: str) -> None:
    """The weekly hours (dated closures and holiday hours are not on the form)."""
    t = TABLES
    schedules = await session.execute(
        sa.select(t["schedule"]).where(
            t["schedule"].c.service_id == service_id,
            t["schedule"].c.closed.is_not(True),
            t["schedule"].c.valid_from.is_(None),
        )
    )
    for row in schedules:
        for code in (row.byday or ",".join(DAY_CODES)).split(","):
            code = code.strip()[-2:].upper()
            if code in form.hours and row.opens_at and row.closes_at:
                form.hours[code] = DayHours(
                    format_time(parse_time(row.opens_at)), format_time(parse_time(row.closes_at))
                )


async def _load_capacity(session: AsyncSession, form: PartnerForm, service_id: str) -> None:
    t = TABLES
    capacity = (
        await session.execute(
            sa.select(t["service_capacity"])
            .where(t["service_capacity"].c.service_id == service_id)
            .order_by(t["service_capacity"].c.id)
        )
    ).first()
    if capacity is not None:
        form.capacity_available = None if capacity.available is None else int(capacity.available)
        form.capacity_maximum = None if capacity.maximum is None else int(capacity.maximum)
        form.capacity_updated = capacity.updated


async def _upsert(session: AsyncSession, table: str, values: dict[str, Any]) -> None:
    target = TABLES[table]
    statement = insert(target).values(**values)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[target.c.id], set_={key: statement.excluded[key] for key in values if key != "id"}
        )
    )


async def ensure_needs_taxonomy(session: AsyncSession) -> None:
    rows = taxonomy_rows()
    for table in ("taxonomy", "taxonomy_term"):
        for row in rows[table]:
            await _upsert(session, table, row)


async def _place_ids(session: AsyncSession, service_id: str | None) -> tuple[str, str, str]:
    """The service, organisation and location ids of a partner; new ones (and their link) for a new one."""
    t = TABLES
    if service_id is None:
        new_service, new_organization, new_location = (str(uuid.uuid4()) for _ in range(3))
        await _link(session, new_service, new_location)
        return new_service, new_organization, new_location
    organization_id = (
        await session.execute(
            sa.select(t["service"].c.organization_id).where(t["service"].c.id == service_id)
        )
    ).scalar_one()
    location_id = (
        (
            await session.execute(
                sa.select(t["service_at_location"].c.location_id)
                .where(t["service_at_location"].c.service_id == service_id)
                .order_by(t["service_at_location"].c.id)
            )
        )
        .scalars()
        .first()
    )
    if location_id is None:  # a service imported without a place gets one
        location_id = str(uuid.uuid4())
        await _link(session, service_id, location_id)
    return service_id, str(organization_id), str(location_id)


async def _link(session: AsyncSession, service_id: str, location_id: str) -> None:
    await _upsert(
        session,
        "service_at_location",
        {"id": str(uuid.uuid4()), "service_id": service_id, "location_id": location_id},
    )


async def _save_place(
    session: AsyncSession, form: PartnerForm, organization_id: str, location_id: str
) -> None:
    await _upsert(
        session,
        "organization",
        {
            "id": organization_id,
            "name": form.organization_name,
            "active": form.active,
            "notice_language": form.notice_language or None,
        },
    )
    await _upsert(
        session,
        "location",
        {
            "id": location_id,
            "organization_id": organization_id,
            "name": form.service_name,
            "latitude": form.latitude,
            "longitude": form.longitude,
            "time_zone": form.time_zone,
            "confidential": form.confidential,
        },
    )
    if form.city:
        await _upsert(
            session,
            "address",
            {
                "id": f"{location_id}:address",
                "location_id": location_id,
                "city": form.city,
                "address_type": "physical",
            },
        )


async def _save_service(
    session: AsyncSession, form: PartnerForm, service_id: str, organization_id: str, now: datetime
) -> None:
    await _upsert(
        session,
        "service",
        {
            "id": service_id,
            "organization_id": organization_id,
            "name": form.service_name,
            "description": form.description or None,
            "status": "active" if form.active else "inactive",
            "referral_mode": form.referral_mode,
            "acknowledgement_minutes": form.acknowledgement_minutes,
            "notification_method": form.notification_method,
            "minimum_age": form.minimum_age,
            "maximum_age": form.maximum_age,
            "accepts_minors": form.accepts_minors,
            "accepts_without_status": form.accepts_without_status,
            "last_modified": now.isoformat(),
        },
    )


async def _save_needs_and_languages(session: AsyncSession, form: PartnerForm, service_id: str) -> None:
    t = TABLES
    await session.execute(
        t["attribute"]
        .delete()
        .where(
            t["attribute"].c.link_id == service_id,
            t["attribute"].c.taxonomy_term_id.in_([term_id(need) for need in Need]),
        )
    )
    for need in form.needs:
        await _upsert(session, "attribute", attribute(service_id, need))
    await session.execute(t["language"].delete().where(t["language"].c.service_id == service_id))
    for code in form.languages:
        await _upsert(
            session,
            "language",
            {"id": f"{service_id}:language:{code}", "service_id": service_id, "code": code},
        )


async def save(
    session: AsyncSession, form: PartnerForm, *, now: datetime, service_id: str | None = None
) -> str:
    """Creates (service_id None) or updates a partner; returns the service id."""
    await session.execute(sa.text("SET CONSTRAINTS ALL DEFERRED"))
    await ensure_needs_taxonomy(session)
    service_id, organization_id, location_id = await _place_ids(session, service_id)
    await _save_place(session, form, organization_id, location_id)
    await _save_service(session, form, service_id, organization_id, now)
    await _save_needs_and_languages(session, form, service_id)
    await set_hours(session, service_id, form)
    if form.capacity_available is not None:
        await update_capacity(
            session,
            service_id,
            form.capacity_available,
            form.capacity_maximum,
            now=now,
            refresh_derived=False,
        )
    await refresh(session, [service_id])
    return service_id


async def set_hours(session: AsyncSession, service_id: str, form: PartnerForm) -> None:
    """Replaces the weekly hours of the service (dated closures and holiday hours are kept)."""
    t = TABLES
    await session.execute(
        t["schedule"]
        .delete()
        .where(
            t["schedule"].c.service_id == service_id,
            t["schedule"].c.closed.is_not(True),
            t["schedule"].c.valid_from.is_(None),
        )
    )
    if form.always_open:
        await _upsert(
            session,
            "schedule",
            {
                "id": f"{service_id}:hours:24-7",
                "service_id": service_id,
                "freq": "WEEKLY",
                "byday": ",".join(DAY_CODES),
                "opens_at": "00:00",
                "closes_at": "00:00",
            },
        )
        return
    for day, hours in form.hours.items():
        if hours.opens and hours.closes:
            await _upsert(
                session,
                "schedule",
                {
                    "id": f"{service_id}:hours:{day}",
                    "service_id": service_id,
                    "freq": "WEEKLY",
                    "byday": day,
                    "opens_at": hours.opens,
                    "closes_at": hours.closes,
                },
            )


async def update_capacity(
    session: AsyncSession,
    service_id: str,
    available: int,
    maximum: int | None,
    *,
    now: datetime,
    refresh_derived: bool = True,
) -> None:
    t = TABLES
    await _upsert(
        session, "unit", {"id": CAPACITY_UNIT_ID, "name": "beds", "scheme": "hotline", "identifier": "bed"}
    )
    existing = (
        (
            await session.execute(
                sa.select(t["service_capacity"].c.id)
                .where(t["service_capacity"].c.service_id == service_id)
                .order_by(t["service_capacity"].c.id)
            )
        )
        .scalars()
        .first()
    )
    await _upsert(
        session,
        "service_capacity",
        {
            "id": existing or f"{service_id}:capacity",
            "service_id": service_id,
            "unit_id": CAPACITY_UNIT_ID,
            "available": available,
            "maximum": maximum,
            "updated": now,
        },
    )
    if refresh_derived:
        await refresh(session, [service_id])


async def set_active(session: AsyncSession, service_id: str, active: bool) -> str | None:
    """The service and its organisation (in)active; the organisation's id, None when unknown."""
    t = TABLES
    if NUL in service_id:
        return None
    organization_id = (
        await session.execute(
            sa.select(t["service"].c.organization_id).where(t["service"].c.id == service_id)
        )
    ).scalar_one_or_none()
    if organization_id is None:
        return None
    await session.execute(
        t["service"]
        .update()
        .where(t["service"].c.id == service_id)
        .values(status="active" if active else "inactive")
    )
    await session.execute(
        t["organization"].update().where(t["organization"].c.id == organization_id).values(active=active)
    )
    return str(organization_id)
