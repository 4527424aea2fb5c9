"""`/api/conversations/{id}/calls` and `/call/...`: a phone call's timeline, answering it on
the operator's own phone, and the notes typed during it (through triage)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.api.text_fields import StoredText
from app.calls import answering, history, notes, transfer
from app.calls.schemas import CallRead
from app.conversations import messages as message_views
from app.conversations import ownership, queue
from app.conversations.actions import MAX_REPLY_LENGTH, get_for_update
from app.conversations.schemas import MessageRead
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.errors import Conflict, FieldRefused, NotFound
from app.referrals import lifecycle
from app.referrals.schemas import ConsentMethod, Fact

router = APIRouter(tags=["calls"], responses=documented(401, 422))


class AnswerByPhone(BaseModel):
    phone: str = Field(
        pattern=answering.PHONE.pattern,
        description="The operator's own number, "
        "E.164 (+15145550000); passed to the provider, stored nowhere.",
    )


class BrowserPhoneToken(BaseModel):
    token: str = Field(
        description="An access token (five minutes) for the Twilio Voice JavaScript SDK; "
        "the console asks for a new one before it ends."
    )


class LineAdded(BaseModel):
    service_id: str = Field(
        min_length=1, max_length=200, description="A directory service with a voice line."
    )
    interpreter: bool = Field(
        default=False,
        description="An interpreter line (need `interpretation`) "
        "for the caller's language; otherwise a warm transfer to a partner.",
    )
    caller_agreed: bool = Field(
        default=False,
        description="The caller said yes, on the call, to being "
        "handed to this partner with the facts in `share` (a partner transfer "
        "needs it; it becomes the referral's verbal consent).",
    )
    share: list[Fact] = Field(
        default=[Fact.language], max_length=5, description="What the partner may see, as for a referral."
    )
    purpose: str = Field(default="warm transfer by phone", min_length=1, max_length=200)


class CallNote(BaseModel):
    text: StoredText = Field(min_length=1, max_length=MAX_REPLY_LENGTH)


@router.get("/api/conversations/{conversation_id}/calls", responses=documented(404))
async def list_calls(conversation_id: uuid.UUID, session: SessionDep, _: CurrentOperator) -> list[CallRead]:
    """The conversation's phone calls, oldest first, each with its timeline."""
    if await queue.describe(session, conversation_id=conversation_id) is None:
        raise NotFound("conversation not found")
    return await history.of_conversation(session, conversation_id=conversation_id)


@router.post(
    "/api/conversations/{conversation_id}/call/answer",
    status_code=202,
    dependencies=[JsonOnly],
    responses=documented(400, 404, 409, 415, 502, 503),
)
async def answer_by_phone(
    conversation_id: uuid.UUID,
    body: AnswerByPhone,
    session: SessionDep,
    context: ContextDep,
    user: CurrentOperator,
) -> list[CallRead]:
    """Ring the operator's phone; when it picks up, the waiting caller is bridged to it and
    the conversation is theirs. 409 when the call is not waiting (someone else is answering,
    or it ended), another operator owns the conversation, or the operator is away or at their
    limit (as for taking a chat)."""
    await answering.ring_operator(
        session,
        control=context.call_control,
        conversation_id=conversation_id,
        operator=user,
        phone=body.phone,
        limit=context.settings.operator_max_conversations,
    )
    return await history.of_conversation(session, conversation_id=conversation_id)


@router.post(
    "/api/conversations/{conversation_id}/call/transfer",
    dependencies=[JsonOnly],
    responses=documented(400, 404, 409, 415, 502, 503),
)
async def add_line(
    conversation_id: uuid.UUID,
    body: LineAdded,
    session: SessionDep,
    context: ContextDep,
    user: CurrentOperator,
) -> list[CallRead]:
    """Warm transfer: dial a partner's line (or an interpreter's) into the answered call. A
    partner transfer is a referral, made in the same transaction with the caller's spoken
    consent (`caller_agreed`; 422 without it, before anyone is dialled). 409 on a conversation
    another operator owns (a supervisor or an admin may, audited)."""
    if not body.interpreter and not body.caller_agreed:
        raise FieldRefused(
            "body.caller_agreed",
            "a warm transfer hands the caller to a partner: record the caller's spoken yes",
        )
    conversation = await get_for_update(session, conversation_id=conversation_id)
    await ownership.act_as_owner(session, conversation=conversation, user=user, action="call.transfer")
    if not body.interpreter:  # first: a refused referral dials nobody; a failed dial undoes it
        await lifecycle.create_referral(
            session,
            settings=context.settings,
            conversation_id=conversation_id,
            service_id=body.service_id,
            share=body.share,
            purpose=body.purpose,
            consent_method=ConsentMethod.verbal,
            actor_id=user.id,
        )
    await transfer.add_line(
        session,
        control=context.call_control,
        conversation_id=conversation_id,
        operator=user,
        service_id=body.service_id,
        interpreter=body.interpreter,
    )
    return await history.of_conversation(session, conversation_id=conversation_id)


@router.post(
    "/api/conversations/{conversation_id}/call/leave",
    dependencies=[JsonOnly],
    responses=documented(400, 404, 409, 415, 502, 503),
    openapi_extra=EMPTY_JSON_BODY,
)
async def leave_call(
    conversation_id: uuid.UUID, session: SessionDep, context: ContextDep, user: CurrentOperator
) -> list[CallRead]:
    """After the introduction: the operator leaves, the caller and the partner go on. 409 on a
    conversation another operator owns (a supervisor or an admin may, audited)."""
    conversation = await get_for_update(session, conversation_id=conversation_id)
    await ownership.act_as_owner(session, conversation=conversation, user=user, action="call.leave")
    await transfer.leave(
        session, control=context.call_control, conversation_id=conversation_id, operator=user
    )
    return await history.of_conversation(session, conversation_id=conversation_id)


@router.post(
    "/api/conversations/{conversation_id}/call/notes",
    status_code=201,
    dependencies=[JsonOnly],
    responses=documented(400, 404, 409, 415),
)
async def add_note(
    conversation_id: uuid.UUID,
    body: CallNote,
    session: SessionDep,
    context: ContextDep,
    user: CurrentOperator,
) -> MessageRead:
    """A note typed during a call: triaged like an inbound text (urgency, needs), never sent."""
    message = await notes.add(
        session, keys=context.keys, conversation_id=conversation_id, operator=user, text=body.text
    )
    return message_views.read(message, for_staff=True)


class BrowserPhoneFor(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conversation_id: uuid.UUID | None = Field(
        default=None,
        description="The conversation whose waiting call the operator is about to "
        "answer: checked first, as for taking it (409 when they may not).",
    )


@router.post("/api/calls/browser-token", dependencies=[JsonOnly], responses=documented(400, 404, 409, 415))
async def browser_token(
    context: ContextDep,
    session: SessionDep,
    user: CurrentOperator,
    body: BrowserPhoneFor,
) -> BrowserPhoneToken:
    """A token for the operator's browser phone (it can only call this hotline's TwiML App,
    which answers a waiting call as this operator), for a live session only (401 once it ended,
    was revoked or expired); 409 when it is not configured, or, with
    `conversation_id`, when the operator may not answer that call (not waiting, someone else
    owns the conversation, away or at their limit)."""
    control = context.call_control
    token = control.browser_token(operator_id=user.id or 0) if control is not None else None
    if token is None:
        raise Conflict("the browser phone is not configured")
    if body.conversation_id is not None:
        await answering.answerable(
            session,
            control=control,
            conversation_id=body.conversation_id,
            operator=user,
            limit=context.settings.operator_max_conversations,
        )
    return BrowserPhoneToken(token=token)
