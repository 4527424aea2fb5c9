"""The console's list of partner workers (`/console/partner-users`): who they are, for which
organisation, whether they can log in and whether their two-factor login is set up."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import PartnerUser
from directory.tables import TABLES

LIMIT = 500


@dataclass(frozen=True, slots=True)
class Worker:
    id: int
    display_name: str
    email: str
    organization: str
    active: bool
    invited: bool  # the invitation was not used yet (no password)
    two_factor: bool


async def workers(session: AsyncSession) -> list[Worker]:
    """Every partner worker, by organisation then name (at most `LIMIT`)."""
    organization = TABLES["organization"]
    rows = await session.execute(
        sa.select(
            col(PartnerUser.id),
            col(PartnerUser.display_name),
            col(PartnerUser.email),
            sa.func.coalesce(organization.c.name, col(PartnerUser.organization_id)).label("organization"),
            col(PartnerUser.active),
            col(PartnerUser.password_hash).is_(None).label("invited"),
            col(PartnerUser.totp_enabled),
        )
        .outerjoin(organization, organization.c.id == col(PartnerUser.organization_id))
        .order_by(sa.text("organization"), col(PartnerUser.display_name), col(PartnerUser.id))
        .limit(LIMIT)
    )
    return [Worker(*row) for row in rows]
