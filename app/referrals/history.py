"""Every step of a referral, written three ways in the caller's transaction: an append-only
`referral_events` row (with actor and time), an audit entry (`referral.<action>`), and a live
event for the consoles."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from app.live import events
from app.models import Referral, ReferralEvent
from app.models.base import utcnow
from app.referrals import views
from app.referrals.states import Actor
from app.security import audit


async def record(
    session: AsyncSession,
    referral: Referral,
    *,
    action: str,
    actor: Actor,
    actor_id: int | None,
    reason: str | None = None,
    alert: bool = False,
    proposed: tuple[str, str] | None = None,
) -> None:
    """Call last in the transaction (it takes the event ordering lock)."""
    now = utcnow()
    referral.updated_at = now
    session.add(referral)
    session.add(
        ReferralEvent(
            referral_id=referral.id,
            action=action,
            actor_kind=actor.value,
            actor_id=actor_id,
            reason=reason,
            created_at=now,
        )
    )
    await session.flush()
    detail: dict[str, str | int | bool] = {"actor": actor.value, "service_id": referral.service_id[:64]}
    if reason:
        detail["reason"] = reason
    if actor is Actor.partner and actor_id is not None:
        detail["partner_user_id"] = actor_id
    await audit.record(
        session,
        action=f"referral.{action}",
        actor_id=actor_id if actor is Actor.operator else None,
        subject_type="referral",
        subject_id=str(referral.id),
        detail=detail,
    )
    summary = await views.read_one(session, referral, proposed)
    await events.append(session, events.referral_updated(summary, alert=alert))
