"""The line's state as Prometheus metric families, read from the database at each scrape.

Counts only (conversations by status and urgency, the longest wait per urgency, messages
waiting to be sent or failed, referrals waiting for a partner, staff by presence): nothing
that names or quotes a person. Every process reads the same database, so any replica
answers the same figures.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import (
    Conversation,
    ConversationStatus,
    OutboxEntry,
    OutboxStatus,
    Referral,
    ReferralStatus,
    User,
)

OPEN = (ConversationStatus.waiting, ConversationStatus.held, ConversationStatus.active)
UNSENT = (OutboxStatus.pending, OutboxStatus.sending, OutboxStatus.failed)
REFERRALS_IN_HAND = (ReferralStatus.requested, ReferralStatus.accepted, ReferralStatus.in_progress)


@dataclass
class LineState:
    conversations: dict[tuple[str, str], int] = field(default_factory=dict)  # (status, urgency)
    longest_wait: dict[str, float] = field(default_factory=dict)  # urgency -> seconds
    outbox: dict[str, int] = field(default_factory=dict)
    referrals: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)  # presence -> active accounts


async def read(session: AsyncSession, *, now: datetime) -> LineState:
    state = LineState()
    status, urgency = col(Conversation.status), col(Conversation.urgency)
    rows = await session.execute(
        sa.select(status, urgency, sa.func.count(), sa.func.min(col(Conversation.waiting_since)))
        .where(status.in_([s.value for s in OPEN]))
        .group_by(status, urgency)
    )
    for row_status, row_urgency, count, oldest in rows.all():
        state.conversations[(row_status, row_urgency)] = count
        if row_status == ConversationStatus.waiting.value and oldest is not None:
            state.longest_wait[row_urgency] = max(0.0, (now - oldest).total_seconds())
    outbox = col(OutboxEntry.status)
    for name, count in (
        await session.execute(
            sa.select(outbox, sa.func.count()).where(outbox.in_([s.value for s in UNSENT])).group_by(outbox)
        )
    ).all():
        state.outbox[name] = count
    referral = col(Referral.status)
    for name, count in (
        await session.execute(
            sa.select(referral, sa.func.count())
            .where(referral.in_([s.value for s in REFERRALS_IN_HAND]))
            .group_by(referral)
        )
    ).all():
        state.referrals[name] = count
    presence = col(User.presence)
    for name, count in (
        await session.execute(
            sa.select(presence, sa.func.count()).where(col(User.active).is_(True)).group_by(presence)
        )
    ).all():
        state.staff[name] = count
    return state


class LineStateCollector(Collector):
    """Yields one `LineState` read (the route reads it just before rendering)."""

    def __init__(self, state: LineState) -> None:
        self.state = state

    def collect(self) -> Iterator[GaugeMetricFamily]:
        conversations = GaugeMetricFamily(
            "hotline_conversations", "Open conversations by status and urgency.", labels=["status", "urgency"]
        )
        for (status, urgency), count in sorted(self.state.conversations.items()):
            conversations.add_metric([status, urgency], count)
        yield conversations
        wait = GaugeMetricFamily(
            "hotline_longest_wait_seconds",
            "How long the conversation waiting longest in the queue has waited, per urgency.",
            labels=["urgency"],
        )
        for urgency, seconds in sorted(self.state.longest_wait.items()):
            wait.add_metric([urgency], seconds)
        yield wait
        yield _by(
            "hotline_outbox_messages",
            "Replies not yet sent, or given up (failed).",
            "status",
            self.state.outbox,
        )
        yield _by(
            "hotline_referrals_open",
            "Warm referrals still in a partner's hands.",
            "status",
            self.state.referrals,
        )
        yield _by(
            "hotline_staff_accounts", "Active staff accounts by presence.", "presence", self.state.staff
        )


def _by(name: str, documentation: str, label: str, counts: dict[str, int]) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, documentation, labels=[label])
    for value, count in sorted(counts.items()):
        family.add_metric([value], count)
    return family
