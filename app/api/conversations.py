"""`/api/conversations`: the queue, messages, replies."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.api.error_responses import documented
from app.api.text_fields import NonBlankText
from app.conversations import actions as conversations
from app.conversations import messages as message_views
from app.conversations import queue, wrap_up
from app.conversations.schemas import ConversationRead, MessageRead
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.errors import NotFound
from app.models import Outcome
from app.supervision import whispers

router = APIRouter(prefix="/api/conversations", tags=["conversations"],
                   responses=documented(401, 422))


class ReplyCreate(BaseModel):
    text: NonBlankText = Field(min_length=1, max_length=conversations.MAX_REPLY_LENGTH)


# A tag is a lower_snake word (e.g. "labour", "follow_up_legal"): never a name or a number.
Tag = Annotated[str, Field(pattern=r"^[a-z][a-z_]{0,39}$")]
Tags = Annotated[list[Tag], Field(max_length=20)]


class CloseRequest(BaseModel):
    """Wrap-up: how the conversation ended, tags to add, a follow-up date."""

    model_config = ConfigDict(extra="forbid")

    outcome: Outcome
    tags: Tags = Field(default_factory=list)
    follow_up: date | None = Field(default=None, description="ISO date, e.g. 2026-12-12.")

    @field_validator("follow_up", mode="before")
    @classmethod
    def _a_date_is_a_string(cls, value: object) -> object:
        if value is not None and not isinstance(value, str):
            raise ValueError("expected an ISO date string")
        return value


@router.get("")
async def list_open(session: SessionDep, _: CurrentOperator) -> list[ConversationRead]:
    """Open conversations in queue order: urgency, then waiting time."""
    return await queue.open_conversations(session)


@router.get("/{conversation_id:uuid}", responses=documented(404))
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
    conversation_id: uuid.UUID, body: ReplyCreate, session: SessionDep, user: CurrentOperator,
    context: ContextDep,
) -> MessageRead:
    """An operator's reply; 409 when it must not be sent (closed, STOP, unsafe, not recorded)
    or not by this operator (another owns it; taking it would pass their limit)."""
    message = await conversations.reply(
        session, conversation_id=conversation_id, operator=user, text=body.text,
        limit=context.settings.operator_max_conversations,
    )
    return message_views.read(message)


@router.post("/{conversation_id}/close", dependencies=[JsonOnly],
             responses=documented(400, 404, 409, 415))
async def close(
    conversation_id: uuid.UUID, body: CloseRequest, session: SessionDep, user: CurrentOperator
) -> ConversationRead:
    """Wrap-up by the owner (an unowned conversation becomes the closer's; a supervisor or an
    admin closes any); 409 for someone else's or an already closed one."""
    conversation = await conversations.get_for_update(session, conversation_id=conversation_id)
    return await wrap_up.close(session, conversation=conversation, operator=user,
                               outcome=body.outcome, tags=body.tags, follow_up=body.follow_up)
