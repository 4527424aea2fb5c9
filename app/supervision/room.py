"""The supervisor room: every live conversation, every staff member and their load."""

from __future__ import annotations

import sqlalchemy as sa
from pydantic import BaseModel, Field
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import queue
from app.conversations.schemas import ConversationRead
from app.models import Conversation, ConversationStatus, Role, User


class StaffLoadRead(BaseModel):
    id: int
    email: str
    role: Role
    open_conversations: int = Field(description="Open conversations this person owns.")


class RoomRead(BaseModel):
    conversations: list[ConversationRead] = Field(description="Open conversations, queue order.")
    staff: list[StaffLoadRead] = Field(description="Active staff, busiest first.")


async def staff_load(session: AsyncSession) -> list[StaffLoadRead]:
    owned = sa.func.count(col(Conversation.id))
    statement = (
        select(col(User.id), col(User.email), col(User.role), owned)
        .join(Conversation, sa.and_(
            col(Conversation.assigned_operator_id) == col(User.id),
            col(Conversation.status) != ConversationStatus.closed.value,
        ), isouter=True)
        .where(col(User.active).is_(True))
        .group_by(col(User.id))
        .order_by(owned.desc(), col(User.email))
    )
    rows = (await session.exec(statement)).all()
    return [StaffLoadRead(id=user_id, email=email, role=Role(role), open_conversations=count)
            for user_id, email, role, count in rows]


async def snapshot(session: AsyncSession) -> RoomRead:
    return RoomRead(conversations=await queue.open_conversations(session),
                    staff=await staff_load(session))
