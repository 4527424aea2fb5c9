"""`/api/conversations/{id}/referrals` and `/api/referrals/{id}`: warm referrals with consent.

These are stable contracts (README, "Referrals"): making a referral answers its `id` and
`status`; reading one gives its status and its append-only events; revoking ends its consent.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter
from pydantic import AwareDatetime, BaseModel, Field

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.api.text_fields import StoredText
from app.conversations import actions as conversation_actions
from app.conversations import ownership, queue
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.errors import NotFound
from app.referrals import lifecycle, views
from app.referrals.schemas import ConsentMethod, Fact, ReferralDetail, ReferralRead
from app.referrals.states import Actor

router = APIRouter(tags=["referrals"], responses=documented(401, 422))


class FactValues(BaseModel):
    """Values the operator wrote with the caller; language and needs come from the conversation,
    the callback number from the vault on SMS and calls."""

    first_name: StoredText | None = Field(default=None, max_length=80)
    callback_number: StoredText | None = Field(default=None, max_length=40)
    summary: StoredText | None = Field(default=None, max_length=1000)


class ReferralCreate(BaseModel):
    service_id: StoredText = Field(min_length=1, max_length=200)
    share: list[Fact] = Field(min_length=1, max_length=5)
    purpose: StoredText = Field(min_length=1, max_length=lifecycle.MAX_PURPOSE_LENGTH)
    consent_method: ConsentMethod
    consent_until: AwareDatetime | None = Field(
        default=None, description="When consent ends, with a time zone (default: 30 days)."
    )
    facts: FactValues = Field(default_factory=FactValues)


@router.post(
    "/api/conversations/{conversation_id}/referrals",
    status_code=201,
    dependencies=[JsonOnly],
    responses=documented(400, 404, 409, 415),
)
async def create(
    conversation_id: uuid.UUID,
    body: ReferralCreate,
    session: SessionDep,
    context: ContextDep,
    user: CurrentOperator,
) -> ReferralRead:
    """A referral with its consent record: verbal starts it now, written sends the consent text.
    409 on a conversation another operator owns (a supervisor or an admin may)."""
    conversation = await conversation_actions.get_for_update(session, conversation_id=conversation_id)
    await ownership.act_as_owner(session, conversation=conversation, user=user, action="referral")
    referral = await lifecycle.create_referral(
        session,
        settings=context.settings,
        conversation_id=conversation_id,
        service_id=body.service_id,
        share=body.share,
        purpose=body.purpose,
        consent_method=body.consent_method,
        actor_id=user.id,
        facts_given=body.facts.model_dump(exclude_none=True),
        consent_until=body.consent_until,
    )
    return await views.read_one(session, referral)


@router.get("/api/conversations/{conversation_id}/referrals", responses=documented(404))
async def of_conversation(
    conversation_id: uuid.UUID, session: SessionDep, _: CurrentOperator
) -> list[ReferralRead]:
    if await queue.describe(session, conversation_id=conversation_id) is None:
        raise NotFound("conversation not found")
    return await views.of_conversation(session, conversation_id)


@router.get("/api/referrals/{referral_id}", responses=documented(404))
async def get_one(referral_id: uuid.UUID, session: SessionDep, _: CurrentOperator) -> ReferralDetail:
    return await views.detail(session, await lifecycle.get(session, referral_id))


@router.post(
    "/api/referrals/{referral_id}/revoke",
    dependencies=[JsonOnly],
    responses=documented(404, 415),
    openapi_extra=EMPTY_JSON_BODY,
)
async def revoke(referral_id: uuid.UUID, session: SessionDep, user: CurrentOperator) -> ReferralDetail:
    """The operator records the caller's withdrawal: sharing stops and the partner is told."""
    referral = await lifecycle.get_for_update(session, referral_id)
    await lifecycle.revoke(session, referral=referral, actor=Actor.operator, actor_id=user.id)
    return await views.detail(session, referral)
