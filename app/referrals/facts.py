"""The facts a caller agreed to share with one partner, sealed to the referral.

They are gathered when the referral is made (the callback number from the vault, the name and
summary as the operator wrote them with the caller), sealed with AES-GCM bound to the referral
id, opened only for the partner while consent stands, and deleted when it ends.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping

import sqlalchemy as sa
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import messages as message_views
from app.domain import ChannelKind
from app.errors import FieldRefused
from app.models import Conversation, ReferralFacts
from app.referrals.schemas import Fact
from app.security import vault
from app.security.sealing import seal, unseal
from app.security.visible_text import clean

# Channels whose reply address is a telephone number the partner can call back.
_PHONE_CHANNELS = frozenset({ChannelKind.sms.value, ChannelKind.whatsapp.value, "voice"})
MAX_FACT_LENGTH = 1000


def _context(referral_id: uuid.UUID) -> str:
    return f"referral:{referral_id}"


async def gather(
    session: AsyncSession,
    *,
    vault_key: bytes,
    conversation: Conversation,
    share: Iterable[Fact],
    given: Mapping[str, str],
) -> dict[str, str | list[str]]:
    """The values of the shared facts; a fact without a value is refused (422)."""
    values: dict[str, str | list[str]] = {}
    for fact in share:
        value: str | list[str] | None = clean(given.get(fact.value) or "").strip()[:MAX_FACT_LENGTH] or None
        if fact is Fact.language:
            value = conversation.language if conversation.language != "und" else value
        elif fact is Fact.needs:
            found = await message_views.of_conversation(
                session, conversation_id=conversation.id, for_staff=True
            )
            value = list(message_views.triage_summary(found).get("needs") or []) or None
        elif fact is Fact.callback_number and value is None and conversation.channel in _PHONE_CHANNELS:
            value = await vault.reveal(session, key=vault_key, contact_id=conversation.contact_id)
        if not value:
            raise FieldRefused(f"body.facts.{fact.value}", f"no value to share for {fact.value}")
        values[fact.value] = value
    return values


async def store(
    session: AsyncSession, *, vault_key: bytes, referral_id: uuid.UUID, values: Mapping[str, object]
) -> None:
    sealed = seal(vault_key, json.dumps(values, ensure_ascii=False), context=_context(referral_id))
    session.add(ReferralFacts(referral_id=referral_id, sealed=sealed))
    await session.flush()


async def reveal(
    session: AsyncSession, *, vault_key: bytes, referral_id: uuid.UUID
) -> dict[str, str | list[str]]:
    """The shared facts, or nothing once consent ended (the row is gone)."""
    row = await session.get(ReferralFacts, referral_id)
    if row is None:
        return {}
    loaded: dict[str, str | list[str]] = json.loads(
        unseal(vault_key, row.sealed, context=_context(referral_id))
    )
    return loaded


async def erase(session: AsyncSession, *, referral_id: uuid.UUID) -> None:
    await session.execute(sa.delete(ReferralFacts).where(col(ReferralFacts.referral_id) == referral_id))
