"""Warm transfer: the operator adds a partner's line (or an interpreter's, for the caller's
language) to the answered call's conference, introduces the caller, and leaves; the
conference ends when the caller or the partner hangs up.

A warm transfer to a partner is a referral: the route (`app/api/calls.py`) creates it with
the caller's spoken consent, in the same transaction (`app.referrals.lifecycle`).
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.calls import overflow, timeline
from app.domain import CallControl, CallStep
from app.errors import Conflict, HotlineError, NotFound, Unavailable
from app.models import Call, CallEvent, CallStatus, User
from app.security import audit
from channels.base import DeliveryFailed

INTERPRETATION = "interpretation"


async def _answered(session: AsyncSession, conversation_id: uuid.UUID, control: CallControl | None) -> Call:
    call = await timeline.current(session, conversation_id=conversation_id, lock=True)
    if call is None:
        raise NotFound("no call in progress")
    if call.status != CallStatus.answered.value:
        raise Conflict(f"call is {call.status}, not answered")
    if control is None:
        raise Unavailable("no voice provider is configured")
    return call


async def _line(session: AsyncSession, *, call: Call, service_id: str, interpreter: bool) -> str:
    services = SQLModel.metadata.tables["hsds_service"]
    row = (
        await session.execute(
            sa.select(services.c.needs, services.c.language_codes).where(services.c.id == service_id)
        )
    ).first()
    if row is None:
        raise NotFound("service not found")
    speaks = call.language in (row.language_codes or [])
    if interpreter and (INTERPRETATION not in (row.needs or []) or not speaks):
        raise Conflict("the service is not an interpreter line for the caller's language")
    number = await overflow.voice_number(session, service_id=service_id)
    if number is None:
        raise Conflict("the service has no voice line")
    return number


async def add_line(
    session: AsyncSession,
    *,
    control: CallControl | None,
    conversation_id: uuid.UUID,
    operator: User,
    service_id: str,
    interpreter: bool,
) -> Call:
    """Dial the service's line into the call (its number comes from the directory)."""
    call = await _answered(session, conversation_id, control)
    assert control is not None and call.id is not None and operator.id is not None
    number = await _line(session, call=call, service_id=service_id, interpreter=interpreter)
    try:
        await control.add_to_conference(call_sid=call.call_sid, number=number)
    except DeliveryFailed as exc:
        raise HotlineError(f"the line could not be added ({exc.reason})", 502) from None
    step = CallStep.interpreter if interpreter else CallStep.transferred
    await timeline.add_step(session, call, step, operator_id=operator.id, detail={"service": service_id})
    await audit.record(
        session,
        action=f"call.{step.value}",
        actor_id=operator.id,
        subject_type="conversation",
        subject_id=str(call.conversation_id),
        detail={"service": service_id},
    )
    await timeline.announce(session, call.conversation_id)
    return call


async def leave(
    session: AsyncSession, *, control: CallControl | None, conversation_id: uuid.UUID, operator: User
) -> Call:
    """The operator hangs up their leg after introducing the caller to the partner."""
    call = await _answered(session, conversation_id, control)
    assert control is not None
    added = (
        await session.exec(
            select(CallEvent.id).where(
                col(CallEvent.call_id) == call.id, col(CallEvent.step) == CallStep.transferred.value
            )
        )
    ).first()
    if added is None or call.operator_leg is None:
        raise Conflict("add a partner's line before leaving the call")
    try:
        await control.leave_conference(call_sid=call.call_sid, leg=call.operator_leg)
    except DeliveryFailed as exc:
        raise HotlineError(f"could not leave the call ({exc.reason})", 502) from None
    await timeline.add_step(session, call, CallStep.operator_left, operator_id=operator.id)
    await audit.record(
        session,
        action="call.operator_left",
        actor_id=operator.id,
        subject_type="conversation",
        subject_id=str(call.conversation_id),
    )
    await timeline.announce(session, call.conversation_id)
    return call
