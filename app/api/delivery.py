"""Delivery controls: whether a contact may be written to, and retrying a failed message.

`PATCH /api/conversations/{id}` `{"safe_to_reply": true|false}` records the operator's
decision; `POST /api/messages/{id}/retry` puts a failed message back in the outbox.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, StrictBool

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.conversations import messages as message_views
from app.conversations import ownership, reply_safety
from app.conversations.actions import get_for_update
from app.conversations.schemas import ConversationRead, MessageRead
from app.delivery import outbox
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.errors import Conflict, NotFound
from app.models import Message
from app.referrals import handover

router = APIRouter(prefix="/api", tags=["delivery"], responses=documented(401, 404, 415, 422))

# Message ids are PostgreSQL bigints: a larger number is no message (and no database error).
MessageId = Annotated[int, Path(ge=1, le=2**63 - 1)]


class ConversationUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    safe_to_reply: StrictBool


@router.patch(
    "/conversations/{conversation_id:uuid}", dependencies=[JsonOnly], responses=documented(400, 409)
)
async def patch_conversation(
    conversation_id: uuid.UUID,
    body: ConversationUpdate,
    session: SessionDep,
    user: CurrentOperator,
    context: ContextDep,
) -> ConversationRead:
    """The owner's decision (an unowned conversation becomes theirs); 409 for someone else's."""
    return await reply_safety.record(
        session,
        conversation_id=conversation_id,
        safe=body.safe_to_reply,
        operator=user,
        limit=context.settings.operator_max_conversations,
    )


@router.post(
    "/messages/{message_id}/retry",
    dependencies=[JsonOnly],
    responses=documented(409),
    openapi_extra=EMPTY_JSON_BODY,
)
async def retry_message(message_id: MessageId, session: SessionDep, user: CurrentOperator) -> MessageRead:
    """Back in the outbox with fresh attempts; 409 unless it failed or was cancelled, when
    the contact may not be written to, when another operator owns the conversation (a
    supervisor or an admin may retry, audited), or once the caller let the operator go after
    a warm hand-over (as for a reply)."""
    found = await session.get(Message, message_id)
    if found is None:
        raise NotFound("no delivery for this message")
    conversation = await get_for_update(session, conversation_id=found.conversation_id)
    await ownership.act_as_owner(session, conversation=conversation, user=user, action="retry")
    if await handover.operator_has_left(session, conversation_id=conversation.id):
        raise Conflict("the caller let the operator leave: a partner worker holds this conversation")
    message = await outbox.retry(session, message_id=message_id)
    await outbox.announce(session, [message])
    return message_views.read(message)
