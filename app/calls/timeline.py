"""A phone call's steps, as the voice adapter reports them: each one a `call_events` row,
the call's status, and what it changes in the conversation (language, urgency, queue).

Every step runs in the caller's transaction and is idempotent: providers repeat callbacks,
and a step that changes nothing records nothing. A finished call takes no more steps.
"""

from __future__ import annotations

import uuid

from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import ownership, queue, workload, wrap_up
from app.conversations.intake import IntakeKeys, open_for_address
from app.domain import CallState, CallStep, CallUpdate, ChannelKind
from app.errors import Conflict
from app.live import events
from app.models import Call, CallEvent, CallStatus, Contact, Conversation, Outcome, User
from app.models.base import utcnow
from app.models.call import FINISHED
from app.security import audit, sessions
from triage import Urgency

UNANSWERED = frozenset({CallStatus.menu.value, CallStatus.waiting.value, CallStatus.ringing_operator.value})


def state(call: Call) -> CallState:
    assert call.id is not None
    return CallState(
        call_id=call.id,
        call_sid=call.call_sid,
        conversation_id=str(call.conversation_id),
        status=call.status,
        language=call.language,
        emergency=call.danger,
        operator_leg=call.operator_leg,
    )


async def find(session: AsyncSession, *, call_sid: str, lock: bool = True) -> Call | None:
    statement = select(Call).where(col(Call.call_sid) == call_sid)
    if lock:
        statement = statement.with_for_update()
    return (await session.exec(statement.execution_options(populate_existing=True))).first()


async def current(session: AsyncSession, *, conversation_id: uuid.UUID, lock: bool = False) -> Call | None:
    """The conversation's call in progress (the latest not finished)."""
    statement = (
        select(Call)
        .where(col(Call.conversation_id) == conversation_id, col(Call.status).not_in(FINISHED))
        .order_by(col(Call.id).desc())
        .limit(1)
    )
    if lock:
        statement = statement.with_for_update()
    return (await session.exec(statement.execution_options(populate_existing=True))).first()


async def add_step(
    session: AsyncSession,
    call: Call,
    step: CallStep,
    *,
    operator_id: int | None = None,
    detail: dict[str, object] | None = None,
) -> None:
    assert call.id is not None
    session.add(CallEvent(call_id=call.id, step=step.value, operator_id=operator_id, detail=detail or {}))
    session.add(call)
    await session.flush()


async def announce(session: AsyncSession, conversation_id: uuid.UUID, *, created: bool = False) -> None:
    """The console's queue learns of the change (after the step's rows, last before commit)."""
    described = await queue.describe(session, conversation_id=conversation_id)
    assert described is not None
    kind = events.conversation_created if created else events.conversation_updated
    await events.append(session, kind(described))


async def start(session: AsyncSession, *, keys: IntakeKeys, update: CallUpdate) -> Call:
    """A new call: the caller's conversation (same contact as their earlier calls), in the queue."""
    existing = await find(session, call_sid=update.call_sid)
    if existing is not None:
        return existing
    conversation, is_new = await open_for_address(
        session, keys=keys, channel=ChannelKind.voice, address=update.address or ""
    )
    now = utcnow()
    await session.execute(
        insert(Call)
        .values(
            conversation_id=conversation.id,
            call_sid=update.call_sid,
            status=CallStatus.menu.value,
            danger=False,
            created_at=now,
        )
        .on_conflict_do_nothing(index_elements=["call_sid"])
    )
    call = await find(session, call_sid=update.call_sid)
    assert call is not None
    # An open conversation keeps its owner, as for a message (only they may answer the call,
    # as only they may reply); an unowned one waits in the queue.
    conversation.waiting_since = conversation.last_message_at = now
    session.add(conversation)
    await add_step(session, call, CallStep.ringing)
    await announce(session, conversation.id, created=is_new)
    return call


async def conversation_of(session: AsyncSession, call: Call) -> Conversation:
    conversation = await session.get(Conversation, call.conversation_id, with_for_update=True)
    assert conversation is not None
    return conversation


async def choose_language(session: AsyncSession, call: Call, language: str) -> bool:
    if call.language == language:
        return False
    call.language = language
    conversation = await conversation_of(session, call)
    conversation.language = language
    contact = await session.get(Contact, conversation.contact_id)
    assert contact is not None
    contact.language = language
    session.add_all([conversation, contact])
    await add_step(session, call, CallStep.language, detail={"language": language})
    return True


async def mark_danger(session: AsyncSession, call: Call) -> bool:
    if call.danger:
        return False
    call.danger = True
    conversation = await conversation_of(session, call)
    conversation.urgency, conversation.urgency_rank = Urgency.emergency.value, Urgency.emergency.rank
    session.add(conversation)
    await add_step(session, call, CallStep.danger)
    return True


async def wait(session: AsyncSession, call: Call) -> bool:
    if call.status != CallStatus.menu.value:
        return False
    call.status = CallStatus.waiting.value
    await add_step(session, call, CallStep.waiting)
    return True


async def answer(
    session: AsyncSession,
    call: Call,
    *,
    leg: str | None,
    browser_operator: int | None = None,
    limit: int | None = None,
) -> bool:
    """The operator's phone picked up (or their browser phone answered a waiting call): the
    conversation becomes theirs as when taking a chat (`ownership.claim`: not someone else's,
    within `limit`). Refused, the call goes on waiting for anyone. True when the call changed
    (answered, or a rung phone refused: it waits again)."""
    if browser_operator is not None:
        if call.status != CallStatus.waiting.value:
            return False
        operator_id = browser_operator
    elif call.status != CallStatus.ringing_operator.value or (leg and call.operator_leg != leg):
        return False
    else:
        assert call.operator_id is not None
        operator_id = call.operator_id
    conversation = await conversation_of(session, call)
    operator = await session.get(User, operator_id)
    try:
        if operator is None or not operator.active:
            raise Conflict("not an active operator")
        if browser_operator is not None and not await sessions.any_live(session, user_id=operator_id):
            raise Conflict("logged out")  # a browser phone token outlives logout by minutes
        claimed = await ownership.claim(session, conversation=conversation, operator=operator, limit=limit)
    except Conflict:  # a rung phone's call waits again (a change); a browser's never left it
        return browser_operator is None and await operator_missed(session, call, leg=leg, reason="refused")
    call.status = CallStatus.answered.value
    call.answered_at = utcnow()
    call.operator_id, call.operator_leg = operator_id, leg or call.operator_leg
    device = "phone" if browser_operator is None else "browser"
    await add_step(session, call, CallStep.answered, operator_id=operator_id, detail={"device": device})
    if claimed:  # the supervisor room and the transfer lists see the operator's new load
        await events.append(session, *await workload.changed(session, operator_id))
    if browser_operator is not None:  # answering by phone was audited when it rang
        await audit.record(
            session,
            action="call.answer_in_browser",
            actor_id=operator_id,
            subject_type="conversation",
            subject_id=str(call.conversation_id),
        )
    return True


async def operator_missed(
    session: AsyncSession, call: Call, *, leg: str | None, reason: str | None = None
) -> bool:
    """The operator's phone did not answer (or, `refused`, the conversation could no longer
    be theirs when it did): the call waits again for anyone."""
    if call.status != CallStatus.ringing_operator.value or (leg and call.operator_leg != leg):
        return False
    missed_by = call.operator_id
    call.status = CallStatus.waiting.value
    call.operator_id = call.operator_leg = None
    await add_step(
        session,
        call,
        CallStep.operator_missed,
        operator_id=missed_by,
        detail={"reason": reason} if reason else None,
    )
    return True


async def end(session: AsyncSession, call: Call, *, outcome: str | None) -> bool:
    """The caller's line ended: abandoned if nobody had answered (it leaves the queue)."""
    if call.status in FINISHED:
        return False
    abandoned = call.status in UNANSWERED
    call.status = (CallStatus.abandoned if abandoned else CallStatus.ended).value
    call.ended_at = utcnow()
    if abandoned:
        conversation = await conversation_of(session, call)
        wrap_up.close_unattended(conversation, outcome=Outcome.abandoned, at=call.ended_at)
        session.add(conversation)
    detail: dict[str, object] = {"outcome": outcome} if outcome else {}
    await add_step(session, call, CallStep.abandoned if abandoned else CallStep.ended, detail=detail)
    return True


async def record(
    session: AsyncSession, *, keys: IntakeKeys, update: CallUpdate, limit: int | None = None
) -> CallState | None:
    """One step the adapter reported; None for a call never started here. `limit`: how many
    conversations an operator may own (answering takes one)."""
    if update.step is CallStep.ringing:
        return state(await start(session, keys=keys, update=update))
    if update.conversation_id is not None:
        call = await current(session, conversation_id=uuid.UUID(update.conversation_id), lock=True)
    else:
        call = await find(session, call_sid=update.call_sid)
    if call is None:
        return None
    if call.status in FINISHED:
        return state(call)
    changed = await _apply(session, call, update, limit)
    if changed:
        await announce(session, call.conversation_id)
    return state(call)


async def _apply(session: AsyncSession, call: Call, update: CallUpdate, limit: int | None) -> bool:
    step = update.step
    if step is CallStep.language and update.language:
        return await choose_language(session, call, update.language)
    if step is CallStep.danger:
        return await mark_danger(session, call)
    if step is CallStep.waiting:
        return await wait(session, call)
    if step is CallStep.answered:
        return await answer(session, call, leg=update.leg, browser_operator=update.operator_id, limit=limit)
    if step is CallStep.operator_missed:
        return await operator_missed(session, call, leg=update.leg)
    if step in (CallStep.ended, CallStep.abandoned):
        return await end(session, call, outcome=update.outcome)
    return False
