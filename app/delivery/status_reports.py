"""A provider's delivery report applied to the outbound message it is about."""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.delivery import outbox
from app.domain import DeliveryReport, Direction
from app.models import Message


async def record(session: AsyncSession, report: DeliveryReport) -> None:
    """Find the message by the callback's idempotency key, else by the provider's id, and
    announce its new state to the consoles when it changed."""
    message = None
    if report.key:
        entry = await outbox.entry_by_key(session, report.key)
        message = await session.get(Message, entry.message_id) if entry else None
    if message is None:
        message = (
            await session.exec(
                select(Message).where(
                    col(Message.provider_id) == report.provider_id,
                    col(Message.direction) == Direction.outbound.value,
                )
            )
        ).first()
    if message is not None and await outbox.mark_provider_status(
        session, message=message, status=report.status, error_code=report.error_code
    ):
        await outbox.announce(session, [message])
