"""An operator answers a waiting call on their own phone: the provider rings it, and once it
picks up the voice adapter bridges the caller from the queue (`CallStep.answered`).

Who answers is the call's `operator_id` and the `ringing_operator` / `answered` steps of its
timeline. Answering is taking the conversation (`app.conversations.ownership`, the rules of
taking a chat): checked before the phone rings or the browser phone gets its token, and
again when the operator's leg answers (`timeline.answer`).
"""

from __future__ import annotations

import re
import uuid

from sqlmodel.ext.asyncio.session import AsyncSession

from app.calls import timeline
from app.conversations import ownership
from app.domain import CallControl, CallStep
from app.errors import Conflict, HotlineError, NotFound, Unavailable
from app.models import Call, CallStatus, User
from app.security import audit
from channels.base import DeliveryFailed

# E.164: a plus, then 7 to 15 digits.
PHONE = re.compile(r"^\+[1-9][0-9]{6,14}$")


async def answerable(
    session: AsyncSession,
    *,
    control: CallControl | None,
    conversation_id: uuid.UUID,
    operator: User,
    limit: int,
) -> Call:
    """The conversation's waiting call, when `operator` may answer it as they would take the
    chat (`ownership`): 409 when someone else owns it, or they are away or at `limit`."""
    call = await timeline.current(session, conversation_id=conversation_id, lock=True)
    if call is None:
        raise NotFound("no call in progress")
    if call.status != CallStatus.waiting.value:
        raise Conflict(f"call is {call.status}, not waiting")
    conversation = await timeline.conversation_of(session, call)
    reason = ownership.refusal(conversation, operator)
    if reason is not None:
        raise Conflict(reason)
    if conversation.assigned_operator_id != operator.id:
        await ownership.check_capacity(session, operator=operator, limit=limit)
    if control is None:
        raise Unavailable("no voice provider is configured")
    return call


async def ring_operator(
    session: AsyncSession,
    *,
    control: CallControl | None,
    conversation_id: uuid.UUID,
    operator: User,
    phone: str,
    limit: int,
) -> Call:
    """Ring the operator's `phone` for the conversation's waiting call (the number is passed
    to the provider and kept nowhere); the conversation becomes theirs when it picks up."""
    call = await answerable(
        session, control=control, conversation_id=conversation_id, operator=operator, limit=limit
    )
    assert control is not None
    try:
        leg = await control.ring_operator(call_sid=call.call_sid, phone=phone)
    except DeliveryFailed as exc:
        raise HotlineError(f"the phone could not be rung ({exc.reason})", 502) from None
    call.status = CallStatus.ringing_operator.value
    call.operator_id = operator.id
    call.operator_leg = leg
    await timeline.add_step(session, call, CallStep.ringing_operator, operator_id=operator.id)
    await audit.record(
        session,
        action="call.answer_by_phone",
        actor_id=operator.id,
        subject_type="conversation",
        subject_id=str(call.conversation_id),
    )
    await timeline.announce(session, call.conversation_id)
    return call
