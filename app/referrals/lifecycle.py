"""Making a referral and moving it: consent first, then the partner's notice and deadline.

A verbal consent (the operator's record of a spoken yes on a call) starts the referral at
once. A written one sends the consent text to the caller in their language (only on a contact
that is safe to reply) and waits for their own yes (`app.referrals.caller_answers`). Ending
consent (revocation, expiry, a closed referral) deletes the shared facts; a revocation also
cancels what is still open and tells the partner.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import actions as conversation_actions
from app.conversations import messages as message_views
from app.delivery import outbox
from app.domain import ChannelKind
from app.errors import Conflict, FieldRefused, NotFound
from app.live import events
from app.models import Contact, Conversation, ConversationStatus, Referral
from app.models.base import utcnow
from app.models.referral import ConsentState, ReferralStatus
from app.referrals import consent_texts, facts, history, notices, partner_service
from app.referrals.partner_service import PartnerService
from app.referrals.schemas import ConsentMethod, Fact
from app.referrals.states import FINAL, OPEN, Actor, allowed
from app.security import visible_text
from app.settings import Settings

MAX_PURPOSE_LENGTH = 200
_WRITTEN_CHANNELS = frozenset(
    {ChannelKind.webchat, ChannelKind.sms, ChannelKind.whatsapp, ChannelKind.telegram}
)


async def _open_conversation_and_service(
    session: AsyncSession, conversation_id: uuid.UUID, service_id: str
) -> tuple[Conversation, PartnerService]:
    """The conversation, locked, unless closed; the service, unless unknown or inactive."""
    conversation = await conversation_actions.get_for_update(session, conversation_id=conversation_id)
    if conversation.status == ConversationStatus.closed.value:
        raise Conflict("conversation is closed")
    service = await partner_service.find(session, service_id)
    if service is None:
        raise NotFound("service not found or not active")
    return conversation, service


def _consent_end(settings: Settings, given: datetime | None, now: datetime) -> datetime:
    until = given or now + timedelta(days=settings.referral_consent_days)
    if until <= now:
        raise FieldRefused("body.consent_until", "the consent must end in the future")
    return until


async def create_referral(
    session: AsyncSession,
    *,
    settings: Settings,
    conversation_id: uuid.UUID,
    service_id: str,
    share: Sequence[Fact | str],
    purpose: str,
    consent_method: ConsentMethod | str = ConsentMethod.verbal,
    actor_id: int | None,
    facts_given: Mapping[str, str] | None = None,
    consent_until: datetime | None = None,
) -> Referral:
    """A referral to one service with its consent record (the voice transfer calls this too)."""
    conversation, service = await _open_conversation_and_service(session, conversation_id, service_id)
    method = ConsentMethod(consent_method)
    purpose = visible_text.required(purpose, field="body.purpose")
    shared = list(dict.fromkeys(Fact(item) for item in share))
    now = utcnow()
    until = _consent_end(settings, consent_until, now)
    contact = await session.get(Contact, conversation.contact_id)
    assert contact is not None
    if method is ConsentMethod.written:
        _check_written(contact, conversation)
    values = await facts.gather(
        session,
        vault_key=settings.vault_key_bytes(),
        conversation=conversation,
        share=shared,
        given=facts_given or {},
    )
    referral = Referral(
        conversation_id=conversation.id,
        service_id=service.id,
        organization_id=service.organization_id,
        status=ReferralStatus.requested.value,
        purpose=purpose.strip()[:MAX_PURPOSE_LENGTH],
        share=[fact.value for fact in shared],
        consent_method=method.value,
        consent_state=ConsentState.pending.value,
        consent_until=until,
        created_by=actor_id,
        created_at=now,
        updated_at=now,
    )
    session.add(referral)
    await session.flush()
    await facts.store(session, vault_key=settings.vault_key_bytes(), referral_id=referral.id, values=values)
    if method is ConsentMethod.verbal:
        await history.record(
            session, referral, action=ReferralStatus.requested.value, actor=Actor.operator, actor_id=actor_id
        )
        await give_consent(
            session, referral=referral, service=service, actor=Actor.operator, actor_id=actor_id
        )
        return referral
    language, partner = contact.language or conversation.language, service.organization_name or service.name
    text = consent_texts.request(settings, language=language, share=shared, partner=partner)
    await _ask_written_consent(session, referral, conversation, text=text, actor_id=actor_id)
    return referral


async def _ask_written_consent(
    session: AsyncSession, referral: Referral, conversation: Conversation, *, text: str, actor_id: int | None
) -> None:
    """The consent request sent to the caller, its audit entry, then its live event."""
    message = await outbox.add_outbound(session, conversation=conversation, text=text, author_id=actor_id)
    # The audit entry before the live events: every writer takes the audit lock first.
    await history.record(
        session, referral, action=ReferralStatus.requested.value, actor=Actor.operator, actor_id=actor_id
    )
    await events.append(session, events.message_created(conversation.id, message_views.read(message)))


def _check_written(contact: Contact, conversation: Conversation) -> None:
    """A consent text goes only where the caller can safely read and answer it."""
    if conversation.channel not in {kind.value for kind in _WRITTEN_CHANNELS}:
        raise Conflict("written consent needs a chat, SMS or Telegram conversation; record a verbal one")
    if outbox.uses_outbox(conversation.channel) and (contact.safe_to_reply is not True or contact.stopped_at):
        raise Conflict("written consent is only asked on a contact marked safe to reply")


async def give_consent(
    session: AsyncSession,
    *,
    referral: Referral,
    service: PartnerService | None = None,
    actor: Actor,
    actor_id: int | None,
) -> None:
    """Consent stands: the partner is told and the acknowledgement timer starts."""
    pending = referral.consent_state == ConsentState.pending.value
    if not pending or referral.status != ReferralStatus.requested.value:
        raise Conflict(f"consent is {referral.consent_state}")
    service = service or await partner_service.find(session, referral.service_id)
    if service is None:
        await move(
            session, referral, ReferralStatus.failed, actor=Actor.system, actor_id=None, reason="service_gone"
        )
        return
    conversation = await session.get(Conversation, referral.conversation_id)
    assert conversation is not None
    now = utcnow()
    referral.consent_state = ConsentState.given.value
    referral.consent_given_at = now
    referral.acknowledge_by = now + partner_service.acknowledgement_delay(
        service.acknowledgement_minutes, conversation.urgency
    )
    await notices.enqueue(
        session, referral=referral, kind=notices.NoticeKind.new, method=service.notification_method
    )
    await history.record(session, referral, action="consent.given", actor=actor, actor_id=actor_id)


async def move(
    session: AsyncSession,
    referral: Referral,
    target: ReferralStatus,
    *,
    actor: Actor,
    actor_id: int | None,
    reason: str | None = None,
    alert: bool = False,
    proposed: tuple[str, str] | None = None,
) -> None:
    """One transition, refused (409) when the rules do not allow it; a final state ends consent."""
    current = ReferralStatus(referral.status)
    if not allowed(current, target, actor):
        raise Conflict(f"a referral {current.value} cannot become {target.value}")
    referral.status = target.value
    if target in FINAL:
        referral.acknowledge_by = None
        if referral.consent_state in (ConsentState.pending.value, ConsentState.given.value):
            referral.consent_state = ConsentState.ended.value
            referral.consent_ended_at = utcnow()
            await facts.erase(session, referral_id=referral.id)
    await history.record(
        session,
        referral,
        action=target.value,
        actor=actor,
        actor_id=actor_id,
        reason=reason,
        alert=alert,
        proposed=proposed,
    )


async def revoke(session: AsyncSession, *, referral: Referral, actor: Actor, actor_id: int | None) -> None:
    """The caller or the operator withdraws consent: sharing stops, the facts are deleted, what
    is still open is cancelled, and a partner who had been told is told again."""
    if referral.consent_state in (ConsentState.revoked.value, ConsentState.ended.value):
        return
    partner_was_told = referral.consent_state == ConsentState.given.value
    referral.consent_state = ConsentState.revoked.value
    referral.consent_ended_at = utcnow()
    await facts.erase(session, referral_id=referral.id)
    if partner_was_told:
        service = await partner_service.find(session, referral.service_id)
        await notices.enqueue(
            session,
            referral=referral,
            kind=notices.NoticeKind.revoked,
            method=service.notification_method if service else "portal",
        )
    await history.record(session, referral, action="consent.revoked", actor=actor, actor_id=actor_id)
    if ReferralStatus(referral.status) in OPEN:
        await move(
            session,
            referral,
            ReferralStatus.cancelled,
            actor=actor,
            actor_id=actor_id,
            reason="consent_revoked",
        )


async def end_consent(session: AsyncSession, *, referral: Referral) -> None:
    """The consent's end date passed: sharing stops as for a revocation, by the system."""
    referral.consent_state = ConsentState.ended.value
    referral.consent_ended_at = utcnow()
    await facts.erase(session, referral_id=referral.id)
    await history.record(session, referral, action="consent.ended", actor=Actor.system, actor_id=None)
    if ReferralStatus(referral.status) in OPEN:
        await move(
            session,
            referral,
            ReferralStatus.cancelled,
            actor=Actor.system,
            actor_id=None,
            reason="consent_ended",
        )


async def get(session: AsyncSession, referral_id: uuid.UUID) -> Referral:
    referral = await session.get(Referral, referral_id)
    if referral is None:
        raise NotFound("referral not found")
    return referral


async def get_for_update(session: AsyncSession, referral_id: uuid.UUID) -> Referral:
    referral = await session.get(Referral, referral_id, with_for_update=True)
    if referral is None:
        raise NotFound("referral not found")
    return referral
