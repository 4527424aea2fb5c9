"""Read models of referrals: what `/api/referrals` returns and what `referral.updated` carries.

No shared fact is in them: the operator knows the facts, and the partner reads them in the
portal only while consent stands.
"""

from __future__ import annotations

import uuid
from enum import StrEnum

from pydantic import Field

from app.conversations.schemas import ReadModel, Timestamp
from app.models.referral import ConsentState, ReferralStatus


class Fact(StrEnum):
    first_name = "first_name"
    language = "language"
    needs = "needs"
    callback_number = "callback_number"
    summary = "summary"


class ConsentMethod(StrEnum):
    written = "written"  # the caller's own "yes" to a consent text, in chat, SMS or Telegram
    verbal = "verbal"  # the operator's record of a spoken yes on a call


class ReferralEventRead(ReadModel):
    action: str = Field(description="A referral status, or consent.given / consent.revoked / consent.ended.")
    actor: str = Field(description="operator, partner, caller or system")
    reason: str | None = None
    at: Timestamp


class ReferralRead(ReadModel):
    id: uuid.UUID
    conversation_id: uuid.UUID
    service_id: str
    service_name: str | None = None
    organization_name: str | None = None
    status: ReferralStatus
    purpose: str
    share: list[Fact]
    consent_method: ConsentMethod
    consent_state: ConsentState
    consent_until: Timestamp
    acknowledge_by: Timestamp | None = None
    created_at: Timestamp
    updated_at: Timestamp
    partner_joined_at: Timestamp | None = Field(
        default=None, description="A partner worker joined the live conversation (warm hand-over)."
    )
    operator_left_at: Timestamp | None = Field(
        default=None, description="The caller agreed that the operator leaves the conversation."
    )
    partner_left_at: Timestamp | None = None
    proposed_service_id: str | None = Field(
        default=None, description="After the deadline passed: the next matching partner's service."
    )
    proposed_service_name: str | None = None


class ReferralDetail(ReferralRead):
    events: list[ReferralEventRead]
