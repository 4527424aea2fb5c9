"""`/api/conversations`: the queue, messages, replies."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from pydantic import BaseModel, Field, field_validator

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.api.text_fields import StoredText
from app.conversations import actions as conversations
from app.conversations import messages as message_views
from app.conversations import queue
from app.conversations.schemas import ConversationRead, MessageRead
from app.dependencies import CurrentOperator, JsonOnly, SessionDep
from app.errors import NotFound
from app.supervision import whispers

router = APIRouter(prefix="/api/conversations", tags=["conversations"],
                   responses=documented(401, 422))


class ReplyCreate(BaseModel):
    text: StoredText = Field(min_length=1, max_length=conversations.MAX_REPLY_LENGTH)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value


@router.get("")
async def list_open(session: SessionDep, _: CurrentOperator) -> list[ConversationRead]:
    """Open conversations in queue order: urgency, then waiting time."""
    return await queue.open_conversations(session)


@router.get("/{conversation_id}", responses=documented(404))
async def get_one(
    conversation_id: uuid.UUID, session: SessionDep, _: CurrentOperator
) -> ConversationRead:
    described = await queue.describe(session, conversation_id=conversation_id)
    if described is None:
        raise NotFound("conversation not found")
    return described


@router.get("/{conversation_id}/messages", responses=documented(404))
async def list_messages(
    conversation_id: uuid.UUID, session: SessionDep, user: CurrentOperator
) -> list[MessageRead]:
    """The staff view: inbound messages carry their `triage`; supervisors' whispers ("whsp")
    are listed for the conversation's owner and for supervisors only."""
    if await queue.describe(session, conversation_id=conversation_id) is None:
        raise NotFound("conversation not found")
    return await message_views.of_conversation(
        session, conversation_id=conversation_id, for_staff=True,
        whispers=await whispers.readable_by(session, user=user, conversation_id=conversation_id),
    )


@router.post("/{conversation_id}/messages", status_code=201, dependencies=[JsonOnly],
             responses=documented(400, 404, 409, 415))
async def send_reply(
    conversation_id: uuid.UUID, body: ReplyCreate, session: SessionDep, user: CurrentOperator
) -> MessageRead:
    """An operator's reply; 409 when it must not be sent (closed, STOP, unsafe, not recorded)."""
    message = await conversations.reply(
        session, conversation_id=conversation_id, operator=user, text=body.text
    )
    return message_views.read(message)


@router.post("/{conversation_id}/close", status_code=204, dependencies=[JsonOnly],
             responses=documented(404, 415), openapi_extra=EMPTY_JSON_BODY)
async def close(conversation_id: uuid.UUID, session: SessionDep, user: CurrentOperator) -> None:
    await conversations.close(session, conversation_id=conversation_id, operator=user)
