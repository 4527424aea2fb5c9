"""`PUT /api/conversations/{id}/retention` `{"agreed_until": datetime | null}`: the caller agreed
that their reply address be kept until then (see app/conversations/retention_agreement.py)."""

from __future__ import annotations

import uuid
from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from app.api.error_responses import documented
from app.conversations import ownership, retention_agreement
from app.conversations.actions import get_for_update
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.models.base import utcnow
from app.security import audit

router = APIRouter(prefix="/api", tags=["retention"], responses=documented(401, 404, 415, 422))


class RetentionAgreement(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agreed_until: datetime | None = Field(
        description="Keep the caller's reply address until then (with its offset); null: the "
        "usual periods (72 h after the conversation closes)."
    )


@router.put(
    "/conversations/{conversation_id}/retention", dependencies=[JsonOnly], responses=documented(400, 409)
)
async def put_retention(
    conversation_id: uuid.UUID,
    body: RetentionAgreement,
    session: SessionDep,
    context: ContextDep,
    operator: CurrentOperator,
) -> RetentionAgreement:
    """Record the caller's agreement to a longer keep of their reply address (or clear it);
    audited (`retention.agreed`, with the number of days, or `retention.cleared`). The owner
    records it (a supervisor or an admin may, audited); 409 for another operator."""
    conversation = await get_for_update(session, conversation_id=conversation_id)
    await ownership.act_as_owner(session, conversation=conversation, user=operator, action="retention")
    now = utcnow()
    until = await retention_agreement.record(
        session,
        conversation_id=conversation_id,
        until=body.agreed_until,
        now=now,
        max_days=context.settings.retention_agreed_max_days,
    )
    await audit.record(
        session,
        action="retention.agreed" if until else "retention.cleared",
        actor_id=operator.id,
        subject_type="conversation",
        subject_id=str(conversation_id),
        detail={"days": (until - now).days} if until else None,
    )
    return RetentionAgreement(agreed_until=until)
