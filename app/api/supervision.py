"""`/api/supervisor`: the supervisor room's data, whispers and reassignment (supervisors and
administrators only; operators get 403)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from pydantic import BaseModel, Field, field_validator

from app.api.error_responses import documented
from app.api.text_fields import StoredText
from app.conversations import messages as message_views
from app.conversations.schemas import ConversationRead, MessageRead
from app.dependencies import ContextDep, CurrentSupervisor, JsonOnly, SessionDep
from app.supervision import reassignment, room, whispers

router = APIRouter(prefix="/api/supervisor", tags=["supervision"], responses=documented(401, 403, 422))


class WhisperCreate(BaseModel):
    text: StoredText = Field(min_length=1, max_length=whispers.MAX_WHISPER_LENGTH)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value


class ReassignRequest(BaseModel):
    to_user: int = Field(ge=1, le=2**31 - 1, description="The user id of the staff member who takes it over.")


@router.get("/room")
async def get_room(session: SessionDep, _: CurrentSupervisor) -> room.RoomRead:
    """Every open conversation and every active staff member with their load."""
    return await room.snapshot(session)


@router.post(
    "/conversations/{conversation_id}/whispers",
    status_code=201,
    dependencies=[JsonOnly],
    responses=documented(400, 404, 409, 415),
)
async def send_whisper(
    conversation_id: uuid.UUID,
    body: WhisperCreate,
    session: SessionDep,
    context: ContextDep,
    user: CurrentSupervisor,
) -> MessageRead:
    """A private note to the operator who owns the conversation (redacted; never sent to the
    caller); 409 when the conversation is closed or nobody owns it."""
    message = await whispers.whisper(
        session,
        conversation_id=conversation_id,
        supervisor=user,
        text=body.text,
        languages=context.keys.languages,
    )
    return message_views.read(message)


@router.post(
    "/conversations/{conversation_id}/reassign",
    dependencies=[JsonOnly],
    responses=documented(400, 404, 409, 415),
)
async def reassign(
    conversation_id: uuid.UUID,
    body: ReassignRequest,
    session: SessionDep,
    user: CurrentSupervisor,
) -> ConversationRead:
    """Hands the conversation to another active staff member; consoles update live."""
    return await reassignment.reassign(
        session, conversation_id=conversation_id, supervisor=user, to_user_id=body.to_user
    )
