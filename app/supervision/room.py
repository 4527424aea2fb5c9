"""The supervisor room: every live conversation, every staff member with presence and load."""

from __future__ import annotations

from pydantic import BaseModel, Field
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import queue, workload
from app.conversations.schemas import ConversationRead, StaffRead


class RoomRead(BaseModel):
    conversations: list[ConversationRead] = Field(description="Open conversations, queue order.")
    staff: list[StaffRead] = Field(description="Active staff, busiest first.")


async def snapshot(session: AsyncSession) -> RoomRead:
    return RoomRead(
        conversations=await queue.open_conversations(session), staff=await workload.of_staff(session)
    )
