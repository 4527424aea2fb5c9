"""Referral rows as read models, with the directory's names."""

from __future__ import annotations

import uuid

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import Referral, ReferralEvent
from app.models.referral import ConsentState, ReferralStatus
from app.referrals import partner_service
from app.referrals.schemas import (
    ConsentMethod,
    Fact,
    ReferralDetail,
    ReferralEventRead,
    ReferralRead,
)


def read(
    referral: Referral,
    names: tuple[str, str | None] | None = None,
    proposed: tuple[str, str] | None = None,
) -> ReferralRead:
    return ReferralRead(
        id=referral.id,
        conversation_id=referral.conversation_id,
        service_id=referral.service_id,
        service_name=names[0] if names else None,
        organization_name=names[1] if names else None,
        status=ReferralStatus(referral.status),
        purpose=referral.purpose,
        share=[Fact(item) for item in referral.share],
        consent_method=ConsentMethod(referral.consent_method),
        consent_state=ConsentState(referral.consent_state),
        consent_until=referral.consent_until,
        acknowledge_by=referral.acknowledge_by,
        created_at=referral.created_at,
        updated_at=referral.updated_at,
        partner_joined_at=referral.partner_joined_at,
        operator_left_at=referral.operator_left_at,
        partner_left_at=referral.partner_left_at,
        proposed_service_id=proposed[0] if proposed else None,
        proposed_service_name=proposed[1] if proposed else None,
    )


async def read_one(
    session: AsyncSession, referral: Referral, proposed: tuple[str, str] | None = None
) -> ReferralRead:
    found = await partner_service.names(session, {referral.service_id})
    return read(referral, found.get(referral.service_id), proposed)


async def history(session: AsyncSession, referral_id: uuid.UUID) -> list[ReferralEventRead]:
    rows = (
        await session.exec(
            select(ReferralEvent)
            .where(col(ReferralEvent.referral_id) == referral_id)
            .order_by(col(ReferralEvent.id))
        )
    ).all()
    return [
        ReferralEventRead(action=row.action, actor=row.actor_kind, reason=row.reason, at=row.created_at)
        for row in rows
    ]


async def detail(session: AsyncSession, referral: Referral) -> ReferralDetail:
    summary = await read_one(session, referral)
    return ReferralDetail(**summary.model_dump(), events=await history(session, referral.id))


async def of_conversation(session: AsyncSession, conversation_id: uuid.UUID) -> list[ReferralRead]:
    rows = (
        await session.exec(
            select(Referral)
            .where(col(Referral.conversation_id) == conversation_id)
            .order_by(col(Referral.created_at))
        )
    ).all()
    found = await partner_service.names(session, {row.service_id for row in rows})
    return [read(row, found.get(row.service_id)) for row in rows]
