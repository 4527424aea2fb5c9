"""After intake, for a provider channel: keywords, language choice, first-contact safety message.

Runs in the webhook's transaction, so the inbound message, the erasure it asks for and
the automatic replies it triggers commit together (or not at all).
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from app.context import AppContext
from app.conversations import automatic_messages, caller_keywords, erasure, intake
from app.conversations import messages as message_views
from app.conversations.caller_keywords import KeywordAction
from app.delivery import outbox
from app.domain import Accepted, ChannelKind, InboundMessage
from app.live import events
from app.models import Contact, Conversation, Message, VaultEntry
from app.models.base import utcnow
from app.referrals import caller_answers, consent_words

ATTEMPTS = 3


async def receive(context: AppContext, inbound: InboundMessage) -> Accepted:
    """Store one inbound provider message and what follows from it; idempotent on its id."""
    inbound = intake.clean(inbound)
    for _attempt in range(ATTEMPTS):
        try:
            async with context.database.transaction() as session:
                accepted = await intake.receive(session, keys=context.keys, inbound=inbound)
                if not accepted.duplicate:
                    await _follow_up(
                        session,
                        context,
                        accepted,
                        inbound,
                        command=inbound.command,
                        language=inbound.language_hint,
                    )
            await answer_consent(context, accepted, inbound)
            return accepted
        except intake.DuplicateRace:
            continue
    raise intake.DuplicateRace(inbound.provider_id or "")


async def answer_consent(context: AppContext, accepted: Accepted, inbound: InboundMessage) -> None:
    """A consent yes or the revocation keyword, in a transaction of its own once the message
    is stored (referral changes take the audit lock before the event lock). The deletion
    keyword revokes too: what the caller shared with a partner goes with their conversation."""
    if accepted.duplicate:
        return
    keyword = caller_keywords.match(inbound.text)
    erased = keyword is not None and keyword.action is KeywordAction.delete
    if not erased and consent_words.match(inbound.text) is None:
        return
    async with context.database.transaction() as session:
        if erased:
            await caller_answers.erased(session, conversation_id=uuid.UUID(accepted.conversation_id))
            return
        await caller_answers.answer(
            session,
            settings=context.settings,
            conversation_id=uuid.UUID(accepted.conversation_id),
            message_id=accepted.message_id,
            text=inbound.text,
        )


async def after_webchat_intake(
    session: AsyncSession, context: AppContext, accepted: Accepted, inbound: InboundMessage
) -> None:
    """The web chat page shows the safety text itself; only the deletion keyword applies."""
    keyword = caller_keywords.match(inbound.text)
    if accepted.duplicate or keyword is None or keyword.action is not KeywordAction.delete:
        return
    await _follow_up(session, context, accepted, inbound, command=None, language=None)


async def _follow_up(
    session: AsyncSession,
    context: AppContext,
    accepted: Accepted,
    inbound: InboundMessage,
    *,
    command: str | None,
    language: str | None,
) -> None:
    conversation = await session.get(Conversation, uuid.UUID(accepted.conversation_id))
    assert conversation is not None
    contact = await session.get(Contact, conversation.contact_id, with_for_update=True)
    assert contact is not None
    if command is not None and language:
        contact.language = language[:8]
    keyword = caller_keywords.match(inbound.text)
    lang = automatic_messages.choose_language(
        context.settings,
        contact.language,
        keyword.language if keyword else None,
        language,
        conversation.language,
    )
    changed: list[Message] = []
    outgoing: list[Message] = []
    if keyword is not None and keyword.action is KeywordAction.delete:
        changed += await outbox.cancel_for_contact(
            session, contact_id=contact.id or 0, reason=outbox.REASON_ERASED
        )
        outgoing += await _erase(session, context, contact, conversation, lang)
    elif not outbox.uses_outbox(conversation.channel):
        pass  # the web chat: no STOP, and its page carries the safety text
    elif keyword is not None and keyword.action is KeywordAction.stop:
        contact.stopped_at = utcnow()
        changed += await outbox.cancel_for_contact(
            session, contact_id=contact.id or 0, reason=outbox.REASON_STOPPED
        )
    else:
        if keyword is not None and keyword.action is KeywordAction.start:
            contact.stopped_at = None
        if (contact.greeted_at is None or command == "language") and outbox.automatic_allowed(contact):
            contact.greeted_at = utcnow()
            text = automatic_messages.safety_message(
                context.settings, language=lang, channel=ChannelKind(conversation.channel)
            )
            outgoing.append(await outbox.add_outbound(session, conversation=conversation, text=text))
    session.add(contact)
    await session.flush()
    new_events = [
        events.message_created(conversation.id, message_views.read(message)) for message in outgoing
    ] + [events.message_updated(message.conversation_id, message_views.read(message)) for message in changed]
    if new_events:
        await events.append(session, *new_events)


async def _erase(
    session: AsyncSession, context: AppContext, contact: Contact, conversation: Conversation, lang: str
) -> list[Message]:
    """The caller's deletion keyword (what waited to be sent is already cancelled): texts now,
    the vault once the receipt is sent."""
    assert contact.id is not None
    await erasure.erase_texts(session, contact_id=contact.id)
    erasure.forget_token(contact)
    provider = outbox.uses_outbox(conversation.channel)
    receipts = []
    if outbox.automatic_allowed(contact) or not provider:
        receipt = automatic_messages.deletion_receipt(context.settings, language=lang)
        # A provider needs the address to send the receipt: the vault goes once it is sent.
        receipts.append(
            await outbox.add_outbound(
                session, conversation=conversation, text=receipt, erase_vault_after=provider
            )
        )
    if not receipts or not provider:
        await session.execute(sa.delete(VaultEntry).where(col(VaultEntry.contact_id) == contact.id))
    await erasure.close_erased(session, conversation)
    return receipts
