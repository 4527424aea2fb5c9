"""The conversation view: case notes, tags, reopening, the caller's earlier contacts, linking
contacts, and "show original".

`POST /api/conversations/{id}/notes`, `PUT /api/conversations/{id}/tags`,
`POST /api/conversations/{id}/reopen`, `GET /api/conversations/{id}/history`,
`POST /api/conversations/{id}/link`, `POST /api/messages/{id}/reveal`.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from app.api.conversations import Tags
from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.api.text_fields import NonBlankText, StoredText
from app.conversations import case_history, notes, originals, ownership, wrap_up
from app.conversations import messages as message_views
from app.conversations.actions import get_for_update
from app.conversations.case_history import EarlierContact
from app.conversations.schemas import ConversationRead, MessageRead
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.errors import Conflict, NotFound
from app.models import Conversation

router = APIRouter(prefix="/api", tags=["case"], responses=documented(400, 401, 404, 415, 422))

MessageId = Annotated[int, Path(ge=1, le=2**63 - 1)]


class NoteCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: NonBlankText = Field(min_length=1, max_length=notes.MAX_NOTE_LENGTH)


class TagsUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tags: Tags


class LinkRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conversation_id: uuid.UUID = Field(description="The other contact's conversation.")
    caller_agreed: Literal[True] = Field(description="The caller agreed to the link: must be true.")


class LinkRead(BaseModel):
    linked: bool = Field(description="False when the two contacts were already linked.")


class RevealRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: StoredText = Field(
        min_length=5, max_length=500, description="Why the original is needed (kept, redacted, in the audit)."
    )


class RevealRead(BaseModel):
    message_id: int
    text: str = Field(description="The original text as the caller wrote it.")


@router.post(
    "/conversations/{conversation_id}/notes",
    status_code=201,
    dependencies=[JsonOnly],
    responses=documented(415),
)
async def add_note(
    conversation_id: uuid.UUID, body: NoteCreate, session: SessionDep, user: CurrentOperator
) -> MessageRead:
    """A case note (any staff member, owner or not): redacted like inbound text, never sent."""
    conversation = await get_for_update(session, conversation_id=conversation_id)
    note = await notes.write(session, conversation=conversation, text=body.text, author_id=user.id)
    return message_views.read(note, for_staff=True)


@router.put("/conversations/{conversation_id}/tags", dependencies=[JsonOnly], responses=documented(409, 415))
async def put_tags(
    conversation_id: uuid.UUID, body: TagsUpdate, session: SessionDep, user: CurrentOperator
) -> ConversationRead:
    conversation = await get_for_update(session, conversation_id=conversation_id)
    return await wrap_up.set_tags(session, conversation=conversation, operator=user, tags=body.tags)


@router.post(
    "/conversations/{conversation_id}/reopen",
    dependencies=[JsonOnly],
    openapi_extra=EMPTY_JSON_BODY,
    responses=documented(409, 415),
)
async def reopen(
    conversation_id: uuid.UUID, session: SessionDep, user: CurrentOperator, context: ContextDep
) -> ConversationRead:
    """A closed case opens again as the operator's (within their limit); 409 while the same
    contact has another open conversation."""
    conversation = await get_for_update(session, conversation_id=conversation_id)
    return await wrap_up.reopen(
        session, conversation=conversation, operator=user, limit=context.settings.operator_max_conversations
    )


@router.get("/conversations/{conversation_id}/history")
async def history(
    conversation_id: uuid.UUID, session: SessionDep, _: CurrentOperator
) -> list[EarlierContact]:
    """The caller's earlier conversations (same contact, or linked), newest first: dates,
    urgency, outcome, tags, follow-up, case notes and referrals (partner, need, state, dates)."""
    conversation = await session.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFound("conversation not found")
    return await case_history.earlier(session, conversation=conversation)


@router.post("/conversations/{conversation_id}/link", dependencies=[JsonOnly], responses=documented(409, 415))
async def link(
    conversation_id: uuid.UUID, body: LinkRequest, session: SessionDep, user: CurrentOperator
) -> LinkRead:
    """Links the two conversations' contacts as one caller's case, with the caller's agreement
    (given in this conversation: 409 when another operator owns it; a supervisor or an admin
    may, audited)."""
    conversation = await get_for_update(session, conversation_id=conversation_id)
    await ownership.act_as_owner(session, conversation=conversation, user=user, action="link")
    if body.conversation_id == conversation_id:
        raise Conflict("a conversation cannot be linked to itself")
    other = await get_for_update(session, conversation_id=body.conversation_id)
    linked = await case_history.link(session, conversation=conversation, other=other, by_id=user.id)
    return LinkRead(linked=linked)


@router.post("/messages/{message_id}/reveal", dependencies=[JsonOnly], responses=documented(403, 409, 415))
async def reveal(
    message_id: MessageId,
    body: RevealRequest,
    session: SessionDep,
    user: CurrentOperator,
    context: ContextDep,
) -> RevealRead:
    """The original text of an inbound message, for a supervisor or an admin (or operators,
    with `HOTLINE_OPERATORS_MAY_REVEAL`), with a reason; audited."""
    message = await originals.reveal(
        session,
        message_id=message_id,
        user=user,
        key=context.keys.vault_key,
        operators_may_reveal=context.settings.operators_may_reveal,
        reason=body.reason,
    )
    assert message.id is not None
    return RevealRead(
        message_id=message.id, text=originals.original_text(message, key=context.keys.vault_key)
    )
