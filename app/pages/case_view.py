"""What the console's conversation view needs besides the conversation: who owns it compared
with the viewer, colleagues to transfer to, outcomes, canned responses in the caller's language,
on a phone call the lines it may be joined to, and for a caller with a reply address (not a web
chat) until when they agreed that it be kept."""

from __future__ import annotations

from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from app.calls import lines
from app.context import AppContext
from app.conversations import canned_responses, originals, ownership, retention_agreement, workload
from app.conversations.schemas import ConversationRead
from app.models import Outcome, User
from app.models.base import utcnow


def owner_state(conversation: ConversationRead, user: User) -> str:
    """closed, mine, other (someone else owns it) or none (nobody does)."""
    if conversation.status == "closed":
        return "closed"
    if conversation.assigned_operator_id is None:
        return "none"
    return "mine" if conversation.assigned_operator_id == user.id else "other"


async def case_context(
    session: AsyncSession,
    *,
    context: AppContext,
    user: User,
    conversation: ConversationRead | None,
    needs: list[str] | None = None,
) -> dict[str, Any]:
    """`call_lines` on a phone call: the partner and interpreter lines open 24/7 it may be
    joined to (for the conversation's `needs`, in the caller's language)."""
    settings = context.settings
    found: dict[str, Any] = {
        "me": {
            "id": user.id,
            "presence": user.presence,
            "overrides": ownership.overrides(user),
            "may_reveal": originals.may_reveal(user, operators_may_reveal=settings.operators_may_reveal),
        },
        "outcomes": [outcome.value for outcome in Outcome],
        "owner_state": None,
        "colleagues": [],
        "canned": [],
        "call_lines": None,
        "retention": None,
    }
    if conversation is None:
        return found
    found["owner_state"] = owner_state(conversation, user)
    found["colleagues"] = sorted(
        (
            colleague.model_dump(mode="json")
            for colleague in await workload.of_staff(session)
            if colleague.id != conversation.assigned_operator_id
        ),
        key=lambda colleague: colleague["email"],
    )
    language = conversation.language if conversation.language != "und" else settings.default_language
    found["canned"] = [
        item.model_dump()
        for item in await canned_responses.for_caller(
            session, language=language, fallback=settings.default_language
        )
    ]
    if conversation.channel != "webchat":
        found["retention"] = await retention_choices(session, conversation=conversation, context=context)
    if conversation.channel == "voice":
        found["call_lines"] = await lines.for_call(
            session, needs=needs or [], language=conversation.language, at=utcnow()
        )
    return found


# How long an operator may offer to keep a reply address, in days (within the setting's maximum).
RETENTION_DAYS = (7, 30, 90, 365)


async def retention_choices(
    session: AsyncSession, *, conversation: ConversationRead, context: AppContext
) -> dict[str, Any]:
    until = await retention_agreement.agreed_until(session, conversation_id=conversation.id)
    max_days = context.settings.retention_agreed_max_days
    return {
        "agreed_until": until.isoformat() if until else None,
        "days": [days for days in RETENTION_DAYS if days <= max_days] or [max_days],
    }
