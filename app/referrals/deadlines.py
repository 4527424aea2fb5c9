"""Acknowledgement deadlines as rows: any process's worker expires the due referrals it can
lock (`FOR UPDATE SKIP LOCKED`), so each deadline escalates once, whatever restarts or how
many processes run. Escalating expires the referral (its shared facts are deleted), alerts the
console live, and proposes the next matching partner not yet tried in the conversation."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import messages as message_views
from app.models import Conversation, Referral
from app.models.referral import ConsentState, ReferralStatus
from app.referrals import lifecycle, partner_service
from app.referrals.states import Actor


async def expire_due(session: AsyncSession, *, now: datetime, limit: int = 20) -> int:
    """Expire the referrals whose deadline passed (one batch); how many."""
    due = (
        await session.exec(
            select(Referral)
            .where(
                col(Referral.status) == ReferralStatus.requested.value,
                col(Referral.acknowledge_by).is_not(None),
                col(Referral.acknowledge_by) <= now,
            )
            .order_by(col(Referral.acknowledge_by))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    for referral in due:
        proposed = await _next_partner(session, referral, now)
        await lifecycle.move(
            session,
            referral,
            ReferralStatus.expired,
            actor=Actor.system,
            actor_id=None,
            reason="not_acknowledged",
            alert=True,
            proposed=proposed,
        )
    return len(due)


async def end_expired_consents(session: AsyncSession, *, now: datetime, limit: int = 20) -> int:
    """Consents whose end date passed: the facts are deleted and what is still open is cancelled."""
    due = (
        await session.exec(
            select(Referral)
            .where(
                col(Referral.consent_state).in_([ConsentState.pending.value, ConsentState.given.value]),
                col(Referral.consent_until) <= now,
            )
            .order_by(col(Referral.consent_until))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    for referral in due:
        await lifecycle.end_consent(session, referral=referral)
    return len(due)


async def _next_partner(session: AsyncSession, referral: Referral, now: datetime) -> tuple[str, str] | None:
    conversation = await session.get(Conversation, referral.conversation_id)
    assert conversation is not None
    tried = set(
        (
            await session.exec(
                select(Referral.service_id).where(col(Referral.conversation_id) == conversation.id)
            )
        ).all()
    )
    found = await message_views.of_conversation(session, conversation_id=conversation.id, for_staff=True)
    needs = list(message_views.triage_summary(found).get("needs") or [])
    match = await partner_service.next_match(
        session,
        needs=needs,
        language=conversation.language,
        urgency=conversation.urgency,
        at=now,
        excluded=tried,
    )
    if match is None:
        return None
    return str(match["service"]["id"]), str(match["service"]["name"])
