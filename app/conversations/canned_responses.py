"""Canned responses: prepared answers and safety scripts per language, edited by supervisors."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from pydantic import Field, StrictBool
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations.schemas import ReadModel
from app.errors import Forbidden
from app.models import CannedResponse, Role, User
from app.models.base import utcnow
from app.security import visible_text

EDITING_ROLES = frozenset({Role.supervisor, Role.admin})


MAX_PER_LANGUAGE = 20


class CannedResponseText(ReadModel):
    """One canned response, as the editor sends it for one language."""

    key: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$", description="Stable lower_snake key.")
    title: str = Field(min_length=1, max_length=80, pattern="^[^\\x00]*$")
    text: str = Field(min_length=1, max_length=800, pattern="^[^\\x00]*$")
    safety: StrictBool = Field(default=False, description="A safety script.")


class CannedResponseItem(CannedResponseText):
    """One canned response in one language."""

    language: str = Field(pattern=r"^[a-z]{2,3}$")


def item(row: CannedResponse) -> CannedResponseItem:
    return CannedResponseItem(
        key=row.key, language=row.language, title=row.title, text=row.body, safety=row.safety
    )


async def listed(session: AsyncSession, *, language: str | None = None) -> list[CannedResponseItem]:
    """In catalogue order (safety scripts first), for one language or all."""
    statement = select(CannedResponse).order_by(
        col(CannedResponse.safety).desc(),
        col(CannedResponse.position),
        col(CannedResponse.key),
        col(CannedResponse.language),
    )
    if language is not None:
        statement = statement.where(col(CannedResponse.language) == language)
    return [item(row) for row in (await session.exec(statement)).all()]


async def for_caller(session: AsyncSession, *, language: str, fallback: str) -> list[CannedResponseItem]:
    """In the caller's language when there is any, else in the hotline's default language."""
    found = await listed(session, language=language)
    return found or await listed(session, language=fallback)


async def replace_language(
    session: AsyncSession, *, language: str, items: Sequence[CannedResponseText], editor: User
) -> list[CannedResponseItem]:
    """One language's whole set, as the editor page sends it (a supervisor or an admin)."""
    if Role(editor.role) not in EDITING_ROLES:
        raise Forbidden("supervisors and admins edit canned responses")
    await session.execute(sa.delete(CannedResponse).where(col(CannedResponse.language) == language))
    now = utcnow()
    session.add_all(
        [
            CannedResponse(
                key=entry.key,
                language=language,
                title=visible_text.required(entry.title, field=f"body.responses.{position}.title"),
                body=visible_text.required(entry.text, field=f"body.responses.{position}.text"),
                safety=entry.safety,
                position=position,
                updated_by=editor.id,
                updated_at=now,
            )
            for position, entry in enumerate(items)
        ]
    )
    await session.flush()
    return await listed(session, language=language)
