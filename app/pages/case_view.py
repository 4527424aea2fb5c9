"""What the console's conversation view needs besides the conversation: who owns it compared
with the viewer, colleagues to transfer to, outcomes, canned responses in the caller's language,
and on a phone call the lines it may be joined to."""

from __future__ import annotations

from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from app.calls import lines
from app.context import AppContext
from app.conversations import canned_responses, originals, ownership
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
    session: AsyncSession, *, context: AppContext, user: User, conversation: ConversationRead | None,
    needs: list[str] | None = None,
) -> dict[str, Any]:
    """`call_lines` on a phone call: the partner and interpreter lines open 24/7 it may be
    joined to (for the conversation's `needs`, in the caller's language)."""
    settings = context.settings
    found: dict[str, Any] = {
        "me": {"id": user.id, "presence": user.presence,
               "overrides": ownership.overrides(user),
               "may_reveal": originals.may_reveal(
                   user, operators_may_reveal=settings.operators_may_reveal)},
        "outcomes": [outcome.value for outcome in Outcome],
        "owner_state": None, "colleagues": [], "canned": [], "call_lines": None,
    }
    if conversation is None:
        return found
    found["owner_state"] = owner_state(conversation, user)
    found["colleagues"] = [
        {"id": colleague.id, "email": colleague.email, "presence": colleague.presence}
        for colleague in await ownership.colleagues(session, exclude_id=conversation.assigned_operator_id)
    ]
    language = conversation.language if conversation.language != "und" else settings.default_language
    found["canned"] = [item.model_dump() for item in await canned_responses.for_caller(
        session, language=language, fallback=settings.default_language)]
    if conversation.channel == "voice":
        found["call_lines"] = await lines.for_call(session, needs=needs or [], language=conversation.language,
                                                   at=utcnow())
    return found
