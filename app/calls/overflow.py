"""A call nobody answered in time: the best partner line open now (the directory's open-now
match, emergency safety first, the caller's language preferred), or safety information.

The conversation leaves the queue either way; the step says which (`overflow` with the
partner's service id, or `unanswered`), and `hours: closed` when the call came out of the
hotline's own opening hours (`HOTLINE_OPENING_HOURS`): it then never waited in the queue.
"""

from __future__ import annotations

import re
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

import directory
from app.calls import timeline
from app.conversations import wrap_up
from app.domain import CallStep
from app.models import Call, CallStatus, Outcome
from app.models.base import utcnow
from app.models.call import FINISHED
from app.settings import Settings
from directory import weekly_hours
from triage import Need, Urgency

CANDIDATES = 10


def dialable(number: str) -> str | None:
    """`+1 514 555 0301` -> `+15145550301`; None for anything that is not a full number."""
    digits = re.sub(r"[\s().-]", "", number)
    return digits if re.fullmatch(r"\+[1-9][0-9]{6,14}", digits) else None


async def partner_line(
    session: AsyncSession, *, language: str | None, at: datetime
) -> tuple[str, str] | None:
    """(service id, number) of the best partner open now with a voice line."""
    matches = await directory.match(
        session,
        [Need.emergency_safety.value],
        language=language,
        when=at,
        urgency=Urgency.emergency,
        limit=CANDIDATES,
    )
    open_now = [item for item in matches if item.open_now or item.always_open]
    open_now.sort(key=lambda item: bool(language) and language not in item.languages)  # stable
    for item in open_now:
        number = await voice_number(session, service_id=item.service_id)
        if number:
            return item.service_id, number
    return None


async def voice_number(session: AsyncSession, *, service_id: str) -> str | None:
    """The service's own first voice line, dialable (a contact person's number is not used)."""
    phones = SQLModel.metadata.tables["hsds_phone"]
    numbers = (
        (
            await session.execute(
                sa.select(phones.c.number)
                .where(
                    phones.c.service_id == service_id,
                    phones.c.contact_id.is_(None),
                    sa.or_(phones.c.type.is_(None), phones.c.type == "voice"),
                )
                .order_by(phones.c.id)
            )
        )
        .scalars()
        .all()
    )
    for number in numbers:
        found = dialable(str(number))
        if found:
            return found
    return None


def line_open(settings: Settings, at: datetime) -> bool:
    """Within the hotline's own opening hours (`HOTLINE_OPENING_HOURS`, its zone) at `at`."""
    return weekly_hours.is_open(settings.opening_rules, settings.zone, at)


async def send_elsewhere(session: AsyncSession, *, call: Call, closed: bool = False) -> str | None:
    """Record where the unanswered call goes (out of the line's hours when `closed`); the
    number to dial, or None."""
    if call.status in FINISHED:
        return None
    line = await partner_line(session, language=call.language, at=utcnow())
    call.status = (CallStatus.overflow if line else CallStatus.unanswered).value
    call.ended_at = utcnow()
    conversation = await timeline.conversation_of(session, call)
    wrap_up.close_unattended(
        conversation, at=call.ended_at, outcome=Outcome.referred if line else Outcome.no_contact
    )
    session.add(conversation)
    detail: dict[str, object] = {"hours": "closed"} if closed else {}
    if line:
        await timeline.add_step(session, call, CallStep.overflow, detail={**detail, "service": line[0]})
    else:
        await timeline.add_step(session, call, CallStep.unanswered, detail=detail)
    await timeline.announce(session, call.conversation_id)
    return line[1] if line else None
