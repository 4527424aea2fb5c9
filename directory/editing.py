"""Supervisor edits from the console: add, edit, deactivate a partner; update capacity and hours.

A partner edited here is one organization with one service at one location (the shape of the demo
partners); rows imported from files can be edited the same way (first location of the service).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from directory.clock import BadTime, format_time, parse_time
from directory.derived import refresh
from directory.needs_taxonomy import attribute, taxonomy_rows, term_id
from directory.schedules import DAY_CODES, is_time_zone
from directory.tables import TABLES
from triage.codes import Need

REFERRAL_MODES = ("warm", "information")
NOTIFICATION_METHODS = ("sms", "email", "webhook", "portal")
CAPACITY_UNIT_ID = "unit-bed"
NUL = "\x00"


@dataclass
class DayHours:
    opens: str = ""
    closes: str = ""


@dataclass
class PartnerForm:
    organization_name: str = ""
    service_name: str = ""
    description: str = ""
    needs: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    latitude: float | None = None
    longitude: float | None = None
    time_zone: str = "America/Toronto"
    confidential: bool = False
    city: str = ""
    always_open: bool = False
    hours: dict[str, DayHours] = field(default_factory=lambda: {day: DayHours() for day in DAY_CODES})
    referral_mode: str = "information"
    acknowledgement_minutes: int | None = None
    notification_method: str = "email"
    minimum_age: int | None = None
    maximum_age: int | None = None
    accepts_minors: bool = False
    accepts_without_status: bool = False
    active: bool = True
    capacity_available: int | None = None
    capacity_maximum: int | None = None
    capacity_updated: datetime | None = None


class FormErrors(ValueError):
    def __init__(self, fields: list[str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = fields


def _number(value: str, errors: list[str], name: str, *, low: float, high: float) -> float | None:
    if not value.strip():
        return None
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        errors.append(name)
        return None
    if not low <= number <= high:
        errors.append(name)
        return None
    return number


def _whole(value: str, errors: list[str], name: str, *, high: int) -> int | None:
    number = _number(value, errors, name, low=0, high=high)
    if number is not None and not number.is_integer():
        errors.append(name)
        return None
    return None if number is None else int(number)


def whole_number(value: str, errors: list[str], name: str) -> int | None:
    return _whole(value, errors, name, high=100_000)


def parse_form(values: dict[str, str], needs: list[str], languages: str) -> PartnerForm:
    """Form fields to a PartnerForm; raises FormErrors naming every bad field."""
    # PostgreSQL text cannot hold NUL: refused here, not failed in the database.
    errors = [name for name, value in values.items() if NUL in value]
    form = PartnerForm(
        organization_name=values.get("organization_name", "").strip(),
        service_name=values.get("service_name", "").strip(),
        description=values.get("description", "").strip(),
        needs=[need for need in needs if need in Need.__members__],
        languages=sorted({code.strip().lower() for code in languages.replace(";", ",").split(",")
                          if code.strip()}),
        time_zone=values.get("time_zone", "").strip() or "America/Toronto",
        confidential=values.get("confidential") == "on",
        city=values.get("city", "").strip(),
        always_open=values.get("always_open") == "on",
        referral_mode=values.get("referral_mode", "information"),
        notification_method=values.get("notification_method", "email"),
        accepts_minors=values.get("accepts_minors") == "on",
        accepts_without_status=values.get("accepts_without_status") == "on",
    )
    for name in ("organization_name", "service_name"):
        if not getattr(form, name):
            errors.append(name)
    if not form.needs:
        errors.append("needs")
    if not is_time_zone(form.time_zone):
        errors.append("time_zone")
    if form.referral_mode not in REFERRAL_MODES:
        errors.append("referral_mode")
    if form.notification_method not in NOTIFICATION_METHODS:
        errors.append("notification_method")
    form.latitude = _number(values.get("latitude", ""), errors, "latitude", low=-90, high=90)
    form.longitude = _number(values.get("longitude", ""), errors, "longitude", low=-180, high=180)
    form.acknowledgement_minutes = _whole(values.get("acknowledgement_minutes", ""), errors,
                                          "acknowledgement_minutes", high=10_080)
    form.minimum_age = _whole(values.get("minimum_age", ""), errors, "minimum_age", high=130)
    form.maximum_age = _whole(values.get("maximum_age", ""), errors, "maximum_age", high=130)
    form.capacity_available = _whole(values.get("capacity_available", ""), errors, "capacity_available",
                                     high=100_000)
    form.capacity_maximum = _whole(values.get("capacity_maximum", ""), errors, "capacity_maximum",
                                   high=100_000)
    for day in DAY_CODES:
        opens, closes = values.get(f"opens_{day}", "").strip(), values.get(f"closes_{day}", "").strip()
        if bool(opens) != bool(closes):
            errors.append(f"hours_{day}")
            continue
        try:
            form.hours[day] = DayHours(format_time(parse_time(opens)) if opens else "",
                                       format_time(parse_time(closes)) if closes else "")
        except BadTime:
            errors.append(f"hours_{day}")
    if errors:
        raise FormErrors(errors)
    return form


async def load_form(session: AsyncSession, service_id: str) -> PartnerForm | None:
    t = TABLES
    if NUL in service_id:  # no id holds one (PostgreSQL text cannot): not a database error
        return None
    service = (await session.execute(
        sa.select(t["service"]).where(t["service"].c.id == service_id))).first()
    if service is None:
        return None
    organization = (await session.execute(sa.select(t["organization"]).where(
        t["organization"].c.id == service.organization_id))).first()
    location = (await session.execute(
        sa.select(t["location"]).join(t["service_at_location"],
                                      t["service_at_location"].c.location_id == t["location"].c.id)
        .where(t["service_at_location"].c.service_id == service_id).order_by(t["location"].c.id)
    )).first()
    form = PartnerForm(
        organization_name=organization.name if organization else "", service_name=service.name or "",
        description=service.description or "", needs=list(service.needs or []),
        languages=list(service.language_codes or []), always_open=bool(service.always_open),
        referral_mode=service.referral_mode or "information",
        acknowledgement_minutes=service.acknowledgement_minutes,
        notification_method=service.notification_method or "email",
        minimum_age=None if service.minimum_age is None else int(service.minimum_age),
        maximum_age=None if service.maximum_age is None else int(service.maximum_age),
        accepts_minors=bool(service.accepts_minors),
        accepts_without_status=bool(service.accepts_without_status),
        active=(organization is None or organization.active is not False) and (service.status or "active")
        == "active",
    )
    if location is not None:
        form.latitude, form.longitude = location.latitude, location.longitude
        form.time_zone = location.time_zone or form.time_zone
        form.confidential = bool(location.confidential)
        address = (await session.execute(sa.select(t["address"].c.city).where(
            t["address"].c.location_id == location.id).order_by(t["address"].c.id))).first()
        form.city = (address.city or "") if address else ""
    schedules = await session.execute(sa.select(t["schedule"]).where(
        t["schedule"].c.service_id == service_id, t["schedule"].c.closed.is_not(True),
        t["schedule"].c.valid_from.is_(None)))
    for row in schedules:
        for code in (row.byday or ",".join(DAY_CODES)).split(","):
            code = code.strip()[-2:].upper()
            if code in form.hours and row.opens_at and row.closes_at:
                form.hours[code] = DayHours(format_time(parse_time(row.opens_at)),
                                            format_time(parse_time(row.closes_at)))
    capacity = (await session.execute(sa.select(t["service_capacity"]).where(
        t["service_capacity"].c.service_id == service_id).order_by(t["service_capacity"].c.id))).first()
    if capacity is not None:
        form.capacity_available = None if capacity.available is None else int(capacity.available)
        form.capacity_maximum = None if capacity.maximum is None else int(capacity.maximum)
        form.capacity_updated = capacity.updated
    return form


async def _upsert(session: AsyncSession, table: str, values: dict[str, Any]) -> None:
    target = TABLES[table]
    statement = insert(target).values(**values)
    await session.execute(statement.on_conflict_do_update(
        index_elements=[target.c.id], set_={key: statement.excluded[key] for key in values if key != "id"}))


async def ensure_needs_taxonomy(session: AsyncSession) -> None:
    rows = taxonomy_rows()
    for table in ("taxonomy", "taxonomy_term"):
        for row in rows[table]:
            await _upsert(session, table, row)


async def save(session: AsyncSession, form: PartnerForm, *, now: datetime,
               service_id: str | None = None) -> str:
    """Creates (service_id None) or updates a partner; returns the service id."""
    t = TABLES
    await session.execute(sa.text("SET CONSTRAINTS ALL DEFERRED"))
    await ensure_needs_taxonomy(session)
    if service_id is None:
        service_id = str(uuid.uuid4())
        organization_id, location_id = str(uuid.uuid4()), str(uuid.uuid4())
        await _upsert(session, "service_at_location", {"id": str(uuid.uuid4()), "service_id": service_id,
                                                       "location_id": location_id})
    else:
        organization_id = (await session.execute(sa.select(t["service"].c.organization_id).where(
            t["service"].c.id == service_id))).scalar_one()
        location_id = (await session.execute(sa.select(t["service_at_location"].c.location_id).where(
            t["service_at_location"].c.service_id == service_id).order_by(t["service_at_location"].c.id)
        )).scalars().first() or str(uuid.uuid4())
        if location_id and not (await session.execute(sa.select(t["service_at_location"].c.id).where(
                t["service_at_location"].c.service_id == service_id))).first():
            await _upsert(session, "service_at_location", {"id": str(uuid.uuid4()), "service_id": service_id,
                                                           "location_id": location_id})
    await _upsert(session, "organization", {"id": organization_id, "name": form.organization_name,
                                            "active": form.active})
    await _upsert(session, "location", {
        "id": location_id, "organization_id": organization_id, "name": form.service_name,
        "latitude": form.latitude, "longitude": form.longitude, "time_zone": form.time_zone,
        "confidential": form.confidential})
    if form.city:
        await _upsert(session, "address", {"id": f"{location_id}:address", "location_id": location_id,
                                           "city": form.city, "address_type": "physical"})
    await _upsert(session, "service", {
        "id": service_id, "organization_id": organization_id, "name": form.service_name,
        "description": form.description or None, "status": "active" if form.active else "inactive",
        "referral_mode": form.referral_mode, "acknowledgement_minutes": form.acknowledgement_minutes,
        "notification_method": form.notification_method, "minimum_age": form.minimum_age,
        "maximum_age": form.maximum_age, "accepts_minors": form.accepts_minors,
        "accepts_without_status": form.accepts_without_status, "last_modified": now.isoformat()})
    await session.execute(t["attribute"].delete().where(
        t["attribute"].c.link_id == service_id,
        t["attribute"].c.taxonomy_term_id.in_([term_id(need) for need in Need])))
    for need in form.needs:
        await _upsert(session, "attribute", attribute(service_id, need))
    await session.execute(t["language"].delete().where(t["language"].c.service_id == service_id))
    for code in form.languages:
        await _upsert(session, "language", {"id": f"{service_id}:language:{code}", "service_id": service_id,
                                            "code": code})
    await set_hours(session, service_id, form)
    if form.capacity_available is not None:
        await update_capacity(session, service_id, form.capacity_available, form.capacity_maximum, now=now,
                              refresh_derived=False)
    await refresh(session, [service_id])
    return service_id


async def set_hours(session: AsyncSession, service_id: str, form: PartnerForm) -> None:
    """Replaces the weekly hours of the service (dated closures and holiday hours are kept)."""
    t = TABLES
    await session.execute(t["schedule"].delete().where(
        t["schedule"].c.service_id == service_id, t["schedule"].c.closed.is_not(True),
        t["schedule"].c.valid_from.is_(None)))
    if form.always_open:
        await _upsert(session, "schedule", {"id": f"{service_id}:hours:24-7", "service_id": service_id,
                                            "freq": "WEEKLY", "byday": ",".join(DAY_CODES),
                                            "opens_at": "00:00", "closes_at": "00:00"})
        return
    for day, hours in form.hours.items():
        if hours.opens and hours.closes:
            await _upsert(session, "schedule", {"id": f"{service_id}:hours:{day}", "service_id": service_id,
                                                "freq": "WEEKLY", "byday": day, "opens_at": hours.opens,
                                                "closes_at": hours.closes})


async def update_capacity(session: AsyncSession, service_id: str, available: int, maximum: int | None, *,
                          now: datetime, refresh_derived: bool = True) -> None:
    t = TABLES
    await _upsert(session, "unit", {"id": CAPACITY_UNIT_ID, "name": "beds", "scheme": "hotline",
                                    "identifier": "bed"})
    existing = (await session.execute(sa.select(t["service_capacity"].c.id).where(
        t["service_capacity"].c.service_id == service_id).order_by(t["service_capacity"].c.id)
    )).scalars().first()
    await _upsert(session, "service_capacity", {
        "id": existing or f"{service_id}:capacity", "service_id": service_id, "unit_id": CAPACITY_UNIT_ID,
        "available": available, "maximum": maximum, "updated": now})
    if refresh_derived:
        await refresh(session, [service_id])


async def set_active(session: AsyncSession, service_id: str, active: bool) -> str | None:
    """The service and its organisation (in)active; the organisation's id, None when unknown."""
    t = TABLES
    if NUL in service_id:
        return None
    organization_id = (await session.execute(sa.select(t["service"].c.organization_id).where(
        t["service"].c.id == service_id))).scalar_one_or_none()
    if organization_id is None:
        return None
    await session.execute(t["service"].update().where(t["service"].c.id == service_id).values(
        status="active" if active else "inactive"))
    await session.execute(t["organization"].update().where(t["organization"].c.id == organization_id)
                          .values(active=active))
    return str(organization_id)


async def partners(session: AsyncSession, stale_before: datetime) -> list[dict[str, Any]]:
    """One line per service for the console list, by name."""
    result = await session.execute(sa.text("""
        SELECT s.id, s.name, o.name AS organization_name, s.needs, s.always_open,
               coalesce(o.active, true) AND coalesce(s.status, 'active') = 'active' AS active,
               c.available, c.maximum, c.updated, c.updated < :stale AS stale
        FROM hsds_service s LEFT JOIN hsds_organization o ON o.id = s.organization_id
        LEFT JOIN LATERAL (SELECT available, maximum, updated FROM hsds_service_capacity
                           WHERE service_id = s.id ORDER BY id LIMIT 1) c ON true
        ORDER BY s.name, s.id
    """), {"stale": stale_before})
    return [dict(row) for row in result.mappings()]
