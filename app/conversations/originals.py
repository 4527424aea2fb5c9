""" "Show original": a message's sealed original text, for a permitted role, with a reason."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import notes
from app.conversations.intake import sealed_context
from app.errors import Forbidden, HotlineError, NotFound
from app.models import Message, Role, User
from app.models.base import utcnow
from app.security import audit
from app.security.sealing import SealBroken, unseal

REVEALING_ROLES = frozenset({Role.supervisor, Role.admin})


def may_reveal(user: User, *, operators_may_reveal: bool) -> bool:
    return Role(user.role) in REVEALING_ROLES or (operators_may_reveal and Role(user.role) is Role.operator)


async def reveal(
    session: AsyncSession,
    *,
    message_id: int,
    user: User,
    key: bytes,
    operators_may_reveal: bool,
    reason: str,
) -> Message:
    """The message whose original the caller unseals with `original_text`; 403 for a role
    that may not, 404 without one, 410 once it expired. Audited ("message.reveal") with the
    reason, redacted by the triage core and cut to what the audit log keeps."""
    if not may_reveal(user, operators_may_reveal=operators_may_reveal):
        raise Forbidden("this role may not reveal original texts")
    message = await session.get(Message, message_id)
    if message is None:
        raise NotFound(f"no message {message_id}")
    if message.sealed_original is None:
        raise NotFound(f"message {message_id} has no original text kept")
    if message.sealed_expires_at is not None and message.sealed_expires_at <= utcnow():
        raise HotlineError(f"the original of message {message_id} has expired", 410)
    original_text(message, key=key)  # a broken seal fails here, before anything is audited
    await audit.record(
        session,
        action="message.reveal",
        actor_id=user.id,
        subject_type="message",
        subject_id=str(message_id),
        detail={
            "conversation": str(message.conversation_id),
            "reason": notes.redacted(reason)[: audit.MAX_DETAIL_VALUE],
        },
    )
    return message


def original_text(message: Message, *, key: bytes) -> str:
    assert message.sealed_original is not None
    try:
        return unseal(key, message.sealed_original, context=sealed_context(message.conversation_id))
    except SealBroken as exc:
        raise HotlineError(f"the original of message {message.id} does not open", 409) from exc
