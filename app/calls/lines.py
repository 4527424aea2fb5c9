"""The lines an operator may add to an answered call, chosen from the directory: partners open
24/7 for the conversation's needs or emergency safety, the caller's language first;
interpreters (need `interpretation`) open 24/7 that speak the caller's language. Only
services with a voice line of their own (`overflow.voice_number`), which is what
`transfer.add_line` dials."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

import directory
from app.calls import overflow
from app.calls.transfer import INTERPRETATION
from triage import Need

CANDIDATES = 20


@dataclass(frozen=True, slots=True)
class CallLine:
    service_id: str
    name: str
    organization: str | None
    languages: list[str]


async def _open_lines(
    session: AsyncSession, needs: list[str], *, language: str | None, at: datetime
) -> list[CallLine]:
    matches = await directory.match(session, needs, language=language, when=at, limit=CANDIDATES)
    found = []
    for item in matches:  # the match ranks in services that cover none of the needs: left out
        covers = set(item.needs_covered) & set(needs)
        if covers and item.always_open and await overflow.voice_number(session, service_id=item.service_id):
            found.append(CallLine(item.service_id, item.name, item.organization_name, item.languages))
    found.sort(key=lambda line: bool(language) and language not in line.languages)  # stable
    return found


async def for_call(
    session: AsyncSession, *, needs: list[str], language: str | None, at: datetime
) -> dict[str, list[CallLine]]:
    """{"partners": [...], "interpreters": [...]} for a call in `language` (None: unknown)."""
    known = language if language and language != "und" else None
    wanted = list(
        dict.fromkeys([*(need for need in needs if need != INTERPRETATION), Need.emergency_safety.value])
    )
    partners = await _open_lines(session, wanted, language=known, at=at)
    interpreters = (
        []
        if known is None
        else [
            line
            for line in await _open_lines(session, [INTERPRETATION], language=known, at=at)
            if known in line.languages
        ]
    )
    return {"partners": partners, "interpreters": interpreters}
