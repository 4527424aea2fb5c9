"""The text follow-up of a call nobody could answer: after the safety information the caller
is offered a text message with the numbers, and it goes out only if they press the key.

Offered only to a number that can receive one: a full number in the vault (not a withheld
one), a contact not marked unsafe, and no STOP from that number, by call or by SMS. The
choice is a step of the call's timeline (`text_accepted` / `text_declined`); the text is an
outbound message of the call's conversation, sent by SMS through the outbox like any reply.
"""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.calls import overflow, prompts, timeline
from app.conversations import automatic_messages
from app.conversations import messages as message_views
from app.conversations.intake import IntakeKeys
from app.delivery import outbox
from app.domain import CallStep, ChannelKind
from app.live import events
from app.models import Call, CallEvent, CallStatus, Contact
from app.security import vault
from app.security.pseudonyms import pseudonym
from app.settings import Settings

ANSWERS = (CallStep.text_accepted.value, CallStep.text_declined.value)


async def textable_number(session: AsyncSession, *, keys: IntakeKeys, call: Call) -> str | None:
    """The caller's number, when a text may go to it; None otherwise."""
    conversation = await timeline.conversation_of(session, call)
    contact = await session.get(Contact, conversation.contact_id)
    if contact is None or contact.stopped_at is not None or contact.safe_to_reply is False:
        return None
    address = await vault.reveal(session, key=keys.vault_key, contact_id=contact.id or 0)
    number = overflow.dialable(address) if address else None
    if number is None:
        return None
    texted = (
        await session.exec(
            select(Contact).where(
                col(Contact.pseudonym) == pseudonym(keys.pseudonym_key, ChannelKind.sms, number)
            )
        )
    ).first()
    if texted is not None and (texted.stopped_at is not None or texted.safe_to_reply is False):
        return None
    return number


def text(settings: Settings, *, language: str, callback_number: str | None) -> str:
    """The text message, in the caller's language: the numbers, nothing else."""
    dialled = overflow.dialable(callback_number or "")
    if dialled is None:
        return automatic_messages.caller_text(
            settings, prompts.FOLLOW_UP_TEXT_EMERGENCY_ONLY, language=language, values={}
        )
    return automatic_messages.caller_text(
        settings, prompts.FOLLOW_UP_TEXT, language=language, values={"callback_number": dialled}
    )


async def answer(
    session: AsyncSession,
    *,
    keys: IntakeKeys,
    settings: Settings,
    call_sid: str,
    agreed: bool,
    callback_number: str | None,
) -> bool:
    """The caller's key after the offer. Once per call (a repeated webhook changes nothing);
    only an unanswered call was offered one. True when the text was queued."""
    call = await timeline.find(session, call_sid=call_sid)
    if call is None or call.status != CallStatus.unanswered.value:
        return False
    earlier = (
        await session.exec(
            select(CallEvent.id).where(col(CallEvent.call_id) == call.id, col(CallEvent.step).in_(ANSWERS))
        )
    ).first()
    if earlier is not None:
        return False
    number = await textable_number(session, keys=keys, call=call) if agreed else None
    if number is None:  # declined, or the number can no longer receive one: nothing is sent
        step, detail = (CallStep.text_accepted, {"sent": False}) if agreed else (CallStep.text_declined, {})
        await timeline.add_step(session, call, step, detail=dict(detail))
        await timeline.announce(session, call.conversation_id)
        return False
    conversation = await timeline.conversation_of(session, call)
    language = automatic_messages.choose_language(settings, call.language, conversation.language)
    message = await outbox.add_outbound(
        session,
        conversation=conversation,
        via=ChannelKind.sms,
        text=text(settings, language=language, callback_number=callback_number),
    )
    await timeline.add_step(session, call, CallStep.text_accepted, detail={"sent": True})
    await events.append(
        session, events.message_created(conversation.id, message_views.read(message, for_staff=True))
    )
    await timeline.announce(session, call.conversation_id)
    return True
