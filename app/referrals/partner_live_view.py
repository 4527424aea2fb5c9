"""Whether a partner worker's session may read a referred conversation's lines now, and which
lines: the checks of the chat page and the query of its polling endpoint, for the live socket.

A socket checks again on every event of the conversation and every heartbeat, each time in a
short session of its own (a websocket never holds one for its lifetime)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations.schemas import MessageRead
from app.errors import NotFound
from app.live.partner_frames import ShareEnded
from app.models import Conversation, ConversationStatus, PartnerUser, Referral
from app.models.referral import ConsentState, ReferralStatus
from app.referrals import handover, partner_accounts, partner_portal

SHARING_STATES = frozenset({ReferralStatus.accepted.value, ReferralStatus.in_progress.value})


@dataclass(frozen=True, slots=True)
class LiveView:
    user: PartnerUser
    referral: Referral


async def open_view(
    session: AsyncSession, *, session_id: str, referral_id: uuid.UUID
) -> LiveView | ShareEnded | None:
    """The worker's view while lines are shared; why not once they are not; None when the
    session is not a full one (logged out, two-factor not done, worker or partner turned away)
    or the referral is not the worker's organisation's."""
    found = await partner_accounts.resolve(session, session_id=session_id)
    if found is None:
        return None
    user = found[1]
    try:
        referral = await partner_portal.find(session, user=user, referral_id=referral_id)
    except NotFound:
        return None
    ended = await _why_not_shared(session, referral=referral, user=user)
    return ended if ended is not None else LiveView(user=user, referral=referral)


async def _why_not_shared(
    session: AsyncSession, *, referral: Referral, user: PartnerUser
) -> ShareEnded | None:
    if referral.consent_state != ConsentState.given.value:
        return ShareEnded.consent_ended
    if referral.status not in SHARING_STATES:
        return ShareEnded.referral_ended
    if handover.present_as(referral, user):
        return None
    conversation = await session.get(Conversation, referral.conversation_id)
    if conversation is not None and conversation.status == ConversationStatus.closed.value:
        return ShareEnded.conversation_closed
    return ShareEnded.left


async def lines_after(session: AsyncSession, *, view: LiveView, after: int) -> list[MessageRead]:
    """The polling endpoint's query: what was written since the worker joined, redacted, no notes."""
    return await handover.transcript(session, referral=view.referral, user=view.user, after=after)
