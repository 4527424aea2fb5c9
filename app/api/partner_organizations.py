"""`/api/partner-organizations/{id}/notice-language`: the language a partner organisation's referral
notices are written in (e-mail, SMS, the webhook's text). Staff read it; supervisors set it."""

from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from app.api.error_responses import documented
from app.dependencies import ContextDep, CurrentOperator, JsonOnly, SessionDep
from app.errors import FieldRefused, Forbidden, NotFound
from app.models import Role
from app.partners import notice_language
from app.referrals import notice_texts
from app.security import audit
from app.settings import Settings
from directory.tables import TABLES

router = APIRouter(
    prefix="/api/partner-organizations", tags=["partners"], responses=documented(401, 403, 404, 422)
)
OrganizationId = Annotated[
    str,
    Path(min_length=1, max_length=200, pattern=r"^[^\x00]*$", description="The HSDS organization id."),
]


class NoticeLanguageChange(BaseModel):
    notice_language: str | None = Field(
        description="An ISO 639-1 code with notice texts (fr, en, es built in), or null for the "
        "hotline's default language.",
        pattern=r"^[a-z]{2}$",
    )


class NoticeLanguage(BaseModel):
    organization_id: str
    notice_language: str | None = Field(description="As set; null: the hotline's default language.")
    language: str = Field(description="The language its notices are written in now.")


def _answer(settings: Settings, organization_id: str, stored: str | None) -> NoticeLanguage:
    return NoticeLanguage(
        organization_id=organization_id,
        notice_language=stored,
        language=notice_texts.language(settings, stored),
    )


@router.get("/{organization_id}/notice-language")
async def read(
    organization_id: OrganizationId, session: SessionDep, context: ContextDep, user: CurrentOperator
) -> NoticeLanguage:
    organization = TABLES["organization"]
    row = (
        await session.execute(
            sa.select(organization.c.notice_language).where(organization.c.id == organization_id)
        )
    ).first()
    if row is None:
        raise NotFound("no such partner organisation")
    return _answer(context.settings, organization_id, row.notice_language or None)


@router.put("/{organization_id}/notice-language", dependencies=[JsonOnly], responses=documented(400, 415))
async def change(
    organization_id: OrganizationId,
    body: NoticeLanguageChange,
    session: SessionDep,
    context: ContextDep,
    user: CurrentOperator,
) -> NoticeLanguage:
    """Supervisors and admins only; audited (`partner_organization.notice_language`)."""
    if Role(user.role) not in (Role.supervisor, Role.admin):
        raise Forbidden("supervisors only")
    choices = notice_language.choices(context.settings)
    if body.notice_language is not None and body.notice_language not in choices:
        raise FieldRefused(
            "body.notice_language", f"one of {', '.join(choices)}, or null for the hotline's default language"
        )
    if not await notice_language.set_for_organization(session, organization_id, body.notice_language):
        raise NotFound("no such partner organisation")
    await audit.record(
        session,
        action="partner_organization.notice_language",
        actor_id=user.id,
        subject_type="organization",
        subject_id=organization_id[:64],
        detail={"notice_language": body.notice_language or "default"},
    )
    return _answer(context.settings, organization_id, body.notice_language)
