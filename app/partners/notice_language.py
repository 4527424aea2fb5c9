"""A partner organisation's notice language (`hsds_organization.notice_language`): the languages
a supervisor may choose from, and setting it from the API. Empty or NULL: the hotline's default."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from app.conversations import automatic_messages
from app.referrals import notice_texts
from app.settings import Settings
from directory.tables import TABLES


def choices(settings: Settings) -> list[str]:
    """The languages whose catalogues word every partner notice text (fr, en, es built in)."""
    return sorted(
        code for code in automatic_messages.available(settings) if notice_texts.worded(settings, code)
    )


async def set_for_organization(session: AsyncSession, organization_id: str, language: str | None) -> bool:
    """Sets the organisation's notice language (None: the hotline's default); False when no
    organisation has that id."""
    organization = TABLES["organization"]
    result = await session.execute(
        sa.update(organization)
        .where(organization.c.id == organization_id)
        .values(notice_language=language or None)
        .returning(organization.c.id)
    )
    return result.first() is not None
