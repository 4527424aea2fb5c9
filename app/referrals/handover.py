"""Warm hand-over in text: with the caller's consent, a partner worker joins the live chat,
SMS or Telegram conversation from the portal. The caller is told who joined; the operator stays
until the caller agrees (their yes to the joining message), then leaves; the partner worker
reads only what is written after joining, redacted like the console (no notes), and writes
under their own name until they leave or consent ends."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import messages as message_views
from app.conversations.schemas import MessageRead
from app.delivery import outbox
from app.domain import ChannelKind, Direction
from app.errors import Conflict
from app.live import events
from app.models import Contact, Conversation, ConversationStatus, Message, PartnerUser, Referral
from app.models.base import utcnow
from app.models.referral import ConsentState, ReferralStatus
from app.referrals import consent_texts, history, partner_service
from app.referrals.states import Actor
from app.security import visible_text
from app.settings import Settings

TEXT_CHANNELS = frozenset(
    {ChannelKind.webchat.value, ChannelKind.sms.value, ChannelKind.whatsapp.value, ChannelKind.telegram.value}
)
MAX_TEXT = 2000


async def _live_conversation(session: AsyncSession, referral: Referral) -> tuple[Conversation, Contact]:
    """The referral's conversation while a partner may be in it, else 409 with the reason."""
    if referral.consent_state != ConsentState.given.value:
        raise Conflict("consent does not stand")
    if referral.status not in (ReferralStatus.accepted.value, ReferralStatus.in_progress.value):
        raise Conflict("accept the referral first")
    conversation = await session.get(Conversation, referral.conversation_id, with_for_update=True)
    assert conversation is not None
    if conversation.status == ConversationStatus.closed.value or conversation.channel not in TEXT_CHANNELS:
        raise Conflict("the conversation is not a live text conversation")
    contact = await session.get(Contact, conversation.contact_id)
    assert contact is not None
    if outbox.uses_outbox(conversation.channel) and not outbox.automatic_allowed(contact):
        raise Conflict("nothing can be sent to this contact")
    return conversation, contact


async def _say(session: AsyncSession, conversation: Conversation, text: str) -> None:
    message = await outbox.add_outbound(session, conversation=conversation, text=text[:4000])
    conversation.last_message_at = utcnow()
    session.add(conversation)
    await events.append(session, events.message_created(conversation.id, message_views.read(message)))


async def _organisation(session: AsyncSession, referral: Referral) -> str:
    names = await partner_service.names(session, {referral.service_id})
    service, organisation = names.get(referral.service_id, (referral.service_id, None))
    return organisation or service


async def join(session: AsyncSession, *, settings: Settings, referral: Referral, user: PartnerUser) -> None:
    if referral.partner_joined_at is not None and referral.partner_left_at is None:
        return
    conversation, contact = await _live_conversation(session, referral)
    referral.partner_joined_at, referral.partner_joined_by = utcnow(), user.id
    referral.partner_left_at = referral.operator_left_at = None
    await history.record(session, referral, action="handover.joined", actor=Actor.partner, actor_id=user.id)
    await _say(
        session,
        conversation,
        consent_texts.joined(
            settings,
            language=contact.language or conversation.language,
            name=user.display_name,
            partner=await _organisation(session, referral),
        ),
    )


async def leave(session: AsyncSession, *, settings: Settings, referral: Referral, user: PartnerUser) -> None:
    if referral.partner_joined_at is None or referral.partner_left_at is not None:
        return
    referral.partner_left_at = utcnow()
    await history.record(
        session, referral, action="handover.partner_left", actor=Actor.partner, actor_id=user.id
    )
    conversation = await session.get(Conversation, referral.conversation_id)
    contact = await session.get(Contact, conversation.contact_id) if conversation else None
    if (
        conversation is not None
        and contact is not None
        and outbox.automatic_allowed(contact)
        and conversation.status != ConversationStatus.closed.value
    ):
        await _say(
            session,
            conversation,
            consent_texts.partner_left(
                settings,
                language=contact.language or conversation.language,
                name=user.display_name,
                partner=await _organisation(session, referral),
            ),
        )


async def end_at_close(session: AsyncSession, *, conversation_id: object) -> None:
    """The conversation closed: a partner worker in it leaves (`handover.partner_left`, by the
    system), so a reopened case is the operator's to answer again and the worker reads nothing
    written after it, unless they join again and the caller is told again."""
    joined = (
        await session.exec(
            select(Referral)
            .where(
                col(Referral.conversation_id) == conversation_id,
                col(Referral.partner_joined_at).is_not(None),
                col(Referral.partner_left_at).is_(None),
            )
            .with_for_update()
        )
    ).all()
    for referral in joined:
        referral.partner_left_at = utcnow()
        await history.record(
            session,
            referral,
            action="handover.partner_left",
            actor=Actor.system,
            actor_id=None,
            reason="conversation_closed",
        )


def present(referral: Referral) -> bool:
    return referral.partner_joined_at is not None and referral.partner_left_at is None


def present_as(referral: Referral, user: PartnerUser) -> bool:
    """`user` is the worker in the conversation: the one the caller was told had joined, not a
    colleague of the same organisation."""
    return present(referral) and referral.partner_joined_by == user.id


async def write(session: AsyncSession, *, referral: Referral, user: PartnerUser, text: str) -> None:
    """The partner worker's message, under their name, without hiding characters (422 when
    nothing visible is left)."""
    text = visible_text.required(text, field="text")
    if not present_as(referral, user):
        raise Conflict("join the conversation first")
    conversation, _ = await _live_conversation(session, referral)
    await _say(session, conversation, f"{user.display_name}: {text.strip()[:MAX_TEXT]}")


async def transcript(
    session: AsyncSession, *, referral: Referral, user: PartnerUser, after: int = 0
) -> list[MessageRead]:
    """What was written since `user` joined (never before, never notes), redacted; nothing for
    anyone else."""
    if not present_as(referral, user) or referral.consent_state != ConsentState.given.value:
        return []
    joined: datetime = referral.partner_joined_at  # type: ignore[assignment]
    rows = (
        await session.exec(
            select(Message)
            .where(
                col(Message.conversation_id) == referral.conversation_id,
                col(Message.created_at) >= joined,
                col(Message.id) > after,
                col(Message.direction).in_([Direction.inbound.value, Direction.outbound.value]),
            )
            .order_by(col(Message.id))
            .limit(500)
        )
    ).all()
    return [message_views.read(row) for row in rows]


async def operator_leaves(
    session: AsyncSession,
    *,
    settings: Settings,
    conversation: Conversation,
    contact: Contact,
    message_id: int,
) -> bool:
    """The caller's yes right after a partner joined: the operator leaves, the caller is told."""
    waiting = (
        await session.exec(
            select(Referral)
            .where(
                col(Referral.conversation_id) == conversation.id,
                col(Referral.partner_joined_at).is_not(None),
                col(Referral.partner_left_at).is_(None),
                col(Referral.operator_left_at).is_(None),
            )
            .with_for_update()
        )
    ).first()
    if waiting is None or waiting.partner_joined_at is None:
        return False
    earlier = (
        await session.exec(
            select(Message.id).where(
                col(Message.conversation_id) == conversation.id,
                col(Message.direction) == Direction.inbound.value,
                col(Message.created_at) > waiting.partner_joined_at,
                col(Message.id) < message_id,
            )
        )
    ).first()
    if earlier is not None:
        return False
    waiting.operator_left_at = utcnow()
    await history.record(session, waiting, action="handover.operator_left", actor=Actor.caller, actor_id=None)
    user = await session.get(PartnerUser, waiting.partner_joined_by) if waiting.partner_joined_by else None
    await _say(
        session,
        conversation,
        consent_texts.operator_left(
            settings,
            language=contact.language or conversation.language,
            name=user.display_name if user else "",
        ),
    )
    return True


async def operator_has_left(session: AsyncSession, *, conversation_id: object) -> bool:
    """True while a partner worker holds the conversation after the caller let the operator go."""
    found = await session.exec(
        select(Referral.id).where(
            col(Referral.conversation_id) == conversation_id,
            col(Referral.operator_left_at).is_not(None),
            col(Referral.partner_left_at).is_(None),
            col(Referral.consent_state) == ConsentState.given.value,
        )
    )
    return found.first() is not None
