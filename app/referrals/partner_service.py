"""The directory's side of a referral: the service's name, organisation, acknowledgement delay,
notice channel and the organisation's notice language (HSDS hotline fields), and the next
matching partner after a deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

import directory
from directory.tables import TABLES
from triage.codes import Urgency

_SERVICE, _ORGANIZATION = TABLES["service"], TABLES["organization"]
NOTICE_METHODS = ("sms", "email", "webhook", "portal")
_DEFAULT_DELAYS = {Urgency.emergency.value: timedelta(minutes=15), Urgency.high.value: timedelta(hours=2)}


@dataclass(frozen=True, slots=True)
class PartnerService:
    id: str
    name: str
    organization_id: str
    organization_name: str | None
    acknowledgement_minutes: int | None
    notification_method: str
    notification_target: str | None
    notice_language: str | None  # the organisation's; None: the hotline's default language


def acknowledgement_delay(minutes: int | None, urgency: str) -> timedelta:
    """The service's own delay, else 15 minutes for an emergency, 2 hours when high, 24 hours."""
    if minutes is not None and minutes > 0:
        return timedelta(minutes=minutes)
    return _DEFAULT_DELAYS.get(urgency, timedelta(hours=24))


async def find(session: AsyncSession, service_id: str) -> PartnerService | None:
    """An active service of an active organisation, or None."""
    row = (
        await session.execute(
            sa.select(
                _SERVICE.c.id,
                _SERVICE.c.name,
                _SERVICE.c.organization_id,
                _ORGANIZATION.c.name.label("organization_name"),
                _SERVICE.c.acknowledgement_minutes,
                _SERVICE.c.notification_method,
                _SERVICE.c.notification_target,
                _ORGANIZATION.c.notice_language,
            )
            .join(_ORGANIZATION, _ORGANIZATION.c.id == _SERVICE.c.organization_id)
            .where(
                _SERVICE.c.id == service_id,
                sa.func.coalesce(_ORGANIZATION.c.active, sa.true()),
                sa.func.coalesce(_SERVICE.c.status, "active") != "inactive",
            )
        )
    ).first()
    if row is None:
        return None
    method = row.notification_method if row.notification_method in NOTICE_METHODS else "portal"
    return PartnerService(
        id=row.id,
        name=row.name or row.id,
        organization_id=row.organization_id,
        organization_name=row.organization_name,
        acknowledgement_minutes=row.acknowledgement_minutes,
        notification_method=method,
        notification_target=row.notification_target,
        notice_language=row.notice_language or None,
    )


async def names(session: AsyncSession, service_ids: set[str]) -> dict[str, tuple[str, str | None]]:
    """Service id -> (service name, organisation name), for lists."""
    if not service_ids:
        return {}
    rows = await session.execute(
        sa.select(_SERVICE.c.id, _SERVICE.c.name, _ORGANIZATION.c.name.label("organization_name"))
        .outerjoin(_ORGANIZATION, _ORGANIZATION.c.id == _SERVICE.c.organization_id)
        .where(_SERVICE.c.id.in_(service_ids))
    )
    return {row.id: (row.name or row.id, row.organization_name) for row in rows}


async def next_match(
    session: AsyncSession,
    *,
    needs: list[str],
    language: str | None,
    urgency: str,
    at: datetime,
    excluded: set[str],
) -> dict[str, Any] | None:
    """The best match that was not tried yet for this conversation, as `Match.to_json`."""
    wanted = [code for code in needs if code != "information"]
    if not wanted:
        return None
    lang = language if language not in (None, "und") else None
    found = await directory.match(
        session, wanted, language=lang, when=at, urgency=urgency, limit=len(excluded) + 3
    )
    for item in found:
        if item.service_id not in excluded:
            return item.to_json()
    return None
