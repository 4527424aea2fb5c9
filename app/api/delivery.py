"""Delivery controls: whether a contact may be written to, and retrying a failed message.

`PATCH /api/conversations/{id}` `{"safe_to_reply": true|false}` records the operator's
decision; `POST /api/messages/{id}/retry` puts a failed message back in the outbox.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, StrictBool

from app.conversations import messages as message_views
from app.conversations import reply_safety
from app.delivery import outbox
from app.dependencies import CurrentOperator, JsonOnly, SessionDep

router = APIRouter(prefix="/api", tags=["delivery"])


class ConversationPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    safe_to_reply: StrictBool


@router.patch("/conversations/{conversation_id}", dependencies=[JsonOnly])
async def patch_conversation(
    conversation_id: uuid.UUID, body: ConversationPatch, session: SessionDep, _: CurrentOperator
) -> dict[str, Any]:
    return await reply_safety.record(session, conversation_id=conversation_id, safe=body.safe_to_reply)


@router.post("/messages/{message_id}/retry", dependencies=[JsonOnly])
async def retry_message(message_id: int, session: SessionDep, _: CurrentOperator) -> dict[str, Any]:
    message = await outbox.retry(session, message_id=message_id)
    await outbox.announce(session, [message])
    return message_views.serialize(message)
