"""The partner's outbox: a notice is committed with the referral change that causes it, then
the referral worker sends it by the channel the directory sets (SMS, e-mail, signed webhook).
A notice carries a signed, expiring portal link and never the caller's data.

Rows move pending -> sending -> sent | pending (backoff) | failed; claimed with SKIP LOCKED.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import PartnerNotice, Referral
from app.models.base import utcnow


class NoticeKind(StrEnum):
    new = "new"  # a referral waits for the partner's acknowledgement
    revoked = "revoked"  # consent was withdrawn: what the partner saw is gone


async def enqueue(session: AsyncSession, *, referral: Referral, kind: NoticeKind, method: str) -> None:
    """A notice row, unless the partner reads its referrals in the portal only."""
    if method not in ("sms", "email", "webhook"):
        return
    session.add(PartnerNotice(referral_id=referral.id, kind=kind.value, method=method))
    await session.flush()


async def claim(
    session: AsyncSession, *, limit: int, lease: timedelta, now: datetime | None = None
) -> list[PartnerNotice]:
    now = now or utcnow()
    due = (
        await session.exec(
            select(PartnerNotice)
            .where(col(PartnerNotice.status) == "pending", col(PartnerNotice.next_attempt_at) <= now)
            .order_by(col(PartnerNotice.next_attempt_at), col(PartnerNotice.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    for notice in due:
        notice.status = "sending"
        notice.attempts += 1
        notice.lease_until = now + lease
        session.add(notice)
    await session.flush()
    return list(due)


async def release_stale(session: AsyncSession, *, now: datetime | None = None) -> int:
    """Notices whose worker died mid-send go back to pending: a partner notice holds only a
    link, so sending it twice is harmless (the idempotency key lets a webhook drop repeats)."""
    stale = (
        await session.exec(
            select(PartnerNotice)
            .where(col(PartnerNotice.status) == "sending", col(PartnerNotice.lease_until) < (now or utcnow()))
            .with_for_update(skip_locked=True)
        )
    ).all()
    for notice in stale:
        notice.status = "pending"
        notice.lease_until = None
        session.add(notice)
    await session.flush()
    return len(stale)


async def finish(
    session: AsyncSession,
    notice_id: int,
    *,
    attempts: int,
    sent: bool,
    reason: str | None,
    retry_at: datetime | None,
) -> None:
    notice = await session.get(PartnerNotice, notice_id, with_for_update=True)
    if notice is None or notice.status != "sending" or notice.attempts != attempts:
        return  # the lease ran out and another worker has it now
    notice.lease_until = None
    notice.last_error = reason[:80] if reason else None
    if sent:
        notice.status, notice.sent_at = "sent", utcnow()
    elif retry_at is not None:
        notice.status, notice.next_attempt_at = "pending", retry_at
    else:
        notice.status = "failed"
    session.add(notice)
    await session.flush()
