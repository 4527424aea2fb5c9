"""`/api/conversations`: the queue, messages, replies."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.api.text_fields import NonBlankText
from app.conversations import actions as conversations
from app.conversations import caller_notices, flood, queue
from app.conversations import messages as message_views
from app.conversations.schemas import ConversationRead, MessageRead, QueueItem
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.domain import ChannelKind
from app.errors import NotFound
from app.models import Outcome
from app.supervision import whispers
from triage.codes import Urgency

PAGE_HEADERS = {
    "X-Total-Count": {
        "description": "Conversations that match, on every page",
        "schema": {"type": "integer"},
    },
    "X-Held-Count": {"description": "Web chats held by flood control", "schema": {"type": "integer"}},
    "Link": {
        "description": 'The next page, `<...>; rel="next"`, when there is one',
        "schema": {"type": "string"},
    },
}

router = APIRouter(prefix="/api/conversations", tags=["conversations"], responses=documented(401, 422))


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


@router.get("", responses={200: {"headers": PAGE_HEADERS}})
async def list_open(
    request: Request,
    response: Response,
    session: SessionDep,
    user: CurrentOperator,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    size: Annotated[int, Query(ge=1, le=queue.MAX_PAGE_SIZE)] = 50,
    mine: bool = False,
    unassigned: bool = False,
    held: bool = False,
    channel: Annotated[list[ChannelKind] | None, Query()] = None,
    urgency: Annotated[list[Urgency] | None, Query()] = None,
) -> list[QueueItem]:
    """Open conversations in queue order (urgency, then waiting time), one page at a time.

    The whole count is in `X-Total-Count`, the held web chats' in `X-Held-Count`, and the
    next page, when there is one, in `Link` (`rel="next"`). Held web chats (flood control)
    are left out unless `held=true`, which lists them alone.
    """
    where = queue.QueueFilter(
        operator_id=user.id if mine else None,
        unassigned=unassigned,
        held=held,
        channels=tuple(kind.value for kind in channel or ()),
        urgencies=tuple(level.value for level in urgency or ()),
    )
    found = await queue.page_of(session, where=where, page=page, size=size)
    response.headers["X-Total-Count"] = str(found.total)
    response.headers["X-Held-Count"] = str(found.held)
    if found.next_page is not None:
        following = request.url.include_query_params(page=found.next_page, size=found.size)
        response.headers["Link"] = f'<{following.path}?{following.query}>; rel="next"'
    return found.items


@router.post(
    "/{conversation_id}/typing",
    status_code=204,
    dependencies=[JsonOnly],
    responses=documented(404, 409, 415),
    openapi_extra=EMPTY_JSON_BODY,
)
async def typing(conversation_id: uuid.UUID, session: SessionDep, user: CurrentOperator) -> None:
    """The operator is writing a reply: a web chat caller sees "an operator is writing".
    Only who may reply says so: 409 when another operator owns the conversation."""
    await caller_notices.announce_typing(session, conversation_id=conversation_id, operator=user)


@router.get("/{conversation_id:uuid}", responses=documented(404))
async def get_one(conversation_id: uuid.UUID, session: SessionDep, _: CurrentOperator) -> ConversationRead:
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
        session,
        conversation_id=conversation_id,
        for_staff=True,
        whispers=await whispers.readable_by(session, user=user, conversation_id=conversation_id),
    )


@router.post(
    "/{conversation_id}/messages",
    status_code=201,
    dependencies=[JsonOnly],
    responses=documented(400, 404, 409, 415),
)
async def send_reply(
    conversation_id: uuid.UUID,
    body: ReplyCreate,
    session: SessionDep,
    user: CurrentOperator,
    context: ContextDep,
) -> MessageRead:
    """An operator's reply; 409 when it must not be sent (closed, STOP, unsafe, not recorded)
    or not by this operator (another owns it; taking it would pass their limit)."""
    was_held = await flood.lock_and_check_held(session, conversation_id=conversation_id)
    message = await conversations.reply(
        session,
        conversation_id=conversation_id,
        operator=user,
        text=body.text,
        limit=context.settings.operator_max_conversations,
    )
    if was_held:  # answered straight from the held list: it is no longer held
        await flood.announce_held_count(session)
    return message_views.read(message)


@router.post("/{conversation_id}/close", dependencies=[JsonOnly], responses=documented(400, 404, 409, 415))
async def close(
    conversation_id: uuid.UUID,
    body: CloseRequest,
    session: SessionDep,
    context: ContextDep,
    user: CurrentOperator,
) -> ConversationRead:
    """Wrap-up by the owner (an unowned conversation becomes the closer's; a supervisor or an
    admin closes any); 409 for someone else's or an already closed one. An SMS, WhatsApp or
    Telegram caller safe to write to is told in their language."""
    return await caller_notices.close(
        session,
        settings=context.settings,
        conversation_id=conversation_id,
        operator=user,
        outcome=body.outcome,
        tags=body.tags,
        follow_up=body.follow_up,
    )
