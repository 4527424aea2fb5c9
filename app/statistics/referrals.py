"""Referrals sent and accepted, for statistics: status codes and timestamps only.

Sent: the referrals made in the period (by their creation). Accepted: those of them that a
partner accepted, whatever happened after (in progress, completed).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from app.statistics.period import Period

ACCEPTED_OR_LATER = ("accepted", "in-progress", "completed")

_COUNTS = sa.text(
    "SELECT count(*) AS sent,"
    " count(*) FILTER (WHERE r.status IN :accepted) AS accepted"
    " FROM referrals r WHERE r.created_at >= :start AND r.created_at < :end"
).bindparams(sa.bindparam("accepted", expanding=True))


@dataclass(frozen=True, slots=True)
class ReferralCounts:
    sent: int
    accepted: int


async def referral_counts(session: AsyncSession, *, period: Period) -> ReferralCounts | None:
    row = (
        await session.execute(
            _COUNTS,
            {
                "start": period.start,
                "end": period.end,
                "accepted": list(ACCEPTED_OR_LATER),
            },
        )
    ).one()
    return ReferralCounts(sent=int(row.sent), accepted=int(row.accepted))
