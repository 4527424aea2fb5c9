"""The vault: the one place a reply address lives, sealed, until it expires."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import VaultEntry
from app.models.base import utcnow
from app.security.sealing import seal, unseal


def _context(contact_id: int) -> str:
    return f"vault:{contact_id}"


async def store(session: AsyncSession, *, key: bytes, contact_id: int, address: str, ttl: timedelta) -> None:
    """Keep (or refresh) the contact's reply address for `ttl`."""
    now = utcnow()
    sealed = seal(key, address, context=_context(contact_id))
    statement = insert(VaultEntry).values(
        contact_id=contact_id, sealed=sealed, expires_at=now + ttl, updated_at=now
    )
    statement = statement.on_conflict_do_update(
        index_elements=["contact_id"],
        set_={"sealed": sealed, "expires_at": now + ttl, "updated_at": now},
    )
    await session.execute(statement)


async def reveal(
    session: AsyncSession, *, key: bytes, contact_id: int, now: datetime | None = None
) -> str | None:
    """The reply address, or None when it expired or was erased."""
    entry = (
        await session.exec(
            select(VaultEntry).where(
                col(VaultEntry.contact_id) == contact_id,
                col(VaultEntry.expires_at) > (now or utcnow()),
            )
        )
    ).first()
    if entry is None:
        return None
    return unseal(key, entry.sealed, context=_context(contact_id))
