"""The counts behind a statistics report, straight from SQL.

These queries read codes, counts and timestamps only: conversation channel, urgency,
language and status, message direction and author id, and the `needs` codes of triage.
Never a message text, a sealed original, a triage explanation, an e-mail or a pseudonym
(`tests/statistics` checks every statement sent).

Definitions (the README repeats them):
- a contact is a conversation, counted on the day (hotline zone) it was created;
- an answer is an outbound message written by a staff member (automatic messages such as
  the first-contact safety message do not count); time to first answer is the first one's
  time minus the conversation's creation;
- a contact is abandoned when no staff member ever answered it and it is closed, or it is
  still open and the caller has written nothing for `GONE_AFTER` (the caller is gone), or
  an operator wrapped it up with the outcome `abandoned` (a call hung up while waiting too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from app.statistics.period import Period

GONE_AFTER = timedelta(minutes=30)

# In every statement: the conversations created in the period ([start, end)); an answer is
# `m.direction = 'out' AND m.author_id IS NOT NULL`. Literal SQL, bound parameters only.
_PER_DAY = sa.text(
    "SELECT (c.created_at AT TIME ZONE :zone)::date AS day, c.channel, count(*) AS n"
    " FROM conversations c WHERE c.created_at >= :start AND c.created_at < :end"
    " GROUP BY day, c.channel"
)
_URGENCY = sa.text(
    "SELECT c.urgency, count(*) FROM conversations c"
    " WHERE c.created_at >= :start AND c.created_at < :end GROUP BY c.urgency"
)
_LANGUAGES = sa.text(
    "SELECT c.language, count(*) FROM conversations c"
    " WHERE c.created_at >= :start AND c.created_at < :end GROUP BY c.language"
)
# Conversations with each need: the `needs` codes of their inbound messages' triage.
_NEEDS = sa.text(
    "SELECT need, count(DISTINCT m.conversation_id) FROM messages m"
    " JOIN conversations c ON c.id = m.conversation_id"
    " CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(m.triage -> 'needs')"
    " = 'array' THEN m.triage -> 'needs' ELSE '[]'::jsonb END) AS need"
    " WHERE m.direction = 'in' AND c.created_at >= :start AND c.created_at < :end"
    " GROUP BY need"
)
_FIRST_ANSWER = sa.text(
    "WITH firsts AS (SELECT extract(epoch FROM min(m.created_at) - c.created_at) AS seconds"
    " FROM conversations c JOIN messages m ON m.conversation_id = c.id"
    " AND m.direction = 'out' AND m.author_id IS NOT NULL"
    " WHERE c.created_at >= :start AND c.created_at < :end GROUP BY c.id, c.created_at)"
    " SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds),"
    " percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) FROM firsts"
)
_ABANDONED = sa.text(
    "SELECT count(*) FROM conversations c"
    " WHERE c.created_at >= :start AND c.created_at < :end"
    " AND (c.outcome = 'abandoned' OR (NOT EXISTS (SELECT 1 FROM messages m"
    " WHERE m.conversation_id = c.id AND m.direction = 'out' AND m.author_id IS NOT NULL)"
    " AND (c.status = 'closed' OR c.last_message_at < :gone_before)))"
)


@dataclass(frozen=True, slots=True)
class FirstAnswer:
    answered: int
    median_seconds: float | None
    p90_seconds: float | None


@dataclass(frozen=True, slots=True)
class RawCounts:
    """Exact counts: never shown as such, only through `suppression.shown`."""

    per_day: dict[tuple[date, str], int]
    urgency: dict[str, int]
    languages: dict[str, int]
    needs: dict[str, int]
    first_answer: FirstAnswer
    abandoned: int


async def _pairs(session: AsyncSession, statement: sa.TextClause, params: dict[str, Any]) -> dict[str, int]:
    rows = (await session.execute(statement, params)).all()
    return {str(key): int(count) for key, count in rows}


async def count(session: AsyncSession, *, period: Period, now: datetime) -> RawCounts:
    params: dict[str, Any] = {"start": period.start, "end": period.end}
    per_day = {
        (day, str(channel)): int(n)
        for day, channel, n in (await session.execute(_PER_DAY, {**params, "zone": period.zone.key})).all()
    }
    answered, median, p90 = (await session.execute(_FIRST_ANSWER, params)).one()
    abandoned = (await session.execute(_ABANDONED, {**params, "gone_before": now - GONE_AFTER})).scalar()
    return RawCounts(
        per_day=per_day,
        urgency=await _pairs(session, _URGENCY, params),
        languages=await _pairs(session, _LANGUAGES, params),
        needs=await _pairs(session, _NEEDS, params),
        first_answer=FirstAnswer(int(answered), _float(median), _float(p90)),
        abandoned=int(abandoned or 0),
    )


def _float(value: object) -> float | None:
    return None if value is None else float(str(value))
