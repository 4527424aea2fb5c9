"""What a partner user sees and does in the portal: their organisation's referrals only (once
the caller consented), the consented facts only while consent stands, and the partner's own
transitions (accept, decline with a reason code, in progress, completed). Never another
organisation's referral, never a conversation's text: a referral of another organisation is
answered as not found."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import FieldRefused, NotFound
from app.models import PartnerUser, Referral
from app.models.referral import ConsentState, ReferralStatus
from app.referrals import facts, handover, lifecycle, partner_service, views
from app.referrals.schemas import ReferralRead
from app.referrals.states import DECLINE_REASONS, Actor, partner_targets
from directory import editing, partner_form
from directory.clock import BadTime, format_time, parse_time
from directory.derived import refresh
from directory.schedules import DAY_CODES
from directory.tables import TABLES

ACTIONS = {
    "accept": ReferralStatus.accepted,
    "decline": ReferralStatus.rejected,
    "start": ReferralStatus.in_progress,
    "complete": ReferralStatus.completed,
}


@dataclass(frozen=True, slots=True)
class PartnerReferral:
    referral: ReferralRead
    facts: dict[str, str | list[str]]
    actions: list[str]
    in_conversation: bool  # this worker is the one in the live conversation, not a colleague


def _visible(user: PartnerUser) -> list[sa.ColumnElement[bool]]:
    """The user's organisation, and only referrals the partner was told of (consent given once)."""
    return [
        col(Referral.organization_id) == user.organization_id,
        col(Referral.consent_given_at).is_not(None),
    ]


async def referrals(session: AsyncSession, *, user: PartnerUser) -> list[ReferralRead]:
    rows = (
        await session.exec(
            select(Referral).where(*_visible(user)).order_by(col(Referral.created_at).desc()).limit(200)
        )
    ).all()
    names = await partner_service.names(session, {row.service_id for row in rows})
    return [views.read(row, names.get(row.service_id)) for row in rows]


async def find(
    session: AsyncSession, *, user: PartnerUser, referral_id: uuid.UUID, lock: bool = False
) -> Referral:
    statement = select(Referral).where(col(Referral.id) == referral_id, *_visible(user))
    referral = (await session.exec(statement.with_for_update() if lock else statement)).first()
    if referral is None:
        raise NotFound("referral not found")
    return referral


async def open_referral(
    session: AsyncSession, *, user: PartnerUser, referral_id: uuid.UUID, vault_key: bytes
) -> PartnerReferral:
    referral = await find(session, user=user, referral_id=referral_id)
    consented = referral.consent_state == ConsentState.given.value
    shared = await facts.reveal(session, vault_key=vault_key, referral_id=referral.id) if consented else {}
    possible = partner_targets(ReferralStatus(referral.status))
    actions = [name for name, target in ACTIONS.items() if target in possible]
    read = await views.read_one(session, referral)
    # The purpose was shared with the facts: it goes when consent does.
    return PartnerReferral(
        read if consented else read.model_copy(update={"purpose": ""}),
        shared,
        actions,
        handover.present_as(referral, user),
    )


async def act(
    session: AsyncSession,
    *,
    user: PartnerUser,
    referral_id: uuid.UUID,
    action: str,
    reason: str | None = None,
) -> None:
    target = ACTIONS.get(action)
    if target is None:
        raise NotFound("no such action")
    if target is ReferralStatus.rejected and reason not in DECLINE_REASONS:
        raise FieldRefused("reason", "choose a reason to decline")
    referral = await find(session, user=user, referral_id=referral_id, lock=True)
    await lifecycle.move(
        session,
        referral,
        target,
        actor=Actor.partner,
        actor_id=user.id,
        reason=reason if target is ReferralStatus.rejected else None,
    )


async def services(session: AsyncSession, *, user: PartnerUser) -> list[tuple[str, str]]:
    """(id, name) of the organisation's services, for capacity and hours."""
    service = TABLES["service"]
    rows = await session.execute(
        sa.select(service.c.id, service.c.name)
        .where(service.c.organization_id == user.organization_id)
        .order_by(service.c.name)
    )
    return [(row.id, row.name or row.id) for row in rows]


async def _own_service(session: AsyncSession, user: PartnerUser, service_id: str) -> None:
    if service_id not in {item for item, _ in await services(session, user=user)}:
        raise NotFound("service not found")


async def update_capacity(
    session: AsyncSession, *, user: PartnerUser, service_id: str, available: int, now: datetime
) -> None:
    await _own_service(session, user, service_id)
    if not 0 <= available <= 100_000:
        raise FieldRefused("available", "a whole number of places")
    form = await editing.load_form(session, service_id)
    await editing.update_capacity(
        session, service_id, available, form.capacity_maximum if form else None, now=now
    )


async def update_hours(
    session: AsyncSession, *, user: PartnerUser, service_id: str, values: dict[str, str]
) -> None:
    """Weekly hours (`opens_<day>`, `closes_<day>`, `always_open`); dated closures are kept."""
    await _own_service(session, user, service_id)
    form = await editing.load_form(session, service_id)
    if form is None:
        raise NotFound("service not found")
    form.always_open = values.get("always_open") == "on"
    errors: list[str] = []
    for day in DAY_CODES:
        opens, closes = values.get(f"opens_{day}", "").strip(), values.get(f"closes_{day}", "").strip()
        try:
            form.hours[day] = partner_form.DayHours(
                *(format_time(parse_time(item)) if item else "" for item in (opens, closes))
            )
        except BadTime:
            errors.append(f"hours_{day}")
        if bool(opens) != bool(closes):
            errors.append(f"hours_{day}")
    if errors:
        raise FieldRefused(errors[0], "give both an opening and a closing time, or neither")
    await editing.set_hours(session, service_id, form)
    await refresh(session, [service_id])
