"""Referrals sent and accepted, for statistics: NOT WIRED YET.

The `referrals` table (statuses requested, accepted, ...) comes with the referrals work, which
is not on this branch. Until it is, `referral_counts` returns None and every report says
"not available" (never a fake zero). To wire it: count the referrals created in
[period.start, period.end) and those of them whose status is accepted, reading status codes
and timestamps only, and return `ReferralCounts(sent=..., accepted=...)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from app.statistics.period import Period


@dataclass(frozen=True, slots=True)
class ReferralCounts:
    sent: int
    accepted: int


async def referral_counts(session: AsyncSession, *, period: Period) -> ReferralCounts | None:
    """None: the referrals table does not exist yet (see the module's docstring)."""
    del session, period
    return None
