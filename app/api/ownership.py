"""Ownership: take a conversation, accept the next one, transfer it; the operator's presence.

`POST /api/conversations/{id}/take`, `POST /api/conversations/next`,
`POST /api/conversations/{id}/transfer`, `GET`/`PUT /api/me/presence`.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.api.text_fields import StoredText
from app.conversations import ownership, transfers
from app.conversations.actions import get_for_update
from app.conversations.notes import MAX_NOTE_LENGTH
from app.conversations.schemas import ConversationRead
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.models import Presence

router = APIRouter(prefix="/api", tags=["ownership"], responses=documented(400, 401, 415, 422))


class TransferRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to_user: int = Field(ge=1, le=2**31 - 1, description="The user id of the new owner.")
    note: StoredText | None = Field(
        default=None,
        max_length=MAX_NOTE_LENGTH,
        description="Why, for the new owner: stored as a case note, redacted like inbound text.",
    )

    @field_validator("to_user", mode="before")
    @classmethod
    def _a_json_integer(cls, value: object) -> object:
        """A JSON integer (3 or 3.0), never a string or a boolean."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("expected an integer")
        return value


class PresenceUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    presence: Presence


class PresenceRead(BaseModel):
    presence: Presence
    open_conversations: int = Field(description="Active conversations the operator owns.")
    limit: int = Field(description="How many they may own at once.")


@router.post(
    "/conversations/next",
    dependencies=[JsonOnly],
    openapi_extra=EMPTY_JSON_BODY,
    response_model=ConversationRead,
    responses={**documented(409, 415), 204: {"description": "Nobody is waiting"}},
)
async def take_next(
    session: SessionDep, user: CurrentOperator, context: ContextDep
) -> ConversationRead | Response:
    """The most urgent, longest waiting unowned conversation becomes the operator's; 204 when
    nobody waits; 409 when the operator is not available or at their limit."""
    taken = await ownership.take_next(
        session, operator=user, limit=context.settings.operator_max_conversations
    )
    return Response(status_code=204) if taken is None else taken


@router.post(
    "/conversations/{conversation_id}/take",
    dependencies=[JsonOnly],
    openapi_extra=EMPTY_JSON_BODY,
    responses=documented(404, 409, 415),
)
async def take(
    conversation_id: uuid.UUID, session: SessionDep, user: CurrentOperator, context: ContextDep
) -> ConversationRead:
    """409 when another operator owns it, it is closed, or the operator is away or at the limit."""
    conversation = await get_for_update(session, conversation_id=conversation_id)
    return await ownership.take(
        session, conversation=conversation, operator=user, limit=context.settings.operator_max_conversations
    )


@router.post(
    "/conversations/{conversation_id}/transfer", dependencies=[JsonOnly], responses=documented(404, 409, 415)
)
async def transfer(
    conversation_id: uuid.UUID,
    body: TransferRequest,
    session: SessionDep,
    user: CurrentOperator,
    context: ContextDep,
) -> ConversationRead:
    """The owner hands the conversation to another operator (present, under their limit); a
    supervisor or an admin reassigns any conversation to anyone."""
    conversation = await get_for_update(session, conversation_id=conversation_id)
    to = await ownership.find_staff(session, user_id=body.to_user)
    return await transfers.transfer(
        session,
        conversation=conversation,
        by=user,
        to=to,
        note=body.note,
        limit=context.settings.operator_max_conversations,
    )


async def _presence(session: SessionDep, user: CurrentOperator, limit: int) -> PresenceRead:
    assert user.id is not None
    return PresenceRead(
        presence=Presence(user.presence),
        limit=limit,
        open_conversations=await ownership.open_count(session, operator_id=user.id),
    )


@router.get("/me/presence")
async def get_presence(session: SessionDep, user: CurrentOperator, context: ContextDep) -> PresenceRead:
    return await _presence(session, user, context.settings.operator_max_conversations)


@router.put("/me/presence", dependencies=[JsonOnly], responses=documented(415))
async def put_presence(
    body: PresenceUpdate, session: SessionDep, user: CurrentOperator, context: ContextDep
) -> PresenceRead:
    """available: offered the next conversation; busy: takes only what they choose; away:
    takes none (what they own stays theirs)."""
    await ownership.set_presence(session, operator=user, presence=body.presence)
    return await _presence(session, user, context.settings.operator_max_conversations)
