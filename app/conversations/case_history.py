"""Case continuity: a returning caller's earlier conversations (same pseudonym on the same
channel, and contacts an operator linked with the caller's agreement), each with its case notes
and its referrals."""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from pydantic import Field
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import messages as message_views
from app.conversations.schemas import MessageRead, ReadModel, Timestamp
from app.domain import ChannelKind, Direction
from app.errors import Conflict
from app.models import ContactLink, Conversation, Message, Outcome, Referral
from app.models.base import utcnow
from app.models.referral import ConsentState, ReferralStatus
from app.referrals import partner_service
from app.security import audit
from triage.codes import Urgency


class EarlierReferral(ReadModel):
    """A referral made in an earlier conversation: to whom, for what, where it stands."""

    id: uuid.UUID
    service_id: str
    service_name: str | None = Field(description="The partner service, as the directory names it.")
    organization_name: str | None
    purpose: str = Field(description="The need the referral was for, as the operator wrote it.")
    status: ReferralStatus
    consent_state: ConsentState
    created_at: Timestamp
    updated_at: Timestamp = Field(description="Its last change of state.")


class EarlierContact(ReadModel):
    """One earlier conversation of the same caller, as the conversation view shows it."""

    id: uuid.UUID
    channel: ChannelKind
    started_at: Timestamp
    closed_at: Timestamp | None
    urgency: Urgency
    outcome: Outcome | None
    tags: list[str]
    follow_up: date | None
    linked: bool = Field(description="Found through a link an operator made, not the pseudonym.")
    notes: list[MessageRead] = Field(description="Its case notes, oldest first.")
    referrals: list[EarlierReferral] = Field(description="Its referrals, oldest first.")


def ordered_pair(first: int, second: int) -> tuple[int, int]:
    return (first, second) if first < second else (second, first)


async def linked_contacts(session: AsyncSession, *, contact_id: int) -> set[int]:
    rows = (
        await session.exec(
            select(ContactLink.contact_id, ContactLink.linked_contact_id).where(
                sa.or_(
                    col(ContactLink.contact_id) == contact_id,
                    col(ContactLink.linked_contact_id) == contact_id,
                )
            )
        )
    ).all()
    return {other for pair in rows for other in pair if other != contact_id}


async def earlier(
    session: AsyncSession, *, conversation: Conversation, limit: int = 50
) -> list[EarlierContact]:
    """The caller's other conversations, newest first, each with its case notes and referrals."""
    linked = await linked_contacts(session, contact_id=conversation.contact_id)
    found = (
        await session.exec(
            select(Conversation)
            .where(
                col(Conversation.contact_id).in_({conversation.contact_id, *linked}),
                col(Conversation.id) != conversation.id,
            )
            .order_by(col(Conversation.created_at).desc())
            .limit(limit)
        )
    ).all()
    notes = await _notes_of(session, [item.id for item in found])
    referrals = await _referrals_of(session, [item.id for item in found])
    return [
        EarlierContact(
            id=item.id,
            channel=ChannelKind(item.channel),
            started_at=item.created_at,
            closed_at=item.closed_at,
            urgency=Urgency(item.urgency),
            outcome=Outcome(item.outcome) if item.outcome else None,
            tags=list(item.tags or []),
            follow_up=item.follow_up,
            linked=item.contact_id != conversation.contact_id,
            notes=notes.get(item.id, []),
            referrals=referrals.get(item.id, []),
        )
        for item in found
    ]


async def _notes_of(
    session: AsyncSession, conversation_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[MessageRead]]:
    if not conversation_ids:
        return {}
    rows = (
        await session.exec(
            select(Message)
            .where(
                col(Message.conversation_id).in_(conversation_ids),
                col(Message.direction) == Direction.note.value,
            )
            .order_by(col(Message.id))
        )
    ).all()
    by_conversation: dict[uuid.UUID, list[MessageRead]] = {}
    for row in rows:
        by_conversation.setdefault(row.conversation_id, []).append(message_views.read(row, for_staff=True))
    return by_conversation


async def _referrals_of(
    session: AsyncSession, conversation_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[EarlierReferral]]:
    if not conversation_ids:
        return {}
    rows = (
        await session.exec(
            select(Referral)
            .where(col(Referral.conversation_id).in_(conversation_ids))
            .order_by(col(Referral.created_at), col(Referral.id))
        )
    ).all()
    names = await partner_service.names(session, {row.service_id for row in rows})
    by_conversation: dict[uuid.UUID, list[EarlierReferral]] = {}
    for row in rows:
        service_name, organization_name = names.get(row.service_id, (None, None))
        by_conversation.setdefault(row.conversation_id, []).append(
            EarlierReferral(
                id=row.id,
                service_id=row.service_id,
                service_name=service_name,
                organization_name=organization_name,
                purpose=row.purpose,
                status=ReferralStatus(row.status),
                consent_state=ConsentState(row.consent_state),
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
        )
    return by_conversation


async def link(
    session: AsyncSession, *, conversation: Conversation, other: Conversation, by_id: int | None
) -> bool:
    """Link the two conversations' contacts; False when they already were."""
    if conversation.contact_id == other.contact_id:
        raise Conflict("both conversations are already the same contact's")
    low, high = ordered_pair(conversation.contact_id, other.contact_id)
    inserted = await session.execute(
        insert(ContactLink)
        .values(
            contact_id=low,
            linked_contact_id=high,
            conversation_id=conversation.id,
            linked_by=by_id,
            created_at=utcnow(),
        )
        .on_conflict_do_nothing(constraint="uq_contact_links_pair")
        .returning(col(ContactLink.id))
    )
    link_id = inserted.scalar()
    if link_id is None:
        return False
    await audit.record(
        session,
        action="conversation.link",
        actor_id=by_id,
        subject_type="conversation",
        subject_id=str(conversation.id),
        detail={"other_conversation": str(other.id), "link_id": link_id, "caller_agreed": True},
    )
    return True
