"""`/api/partner-users`: a supervisor invites a partner organisation's worker to the portal."""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import APIRouter
from pydantic import BaseModel, Field

from app.api.error_responses import documented
from app.api.text_fields import ShownName, StoredText
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.errors import FieldRefused, Forbidden
from app.models import Role
from app.models.base import utcnow
from app.referrals import partner_accounts
from app.security import audit
from app.security.users import InvalidEmail

router = APIRouter(prefix="/api/partner-users", tags=["partners"], responses=documented(401, 403, 422))


class PartnerUserCreate(BaseModel):
    organization_id: StoredText = Field(min_length=1, max_length=200)
    email: StoredText = Field(min_length=3, max_length=320)
    display_name: ShownName = Field(min_length=1, max_length=80,
                                     description="Shown to the caller when this worker joins a chat.")


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
    if Role(user.role) not in (Role.supervisor, Role.admin):
        raise Forbidden("supervisors only")
    settings = context.settings
    try:
        invited, token = await partner_accounts.invite(
            session, secret=settings.secret_key.get_secret_value(), organization_id=body.organization_id,
            email=body.email, display_name=body.display_name, invited_by=user.id)
    except InvalidEmail as exc:
        raise FieldRefused("body.email", "not a valid e-mail address") from exc
    assert invited.id is not None
    await audit.record(session, action="partner_user.invited", actor_id=user.id, subject_type="partner_user",
                       subject_id=str(invited.id), detail={"organization_id": body.organization_id[:64]})
    return PartnerInvitation(
        id=invited.id, organization_id=invited.organization_id,
        invitation_url=f"{settings.public_url.rstrip('/')}/partner/invitation/{token}",
        expires_at=utcnow() + timedelta(hours=settings.partner_invitation_hours),
    )
