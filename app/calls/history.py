"""The calls of a conversation with their timelines, as the console shows them."""

from __future__ import annotations

import uuid

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.calls.schemas import CallRead, CallStepRead
from app.models import Call, CallEvent, User


async def of_conversation(session: AsyncSession, *, conversation_id: uuid.UUID) -> list[CallRead]:
    calls = (
        await session.exec(
            select(Call).where(col(Call.conversation_id) == conversation_id).order_by(col(Call.id))
        )
    ).all()
    if not calls:
        return []
    steps = (
        await session.exec(
            select(CallEvent)
            .where(col(CallEvent.call_id).in_([call.id for call in calls]))
            .order_by(col(CallEvent.id))
        )
    ).all()
    operators = [*(step.operator_id for step in steps), *(call.operator_id for call in calls)]
    user_ids = {value for value in operators if value}
    emails = (
        dict((await session.exec(select(User.id, User.email).where(col(User.id).in_(user_ids)))).all())
        if user_ids
        else {}
    )
    return [
        CallRead(
            id=call.id or 0,
            status=call.status,
            language=call.language,
            danger=call.danger,
            operator=emails.get(call.operator_id or 0),
            started_at=call.created_at,
            answered_at=call.answered_at,
            ended_at=call.ended_at,
            timeline=[
                CallStepRead(
                    step=step.step,
                    at=step.created_at,
                    operator=emails.get(step.operator_id or 0),
                    detail={k: v for k, v in step.detail.items() if isinstance(v, str | int | bool)},
                )
                for step in steps
                if step.call_id == call.id
            ],
        )
        for call in calls
    ]
