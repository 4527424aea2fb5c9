"""The caller's own answers: a yes to the consent text just sent, or the revocation keyword.

A yes counts only as the caller's first message after the consent text (a yes to another
question, later, is not a consent). The revocation keyword withdraws every consent the caller
gave that still stands, in any of their conversations.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import messages as message_views
from app.delivery import outbox
from app.domain import Direction
from app.live import events
from app.models import Contact, Conversation, Message, Referral
from app.models.referral import ConsentState, ReferralStatus
from app.referrals import consent_texts, handover, lifecycle, partner_service
from app.referrals.consent_words import ConsentWord, match
from app.referrals.states import Actor
from app.settings import Settings


async def answer(
    session: AsyncSession, *, settings: Settings, conversation_id: uuid.UUID, message_id: int, text: str
) -> int:
    """Act on a consent word; the number of referrals it changed."""
    word = match(text)
    conversation = await session.get(Conversation, conversation_id)
    if word is None or conversation is None:
        return 0
    contact = await session.get(Contact, conversation.contact_id)
    assert contact is not None
    if word is ConsentWord.yes and await handover.operator_leaves(
        session, settings=settings, conversation=conversation, contact=contact, message_id=message_id
    ):
        return 1
    if word is ConsentWord.yes:
        changed = await _consent(session, conversation, message_id)
        reply = consent_texts.given
    else:
        changed = await _revoke(session, contact)
        reply = consent_texts.revoked
    if changed and outbox.automatic_allowed(contact):
        names = await partner_service.names(session, {referral.service_id for referral in changed})
        partner = ", ".join(sorted({_organisation(names, item.service_id) for item in changed}))
        language = contact.language or conversation.language
        message = await outbox.add_outbound(
            session, conversation=conversation, text=reply(settings, language=language, partner=partner)
        )
        await events.append(session, events.message_created(conversation.id, message_views.read(message)))
    return len(changed)


async def erased(session: AsyncSession, *, conversation_id: uuid.UUID) -> int:
    """The caller erased their conversation: every consent of theirs that still stands is
    withdrawn as by the revocation keyword (the shared facts deleted, what is open cancelled,
    a partner who was told told again); no reply, the deletion receipt says it."""
    conversation = await session.get(Conversation, conversation_id)
    contact = await session.get(Contact, conversation.contact_id) if conversation else None
    return len(await _revoke(session, contact)) if contact is not None else 0


def _organisation(names: dict[str, tuple[str, str | None]], service_id: str) -> str:
    service, organisation = names.get(service_id, (service_id, None))
    return organisation or service


async def _consent(session: AsyncSession, conversation: Conversation, message_id: int) -> list[Referral]:
    waiting = (
        await session.exec(
            select(Referral)
            .where(
                col(Referral.conversation_id) == conversation.id,
                col(Referral.consent_state) == ConsentState.pending.value,
                col(Referral.status) == ReferralStatus.requested.value,
            )
            .order_by(col(Referral.created_at))
            .with_for_update()
        )
    ).all()
    given = []
    for referral in waiting:
        earlier_answers = await _count_since(session, conversation, referral, Direction.inbound, message_id)
        # The consent text is the one message to the caller since the referral: after another
        # (an operator's question, a second consent text), a yes may answer that one instead.
        sent_since = await _count_since(session, conversation, referral, Direction.outbound, message_id)
        if earlier_answers == 0 and sent_since <= 1:
            await lifecycle.give_consent(session, referral=referral, actor=Actor.caller, actor_id=None)
            given.append(referral)
    return given


async def _count_since(
    session: AsyncSession,
    conversation: Conversation,
    referral: Referral,
    direction: Direction,
    message_id: int,
) -> int:
    """The conversation's messages in `direction` from the referral's making to the yes."""
    counted: int = (
        await session.execute(
            sa.select(sa.func.count())
            .select_from(Message)
            .where(
                col(Message.conversation_id) == conversation.id,
                col(Message.direction) == direction.value,
                col(Message.created_at) >= referral.created_at,
                col(Message.id) < message_id,
            )
        )
    ).scalar_one()
    return counted


async def _revoke(session: AsyncSession, contact: Contact) -> list[Referral]:
    standing = (
        await session.exec(
            select(Referral)
            .join(Conversation, col(Conversation.id) == col(Referral.conversation_id))
            .where(
                col(Conversation.contact_id) == contact.id,
                col(Referral.consent_state).in_([ConsentState.pending.value, ConsentState.given.value]),
            )
            .order_by(col(Referral.created_at))
            .with_for_update(of=Referral)
        )
    ).all()
    for referral in standing:
        await lifecycle.revoke(session, referral=referral, actor=Actor.caller, actor_id=None)
    return list(standing)
