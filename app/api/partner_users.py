"""`/api/partner-users`: a supervisor invites a partner organisation's worker to the portal,
deactivates one who should no longer reach it, and resets one's two-factor login."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.api.text_fields import ShownName, StoredText
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.errors import FieldRefused, Forbidden
from app.models import Role, User
from app.models.base import utcnow
from app.referrals import partner_accounts, partner_two_factor
from app.security import audit
from app.security.users import InvalidEmail, LookAlikeEmail

router = APIRouter(prefix="/api/partner-users", tags=["partners"], responses=documented(401, 403, 422))
PartnerUserId = Annotated[int, Path(ge=1, le=2**31 - 1, description="A partner worker's id.")]


def _require_supervisor(user: User) -> None:
    if Role(user.role) not in (Role.supervisor, Role.admin):
        raise Forbidden("supervisors only")


class PartnerUserCreate(BaseModel):
    organization_id: StoredText = Field(min_length=1, max_length=200)
    email: StoredText = Field(min_length=3, max_length=320)
    display_name: ShownName = Field(
        min_length=1, max_length=80, description="Shown to the caller when this worker joins a chat."
    )


class PartnerInvitation(BaseModel):
    id: int
    organization_id: str
    invitation_url: str = Field(description="Give it to the partner worker; it works once.")
    expires_at: datetime


@router.post("", status_code=201, dependencies=[JsonOnly], responses=documented(400, 404, 409, 415))
async def invite(
    body: PartnerUserCreate, session: SessionDep, context: ContextDep, user: CurrentOperator
) -> PartnerInvitation:
    """Supervisors and admins only; the worker sets their password through the link."""
    _require_supervisor(user)
    settings = context.settings
    try:
        invited, token = await partner_accounts.invite(
            session,
            secret=settings.secret_key.get_secret_value(),
            organization_id=body.organization_id,
            email=body.email,
            display_name=body.display_name,
            invited_by=user.id,
        )
    except InvalidEmail as exc:
        reason = str(exc) if isinstance(exc, LookAlikeEmail) else "not a valid e-mail address"
        raise FieldRefused("body.email", reason) from exc
    assert invited.id is not None
    await audit.record(
        session,
        action="partner_user.invited",
        actor_id=user.id,
        subject_type="partner_user",
        subject_id=str(invited.id),
        detail={"organization_id": body.organization_id[:64]},
    )
    return PartnerInvitation(
        id=invited.id,
        organization_id=invited.organization_id,
        invitation_url=f"{settings.public_url.rstrip('/')}/partner/invitation/{token}",
        expires_at=utcnow() + timedelta(hours=settings.partner_invitation_hours),
    )


class PartnerUserDeactivated(BaseModel):
    left: list[uuid.UUID] = Field(
        description="The referrals whose live conversation the worker was in: they left it (the "
        "caller is told), so the operator answers again."
    )


@router.post(
    "/{partner_user_id}/deactivate",
    dependencies=[JsonOnly],
    openapi_extra=EMPTY_JSON_BODY,
    responses=documented(400, 404, 415),
)
async def deactivate(
    partner_user_id: PartnerUserId, session: SessionDep, context: ContextDep, user: CurrentOperator
) -> PartnerUserDeactivated:
    """Supervisors and admins only: the worker can no longer log in (nor use an unused invitation),
    their portal sessions end at once, and they leave any live conversation they were in."""
    _require_supervisor(user)
    left = await partner_accounts.deactivate(session, settings=context.settings, user_id=partner_user_id)
    await audit.record(
        session,
        action="partner_user.deactivated",
        actor_id=user.id,
        subject_type="partner_user",
        subject_id=str(partner_user_id),
        detail={"left": len(left)},
    )
    return PartnerUserDeactivated(left=left)


@router.post(
    "/{partner_user_id}/two-factor/reset",
    status_code=204,
    dependencies=[JsonOnly],
    openapi_extra=EMPTY_JSON_BODY,
    responses=documented(400, 404, 415),
)
async def reset_two_factor(
    partner_user_id: PartnerUserId, session: SessionDep, user: CurrentOperator
) -> None:
    """Supervisors and admins only: the worker sets up a new authenticator at their next login
    (within the enrolment window), their portal sessions end at once; audited
    (`partner_user.two_factor_reset`)."""
    _require_supervisor(user)
    await partner_two_factor.reset(session, partner_user_id=partner_user_id, actor_id=user.id)
